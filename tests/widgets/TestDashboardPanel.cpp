// The Dashboard driven like an operator would, offscreen, on the sandbox fleet: a failing service
// shows as failing at every level above it with its reason; clicking it drills down to the failing
// component first; the response-time chart has the selection's series. A deploy made outside
// OpsDeck marks the charts once. At the top, counts per environment and state that filter when
// clicked; a filter box and a remembered "Problems only"; problems first; the tree opens collapsed
// with problem hosts expanded; the selection and the scroll position survive results and a reload
// of the configuration.

#include "ConsoleApp.h"
#include "DashboardPanel.h"
#include "HealthComponentModel.h"
#include "HealthCountsBar.h"
#include "HealthTreeModel.h"
#include "MainWindow.h"
#include "TimeSeriesChart.h"
#include "SandboxFleet.h"
#include "alerts/AlertEngine.h"
#include "health/HealthService.h"
#include "metrics/HostMetricsPoller.h"
#include "ops/OpsContext.h"
#include "ops/OpsMonitors.h"
#include "release/DeployDetector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QToolButton>
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

// "env/host/service" of every service row the view's model shows, in the view's order.
QStringList shownServices(QAbstractItemModel *model)
{
    QStringList services;
    for (int e = 0; e < model->rowCount(); ++e) {
        const QModelIndex env = model->index(e, 0);
        for (int h = 0; h < model->rowCount(env); ++h) {
            const QModelIndex host = model->index(h, 0, env);
            for (int s = 0; s < model->rowCount(host); ++s)
                services << env.data().toString() + u'/' + host.data().toString() + u'/' + model->index(s, 0, host).data().toString();
        }
    }
    return services;
}

QStringList shownHosts(QAbstractItemModel *model)
{
    QStringList hosts;
    for (int e = 0; e < model->rowCount(); ++e) {
        for (int h = 0; h < model->rowCount(model->index(e, 0)); ++h)
            hosts << model->index(h, 0, model->index(e, 0)).data().toString();
    }
    return hosts;
}

// A copy of the fleet's configuration checked every second.
QString fastConfig(SandboxFleet &fleet, const QString &name)
{
    QFile original(fleet.configFile());
    if (!original.open(QIODevice::ReadOnly))
        return {};
    QByteArray yaml = original.readAll();
    yaml.replace("defaults:\n", "defaults:\n  health_interval: 1s\n  health_timeout: 500ms\n");
    const QString config = fleet.scratch(name);
    QFile copy(config);
    if (!copy.open(QIODevice::WriteOnly))
        return {};
    copy.write(yaml);
    return config;
}

