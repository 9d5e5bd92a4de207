// The tray, driven on the sandbox fleet: its menu counts the services by state and follows them
// live; "Open OpsDeck" brings the window back; a critical alert is what a notification is about, and
// clicking the notification opens the Alerts area with that alert selected.

#include "AlertListModel.h"
#include "AlertsPanel.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "SandboxFleet.h"
#include "TrayStatus.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestTrayStatus final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-tray-test"));
    }

    void countsText_data()
    {
        QTest::addColumn<QList<int>>("services"); // fail, warn, unknown, no data, pass
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << QList<int>{0, 0, 0, 0, 0} << QStringLiteral("no services");
        QTest::newRow("all passing") << QList<int>{0, 0, 0, 0, 40} << QStringLiteral("40 passing");
        QTest::newRow("problems first") << QList<int>{3, 2, 0, 1, 40} << QStringLiteral("3 failing, 2 warning, 1 without data, 40 passing");
        QTest::newRow("one of each") << QList<int>{1, 1, 1, 1, 1} << QStringLiteral("1 failing, 1 warning, 1 unknown, 1 without data, 1 passing");
    }

    void countsText()
    {
        QFETCH(QList<int>, services);
        QFETCH(QString, text);
        std::array<int, HealthTreeModel::StateCount> counts{};
        std::copy(services.cbegin(), services.cend(), counts.begin());
        QCOMPARE(TrayStatus::countsText(counts), text);
    }

    void menuFollowsTheFleetAndANotificationOpensItsAlert()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QFile original(fleet.configFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray yaml = original.readAll();
        yaml.replace("defaults:\n", "defaults:\n  health_interval: 1s\n  health_timeout: 500ms\n");
        const QString config = fleet.scratch(QStringLiteral("fast.yaml"));
        QFile copy(config);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(yaml);
        copy.close();
        qputenv("OPSDECK_HISTORY", fleet.scratch(QStringLiteral("history.sqlite")).toUtf8());

        ConsoleApp app({config, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QStringLiteral("dashboard")});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        TrayStatus *tray = window->tray();
        QVERIFY(tray);
        QCOMPARE(tray->icon()->contextMenu(), tray->menu());
        const QList<QAction *> actions = tray->menu()->actions();
        QVERIFY(actions.contains(tray->countsAction()));
        QCOMPARE(actions.constLast()->text(), QStringLiteral("Open OpsDeck"));

        // Everything passes: the menu says how many, and so does the icon's tooltip.
        QTRY_VERIFY_WITH_TIMEOUT(tray->countsAction()->text().contains(QStringLiteral("passing"))
                                     && !tray->countsAction()->text().contains(QStringLiteral("without data")),
                                 15'000);
        QVERIFY2(!tray->countsAction()->text().contains(QStringLiteral("failing")), qPrintable(tray->countsAction()->text()));
        const QString allPassing = tray->countsAction()->text();
        QCOMPARE(tray->icon()->toolTip(), QStringLiteral("OpsDeck: ") + allPassing);
        // A service goes down: the menu follows, failing first.
        QVERIFY(fleet.scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        QTRY_VERIFY_WITH_TIMEOUT(tray->countsAction()->text().startsWith(QStringLiteral("1 failing, ")), 15'000);

        // Its critical alert is what a notification is about; clicking it opens the alert.
        QTRY_COMPARE_WITH_TIMEOUT(tray->notifiedAlert(), QStringLiteral("health:production/host-002/web"), 30'000);
        window->showArea(MainWindow::DashboardArea);
        window->showMinimized();
        Q_EMIT tray->icon()->messageClicked();
        QCOMPARE(window->currentArea(), MainWindow::AlertsArea);
        QVERIFY(!window->isMinimized());
        const QModelIndexList selected = window->alertsPanel()->table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(window->alertsPanel()->model()->alertAt(selected.constFirst().row()).key, tray->notifiedAlert());

        // "Open OpsDeck" brings a minimized window back.
        window->showMinimized();
        QVERIFY(window->isMinimized());
        actions.constLast()->trigger();
        QVERIFY(!window->isMinimized());
        QVERIFY(window->isVisible());
        qunsetenv("OPSDECK_HISTORY");
    }
};

QTEST_MAIN(TestTrayStatus)
#include "TestTrayStatus.moc"
