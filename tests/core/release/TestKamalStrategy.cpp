// What a Kamal host reports, read back: the app's containers from `docker ps --format '{{json .}}'`,
// the running one, kamal-proxy — and what a hostile or broken host can make of it (container names
// whose version part is shell syntax, another destination's containers, two running, an answer cut
// short); and the switch, with every value quoted.

#include "release/KamalStrategy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace opsdeck;

namespace {
QByteArray tokens(const QList<QByteArray> &pairs)
{
    QByteArray out;
    for (const QByteArray &t : pairs)
        out += t + '\0';
    return out;
}

// One line as `docker ps --format '{{json .}}'` prints it (keys sorted, as Go's encoder sorts them).
QByteArray container(const QByteArray &name, const QByteArray &state, const QByteArray &createdAt,
                     const QByteArray &labels = "role=web,service=photo-api")
{
    const QJsonObject line{{QStringLiteral("Command"), QStringLiteral("\"./bin/thrust ./bin/…\"")},
                           {QStringLiteral("CreatedAt"), QString::fromUtf8(createdAt)},
                           {QStringLiteral("ID"), QStringLiteral("894b12858e14")},
                           {QStringLiteral("Image"), QStringLiteral("registry.example.com/photo-api:x")},
                           {QStringLiteral("Labels"), QString::fromUtf8(labels)},
                           {QStringLiteral("LocalVolumes"), QStringLiteral("0")},
                           {QStringLiteral("Mounts"), QString()},
                           {QStringLiteral("Names"), QString::fromUtf8(name)},
                           {QStringLiteral("Networks"), QStringLiteral("kamal")},
                           {QStringLiteral("Ports"), QStringLiteral("80/tcp")},
                           {QStringLiteral("RunningFor"), QStringLiteral("2 days ago")},
                           {QStringLiteral("Size"), QStringLiteral("0B")},
                           {QStringLiteral("State"), QString::fromUtf8(state)},
                           {QStringLiteral("Status"), QStringLiteral("Up 2 days")}};
    return QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
}

QByteArray answer(const QByteArray &containers, const QByteArray &destination = "", const QByteArray &proxy = "running")
{
    return tokens({"now", "1700000500", "destination", destination, "free", "2048000", "proxy", proxy, "containers", containers});
}
} // namespace

