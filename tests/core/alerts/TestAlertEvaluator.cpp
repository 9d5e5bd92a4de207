#include "alerts/AlertEvaluator.h"

#include <QTest>

using namespace opsdeck;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 22), QTime(3, 0), Qt::UTC);

ServiceState service(const QString &host, const QString &name, HealthStatus status, const QStringList &failing = {},
                     qint64 latency = 20)
{
    ServiceState s;
    s.environment = QStringLiteral("production");
    s.host = host;
    s.service = name;
    s.status = status;
    s.reason = failing.isEmpty() ? QString() : failing.constFirst() + QStringLiteral(": broken");
    s.failingComponents = failing;
    s.latencyMs = latency;
    return s;
}

HostState host(const QString &name, bool reachable = true)
{
    HostState h;
    h.environment = QStringLiteral("production");
    h.host = name;
    h.reachable = reachable;
    h.error = reachable ? QString() : QStringLiteral("cannot connect: Connection refused");
    return h;
}

const Alert *find(const QList<Alert> &alerts, const QString &key)
{
    for (const Alert &a : alerts) {
        if (a.key == key)
            return &a;
    }
    return nullptr;
}
} // namespace

class TestAlertEvaluator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void healthAndLatency()
    {
        const QList<Alert> alerts = AlertEvaluator::evaluate(
            {service(QStringLiteral("web-1"), QStringLiteral("web"), HealthStatus::Fail, {QStringLiteral("redis")}),
             service(QStringLiteral("web-2"), QStringLiteral("web"), HealthStatus::Warn, {}),
             service(QStringLiteral("web-3"), QStringLiteral("web"), HealthStatus::Pass, {}, 2500),
             service(QStringLiteral("web-4"), QStringLiteral("web"), HealthStatus::Pass, {}, 1999),
             service(QStringLiteral("web-5"), QStringLiteral("web"), HealthStatus::Unknown)},
            {host(QStringLiteral("web-1")), host(QStringLiteral("web-2"))}, Thresholds{}, {}, kNow);
        QCOMPARE(alerts.size(), 3);
        QCOMPARE(find(alerts, QStringLiteral("health:production/web-1/web"))->severity, AlertSeverity::Critical);
        QCOMPARE(find(alerts, QStringLiteral("health:production/web-1/web"))->detail, QStringLiteral("redis: broken"));
        QCOMPARE(find(alerts, QStringLiteral("health:production/web-2/web"))->severity, AlertSeverity::Warning);
        QCOMPARE(find(alerts, QStringLiteral("latency:production/web-3/web"))->severity, AlertSeverity::Warning);
        QVERIFY(!find(alerts, QStringLiteral("latency:production/web-4/web"))); // under 2 s
    }

    // One slow answer is not an alert: a fleet under load answers slowly now and then, and 1,000 hosts
    // would raise and resolve thousands of warnings. Only kSlowChecks slow checks in a row count.
    void sustainedLatency_data()
    {
        QTest::addColumn<QList<qint32>>("latencies"); // oldest first; -1: no answer
        QTest::addColumn<qint64>("sustained");
        QTest::newRow("no checks yet") << QList<qint32>{} << qint64(0);
        QTest::newRow("fewer checks than needed, all slow") << QList<qint32>{4000, 4000} << qint64(0);
        QTest::newRow("three slow in a row") << QList<qint32>{10, 2500, 4000, 3000} << qint64(2500);
        QTest::newRow("one slow answer") << QList<qint32>{20, 20, 4708} << qint64(20);
        QTest::newRow("slow, fast, slow") << QList<qint32>{4000, 30, 4000} << qint64(30);
        QTest::newRow("a check without an answer breaks the run") << QList<qint32>{4000, -1, 4000} << qint64(0);
        QTest::newRow("only the last checks count") << QList<qint32>{10, 10, 10, 3000, 3100, 3200} << qint64(3000);
    }
    void sustainedLatency()
    {
        QFETCH(QList<qint32>, latencies);
        QFETCH(qint64, sustained);
        QList<HealthSample> history;
        qint64 t = 1'700'000'000'000;
        for (qint32 latency : latencies)
            history.append({t += 10'000, latency, latency < 0 ? HealthStatus::Fail : HealthStatus::Pass});
        QCOMPARE(AlertEvaluator::sustainedLatency(history), sustained);
        // What the engine hands the rules: a slow answer alone raises nothing, a sustained one a warning.
        const QList<Alert> alerts = AlertEvaluator::evaluate({service(QStringLiteral("web-1"), QStringLiteral("web"), HealthStatus::Pass, {}, sustained)},
                                                             {}, Thresholds{}, {}, kNow);
        QCOMPARE(bool(find(alerts, QStringLiteral("latency:production/web-1/web"))), sustained > Thresholds{}.responseTimeWarning.count());
    }

    void unreachableHostSuppressesItsServices()
    {
        const QList<Alert> alerts = AlertEvaluator::evaluate(
            {service(QStringLiteral("web-1"), QStringLiteral("web"), HealthStatus::Fail, {QStringLiteral("database")}),
             service(QStringLiteral("web-1"), QStringLiteral("sidekiq"), HealthStatus::Fail, {QStringLiteral("database")})},
            {host(QStringLiteral("web-1"), false)}, Thresholds{}, {}, kNow);
        const Alert *hostAlert = find(alerts, QStringLiteral("host:production/web-1"));
        QVERIFY(hostAlert);
        QCOMPARE(hostAlert->severity, AlertSeverity::Critical);
        QVERIFY(hostAlert->detail.contains(QStringLiteral("Connection refused")));
        const Alert *web = find(alerts, QStringLiteral("health:production/web-1/web"));
        QVERIFY(web && web->suppressed);
        QCOMPARE(web->cause, QStringLiteral("host web-1 unreachable"));
        // Failures on an unreachable host do not make a "shared" cause.
        QVERIFY(!find(alerts, QStringLiteral("shared:production:database")));
    }

    void sharedComponentIsNamedAsCause()
    {
        const QList<Alert> alerts = AlertEvaluator::evaluate(
            {service(QStringLiteral("web-1"), QStringLiteral("web"), HealthStatus::Fail, {QStringLiteral("database")}),
             service(QStringLiteral("web-2"), QStringLiteral("web"), HealthStatus::Fail, {QStringLiteral("database"), QStringLiteral("redis")}),
             service(QStringLiteral("web-3"), QStringLiteral("web"), HealthStatus::Fail, {QStringLiteral("redis-x")})},
            {host(QStringLiteral("web-1")), host(QStringLiteral("web-2")), host(QStringLiteral("web-3"))}, Thresholds{}, {}, kNow);
        const Alert *shared = find(alerts, QStringLiteral("shared:production:database"));
        QVERIFY(shared);
        QVERIFY2(shared->title.startsWith(QStringLiteral("database failing on 2 service")), qPrintable(shared->title));
        QCOMPARE(find(alerts, QStringLiteral("health:production/web-1/web"))->cause, QStringLiteral("shared: database"));
        QCOMPARE(find(alerts, QStringLiteral("health:production/web-3/web"))->cause, QString());
        QVERIFY(!find(alerts, QStringLiteral("shared:production:redis"))); // one service only
    }

    void mutedTargetsRaiseNothing()
    {
        const QList<Alert> alerts = AlertEvaluator::evaluate(
            {service(QStringLiteral("web-1"), QStringLiteral("web"), HealthStatus::Fail, {QStringLiteral("database")})},
            {host(QStringLiteral("web-1"))}, Thresholds{}, {QStringLiteral("production/web-1/web")}, kNow);
        QVERIFY(alerts.isEmpty());
    }

    void hostThresholds_data()
    {
        QTest::addColumn<double>("cpu");
        QTest::addColumn<int>("cpuHighForSeconds");
        QTest::addColumn<double>("memory");
        QTest::addColumn<double>("diskFree");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("all fine") << 50.0 << 0 << 50.0 << 50.0 << QStringList{};
        QTest::newRow("cpu high but not for 5 min") << 95.0 << 60 << 50.0 << 50.0 << QStringList{};
        QTest::newRow("cpu high for 5 min") << 95.0 << 300 << 50.0 << 50.0 << QStringList{QStringLiteral("cpu:production/db-1")};
        QTest::newRow("memory over 90") << 10.0 << 0 << 91.0 << 50.0 << QStringList{QStringLiteral("memory:production/db-1")};
        QTest::newRow("disk under 10 % free") << 10.0 << 0 << 10.0 << 9.5 << QStringList{QStringLiteral("disk:production/db-1")};
    }
    void hostThresholds()
    {
        QFETCH(double, cpu);
        QFETCH(int, cpuHighForSeconds);
        QFETCH(double, memory);
        QFETCH(double, diskFree);
        QFETCH(QStringList, expected);
        HostState h = host(QStringLiteral("db-1"));
        h.cpuPercent = cpu;
        if (cpuHighForSeconds > 0)
            h.cpuHighSince = kNow.addSecs(-cpuHighForSeconds);
        h.memoryPercent = memory;
        h.diskFreePercent = {{QStringLiteral("/var"), diskFree}};
        QStringList keys;
        for (const Alert &a : AlertEvaluator::evaluate({}, {h}, Thresholds{}, {}, kNow))
            keys << a.key;
        QCOMPARE(keys, expected);
    }

    // A host listing thousands of nearly full mounts, renamed on every poll: one disk alert, keyed by
    // the host alone (so renaming raises nothing new), naming the worst mounts.
    void thousandsOfMountsMakeOneDiskAlert()
    {
        QStringList keys;
        for (int poll = 0; poll < 3; ++poll) {
            HostState h = host(QStringLiteral("db-1"));
            for (int i = 0; i < 5000; ++i)
                h.diskFreePercent.append({QStringLiteral("/srv/g%1/m%2").arg(poll).arg(i), 1.0 + (i % 89) / 10.0});
            h.diskFreePercent.append({QStringLiteral("/") + QString(500, u'x'), 0.5});
            h.disksSkipped = 12;
            const QList<Alert> alerts = AlertEvaluator::evaluate({}, {h}, Thresholds{}, {}, kNow);
            QCOMPARE(alerts.size(), 1);
            const Alert &disk = alerts.constFirst();
            keys << disk.key;
            QVERIFY2(disk.title.startsWith(QStringLiteral("production/db-1 low on disk: /xxx")), qPrintable(disk.title));
            QVERIFY2(disk.title.size() < 200, qPrintable(disk.title)); // a 500-character mount name is cut
            QVERIFY2(disk.detail.contains(QStringLiteral("/srv/g%1/m0 1.0 % free, /srv/g%1/m89 1.0 % free").arg(poll)), qPrintable(disk.detail));
            QVERIFY2(disk.detail.contains(QStringLiteral("and 4998 more mount")), qPrintable(disk.detail));
            QVERIFY2(disk.detail.contains(QStringLiteral("12 further mount")), qPrintable(disk.detail));
            QVERIFY(disk.detail.size() < 600);
        }
        QCOMPARE(keys, QStringList(3, QStringLiteral("disk:production/db-1")));
    }
};

QTEST_GUILESS_MAIN(TestAlertEvaluator)
#include "TestAlertEvaluator.moc"
