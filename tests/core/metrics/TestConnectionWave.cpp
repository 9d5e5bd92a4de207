// A start or a reconnect storm is summed up, not written host by host: the start wave settles when
// every host connected or is confirmed unreachable (or its limit passed); a blip of connected hosts
// that drop settles when each is back or confirmed, and is summed up from two hosts on. Times are
// given, so the clock is the test's.

#include "metrics/ConnectionJournal.h"
#include "metrics/ConnectionWave.h"

#include <QJsonArray>
#include <QTest>

using namespace opsdeck;

namespace {
const QDateTime t0 = QDateTime::fromMSecsSinceEpoch(1'700'000'000'000, Qt::UTC);

QSet<QString> hostsNamed(int n)
{
    QSet<QString> hosts;
    for (int i = 1; i <= n; ++i)
        hosts.insert(QStringLiteral("host-%1").arg(i));
    return hosts;
}

Reachability reachabilityOf(const QString &word)
{
    if (word == QLatin1String("ok"))
        return Reachability::Reachable;
    if (word == QLatin1String("retry"))
        return Reachability::Retrying;
    if (word == QLatin1String("down"))
        return Reachability::Unreachable;
    return Reachability::Unknown;
}

// "ok:host-1@1200 retry:host-2@300 check@5000": changes, and "check" asks for a summary; every
// summary taken is described as "start 2/3 connected in 1200 ms, 1 retrying, 0 unreachable, 0
// waiting" (or "blip …"), joined by " | ".
QString play(ConnectionWave &wave, const QString &script)
{
    QStringList taken;
    for (const QString &step : script.split(u' ', Qt::SkipEmptyParts)) {
        const QDateTime at = t0.addMSecs(step.section(u'@', 1).toLongLong());
        const QString what = step.section(u'@', 0, 0);
        if (what != QLatin1String("check"))
            wave.update(what.section(u':', 1), reachabilityOf(what.section(u':', 0, 0)), at);
        while (const auto s = wave.take(at)) {
            taken << QStringLiteral("%1 %2/%3 connected in %4 ms, %5 retrying, %6 unreachable, %7 waiting")
                         .arg(s->kind == ConnectionSummary::Kind::Start ? QStringLiteral("start") : QStringLiteral("blip"))
                         .arg(s->connected)
                         .arg(s->hosts)
                         .arg(s->connectedInMs)
                         .arg(s->retrying)
                         .arg(s->unreachable)
                         .arg(s->waiting);
        }
    }
    return taken.join(QStringLiteral(" | "));
}
} // namespace