QString pathOf(const QModelIndex &index)
{
    QStringList parts;
    for (QModelIndex i = index.siblingAtColumn(0); i.isValid(); i = i.parent())
        parts.prepend(i.data().toString());
    return parts.join(u'/');
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
        QSettings().remove(QStringLiteral("dashboard"));
    }

    // A count button's text is one message per state with the count in the locale's digits
    // ("✖ 1,234 fail", "✖ 1.234 fail" before translation), not a symbol, a bare number and a word glued.
    void countTextFollowsTheLocale_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("text");
        const QLocale english(QLocale::English, QLocale::UnitedStates);
        const QLocale german(QLocale::German, QLocale::Germany);
        QTest::newRow("en fail") << english << int(HealthTreeModel::State::Fail) << QStringLiteral("✖ 1,234 fail");
        QTest::newRow("en pass") << english << int(HealthTreeModel::State::Pass) << QStringLiteral("✔ 1,234 pass");
        QTest::newRow("en no data") << english << int(HealthTreeModel::State::NoData) << QStringLiteral("◌ 1,234 no data");
        QTest::newRow("de warn") << german << int(HealthTreeModel::State::Warn) << QStringLiteral("▲ 1.234 warn");
        QTest::newRow("de unknown") << german << int(HealthTreeModel::State::Unknown) << QStringLiteral("? 1.234 unknown");
    }
    void countTextFollowsTheLocale()
    {
        QFETCH(QLocale, locale);
        QFETCH(int, state);
        QFETCH(QString, text);
        const QLocale before;
        QLocale::setDefault(locale);
        const auto restore = qScopeGuard([&] { QLocale::setDefault(before); });
        QCOMPARE(HealthCountsBar::countText(HealthTreeModel::State(state), 1234), text);
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
        const QModelIndex shownWeb = find(tree->model(), QStringLiteral("web"),
                                          find(tree->model(), QStringLiteral("host-002"), find(tree->model(), QStringLiteral("production"))));
        QVERIFY(shownWeb.isValid());
        tree->scrollTo(shownWeb);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(shownWeb).center());
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

    // Response times and host metrics are kept across a restart of the window: a second window
    // (a new ConsoleApp on the same history file) charts the first one's samples at once — its
    // charts hold data from before it was opened, and say how much.
    void historySurvivesARestartOfTheWindow()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString config = fastConfig(fleet, QStringLiteral("history.yaml"));
        const QString store = QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("history-store.db"));
        // The history file of this test alone (the other tests keep theirs in the test-mode data directory).
        qputenv("OPSDECK_HISTORY", fleet.scratch(QStringLiteral("history.sqlite")).toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("OPSDECK_HISTORY"); });
        const auto selectWeb = [](DashboardPanel *dashboard) {
            QTreeView *tree = dashboard->tree();
            const QModelIndex web = find(tree->model(), QStringLiteral("web"),
                                         find(tree->model(), QStringLiteral("host-001"), find(tree->model(), QStringLiteral("production"))));
            if (!web.isValid())
                return false;
            tree->setCurrentIndex(web);
            dashboard->hostMetricSelector()->setCurrentIndex(1); // memory: there with the first poll
            return true;
        };
        // How much data a chart says it has while collecting ("collecting — 12 s of data").
        const auto collectedSeconds = [](TimeSeriesChart *chart) {
            chart->redrawNow();
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("collecting — (\\d+) s of data")).match(chart->collectingText());
            return m.hasMatch() ? m.captured(1).toInt() : -1;
        };
        qint64 firstLatency = 0;
        qint64 firstPoll = 0;
        {
            ConsoleApp app({config, store, QStringLiteral("dashboard")});
            app.window()->show();
            QVERIFY(QTest::qWaitForWindowExposed(app.window()));
            DashboardPanel *dashboard = app.window()->dashboardPanel();
            QTRY_VERIFY_WITH_TIMEOUT(selectWeb(dashboard), 10'000);
            QTRY_VERIFY_WITH_TIMEOUT((dashboard->chart()->redrawNow(), dashboard->chart()->pointCount() >= 5), 20'000);
            QTRY_VERIFY_WITH_TIMEOUT((dashboard->hostChart()->redrawNow(), dashboard->hostChart()->pointCount() > 0), 20'000);
            QTest::qWait(5000); // a first session of several seconds
            const QString id = app.health()->endpointOrder().filter(QStringLiteral("production/host-001/web#")).value(0);
            QVERIFY(!id.isEmpty());
            for (const HealthSample &sample : app.health()->history(id)) {
                if (sample.latencyMs >= 0 && firstLatency == 0)
                    firstLatency = sample.timeMs;
            }
            firstPoll = QDateTime::currentMSecsSinceEpoch() - qint64(collectedSeconds(dashboard->hostChart())) * 1000;
            QVERIFY(firstLatency > 0);
        } // the window closes: what is pending is written

        const qint64 reopened = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(reopened - firstLatency >= 8000);
        ConsoleApp app({config, store, QStringLiteral("dashboard")});
        app.window()->show();
        QVERIFY(QTest::qWaitForWindowExposed(app.window()));
        DashboardPanel *dashboard = app.window()->dashboardPanel();
        QTRY_VERIFY_WITH_TIMEOUT(selectWeb(dashboard), 10'000);
        // The first session's samples, not only this one's: the chart says it has data from before
        // it opened, and its time axis reaches back to the first session's first response time.
        const auto sinceFirst = [&] { return int((QDateTime::currentMSecsSinceEpoch() - firstLatency) / 1000); };
        QTRY_VERIFY2_WITH_TIMEOUT(collectedSeconds(dashboard->chart()) >= sinceFirst() - 2,
                                  qPrintable(dashboard->chart()->collectingText() + QStringLiteral(" (want %1 s)").arg(sinceFirst())), 10'000);
        QVERIFY(dashboard->chart()->axisFromMs() <= firstLatency);
        QVERIFY(dashboard->chart()->pointCount() >= 5);
        const auto sincePoll = [&] { return int((QDateTime::currentMSecsSinceEpoch() - firstPoll) / 1000); };
        QTRY_VERIFY2_WITH_TIMEOUT(collectedSeconds(dashboard->hostChart()) >= sincePoll() - 3,
                                  qPrintable(dashboard->hostChart()->collectingText() + QStringLiteral(" (want %1 s)").arg(sincePoll())), 10'000);
        QVERIFY(dashboard->hostChart()->axisFromMs() < reopened - 5000);

        // Two hours on, these samples are each minute's low and high (the window keeps what the file
        // keeps), and the charts draw what is kept, not what they drew before: no more columns with
        // samples than the kept points (two a minute), where the raw samples (one a second) filled more.
        const QString id = app.health()->endpointOrder().filter(QStringLiteral("production/host-001/web#")).value(0);
        const auto answered = [&] {
            const QList<HealthSample> &kept = app.health()->history(id);
            return std::count_if(kept.cbegin(), kept.cend(), [](const HealthSample &s) { return s.latencyMs >= 0; });
        };
        const qsizetype rawSamples = answered();
        const qint64 later = QDateTime::currentMSecsSinceEpoch() + 2 * 3600'000;
        app.health()->downsampleHistory(later);
        app.ops()->monitors()->metrics()->downsampleHistory(later);
        QVERIFY2(answered() < rawSamples, qPrintable(QStringLiteral("%1 of %2").arg(answered()).arg(rawSamples)));
        dashboard->chart()->redrawNow();
        dashboard->hostChart()->redrawNow();
        QVERIFY2(dashboard->chart()->pointCount() <= answered(),
                 qPrintable(QStringLiteral("%1 columns, %2 kept").arg(dashboard->chart()->pointCount()).arg(answered())));
        const qsizetype keptMemory = app.ops()->monitors()->metrics()->history(QStringLiteral("host-001"), HostMetric::Memory).size();
        QVERIFY2(dashboard->hostChart()->pointCount() <= keptMemory,
                 qPrintable(QStringLiteral("%1 columns, %2 kept").arg(dashboard->hostChart()->pointCount()).arg(keptMemory)));
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

    void overviewCountsAndFilters()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("3")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString config = fastConfig(fleet, QStringLiteral("fast.yaml"));
        QVERIFY(!config.isEmpty());
        QVERIFY(fleet.scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        const QString store = QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db"));
        QStringList allServices;
        {
            ConsoleApp app({config, store, QStringLiteral("dashboard")});
            MainWindow *window = app.window();
            window->show();
            QVERIFY(QTest::qWaitForWindowExposed(window));
            DashboardPanel *dashboard = window->dashboardPanel();
            QTreeView *tree = dashboard->tree();
            QAbstractItemModelTester tester(tree->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QTRY_VERIFY(find(dashboard->model(), QStringLiteral("production")).isValid());
            allServices = shownServices(dashboard->model());
            QCOMPARE(allServices.size(), 6); // 3 hosts × 2 services with a health URL

            // The counts: one service fails, the others pass, in symbol + word, named for a screen reader.
            auto *fail = dashboard->findChild<QToolButton *>(QStringLiteral("count:production:fail"));
            auto *pass = dashboard->findChild<QToolButton *>(QStringLiteral("count:production:pass"));
            QVERIFY(fail && pass);
            QTRY_COMPARE_WITH_TIMEOUT(fail->text(), QStringLiteral("✖ 1 fail"), 8000);
            QTRY_COMPARE_WITH_TIMEOUT(pass->text(), QStringLiteral("✔ 5 pass"), 8000);
            // (the English plural comes from the translation, which main() installs)
            QVERIFY2(fail->accessibleName().startsWith(QStringLiteral("production, fail: 1 service")), qPrintable(fail->accessibleName()));

            // Problems first; the failing host opened, the others and the services closed.
            const QModelIndex production = find(tree->model(), QStringLiteral("production"));
            QTRY_COMPARE(tree->model()->index(0, 0, production).data().toString(), QStringLiteral("host-002"));
            QTRY_VERIFY(tree->isExpanded(tree->model()->index(0, 0, production)));
            QVERIFY(tree->isExpanded(production));
            QVERIFY(!tree->isExpanded(find(tree->model(), QStringLiteral("host-001"), production)));
            QVERIFY(!tree->isExpanded(find(tree->model(), QStringLiteral("web"), tree->model()->index(0, 0, production))));

            // A count filters to its services; clicked again, everything is back.
            QTest::mouseClick(fail, Qt::LeftButton);
            QCOMPARE(shownServices(tree->model()), QStringList{QStringLiteral("production/host-002/web")});
            QTest::mouseClick(fail, Qt::LeftButton);
            QCOMPARE(shownServices(tree->model()).size(), allServices.size());
            QTest::mouseClick(pass, Qt::LeftButton);
            QCOMPARE(shownServices(tree->model()).size(), 5);
            QVERIFY(!shownServices(tree->model()).contains(QStringLiteral("production/host-002/web")));
            QTest::mouseClick(pass, Qt::LeftButton);

            // The filter box: host, service, label and state.
            auto *filter = dashboard->findChild<QLineEdit *>(QStringLiteral("healthFilter"));
            QVERIFY(filter);
            QVERIFY(!filter->accessibleName().isEmpty());
            QTest::keyClicks(filter, QStringLiteral("host-003"));
            QTRY_COMPARE(shownHosts(tree->model()), QStringList{QStringLiteral("host-003")});
            QCOMPARE(shownServices(tree->model()).size(), 2);
            filter->clear();
            QTest::keyClicks(filter, QStringLiteral("FAIL"));
            QTRY_COMPARE(shownServices(tree->model()), QStringList{QStringLiteral("production/host-002/web")});
            filter->clear();
            QTest::keyClicks(filter, QStringLiteral("worker"));
            QTRY_COMPARE(shownHosts(tree->model()).size(), 3);
            filter->clear();
            QTest::keyClicks(filter, QStringLiteral("no-such-thing"));
            QTRY_COMPARE(tree->model()->rowCount(), 0);
            filter->clear();
            QTRY_COMPARE(shownServices(tree->model()).size(), allServices.size());

            // Problems only: the failing service alone, remembered.
            auto *problems = dashboard->findChild<QCheckBox *>(QStringLiteral("problemsOnly"));
            QVERIFY(problems);
            QVERIFY(!problems->isChecked());
            QTest::mouseClick(problems, Qt::LeftButton);
            QVERIFY(problems->isChecked());
            QCOMPARE(shownServices(tree->model()), QStringList{QStringLiteral("production/host-002/web")});
            window->close();
        }
        ConsoleApp app({config, store, QStringLiteral("dashboard")});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        DashboardPanel *dashboard = window->dashboardPanel();
        auto *problems = dashboard->findChild<QCheckBox *>(QStringLiteral("problemsOnly"));
        QVERIFY(problems);
        QVERIFY(problems->isChecked());
        QTRY_COMPARE_WITH_TIMEOUT(shownServices(dashboard->tree()->model()), QStringList{QStringLiteral("production/host-002/web")}, 8000);
        QTest::mouseClick(problems, Qt::LeftButton);
        QCOMPARE(shownServices(dashboard->tree()->model()).size(), allServices.size());
        QCOMPARE(QSettings().value(QStringLiteral("dashboard/problemsOnly")).toBool(), false);
    }

    void keepsSelectionAndScrollAcrossUpdates()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("4")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString config = fastConfig(fleet, QStringLiteral("fast.yaml"));
        QVERIFY(!config.isEmpty());
        ConsoleApp app({config, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")), QStringLiteral("dashboard")});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        DashboardPanel *dashboard = window->dashboardPanel();
        QTreeView *tree = dashboard->tree();
        QTRY_VERIFY(find(tree->model(), QStringLiteral("production")).isValid());
        // Every service passing; a short view that scrolls.
        QTRY_VERIFY_WITH_TIMEOUT(find(tree->model(), QStringLiteral("production")).siblingAtColumn(HealthTreeModel::StatusColumn).data().toString().contains(QStringLiteral("pass")), 8000);
        tree->setFixedHeight(160);
        tree->expandAll();
        const QModelIndex host4 = find(tree->model(), QStringLiteral("host-004"), find(tree->model(), QStringLiteral("production")));
        const QModelIndex web4 = find(tree->model(), QStringLiteral("web"), host4);
        QVERIFY(web4.isValid());
        tree->scrollTo(web4);
        QTest::mouseClick(tree->viewport(), Qt::LeftButton, {}, tree->visualRect(web4).center());
        QCOMPARE(pathOf(tree->currentIndex()), QStringLiteral("production/host-004/web"));
        tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum());
        const int scrolled = tree->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // New results: the same selection, the same place.
        QSignalSpy refreshed(dashboard->model(), &HealthTreeModel::refreshed);
        QVERIFY(refreshed.wait(5000));
        QCOMPARE(pathOf(tree->currentIndex()), QStringLiteral("production/host-004/web"));
        QCOMPARE(tree->verticalScrollBar()->value(), scrolled);

        // A reload that changes the fleet (a label) rebuilds the tree: still the same selection and place.
        QFile file(config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray yaml = file.readAll();
        file.close();
        QVERIFY(yaml.contains("labels: [web, worker]"));
        yaml.replace("labels: [web, worker]", "labels: [web, worker, canary]");
        QSignalSpy reset(dashboard->model(), &QAbstractItemModel::modelReset);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(yaml);
        file.close();
        QVERIFY(reset.wait(10'000));
        QTest::qWait(100);
        QCOMPARE(pathOf(tree->currentIndex()), QStringLiteral("production/host-004/web"));
        QCOMPARE(tree->verticalScrollBar()->value(), scrolled);
        QVERIFY(tree->isExpanded(find(tree->model(), QStringLiteral("host-004"), find(tree->model(), QStringLiteral("production")))));
        // The new label is searchable.
        auto *filter = dashboard->findChild<QLineEdit *>(QStringLiteral("healthFilter"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("canary"));
        QTRY_COMPARE(shownHosts(tree->model()).size(), 4);
    }
};

QTEST_MAIN(TestDashboardPanel)
#include "TestDashboardPanel.moc"
