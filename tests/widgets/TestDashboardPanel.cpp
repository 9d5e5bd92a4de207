// The Dashboard driven like an operator would, offscreen, on the sandbox fleet: a failing service
// shows as failing at every level above it with its reason; clicking it drills down to the failing
// component first; the response-time chart has the selection's series. A deploy made outside
// OpsDeck marks the charts once.

#include "ConsoleApp.h"
#include "DashboardPanel.h"
#include "HealthComponentModel.h"
#include "HealthTreeModel.h"
#include "MainWindow.h"
#include "TimeSeriesChart.h"
#include "SandboxFleet.h"
#include "alerts/AlertEngine.h"
#include "release/DeployDetector.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTreeView>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
QModelIndex find(QAbstractItemModel *model, const QString &text, const QModelIndex &parent = {})
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex index = model->index(r, 0, parent);
        if (index.data().toString() == text)
            return index;
    }
    return {};
}
} // namespace

class TestDashboardPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-dashboard-test"));
    }

    void drillsDownToTheFailingComponent()
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
        QVERIFY(fleet.scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));

        ConsoleApp app({config, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QStringLiteral("dashboard")});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->currentArea(), MainWindow::DashboardArea);
        DashboardPanel *dashboard = window->dashboardPanel();
        QAbstractItemModelTester tester(dashboard->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        HealthTreeModel *model = dashboard->model();

        QTRY_VERIFY(find(model, QStringLiteral("production")).isValid()); // the configuration loads off the UI thread
        const QModelIndex production = find(model, QStringLiteral("production"));
        // The environment rolls up to fail and names where.
        QTRY_VERIFY_WITH_TIMEOUT(production.siblingAtColumn(HealthTreeModel::StatusColumn).data().toString().contains(QStringLiteral("fail")), 6000);
        QVERIFY2(production.siblingAtColumn(HealthTreeModel::ReasonColumn).data().toString().startsWith(QStringLiteral("host-002: ")),
                 qPrintable(production.siblingAtColumn(HealthTreeModel::ReasonColumn).data().toString()));
        const QModelIndex host1 = find(model, QStringLiteral("host-001"), production);
        QTRY_VERIFY(host1.siblingAtColumn(HealthTreeModel::StatusColumn).data().toString().contains(QStringLiteral("pass")));

        // Click the failing service: its components, failing first.
        const QModelIndex host2 = find(model, QStringLiteral("host-002"), production);
        const QModelIndex web = find(model, QStringLiteral("web"), host2);
        QVERIFY(web.isValid());
        QTreeView *tree = dashboard->tree();
        tree->scrollTo(web);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(web).center());
        HealthComponentModel *components = dashboard->components();
        QTRY_VERIFY(components->rowCount() >= 4);
        QCOMPARE(components->index(0, HealthComponentModel::ComponentColumn).data().toString(), QStringLiteral("database"));
        QVERIFY(components->index(0, HealthComponentModel::StatusColumn).data().toString().contains(QStringLiteral("fail")));
        QCOMPARE(components->index(0, HealthComponentModel::MessageColumn).data().toString(),
                 QStringLiteral("Database error: connection refused"));
        QVERIFY(dashboard->detailTitle()->text().contains(QStringLiteral("HTTP 503")));
        // The chart follows the selection once results arrive.
        QTRY_VERIFY_WITH_TIMEOUT(dashboard->chart()->pointCount() > 0, 5000);
        // The failing state was recorded as an event: it marks the time axis of this service's chart.
        QTRY_VERIFY_WITH_TIMEOUT((dashboard->chart()->redrawNow(), dashboard->chart()->markerCount() >= 1), 5000);
        // Host metrics of the selection arrive over SSH (memory with the first poll).
        dashboard->hostMetricSelector()->setCurrentIndex(1);
        QTRY_VERIFY_WITH_TIMEOUT((dashboard->hostChart()->redrawNow(), dashboard->hostChart()->pointCount() > 0), 10'000);
    }

    // A deploy made outside OpsDeck is noticed by the console's inventory polls, recorded once as
    // deploy.detected, and marks the dashboard's charts.
    void aDetectedDeployMarksTheCharts()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        ConsoleApp app({fleet.configFile(), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QStringLiteral("dashboard")});
        app.deploys()->setPollInterval(Milliseconds(1000));
        QSignalSpy checked(app.deploys(), &DeployDetector::inventoryChecked);
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(checked.wait(30'000)); // the baseline
        const QString deployed = fleet.deploy({QStringLiteral("--user"), QStringLiteral("ann")});
        QVERIFY(!deployed.isEmpty());
        auto deployMarker = [&] {
            for (const ChartMarker &m : window->dashboardPanel()->chart()->markers()) {
                if (m.label.contains(QStringLiteral("Deploy of production/family-photo-share detected: release %1").arg(deployed)))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(deployMarker(), 30'000);
        // The app's alerts are muted while the deploy's verification window lasts (5 minutes).
        QVERIFY(app.alerts()->isMuted(QStringLiteral("production/host-001/web")));
        QVERIFY(std::any_of(window->dashboardPanel()->hostChart()->markers().cbegin(), window->dashboardPanel()->hostChart()->markers().cend(),
                            [&](const ChartMarker &m) { return m.label.contains(deployed); }));
        // More polls record nothing more.
        checked.clear();
        QVERIFY(checked.wait(10'000));
        QVERIFY(checked.wait(10'000));
        int markers = 0;
        for (const ChartMarker &m : window->dashboardPanel()->chart()->markers())
            markers += m.label.contains(deployed) ? 1 : 0;
        QCOMPARE(markers, 1);
    }
};

QTEST_MAIN(TestDashboardPanel)
#include "TestDashboardPanel.moc"
