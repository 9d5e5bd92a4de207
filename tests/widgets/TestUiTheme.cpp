// View ▸ Theme on the real window, offscreen: Dark applies a dark palette at once (the window, a status
// colour in a model, the counts bar, a label's error colour, the charts' QtCharts theme), is remembered,
// and is in the command palette; System follows whatever palette the application is given (as when
// the system turns dark). The status colours keep WCAG AA contrast on both palettes.

#include "CommandPalette.h"
#include "CommandPaletteModel.h"
#include "ConsoleApp.h"
#include "DashboardPanel.h"
#include "HealthCountsBar.h"
#include "HealthTreeModel.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "StatusColors.h"
#include "TimeSeriesChart.h"
#include "UiTheme.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QChart>
#include <QLineEdit>
#include <QMenuBar>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace opsdeck;
using Tone = StatusColors::Tone;

namespace {

const QByteArray kConfig =
    "version: 1\n"
    "defaults: {user: deploy}\n"
    "environments:\n"
    "  production:\n"
    "    hosts:\n"
    "      web-1:\n"
    "        address: 192.0.2.11\n"
    "        services:\n"
    "          web: {unit: family-photo-share.service, health: \"http://192.0.2.11:3000/health/detailed\"}\n";

bool isDarkColour(const QColor &c)
{
    return c.lightnessF() < 0.5;
}

// The status column's colour of the first row, as the view would paint it.
QColor statusColour(HealthTreeModel *model)
{
    return model->index(0, HealthTreeModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color();
}

QToolButton *countedButton(HealthCountsBar *bar)
{
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->isEnabled())
            return button;
    }
    return nullptr;
}

} // namespace

