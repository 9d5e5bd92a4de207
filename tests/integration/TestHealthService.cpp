// Health monitoring against the sandbox fleet's real HTTP endpoints: a scenario change (down, slow,
// hang, garbage) shows as the debounced state with the precise reason within two intervals; a
// hanging endpoint does not delay the others; transitions become events. Loopback only.

#include "SandboxFleet.h"
#include "health/HealthService.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QElapsedTimer>
#include <QSignalSpy>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestHealthService final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;
    FleetConfig m_config;

    static QString webId(const QString &host) { return QStringLiteral("production/") + host + QStringLiteral("/web#0"); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_config = m_fleet->config();
        for (EnvironmentConfig &env : m_config.environments) {
            for (HostConfig &host : env.hosts) {
                for (ServiceConfig &service : host.services) {
                    for (HealthCheckConfig &check : service.health) {
                        check.interval = Milliseconds(1000);
                        check.timeout = Milliseconds(500);
                        check.format = HealthFormat::Seeds;
                    }
                }
            }
        }
    }
    void cleanupTestCase() { m_fleet.reset(); }
    void init() { QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("ok"))); }

    void scenarioChangesShowWithinTwoIntervals_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        QTest::newRow("down") << "down" << int(HealthStatus::Fail) << "database: Database error: connection refused";
        QTest::newRow("slow") << "slow" << int(HealthStatus::Fail) << "no answer within 500 ms";
        QTest::newRow("hang") << "hang" << int(HealthStatus::Fail) << "no answer within 500 ms";
        QTest::newRow("garbage") << "garbage" << int(HealthStatus::Fail) << "the body is not JSON";
        QTest::newRow("degraded") << "degraded" << int(HealthStatus::Warn) << "sidekiq";
    }
    void scenarioChangesShowWithinTwoIntervals()
    {
        QFETCH(QString, scenario);
        QFETCH(int, status);
        QFETCH(QString, reason);
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("health-") + scenario + QStringLiteral(".db")));
        HealthService health(&store);
        health.setConfig(m_config);
        QTRY_COMPARE_WITH_TIMEOUT(health.snapshots().value(webId(QStringLiteral("host-002"))).stable, HealthStatus::Pass, 5000);

        QSignalSpy transitions(&health, &HealthService::transitioned);
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), scenario));
        QElapsedTimer timer;
        timer.start();
        // Two intervals for two agreeing results (2 s), plus up to one interval for a check already in
        // flight when the scenario changed (1 s), plus the 500 ms timeout of the deciding check, plus
        // 500 ms for scheduling on a loaded machine. Typical: 1.9–2.5 s (printed below).
        QTRY_COMPARE_WITH_TIMEOUT(int(health.snapshots().value(webId(QStringLiteral("host-002"))).stable), status, 4000);
        qInfo("%s visible after %lld ms", qPrintable(scenario), timer.elapsed());
        const HealthSnapshot s = health.snapshots().value(webId(QStringLiteral("host-002")));
        QVERIFY2(s.last.reason.contains(reason), qPrintable(s.last.reason));
        QTRY_VERIFY(!transitions.isEmpty());
        // The others were checked all along, at their own pace.
        const HealthSnapshot other = health.snapshots().value(webId(QStringLiteral("host-001")));
        QCOMPARE(other.stable, HealthStatus::Pass);
        QVERIFY(other.last.checkedAt.msecsTo(QDateTime::currentDateTimeUtc()) < 1600);

        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("ok")));
        QTRY_COMPARE_WITH_TIMEOUT(health.snapshots().value(webId(QStringLiteral("host-002"))).stable, HealthStatus::Pass, 4000);
        // Both transitions are in the store.
        QTest::qWait(200);
        auto reader = SqliteEventStore::open(m_fleet->scratch(QStringLiteral("health-") + scenario + QStringLiteral(".db")),
                                             QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("health.changed");
        const QList<Event> events = *(*reader.value)->events(filter).value;
        QVERIFY2(events.size() >= 2, qPrintable(QString::number(events.size())));
        QCOMPARE(events.at(events.size() - 2).host, QStringLiteral("host-002"));
        QVERIFY(events.at(events.size() - 2).summary.contains(QStringLiteral("pass → ")));
        QVERIFY(events.constLast().summary.contains(QStringLiteral("→ pass")));
    }

    void stoppedServiceIsRefusedNotHealthy()
    {
        EventStoreService store;
        HealthService health(&store);
        health.setConfig(m_config);
        QTRY_COMPARE_WITH_TIMEOUT(health.snapshots().value(webId(QStringLiteral("host-003"))).stable, HealthStatus::Pass, 5000);
        QVERIFY(runProcess(QStringLiteral("ssh"), {QStringLiteral("-i"), m_config.ssh.identityFile, QStringLiteral("-o"),
                                                   QStringLiteral("UserKnownHostsFile=") + m_config.ssh.knownHostsFile,
                                                   QStringLiteral("-o"), QStringLiteral("BatchMode=yes"), QStringLiteral("-F"),
                                                   QStringLiteral("/dev/null"), QStringLiteral("-p"),
                                                   QString::number(m_config.findHost(QStringLiteral("host-003"))->port),
                                                   m_config.ssh.user + QStringLiteral("@127.0.0.1"),
                                                   QStringLiteral("sudo -n systemctl stop family-photo-share.service")})
                    .exitCode == 0);
        QTRY_COMPARE_WITH_TIMEOUT(health.snapshots().value(webId(QStringLiteral("host-003"))).stable, HealthStatus::Fail, 3500);
        QCOMPARE(health.snapshots().value(webId(QStringLiteral("host-003"))).last.reason, QStringLiteral("connection refused"));
    }
};

QTEST_GUILESS_MAIN(TestHealthService)
#include "TestHealthService.moc"
