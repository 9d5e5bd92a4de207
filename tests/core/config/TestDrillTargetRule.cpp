// DrillTargetRule: a drill target is refused when it is the server (same port; same name, address
// or a name resolving to a shared address) and database of a configured live database, or when a
// scratch database it creates could be named like one; the file's own check gives the sentence at
// the drill entry's position.

#include "config/ConfigLoader.h"
#include "config/DrillTargetRule.h"

#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestDrillTargetRule final : public QObject
{
    Q_OBJECT

    static FleetConfig configWith(const DatabaseAddress &live, const DrillTarget &drill)
    {
        FleetConfig config;
        EnvironmentConfig env;
        env.name = QStringLiteral("production");
        HostConfig host;
        host.name = QStringLiteral("web-1");
        host.environment = env.name;
        BackupConfig main;
        main.name = QStringLiteral("main");
        main.liveDbs = {live};
        BackupConfig scratch;
        scratch.name = QStringLiteral("scratch");
        scratch.drill = drill;
        host.backups = {main, scratch};
        env.hosts = {host};
        config.environments = {env};
        return config;
    }

private Q_SLOTS:
    void conflict_data()
    {
        QTest::addColumn<QString>("liveHost");
        QTest::addColumn<int>("livePort");
        QTest::addColumn<QString>("liveDatabase");
        QTest::addColumn<QString>("drillHost");
        QTest::addColumn<int>("drillPort");
        QTest::addColumn<QString>("drillDatabase");
        QTest::addColumn<QString>("why"); // empty: allowed
        const QString live = QStringLiteral("is the live database");
        const QString prefix = QStringLiteral("could be named like the live database");
        QTest::newRow("same name") << "db.internal" << 5432 << "app" << "db.internal" << 5432 << "app" << live;
        QTest::newRow("case differs") << "DB.Internal" << 5432 << "app" << "db.internal" << 5432 << "app" << live;
        QTest::newRow("localhost is 127.0.0.1") << "localhost" << 5432 << "app" << "127.0.0.1" << 5432 << "app" << live;
        QTest::newRow("localhost is ::1") << "localhost" << 5432 << "app" << "[::1]" << 5432 << "app" << live;
        QTest::newRow("mapped IPv4") << "::ffff:10.0.0.5" << 5432 << "app" << "10.0.0.5" << 5432 << "app" << live;
        QTest::newRow("resolved name") << "db.internal" << 5432 << "app" << "10.0.0.5" << 5432 << "app" << live;
        QTest::newRow("scratch name could be the live one") << "db.internal" << 5432 << "opsdeck_drill_x" << "db.internal" << 5432 << "postgres"
                                                            << prefix;
        QTest::newRow("other database on the same server") << "db.internal" << 5432 << "app" << "db.internal" << 5432 << "postgres" << QString();
        QTest::newRow("other port") << "db.internal" << 5433 << "app" << "db.internal" << 5432 << "app" << QString();
        QTest::newRow("other server") << "db.internal" << 5432 << "app" << "scratch.internal" << 5432 << "app" << QString();
    }
    void conflict()
    {
        QFETCH(QString, liveHost);
        QFETCH(int, livePort);
        QFETCH(QString, liveDatabase);
        QFETCH(QString, drillHost);
        QFETCH(int, drillPort);
        QFETCH(QString, drillDatabase);
        QFETCH(QString, why);
        DrillTarget drill;
        drill.host = drillHost;
        drill.port = drillPort;
        drill.user = QStringLiteral("drill");
        drill.database = drillDatabase;
        const FleetConfig config = configWith({liveHost, livePort, liveDatabase}, drill);
        // A resolver that knows db.internal as 10.0.0.5 (the rule's own literals otherwise).
        const auto resolve = [](const QString &host) {
            return host == QLatin1String("db.internal") ? QStringList{QStringLiteral("10.0.0.5")} : DrillTargetRule::literalAddresses(host);
        };
        const QString found = DrillTargetRule::liveConflict(config, drill, resolve);
        if (why.isEmpty())
            QCOMPARE(found, QString());
        else
            QVERIFY2(found.contains(why), qPrintable(found));
        QCOMPARE(DrillTargetRule::conflicts(config, resolve).size(), why.isEmpty() ? 0 : 1);
    }

    void fileRefusesALiveTarget()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("version: 1\nenvironments:\n  production:\n    hosts:\n      web-1:\n        backups:\n          main:\n"
                "            path: /var/backups\n            live_db: {host: localhost, port: 5432, database: app}\n"
                "            drill: {host: 127.0.0.1, user: drill, database: app}\n");
        f.close();
        const ConfigLoadResult result = ConfigLoader::loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.constFirst().toString().contains(QStringLiteral(":10:20: the drill target 127.0.0.1:5432/app is the live database localhost:5432/app")),
                 qPrintable(result.errors.constFirst().toString()));
    }

    void prefix_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << "opsdeck_drill" << true;
        QTest::newRow("36 characters") << QString(36, u'a') << true;
        QTest::newRow("37 characters") << QString(37, u'a') << false;
        QTest::newRow("quote") << "drill\"x" << false;
        QTest::newRow("upper case") << "Drill" << false;
        QTest::newRow("digit first") << "1drill" << false;
        QTest::newRow("empty") << "" << false;
    }
    void prefix()
    {
        QFETCH(QString, prefix);
        QFETCH(bool, valid);
        QCOMPARE(DrillTargetRule::checkDatabasePrefix(prefix).isEmpty(), valid);
    }
};

QTEST_GUILESS_MAIN(TestDrillTargetRule)
#include "TestDrillTargetRule.moc"
