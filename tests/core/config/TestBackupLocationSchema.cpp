// BackupLocationSchema: one backup location of a host read from its node (defaults, values, errors at
// their positions), and the drill targets checked once the whole file is read: a target that is a
// configured live database is reported at the drill: entry of its own location, whichever host and
// environment it belongs to.

#include "config/BackupLocationSchema.h"

#include "SchemaTesting.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestBackupLocationSchema final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void location_data()
    {
        QTest::addColumn<QByteArray>("yaml");          // the location's node
        QTest::addColumn<QStringList>("errors");       // "line:column: start of the message"
        QTest::addColumn<QStringList>("patterns");
        QTest::addColumn<bool>("drill");               // a drill target configured

        QTest::newRow("path only: the defaults") << QByteArray("path: /var/backups/db/\n") << QStringList{} << QStringList{QStringLiteral("*.gz")}
                                                 << false;
        QTest::newRow("patterns and a drill")
            << QByteArray("path: /var/backups\npatterns: ['*.sql.gz', '*.tar.gz']\ndrill: {host: scratch.internal, user: drill}\n")
            << QStringList{} << QStringList{QStringLiteral("*.sql.gz"), QStringLiteral("*.tar.gz")} << true;
        QTest::newRow("retention and keep")
            << QByteArray("path: /var/backups\nretention: 7d\nkeep: {daily: 7}\n")
            << QStringList{QStringLiteral("3:7: give either retention (find -mtime +N) or keep (daily/weekly/monthly), not both")}
            << QStringList{QStringLiteral("*.gz")} << false;
        QTest::newRow("keep of nothing") << QByteArray("path: /var/backups\nkeep: {daily: 0}\n")
                                         << QStringList{QStringLiteral("2:7: keep needs at least one of daily, weekly, monthly above 0")}
                                         << QStringList{QStringLiteral("*.gz")} << false;
        QTest::newRow("empty patterns") << QByteArray("path: /var/backups\npatterns: []\n")
                                        << QStringList{QStringLiteral("2:11: patterns may not be an empty list")} << QStringList{} << false;
        QTest::newRow("drill with both password sources")
            << QByteArray("path: /var/backups\ndrill:\n  host: scratch.internal\n  user: drill\n  password_env: PW\n  password_file: /etc/pw\n")
            << QStringList{QStringLiteral("6:18: give either password_env or password_file, not both")} << QStringList{QStringLiteral("*.gz")}
            << true;
    }

    void location()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, patterns);
        QFETCH(bool, drill);
        ConfigErrors found;
        int suppressed = 0;
        SchemaReader reader(QStringLiteral("fleet.yaml"), QStringLiteral("/"), found, suppressed);
        BackupLocationSchema schema(reader);
        FleetConfig config;
        HostConfig host;
        host.name = QStringLiteral("web-1");
        host.environment = QStringLiteral("production");
        const BackupConfig backup = schema.read(QStringLiteral("db"), parsedYaml(yaml), host, config);
        QCOMPARE(backup.name, QStringLiteral("db"));
        QCOMPARE(backup.path, yaml.startsWith("path: /var/backups/db/") ? QStringLiteral("/var/backups/db") : QStringLiteral("/var/backups"));
        QCOMPARE(backup.rpo, config.thresholds.backupMaxAge);
        QCOMPARE(backup.patterns, patterns);
        QCOMPARE(backup.drill.configured(), drill);
        const QStringList shown = errorTexts(found);
        QCOMPARE(shown.size(), errors.size());
        for (qsizetype i = 0; i < errors.size(); ++i)
            QVERIFY2(shown.at(i).startsWith(errors.at(i)), qPrintable(shown.join(u'\n')));
        QCOMPARE(suppressed, 0);
    }

    // Two hosts of two environments with a location of the same name: the conflict is reported at the
    // drill: entry of the one whose target is live, not at the other's, nor at the last one read.
    void drillConflictAtItsOwnEntry()
    {
        const YamlNode safe = parsedYaml("path: /var/backups\ndrill: {host: scratch.internal, user: drill, database: app}\n");
        const YamlNode live = parsedYaml("path: /var/backups\nlive_db: {host: db.internal, database: app}\n"
                                     "# the drill below is the live database\n\n"
                                     "drill:\n  host: db.internal\n  user: drill\n  database: app\n");
        const YamlNode later = parsedYaml("path: /srv/backups\ndrill: {host: other.internal, user: drill}\n");
        ConfigErrors found;
        int suppressed = 0;
        SchemaReader reader(QStringLiteral("fleet.yaml"), QStringLiteral("/"), found, suppressed);
        BackupLocationSchema schema(reader);
        FleetConfig config;
        auto host = [](const QString &env, const QString &name) {
            HostConfig h;
            h.name = name;
            h.environment = env;
            return h;
        };
        EnvironmentConfig staging;
        staging.name = QStringLiteral("staging");
        EnvironmentConfig production;
        production.name = QStringLiteral("production");
        HostConfig s1 = host(staging.name, QStringLiteral("db-1"));
        HostConfig p1 = host(production.name, QStringLiteral("db-1"));
        s1.backups.append(schema.read(QStringLiteral("main"), safe, s1, config));
        p1.backups.append(schema.read(QStringLiteral("main"), live, p1, config));
        p1.backups.append(schema.read(QStringLiteral("other"), later, p1, config));
        staging.hosts = {s1};
        production.hosts = {p1};
        config.environments = {staging, production};
        QVERIFY2(found.isEmpty(), qPrintable(errorTexts(found).join(u'\n')));
        schema.checkDrillTargets(config);
        QCOMPARE(found.size(), 1);
        const ConfigError &e = found.constFirst();
        QCOMPARE(e.file, QStringLiteral("fleet.yaml"));
        QCOMPARE(e.line, 6); // the drill: entry's value in `live`
        QCOMPARE(e.column, 3);
        QVERIFY2(e.message.startsWith(QStringLiteral("the drill target db.internal:5432/app is the live database db.internal:5432/app")),
                 qPrintable(e.message));
    }
};

QTEST_GUILESS_MAIN(TestBackupLocationSchema)
#include "TestBackupLocationSchema.moc"