class TestUiTheme final : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QPalette m_systemPalette;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckThemeTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-theme-test"));
        UiTheme::saveSetting(UiTheme::Choice::System);
        m_systemPalette = QApplication::palette();
        QVERIFY2(!isDarkColour(m_systemPalette.color(QPalette::Window)), "the offscreen platform's palette is light");
        QSaveFile file(m_dir.filePath(QStringLiteral("fleet.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kConfig);
        QVERIFY(file.commit());
    }

    void cleanup()
    {
        UiTheme::saveSetting(UiTheme::Choice::System);
        UiTheme::apply(UiTheme::Choice::System);
    }

    void statusColoursKeepContrast_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("tone");
        const QList<std::pair<const char *, QPalette>> palettes{{"light", UiTheme::lightPalette()},
                                                                {"dark", UiTheme::darkPalette()}};
        const QList<std::pair<const char *, Tone>> tones{
            {"good", Tone::Good}, {"warning", Tone::Warning}, {"bad", Tone::Bad}, {"muted", Tone::Muted}};
        for (const auto &[paletteName, palette] : palettes) {
            for (const auto &[toneName, tone] : tones)
                QTest::addRow("%s %s", paletteName, toneName) << palette << int(tone);
        }
    }

    // WCAG AA for text: 4.5:1, as a table's cell (Base), as a label (Window), and the palette's text on
    // the tone's row background.
    void statusColoursKeepContrast()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, tone);
        const QColor text = StatusColors::text(Tone(tone), palette);
        QVERIFY2(StatusColors::contrast(text, palette.color(QPalette::Base)) >= 4.5, qPrintable(text.name()));
        QVERIFY2(StatusColors::contrast(text, palette.color(QPalette::Window)) >= 4.5, qPrintable(text.name()));
        const QColor background = StatusColors::background(Tone(tone), palette);
        QVERIFY2(StatusColors::contrast(palette.color(QPalette::Text), background) >= 4.5, qPrintable(background.name()));
        QCOMPARE(StatusColors::isDark(palette), palette == UiTheme::darkPalette());
    }

    void contrastIsWcags()
    {
        QCOMPARE(StatusColors::contrast(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColors::contrast(Qt::white, Qt::white), 1.0);
        QVERIFY(qAbs(StatusColors::contrast(QColor(0x77, 0x77, 0x77), Qt::white) - 4.48) < 0.01);
    }

    // Dark by the menu: at once, everywhere a colour is kept, remembered; System brings the system's back.
    void darkAppliesAtOnceAndIsRemembered()
    {
        ConsoleApp app({m_dir.filePath(QStringLiteral("fleet.yaml")), QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("a.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        DashboardPanel *dashboard = window->dashboardPanel();
        QTRY_VERIFY(dashboard->model()->rowCount() > 0);
        auto *bar = dashboard->findChild<HealthCountsBar *>();
        QVERIFY(bar);
        QTRY_VERIFY(countedButton(bar));
        auto *message = window->findChild<MessageLabel *>();
        QVERIFY(message);
        message->showError(QStringLiteral("refused"));

        const QColor lightStatus = statusColour(dashboard->model());
        const QColor lightCount = countedButton(bar)->palette().color(QPalette::ButtonText);
        QCOMPARE(dashboard->chart()->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(message->palette().color(QPalette::WindowText), StatusColors::text(Tone::Bad, UiTheme::lightPalette()));
        const QColor lightLine = dashboard->chart()->seriesColor(0);

        auto *dark = window->findChild<QAction *>(QStringLiteral("theme-dark"));
        QVERIFY(dark);
        QVERIFY(window->findChild<QAction *>(QStringLiteral("theme-system"))->isChecked());
        dark->trigger();
        QVERIFY(isDarkColour(QApplication::palette().color(QPalette::Window)));
        QVERIFY(isDarkColour(window->palette().color(QPalette::Window)));
        QVERIFY(isDarkColour(dashboard->tree()->palette().color(QPalette::Base)));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        const QColor darkStatus = statusColour(dashboard->model());
        QVERIFY(darkStatus != lightStatus);
        const auto state = HealthTreeModel::State(dashboard->model()->index(0, 0).data(HealthTreeModel::StateRole).toInt());
        QCOMPARE(darkStatus, HealthTreeModel::stateColor(state, UiTheme::darkPalette()));
        QTRY_VERIFY(countedButton(bar)->palette().color(QPalette::ButtonText) != lightCount);
        QVERIFY(!isDarkColour(countedButton(bar)->palette().color(QPalette::ButtonText))); // light text on dark
        QTRY_COMPARE(message->palette().color(QPalette::WindowText), StatusColors::text(Tone::Bad, UiTheme::darkPalette()));
        QCOMPARE(dashboard->chart()->chart()->theme(), QChart::ChartThemeDark);
        QCOMPARE(dashboard->hostChart()->chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(dashboard->chart()->seriesColor(0) != lightLine);
        QCOMPARE(UiTheme::setting(), UiTheme::Choice::Dark);

        // A window made later (the next start) shows the choice in its menu.
        window->findChild<QAction *>(QStringLiteral("theme-system"))->trigger();
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_systemPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Base), m_systemPalette.color(QPalette::Base));
        QCOMPARE(statusColour(dashboard->model()), lightStatus);
        QCOMPARE(dashboard->chart()->chart()->theme(), QChart::ChartThemeLight);
        QCOMPARE(dashboard->chart()->seriesColor(0), lightLine);
        QTRY_COMPARE(message->palette().color(QPalette::WindowText), StatusColors::text(Tone::Bad, UiTheme::lightPalette()));
        QCOMPARE(UiTheme::setting(), UiTheme::Choice::System);
    }

    void themeIsInTheCommandPalette()
    {
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("b.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        CommandPalette *palette = window->openPalette();
        QTest::keyClicks(palette->filterEdit(), QStringLiteral("theme dark"));
        QTRY_VERIFY(palette->model()->rowCount() > 0);
        QCOMPARE(palette->model()->index(0, CommandPaletteModel::TextColumn).data().toString(), QStringLiteral("Dark"));
        QTest::keyClick(palette->filterEdit(), Qt::Key_Return);
        QTRY_VERIFY(isDarkColour(QApplication::palette().color(QPalette::Window)));
        QCOMPARE(UiTheme::setting(), UiTheme::Choice::Dark);
        QTRY_VERIFY(window->findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());

        ConsoleApp next({QString(), QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("c.db")), QString()});
        QVERIFY(next.window()->findChild<QAction *>(QStringLiteral("theme-dark"))->isChecked());
        QVERIFY(!next.window()->findChild<QAction *>(QStringLiteral("theme-system"))->isChecked());
    }

    // System is whatever the application's palette is: when it turns dark (the platform's theme changed),
    // the status colours and the charts follow; when it turns light again, so do they.
    void systemFollowsTheApplicationPalette()
    {
        UiTheme::apply(UiTheme::Choice::System);
        ConsoleApp app({m_dir.filePath(QStringLiteral("fleet.yaml")), QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("d.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        DashboardPanel *dashboard = window->dashboardPanel();
        QTRY_VERIFY(dashboard->model()->rowCount() > 0);
        const QColor lightStatus = statusColour(dashboard->model());

        QPalette systemDark(QColor(0x32, 0x32, 0x36)); // a palette of another dark theme than ours
        QApplication::setPalette(systemDark);
        QVERIFY(isDarkColour(window->palette().color(QPalette::Window)));
        const QColor darkStatus = statusColour(dashboard->model());
        QVERIFY(darkStatus != lightStatus);
        QVERIFY(StatusColors::contrast(darkStatus, systemDark.color(QPalette::Window)) >= 4.5);
        QCOMPARE(dashboard->chart()->chart()->theme(), QChart::ChartThemeDark);

        QApplication::setPalette(m_systemPalette);
        QCOMPARE(statusColour(dashboard->model()), lightStatus);
        QCOMPARE(dashboard->chart()->chart()->theme(), QChart::ChartThemeLight);
    }
};

QTEST_MAIN(TestUiTheme)
#include "TestUiTheme.moc"
