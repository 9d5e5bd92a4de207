// Alerts end to end on the sandbox fleet: real health endpoints and real SSH metrics feed the engine;
// a database failing on two hosts is named as the shared cause; a host whose sshd is gone is one
// alert (once confirmed) that suppresses its services'; acknowledging and resolving are recorded; at
// scale (also with a 300 ms handshake delay), only the hosts that are really down are alerted and the
// start is one summary event. Loopback only.

#include "SandboxFleet.h"
#include "alerts/AlertEngine.h"
#include "health/HealthService.h"
#include "metrics/ConnectionJournal.h"
#include "metrics/HostMetricsPoller.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QJsonArray>
#include <QSignalSpy>

#include <csignal>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
std::optional<Alert> find(const QList<Alert> &alerts, const QString &key)
{
    for (const Alert &a : alerts) {
        if (a.key == key)
            return a;
    }
    return std::nullopt;
}
} // namespace

class TestAlertEngine final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void raisesSuppressesAcknowledgesResolves()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("3")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        FleetConfig config = fleet.config();
        for (EnvironmentConfig &env : config.environments) {
            for (HostConfig &h : env.hosts) {
                for (ServiceConfig &s : h.services) {
                    for (HealthCheckConfig &c : s.health) {
                        c.interval = Milliseconds(1000);
                        c.timeout = Milliseconds(500);
                    }
                }
            }
        }
        config.thresholds.unreachableWindow = Milliseconds(2000); // confirmed sooner: the test has more to do
        const QString storePath = fleet.scratch(QStringLiteral("alerts.db"));
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(config);
        HealthService health(&store);
        HostMetricsPoller metrics(&ssh);
        metrics.setInterval(Milliseconds(1000));
        AlertEngine alerts(&health, &metrics, &store);
        health.setConfig(config);
        metrics.setConfig(config);
        alerts.setConfig(config);
        QTRY_VERIFY_WITH_TIMEOUT(metrics.reachable(QStringLiteral("host-003")), 10'000);
        QTRY_COMPARE_WITH_TIMEOUT(alerts.active().size(), 0, 5000);

        // The database fails behind two hosts' web services: one shared cause.
        QVERIFY(fleet.scenario(QStringLiteral("host-001"), QStringLiteral("web"), QStringLiteral("down")));
        QVERIFY(fleet.scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        QTRY_VERIFY_WITH_TIMEOUT(find(alerts.active(), QStringLiteral("shared:production:database")).has_value(), 6000);
        QCOMPARE(find(alerts.active(), QStringLiteral("health:production/host-001/web"))->cause, QStringLiteral("shared: database"));

        // host-003 loses its sshd: one host alert, and its service's failure is explained by it.
        QVERIFY(fleet.scenario(QStringLiteral("host-003"), QStringLiteral("web"), QStringLiteral("down")));
        // Sessions first (they are the listener's children), then the listener: no way in, no way back.
        const qint64 listener = fleet.sshdPid(QStringLiteral("host-003"));
        fleet.killSessions(QStringLiteral("host-003"));
        QVERIFY(::kill(pid_t(listener), SIGKILL) == 0);
        QTRY_VERIFY2_WITH_TIMEOUT(!metrics.reachable(QStringLiteral("host-003")),
                                  qPrintable(QStringLiteral("still reachable; last error '%1'").arg(metrics.lastError(QStringLiteral("host-003")))), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(find(alerts.active(), QStringLiteral("host:production/host-003")).has_value(), 10'000);
        QTRY_VERIFY_WITH_TIMEOUT(find(alerts.active(), QStringLiteral("health:production/host-003/web")).value_or(Alert{}).suppressed, 6000);
        QCOMPARE(find(alerts.active(), QStringLiteral("health:production/host-003/web"))->cause, QStringLiteral("host host-003 unreachable"));

        alerts.acknowledge(QStringLiteral("shared:production:database"), QStringLiteral("ann"));
        QVERIFY(find(alerts.active(), QStringLiteral("shared:production:database"))->acknowledgedBy == QStringLiteral("ann"));

        QSignalSpy resolved(&alerts, &AlertEngine::resolved);
        QVERIFY(fleet.scenario(QStringLiteral("host-001"), QStringLiteral("web"), QStringLiteral("ok")));
        QVERIFY(fleet.scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("ok")));
        QTRY_VERIFY_WITH_TIMEOUT(!find(alerts.active(), QStringLiteral("shared:production:database")).has_value(), 6000);

        QTest::qWait(300);
        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("alert.");
        QStringList kinds;
        const QList<Event> events = *(*reader.value)->events(filter).value;
        for (const Event &e : events)
            kinds << e.kind + u' ' + e.details.value(QStringLiteral("key")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("alert.raised shared:production:database")), qPrintable(kinds.join(u'\n')));
        QVERIFY(kinds.contains(QStringLiteral("alert.acknowledged shared:production:database")));
        QVERIFY(kinds.contains(QStringLiteral("alert.resolved shared:production:database")));
        QVERIFY(kinds.contains(QStringLiteral("alert.raised host:production/host-003")));
    }

    // A console opening on a large healthy fleet with three sshds stopped: exactly those three are
    // alerted, each only once its failure is confirmed (two failures at least the 10 s window apart,
    // within timeout + window of the start), and no other host writes an alert event. 200 hosts in the
    // normal suite; OPSDECK_SCALE_HOSTS=1000 for the run by hand (docs/benchmarks.md). The same with
    // 300 ms added to every host's handshake (the sandbox fleet's relay), standing for a real network.
    // The start is written as one summary event, never as one connection event per host.
    void onlyConfirmedDeadHostsAreAlertedAtScale_data()
    {
        QTest::addColumn<int>("handshakeDelayMs");
        QTest::newRow("loopback") << 0;
        QTest::newRow("300 ms handshake delay") << 300;
    }

    void onlyConfirmedDeadHostsAreAlertedAtScale()
    {
        QFETCH(int, handshakeDelayMs);
        const int hostCount = qEnvironmentVariableIsSet("OPSDECK_SCALE_HOSTS") ? qEnvironmentVariableIntValue("OPSDECK_SCALE_HOSTS") : 200;
        SandboxFleet fleet({QStringLiteral("--hosts"), QString::number(hostCount), QStringLiteral("--handshake-delay-ms"),
                            QString::number(handshakeDelayMs)});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        FleetConfig config = fleet.config(); // the defaults: 2 failures >= 10 s apart
        QCOMPARE(config.thresholds.unreachableWindow, Milliseconds(10'000));
        // Response time is not what this is about, and on a loaded 2-core machine it can pass 2 s.
        config.thresholds.responseTimeWarning = Milliseconds(5 * 60'000);
        // Named as the fleet names them: host-001 … host-200, host-0001 … host-1000.
        const int width = std::max(3, int(QString::number(hostCount).size()));
        const QStringList stopped{QStringLiteral("host-%1").arg(hostCount / 4, width, 10, QLatin1Char('0')),
                                  QStringLiteral("host-%1").arg(hostCount / 2, width, 10, QLatin1Char('0')),
                                  QStringLiteral("host-%1").arg(hostCount, width, 10, QLatin1Char('0'))};
        for (const QString &host : stopped) {
            const qint64 pid = fleet.sshdPid(host);
            QVERIFY2(pid > 0, qPrintable(host + QStringLiteral(": no sshd pid in fleet.json"))); // kill(0) would hit the test itself
            QVERIFY(::kill(pid_t(pid), SIGKILL) == 0);
        }

        const QString storePath = fleet.scratch(QStringLiteral("scale.db"));
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        SshEngine ssh(&prompts, &prompts);
        HealthService health(&store);
        HostMetricsPoller metrics(&ssh);
        ConnectionJournal connections(&metrics, &store);
        AlertEngine alerts(&health, &metrics, &store);
        QHash<QString, QDateTime> firstFailure;
        connect(&metrics, &HostMetricsPoller::unreachable, this, [&](const QString &host) {
            if (!firstFailure.contains(host))
                firstFailure.insert(host, QDateTime::currentDateTimeUtc());
        });
        QHash<QString, QDateTime> raisedAt;
        connect(&alerts, &AlertEngine::raised, this, [&](const Alert &a) { raisedAt.insert(a.key, QDateTime::currentDateTimeUtc()); });
        const QDateTime start = QDateTime::currentDateTimeUtc();
        ssh.setConfig(config);
        health.setConfig(config);
        metrics.setConfig(config);
        connections.setConfig(config);
        alerts.setConfig(config);

        QStringList expected;
        for (const QString &host : stopped)
            expected << QStringLiteral("host:production/") + host;
        auto hostAlerts = [&] {
            QStringList keys;
            for (const Alert &a : alerts.active()) {
                if (a.key.startsWith(QLatin1String("host:")))
                    keys << a.key;
            }
            keys.sort();
            return keys;
        };
        QTRY_COMPARE_WITH_TIMEOUT(hostAlerts(), expected, 60'000);
        // Confirmed, not raised on the first failure: the window passed between them …
        for (const QString &host : stopped) {
            const QString key = QStringLiteral("host:production/") + host;
            QVERIFY2(firstFailure.contains(host), qPrintable(host));
            const qint64 waited = firstFailure.value(host).msecsTo(raisedAt.value(key));
            QVERIFY2(waited >= 10'000, qPrintable(QStringLiteral("%1 alerted %2 ms after its first failure").arg(host).arg(waited)));
        }
        // … and the slowest of them within timeout + window (+ jitter) of the start.
        qint64 slowest = 0;
        for (const QDateTime &at : std::as_const(raisedAt))
            slowest = std::max(slowest, start.msecsTo(at));
        QVERIFY2(slowest <= 40'000, qPrintable(QStringLiteral("last alert %1 ms after the start").arg(slowest)));

        // Every other host connects; a slow turn in the queue is never a failure.
        QTRY_VERIFY_WITH_TIMEOUT([&] {
            int reachable = 0;
            for (const HostConfig &h : config.environments.constFirst().hosts)
                reachable += metrics.reachable(h.name) ? 1 : 0;
            return reachable == hostCount - 3;
        }(), 120'000);
        QTest::qWait(3000); // late evaluations and the store's writer catch up
        QCOMPARE(hostAlerts(), expected);

        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("alert.");
        QStringList written;
        const QList<Event> stored = *(*reader.value)->events(filter).value;
        for (const Event &e : stored)
            written << e.kind + u' ' + e.details.value(QStringLiteral("key")).toString();
        written.sort();
        QStringList wanted;
        for (const QString &key : expected)
            wanted << QStringLiteral("alert.raised ") + key;
        QCOMPARE(written, wanted);

        // The start is one summary event, never one connection event per host.
        EventFilter sshFilter;
        sshFilter.kind = QStringLiteral("ssh.");
        sshFilter.limit = 5000;
        QList<Event> sshEvents;
        QTRY_VERIFY_WITH_TIMEOUT((sshEvents = *(*reader.value)->events(sshFilter).value, !sshEvents.isEmpty()), 10'000);
        QStringList sshKinds;
        for (const Event &e : std::as_const(sshEvents)) {
            sshKinds << e.kind + u' ' + e.host;
            QVERIFY2(e.host.isEmpty(), qPrintable(e.kind + QStringLiteral(" about one host: ") + e.summary));
        }
        QCOMPARE(sshKinds, QStringList{QStringLiteral("ssh.connected ")});
        const Event &summary = sshEvents.constFirst();
        QCOMPARE(summary.details.value(QStringLiteral("hosts")).toInt(), hostCount);
        QCOMPARE(summary.details.value(QStringLiteral("connected")).toInt(), hostCount - 3);
        QCOMPARE(summary.details.value(QStringLiteral("unreachable")).toInt(), 3);
        QStringList unreachable;
        for (const QJsonValue &v : summary.details.value(QStringLiteral("unreachable_hosts")).toArray())
            unreachable << v.toString();
        QCOMPARE(unreachable, stopped);
        qInfo().noquote() << "start summary:" << summary.summary;
    }

    // A hostile host: df lists 5,000 nearly full mounts under new names on every poll. The poller
    // reads no more than the cap, the host has one disk alert naming its worst mounts, and the alert
    // events of that host stay bounded however long it goes on.
    void hostileHostFloodsNothing()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        QVERIFY(fleet.mounts(QStringLiteral("host-002"), 5000));
        const FleetConfig config = fleet.config();
        const QString storePath = fleet.scratch(QStringLiteral("hostile.db"));
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(config);
        HealthService health(&store);
        HostMetricsPoller metrics(&ssh);
        metrics.setInterval(Milliseconds(1000));
        AlertEngine alerts(&health, &metrics, &store);
        QSignalSpy raised(&alerts, &AlertEngine::raised);
        health.setConfig(config);
        metrics.setConfig(config);
        alerts.setConfig(config);
        QTRY_VERIFY_WITH_TIMEOUT(find(alerts.active(), QStringLiteral("disk:production/host-002")).has_value(), 15'000);
        // Several polls, each with 5,000 renamed mounts.
        QTest::qWait(5000);
        const auto latest = metrics.latest(QStringLiteral("host-002"));
        QVERIFY(latest.has_value());
        QVERIFY2(latest->disks.size() <= HostMetricsParser::kMaxDisks, qPrintable(QString::number(latest->disks.size())));
        QVERIFY2(latest->disksSkipped > 0, qPrintable(QString::number(latest->disksSkipped))); // the command stops df early too
        QVERIFY(std::any_of(latest->disks.cbegin(), latest->disks.cend(), [](const DiskUse &d) { return d.mount == QLatin1String("/"); }));
        int diskAlerts = 0;
        for (const Alert &a : alerts.active())
            diskAlerts += a.host == QLatin1String("host-002") && a.key.startsWith(QLatin1String("disk:")) ? 1 : 0;
        QCOMPARE(diskAlerts, 1);
        const Alert disk = *find(alerts.active(), QStringLiteral("disk:production/host-002"));
        QVERIFY2(disk.detail.contains(QStringLiteral("more mount")), qPrintable(disk.detail));
        QVERIFY(raised.size() <= AlertEngine::kEventsPerHost);

        QTest::qWait(300);
        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("alert.");
        filter.host = QStringLiteral("host-002");
        filter.limit = 100'000;
        const QList<Event> events = *(*reader.value)->events(filter).value;
        QStringList kinds;
        for (const Event &e : events)
            kinds << e.kind + u' ' + e.details.value(QStringLiteral("key")).toString();
        QVERIFY2(kinds.count(QStringLiteral("alert.raised disk:production/host-002")) == 1, qPrintable(kinds.join(u'\n')));
        QVERIFY2(events.size() <= AlertEngine::kEventsPerHost + 1, qPrintable(kinds.join(u'\n')));
        QVERIFY(fleet.mounts(QStringLiteral("host-002"), 0));
    }
};

QTEST_GUILESS_MAIN(TestAlertEngine)
#include "TestAlertEngine.moc"
