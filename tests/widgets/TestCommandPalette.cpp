// The command palette (Ctrl+K): what a typed query finds first, that it stays a model (not a widget
// per row) and quick at 1,000 hosts × 2 services, and the real window driven by keys only — open it,
// go to an area and a host, close it with Esc, and reach a restart's guarded confirmation (never the
// restart itself).

#include "CommandPalette.h"
#include "CommandPaletteModel.h"
#include "ConsoleApp.h"
#include "FleetPanel.h"
#include "FleetTreeModel.h"
#include "GuardedActionDialog.h"
#include "MainWindow.h"
#include "ServicesPanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace opsdeck;

namespace {

FleetConfig fleet(int hostCount)
{
    FleetConfig config;
    EnvironmentConfig production;
    production.name = QStringLiteral("production");
    for (int h = 1; h <= hostCount; ++h) {
        HostConfig host;
        host.name = QStringLiteral("host-%1").arg(h, 3, 10, QLatin1Char('0'));
        host.environment = production.name;
        for (const char *name : {"web", "worker"}) {
            ServiceConfig service;
            service.name = QString::fromLatin1(name);
            service.unit = service.name + QStringLiteral(".service");
            host.services << service;
        }
        if (h == 2) {
            BackupConfig backup;
            backup.name = QStringLiteral("db");
            backup.path = QStringLiteral("/var/backups/db");
            host.backups << backup;
            AppConfig app;
            app.name = QStringLiteral("photos");
            app.path = QStringLiteral("/srv/photos");
            host.apps << app;
        }
        production.hosts << host;
    }
    config.environments << production;
    EnvironmentConfig staging;
    staging.name = QStringLiteral("staging");
    HostConfig stg;
    stg.name = QStringLiteral("stg-1");
    stg.environment = staging.name;
    staging.hosts << stg;
    config.environments << staging;
    return config;
}

const QByteArray kConfig =
    "version: 1\n"
    "defaults: {user: deploy}\n"
    "environments:\n"
    "  production:\n"
    "    confirm: typed\n"
    "    hosts:\n"
    "      web-1:\n"
    "        address: 192.0.2.11\n"
    "        services:\n"
    "          web: {unit: family-photo-share.service}\n"
    "      web-2:\n"
    "        address: 192.0.2.12\n"
    "        services:\n"
    "          web: {unit: family-photo-share.service}\n"
    "  staging:\n"
    "    hosts:\n"
    "      stg-1: {address: 192.0.2.21, services: {web: {unit: fps-staging.service}}}\n";

// A key as the person presses it: to the widget with the keyboard focus (or the active window when
// no widget has it yet).
QWidget *keyboard()
{
    return QApplication::focusWidget() ? QApplication::focusWidget() : QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = keyboard();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void type(const QString &text)
{
    QWidget *target = keyboard();
    QVERIFY(target);
    QTest::keyClicks(target, text);
}

CommandPalette *openedPalette(MainWindow *window)
{
    press(Qt::Key_K, Qt::ControlModifier);
    auto *palette = window->findChild<CommandPalette *>();
    // The filter line has the keyboard as soon as the palette shows.
    if (palette && !QTest::qWaitFor([&] { return QApplication::focusWidget() == palette->filterEdit(); }))
        return nullptr;
    return palette;
}

} // namespace

class TestCommandPalette final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-palette-test"));
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("detail");
        QTest::newRow("an environment's name: the environment, not its hosts")
            << QStringLiteral("production") << QStringLiteral("Environment production") << QStringLiteral("12 host");
        QTest::newRow("a host's name") << QStringLiteral("host-002") << QStringLiteral("Host host-002") << QStringLiteral("production");
        QTest::newRow("a whole name before a longer one") << QStringLiteral("host-010") << QStringLiteral("Host host-010")
                                                          << QStringLiteral("production");
        QTest::newRow("an action, in any word order") << QStringLiteral("host-003 web restart")
                                                      << QStringLiteral("Restart web on host-003") << QStringLiteral("production");
        QTest::newRow("case and the start of words") << QStringLiteral("STOP WORKER 004") << QStringLiteral("Stop worker on host-004")
                                                     << QStringLiteral("production");
        QTest::newRow("letters in order (fuzzy)") << QStringLiteral("rstrt wrkr host-005")
                                                  << QStringLiteral("Restart worker on host-005") << QStringLiteral("production");
        QTest::newRow("a backup run") << QStringLiteral("run backup db") << QStringLiteral("Run backup db on host-002")
                                      << QStringLiteral("production/host-002");
        QTest::newRow("a rollback") << QStringLiteral("roll back photos") << QStringLiteral("Roll back photos") << QStringLiteral("production");
        QTest::newRow("where it is narrows") << QStringLiteral("staging host") << QStringLiteral("Host stg-1") << QStringLiteral("staging");
        QTest::newRow("nothing matches") << QStringLiteral("zzqx") << QString() << QString();
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QString, first);
        QFETCH(QString, detail);
        CommandPaletteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(CommandPaletteModel::fleetEntries(fleet(12)));
        model.setQuery(query);
        if (first.isEmpty()) {
            QCOMPARE(model.rowCount(), 0);
            return;
        }
        QVERIFY(model.rowCount() > 0);
        QCOMPARE(model.index(0, CommandPaletteModel::TextColumn).data().toString(), first);
        const QString where = model.index(0, CommandPaletteModel::DetailColumn).data().toString();
        QVERIFY2(where.startsWith(detail), qPrintable(where));
        // Every row shown matches every word somewhere.
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString row = QString(model.entry(r).text + u' ' + model.entry(r).detail).toCaseFolded();
            for (const QString &word : query.toCaseFolded().split(u' ', Qt::SkipEmptyParts))
                QVERIFY2(CommandPaletteModel::wordScore(word, row) >= 0, qPrintable(row));
        }
    }

    // 1,000 hosts × 2 services: some 13,000 entries in one model and a handful of widgets; typing
    // re-ranks them all per key, and the right row is first.
    void scalesToAThousandHosts()
    {
        CommandPalette palette(CommandPaletteModel::fleetEntries(fleet(1000)));
        palette.show();
        QVERIFY(QTest::qWaitForWindowExposed(&palette));
        QVERIFY(palette.model()->entryCount() > 1000 * 11);
        QCOMPARE(palette.model()->rowCount(), palette.model()->entryCount());
        QVERIFY2(palette.findChildren<QWidget *>().size() < 40, qPrintable(QString::number(palette.findChildren<QWidget *>().size())));
        QElapsedTimer typing;
        typing.start();
        QTest::keyClicks(palette.filterEdit(), QStringLiteral("worker host-999"));
        // 15 keys, each ranking every entry: well within a second on an idle machine; generous here.
        QVERIFY2(typing.elapsed() < 10'000, qPrintable(QString::number(typing.elapsed())));
        QCOMPARE(palette.list()->currentIndex().row(), 0);
        QCOMPARE(palette.list()->currentIndex().data().toString(), QStringLiteral("Service worker on host-999"));
        // Down moves in the list while the cursor stays in the filter line.
        QTest::keyClick(palette.filterEdit(), Qt::Key_Down);
        QCOMPARE(palette.list()->currentIndex().row(), 1);
        QCOMPARE(palette.list()->currentIndex().data().toString(), QStringLiteral("Restart worker on host-999"));
        QVERIFY(palette.filterEdit()->hasFocus() || !palette.isActiveWindow());
        QVERIFY(!palette.filterEdit()->accessibleName().isEmpty());
        QVERIFY(!palette.list()->accessibleName().isEmpty());
    }

    // The window by keys only: Ctrl+K, type, Enter; Esc closes it and nothing happens.
    void windowByKeysOnly()
    {
        QTemporaryDir dir;
        const QString configPath = dir.filePath(QStringLiteral("fleet.yaml"));
        {
            QSaveFile file(configPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(kConfig);
            QVERIFY(file.commit());
        }
        ConsoleApp app({configPath, QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        window->showArea(MainWindow::DashboardArea);
        QTRY_COMPARE(window->fleetPanel()->model()->rowCount(), 2);

        // An area, with its shortcut shown.
        CommandPalette *palette = openedPalette(window);
        QVERIFY(palette);
        type(QStringLiteral("alerts"));
        QCOMPARE(palette->list()->currentIndex().data().toString(), QStringLiteral("Alerts"));
        QCOMPARE(palette->model()->index(palette->list()->currentIndex().row(), CommandPaletteModel::ShortcutColumn).data().toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_2).toString(QKeySequence::NativeText));
        press(Qt::Key_Return);
        QCOMPARE(window->currentArea(), MainWindow::AlertsArea);
        QTRY_VERIFY(!window->findChild<CommandPalette *>());

        // A host: the Fleet area with the host selected.
        palette = openedPalette(window);
        QVERIFY(palette);
        type(QStringLiteral("web-2"));
        press(Qt::Key_Return);
        QCOMPARE(window->currentArea(), MainWindow::FleetArea);
        QCOMPARE(window->fleetPanel()->treeView()->currentIndex().data(FleetTreeModel::PathRole).toString(),
                 QStringLiteral("production/web-2"));
        QTRY_VERIFY(!window->findChild<CommandPalette *>());

        // Esc: closed, and nothing happened.
        palette = openedPalette(window);
        QVERIFY(palette);
        type(QStringLiteral("dashboard"));
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<CommandPalette *>());
        QCOMPARE(window->currentArea(), MainWindow::FleetArea);

        // An action opens its guarded confirmation and runs nothing by itself.
        QSignalSpy shown(window->servicesPanel(), &ServicesPanel::confirmationShown);
        QSignalSpy finished(window->servicesPanel(), &ServicesPanel::actionFinished);
        palette = openedPalette(window);
        QVERIFY(palette);
        type(QStringLiteral("restart web web-1"));
        QCOMPARE(palette->list()->currentIndex().data().toString(), QStringLiteral("Restart web on web-1"));
        press(Qt::Key_Return);
        QCOMPARE(window->currentArea(), MainWindow::ServicesArea);
        QCOMPARE(shown.size(), 1);
        auto *dialog = qobject_cast<GuardedActionDialog *>(shown.at(0).at(0).value<QDialog *>());
        QVERIFY(dialog);
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("web-1")));
        QTRY_VERIFY(QApplication::focusWidget() == dialog->reasonEdit());
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window->findChild<GuardedActionDialog *>());
        QTRY_COMPARE(finished.size(), 1); // cancelled: not attempted
        QCOMPARE(finished.at(0).at(0).value<ServiceActionReport>().outcome, ActionOutcome::NotAttempted);
    }
};

QTEST_MAIN(TestCommandPalette)
#include "TestCommandPalette.moc"