class TestConnectionWave final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void summarises_data()
    {
        QTest::addColumn<int>("hosts");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start: one summary when the last host connects")
            << 3 << QStringLiteral("ok:host-1@100 ok:host-2@900 check@1000 ok:host-3@14200 check@20000")
            << QStringLiteral("start 3/3 connected in 14200 ms, 0 retrying, 0 unreachable, 0 waiting");
        QTest::newRow("start: a retrying host holds it until confirmed")
            << 3 << QStringLiteral("ok:host-1@100 ok:host-2@200 retry:host-3@300 check@5000 down:host-3@12000")
            << QStringLiteral("start 2/3 connected in 200 ms, 0 retrying, 1 unreachable, 0 waiting");
        QTest::newRow("start: … or until it connects after all")
            << 2 << QStringLiteral("ok:host-1@100 retry:host-2@300 ok:host-2@10500")
            << QStringLiteral("start 2/2 connected in 10500 ms, 0 retrying, 0 unreachable, 0 waiting");
        QTest::newRow("start: the limit sums up what is known")
            << 3 << QStringLiteral("ok:host-1@100 retry:host-2@300 check@119999 check@120000")
            << QStringLiteral("start 1/3 connected in 100 ms, 1 retrying, 0 unreachable, 1 waiting");
        QTest::newRow("start: a host that drops during the start stays in it")
            << 2 << QStringLiteral("ok:host-1@100 retry:host-1@200 ok:host-2@300 check@400 ok:host-1@2000 check@3000")
            << QStringLiteral("start 2/2 connected in 2000 ms, 0 retrying, 0 unreachable, 0 waiting");
        QTest::newRow("blip: several hosts drop and come back: one summary")
            << 3
            << QStringLiteral("ok:host-1@0 ok:host-2@0 ok:host-3@0 retry:host-1@60000 retry:host-2@60100 retry:host-3@60200 "
                              "ok:host-1@62000 ok:host-2@63000 check@63500 ok:host-3@64500")
            << QStringLiteral("start 3/3 connected in 0 ms, 0 retrying, 0 unreachable, 0 waiting | "
                              "blip 3/3 connected in 4500 ms, 0 retrying, 0 unreachable, 0 waiting");
        QTest::newRow("blip: one confirmed, the others back")
            << 3
            << QStringLiteral("ok:host-1@0 ok:host-2@0 ok:host-3@0 retry:host-1@60000 retry:host-2@60100 retry:host-3@60200 "
                              "ok:host-1@61000 ok:host-2@61500 down:host-3@70200")
            << QStringLiteral("start 3/3 connected in 0 ms, 0 retrying, 0 unreachable, 0 waiting | "
                              "blip 2/3 connected in 1500 ms, 0 retrying, 1 unreachable, 0 waiting");
        QTest::newRow("blip: a single host's retry is not written")
            << 3 << QStringLiteral("ok:host-1@0 ok:host-2@0 ok:host-3@0 retry:host-2@60000 ok:host-2@61000 check@62000")
            << QStringLiteral("start 3/3 connected in 0 ms, 0 retrying, 0 unreachable, 0 waiting");
        QTest::newRow("blip: hosts that drop later join the open one")
            << 3
            << QStringLiteral("ok:host-1@0 ok:host-2@0 ok:host-3@0 retry:host-1@60000 retry:host-2@61000 ok:host-1@62000 "
                              "retry:host-3@63000 ok:host-2@64000 ok:host-3@65000")
            << QStringLiteral("start 3/3 connected in 0 ms, 0 retrying, 0 unreachable, 0 waiting | "
                              "blip 3/3 connected in 5000 ms, 0 retrying, 0 unreachable, 0 waiting");
        QTest::newRow("a host that never connected is no blip")
            << 2 << QStringLiteral("ok:host-1@0 down:host-2@12000 ok:host-2@90000 retry:host-2@95000 check@96000")
            << QStringLiteral("start 1/2 connected in 0 ms, 0 retrying, 1 unreachable, 0 waiting");
    }

    void summarises()
    {
        QFETCH(int, hosts);
        QFETCH(QString, script);
        QFETCH(QString, expected);
        ConnectionWave wave;
        wave.setHosts(hostsNamed(hosts), t0);
        QCOMPARE(play(wave, script), expected);
        QVERIFY(!wave.take(t0.addSecs(3600)).has_value()); // each summary once
    }

    // A reload: only hosts not seen before form a new start wave; removed hosts are forgotten.
    void reloadStartsAWaveForNewHostsOnly()
    {
        ConnectionWave wave;
        wave.setHosts(hostsNamed(2), t0);
        QCOMPARE(play(wave, QStringLiteral("ok:host-1@100 ok:host-2@200")),
                 QStringLiteral("start 2/2 connected in 200 ms, 0 retrying, 0 unreachable, 0 waiting"));
        wave.setHosts(hostsNamed(2), t0.addSecs(10));
        QVERIFY(!wave.startOpen());
        wave.setHosts({QStringLiteral("host-1"), QStringLiteral("host-7")}, t0.addSecs(20));
        QVERIFY(wave.startOpen());
        QCOMPARE(play(wave, QStringLiteral("ok:host-2@21000 ok:host-7@23000")),
                 QStringLiteral("start 1/1 connected in 3000 ms, 0 retrying, 0 unreachable, 0 waiting"));
    }

    void eventText_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("connected");
        QTest::addColumn<int>("unreachable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("start, all") << 0 << 1000 << 0 << QStringLiteral("1000 host(s) connected in 14.2 s");
        QTest::newRow("start, some down") << 0 << 997 << 3 << QStringLiteral("997 of 1000 host(s) connected in 14.2 s; 3 unreachable");
        QTest::newRow("blip, all back") << 1 << 1000 << 0 << QStringLiteral("1000 host(s) lost their SSH connection and reconnected within 14.2 s");
        QTest::newRow("blip, some down")
            << 1 << 998 << 2 << QStringLiteral("1000 host(s) lost their SSH connection: 998 reconnected within 14.2 s, 2 unreachable");
    }

    // Tests run without the English translation that turns "host(s)" into "hosts".
    void eventText()
    {
        QFETCH(int, kind);
        QFETCH(int, connected);
        QFETCH(int, unreachable);
        QFETCH(QString, expected);
        ConnectionSummary s;
        s.kind = kind == 0 ? ConnectionSummary::Kind::Start : ConnectionSummary::Kind::Blip;
        s.began = t0;
        s.ended = t0.addSecs(30);
        s.hosts = 1000;
        s.connected = connected;
        s.unreachable = unreachable;
        for (int i = 0; i < unreachable; ++i)
            s.unreachableHosts << QStringLiteral("host-%1").arg(i);
        s.connectedInMs = 14'210;
        const Event e = ConnectionJournal::eventOf(s, QStringLiteral("production"));
        QCOMPARE(e.kind, kind == 0 ? QStringLiteral("ssh.connected") : QStringLiteral("ssh.reconnected"));
        QCOMPARE(e.summary, expected);
        QCOMPARE(e.environment, QStringLiteral("production"));
        QVERIFY(e.host.isEmpty()); // about the fleet, not one host
        QCOMPARE(e.details.value(QStringLiteral("unreachable_hosts")).toArray().size(), unreachable);
        QCOMPARE(e.details.value(QStringLiteral("settled_in_ms")).toInteger(), 30'000);
    }
};

QTEST_GUILESS_MAIN(TestConnectionWave)
#include "TestConnectionWave.moc"