class TestKamalStrategy final : public QObject
{
    Q_OBJECT
    KamalStrategy m_strategy;

private Q_SLOTS:
    void readsVersionsNewestFirstAndTheRunningOne()
    {
        const QByteArray out = answer(container("photo-api-web-aaa111", "exited", "2026-12-01 14:00:00 +0000 UTC")
                                      + container("photo-api-web-ccc333", "running", "2026-12-03 14:00:00 +0000 UTC")
                                      + container("photo-api-web-bbb222", "exited", "2026-12-02 14:00:00 +0000 UTC"));
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("web-1"), out);
        QVERIFY(s.reached);
        QCOMPARE(s.current, QStringLiteral("ccc333"));
        QCOMPARE(s.freeKiB, 2048000);
        QVERIFY(s.switchProblem.isEmpty());
        QCOMPARE(s.releases.size(), 3);
        QCOMPARE(s.releases.at(0).name, QStringLiteral("ccc333"));
        QCOMPARE(s.releases.at(2).name, QStringLiteral("aaa111"));
        QCOMPARE(s.releases.at(1).revisionTime, QDateTime(QDate(2026, 12, 2), QTime(14, 0), Qt::UTC));
        QVERIFY(s.releases.at(1).complete());
    }

    void hostileAndForeignContainers_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QStringList>("versions");
        QTest::addColumn<QStringList>("rejected");
        QTest::addColumn<QString>("problem");
        const QByteArray running = container("photo-api-web-good1", "running", "2026-12-03 14:00:00 +0000 UTC");
        QTest::newRow("command in the version") << answer(running + container("photo-api-web-$(rm -rf ~)", "exited", "2026-12-01 14:00:00 +0000 UTC"))
                                                << QStringLiteral("good1") << QStringList{QStringLiteral("good1")}
                                                << QStringList{QStringLiteral("photo-api-web-$(rm -rf ~)")} << QString();
        QTest::newRow("leading dash") << answer(running + container("photo-api-web--rf", "exited", "2026-12-01 14:00:00 +0000 UTC"))
                                      << QStringLiteral("good1") << QStringList{QStringLiteral("good1")}
                                      << QStringList{QStringLiteral("photo-api-web--rf")} << QString();
        QTest::newRow("another destination") << answer(running + container("photo-api-web-staging-s1", "running", "2026-12-01 14:00:00 +0000 UTC",
                                                                           "destination=staging,role=web,service=photo-api"))
                                             << QStringLiteral("good1") << QStringList{QStringLiteral("good1")} << QStringList{} << QString();
        QTest::newRow("name of another app") << answer(running + container("other-web-x1", "exited", "2026-12-01 14:00:00 +0000 UTC"))
                                             << QStringLiteral("good1") << QStringList{QStringLiteral("good1")} << QStringList{} << QString();
        QTest::newRow("two running") << answer(running + container("photo-api-web-good2", "running", "2026-12-04 14:00:00 +0000 UTC"))
                                     << QString() << QStringList{QStringLiteral("good2"), QStringLiteral("good1")} << QStringList{}
                                     << QStringLiteral("2 containers of the app are running: good1, good2");
        QTest::newRow("none running") << answer(container("photo-api-web-good1", "exited", "2026-12-03 14:00:00 +0000 UTC"))
                                      << QString() << QStringList{QStringLiteral("good1")} << QStringList{}
                                      << QStringLiteral("no container of the app is running");
        QTest::newRow("renamed by kamal rollback") << answer(running + container("photo-api-web-good1_replaced_0123456789abcdef", "exited",
                                                                                 "2026-12-01 14:00:00 +0000 UTC"))
                                                   << QStringLiteral("good1") << QStringList{QStringLiteral("good1")} << QStringList{} << QString();
        QTest::newRow("not JSON") << answer("Cannot connect to the Docker daemon\n" + running) << QStringLiteral("good1")
                                  << QStringList{QStringLiteral("good1")} << QStringList{} << QString();
    }
    void hostileAndForeignContainers()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, current);
        QFETCH(QStringList, versions);
        QFETCH(QStringList, rejected);
        QFETCH(QString, problem);
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("h"), out);
        QCOMPARE(s.current, current);
        QStringList names;
        for (const ReleaseOnHost &r : s.releases)
            names << r.name;
        QCOMPARE(names, versions);
        QCOMPARE(s.rejectedNames, rejected);
        QCOMPARE(s.currentProblem, problem);
    }

    void proxyNotRunningBlocksTheSwitch_data()
    {
        QTest::addColumn<QByteArray>("proxy");
        QTest::addColumn<QString>("problem");
        QTest::newRow("running") << QByteArray("running") << QString();
        QTest::newRow("exited") << QByteArray("exited") << QStringLiteral("kamal-proxy is exited, not running");
        QTest::newRow("missing") << QByteArray() << QStringLiteral("kamal-proxy is not on this host");
    }
    void proxyNotRunningBlocksTheSwitch()
    {
        QFETCH(QByteArray, proxy);
        QFETCH(QString, problem);
        const HostReleaseState s = m_strategy.parseInventory(
            QStringLiteral("h"), answer(container("photo-api-web-a1", "running", "2026-12-03 14:00:00 +0000 UTC"), "", proxy));
        QCOMPARE(s.switchProblem, problem);
    }

    void anAnswerCutShortIsNotUsed()
    {
        QByteArray out = answer(container("photo-api-web-a1", "running", "2026-12-03 14:00:00 +0000 UTC"));
        out.chop(1); // the container list never ended
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("h"), out);
        QVERIFY(!s.reached);
        QVERIFY(s.releases.isEmpty());
    }

    void commandsQuoteEveryValue()
    {
        AppConfig app;
        app.name = QStringLiteral("photo-api");
        app.kamalService = QStringLiteral("photo-api");
        app.kamalDestination = QStringLiteral("production");
        QVERIFY(m_strategy.inventoryCommand(app).endsWith(QStringLiteral("'opsdeck-inventory' 'photo-api' 'web' 'production'")));
        const QString sw = m_strategy.switchCommand(app, QStringLiteral("bbb222"), QStringLiteral("ccc333"), QStringLiteral("ann"));
        QVERIFY2(sw.endsWith(QStringLiteral("'opsdeck-switch' 'photo-api-web-production' 'bbb222' 'ccc333' '80'")), qPrintable(sw));
        QVERIFY2(m_strategy.switchSteps(app, QStringLiteral("bbb222"), QStringLiteral("ccc333"))
                     .contains(QStringLiteral("'docker' 'start' '--' 'photo-api-web-production-bbb222' && 'docker' 'exec' 'kamal-proxy' "
                                              "'kamal-proxy' 'deploy' 'photo-api-web-production' '--target' 'photo-api-web-production-bbb222:80' && "
                                              "'docker' 'stop' '--' 'photo-api-web-production-ccc333'")),
                 qPrintable(m_strategy.switchSteps(app, QStringLiteral("bbb222"), QStringLiteral("ccc333"))));
        QVERIFY(!m_strategy.restartsServices());
        QVERIFY(m_strategy.switchChangedNothing(5));
        QVERIFY(!m_strategy.switchChangedNothing(7));
    }
};

QTEST_GUILESS_MAIN(TestKamalStrategy)
#include "TestKamalStrategy.moc"
