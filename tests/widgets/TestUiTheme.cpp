// View ▸ Theme on the real window, offscreen: Dark applies a dark palette at once (the window, a status
// colour in a model, the counts bar, a label's error colour, the charts' QtCharts theme), is remembered,
// and is in the command palette; System follows whatever palette the application is given (as when
// the system turns dark). The status colours keep WCAG AA contrast on both palettes, and an empty check
// box's or radio button's outline 3:1 (WCAG 2.1 SC 1.4.11).

#include "CommandPalette.h"
#include "CommandPaletteModel.h"
#include "ConsoleApp.h"
#include "DashboardPanel.h"
#include "HealthCountsBar.h"
#include "HealthTreeModel.h"
#include "MainWindow.h"
#include "MessageLabel.h"
#include "StatusColors.h"
#include "ThemedFusionStyle.h"
#include "TimeSeriesChart.h"
#include "UiTheme.h"

#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QChart>
#include <QLineEdit>
#include <QMenuBar>
#include <QPainter>
#include <QSaveFile>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <algorithm>

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

    void indicatorOutlinesRead_data()
    {
        QTest::addColumn<int>("choice");
        QTest::addColumn<int>("element");
        const QList<std::pair<const char *, UiTheme::Choice>> choices{{"light", UiTheme::Choice::Light},
                                                                      {"dark", UiTheme::Choice::Dark}};
        const QList<std::pair<const char *, QStyle::PrimitiveElement>> elements{
            {"check box", QStyle::PE_IndicatorCheckBox},
            {"check box in an item view", QStyle::PE_IndicatorItemViewItemCheck},
            {"radio button", QStyle::PE_IndicatorRadioButton}};
        for (const auto &[choiceName, choice] : choices) {
            for (const auto &[elementName, element] : elements)
                QTest::addRow("%s %s", choiceName, elementName) << int(choice) << int(element);
        }
    }

    // An empty indicator drawn by the application's style on a window: on each of its four sides, the
    // line from the window to its middle crosses an outline of at least 3:1 against the field.
    void indicatorOutlinesRead()
    {
        QFETCH(int, choice);
        QFETCH(int, element);
        UiTheme::apply(UiTheme::Choice(choice));
        QStyle *style = QApplication::style();
        const QPalette palette = QApplication::palette();
        const bool radio = element == QStyle::PE_IndicatorRadioButton;
        const int width = style->pixelMetric(radio ? QStyle::PM_ExclusiveIndicatorWidth : QStyle::PM_IndicatorWidth);
        const int height = style->pixelMetric(radio ? QStyle::PM_ExclusiveIndicatorHeight : QStyle::PM_IndicatorHeight);
        QImage image(width + 8, height + 8, QImage::Format_RGB32);
        image.fill(palette.color(QPalette::Window));
        QStyleOptionButton option;
        option.rect = QRect(4, 4, width, height);
        option.palette = palette;
        option.state = QStyle::State_Enabled | QStyle::State_Off;
        QPainter painter(&image);
        style->drawPrimitive(QStyle::PrimitiveElement(element), &option, &painter);
        painter.end();

        const QColor field = palette.color(QPalette::Base);
        const QPoint middle = option.rect.center();
        const auto best = [&](QPoint from, QPoint step) {
            double most = 1;
            for (QPoint p = from; p != middle && image.rect().contains(p); p += step)
                most = std::max(most, StatusColors::contrast(image.pixelColor(p), field));
            return most;
        };
        const QList<std::pair<QPoint, QPoint>> sides{{{0, middle.y()}, {1, 0}},
                                                     {{image.width() - 1, middle.y()}, {-1, 0}},
                                                     {{middle.x(), 0}, {0, 1}},
                                                     {{middle.x(), image.height() - 1}, {0, -1}}};
        for (const auto &[from, step] : sides) {
            const double contrast = best(from, step);
            QVERIFY2(contrast >= 3.0, qPrintable(QStringLiteral("%1:1 from (%2, %3)").arg(contrast, 0, 'f', 2).arg(from.x()).arg(from.y())));
        }
        QVERIFY(StatusColors::contrast(UiTheme::indicatorOutline(palette), palette.color(QPalette::Window)) >= 3.0);
    }

    // The Checklists area's items, dark: an item not yet ticked shows an empty box one can find.
    void darkItemViewShowsAnEmptyCheckBox()
    {
        UiTheme::apply(UiTheme::Choice::Dark);
        QStandardItemModel model;
        auto *item = new QStandardItem;
        item->setCheckable(true);
        item->setCheckState(Qt::Unchecked);
        model.appendRow(item);
        QTreeView view;
        view.setRootIsDecorated(false);
        view.setHeaderHidden(true);
        view.setFocusPolicy(Qt::NoFocus); // no current row, no selection: nothing but the box on the field
        view.setSelectionMode(QAbstractItemView::NoSelection);
        view.setModel(&model);
        view.resize(200, 80);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QRect row = view.visualRect(model.index(0, 0));
        const QImage image = view.viewport()->grab(row).toImage();
        const QColor field = view.palette().color(QPalette::Base);
        QVERIFY(isDarkColour(field));
        int outline = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                outline += StatusColors::contrast(image.pixelColor(x, y), field) >= 3.0 ? 1 : 0;
        }
        // at least two sides of the box, one pixel wide
        const int side = view.style()->pixelMetric(QStyle::PM_IndicatorWidth) - 2;
        QVERIFY2(outline >= 2 * side, qPrintable(QStringLiteral("%1 pixels at 3:1 against the field").arg(outline)));
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
        QVERIFY(qobject_cast<ThemedFusionStyle *>(QApplication::style())); // Fusion, its indicators' outlines readable
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
