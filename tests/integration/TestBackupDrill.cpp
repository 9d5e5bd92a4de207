// `opsdeck backup drill` on the sandbox fleet with a throwaway PostgreSQL 15 as the drill target: a
// real pg_dump-format dump from host-001 is restored into a fresh scratch database with
// ON_ERROR_STOP, its duration and rows per table recorded against the RTO and the scratch database
// dropped; a truncated or corrupt dump, and one with a psql shell escape, fail with the scratch
// database dropped (and the escape never runs); a drill target that is a configured live database is
// refused by check-config and again at run time. The password is never recorded. Loopback only.

#include "PostgresServer.h"
#include "SandboxFleet.h"
#include "backups/BackupDrill.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <pqxx/result>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
const QString kPassword = QStringLiteral("drill-Secret-7f3a91");
const QString kPasswordEnv = QStringLiteral("OPSDECK_TEST_DRILL_PASSWORD");
} // namespace

class TestBackupDrill final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    std::unique_ptr<PostgresServer> m_pg;
    QString m_store;
    QString m_drillConfig; // host-001's location main has the drill target, rto 1h and a live_db elsewhere
    QString m_liveConfig;  // the drill target is the live database

    QString backupDir() const { return m_fleet->config().findHost(QStringLiteral("host-001"))->backups.constFirst().path; }
    QStringList dumps() const
    {
        return QDir(backupDir()).entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name);
    }
    QProcessEnvironment env() const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(kPasswordEnv, kPassword);
        return e;
    }
    ProcessResult opsdeck(const QStringList &arguments, const QString &config)
    {
        return runOpsdeck(arguments + QStringList{QStringLiteral("--config"), config, QStringLiteral("--store"), m_store}, env(), 180'000);
    }
    ProcessResult drill(const QStringList &extra, const QString &config = {})
    {
        return opsdeck(QStringList{QStringLiteral("backup"), QStringLiteral("drill"), QStringLiteral("production/host-001")} + extra
                           + QStringList{QStringLiteral("--reason"), QStringLiteral("quarterly restore test"), QStringLiteral("--yes"),
                                         QStringLiteral("--confirm"), QStringLiteral("production")},
                       config.isEmpty() ? m_drillConfig : config);
    }
    QString writeConfig(const QString &name, const QString &insert) const
    {
        QFile in(m_fleet->configFile());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(in.readAll());
        const QString command = QStringLiteral("            command: [") + m_fleet->dir() + QStringLiteral("/hosts/host-001/bin/backup]");
        if (!text.contains(command))
            return {};
        text.replace(command, command + insert);
        const QString path = m_fleet->scratch(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(text.toUtf8());
        return path;
    }
    QString drillYaml(const QString &liveHost, int livePort, const QString &liveDatabase) const
    {
        return QStringLiteral("\n            rto: 1h\n            live_db: {host: %1, port: %2, database: %3}"
                              "\n            drill: {host: 127.0.0.1, port: %4, user: drill, password_env: %5}")
            .arg(liveHost)
            .arg(livePort)
            .arg(liveDatabase)
            .arg(m_pg->port())
            .arg(kPasswordEnv);
    }
    // Databases on the drill target named like a scratch database.
    QStringList scratchDatabases() const
    {
        QStringList names;
        try {
            pqxx::connection c(m_pg->conninfo(QStringLiteral("postgres"), QStringLiteral("postgres")).toStdString());
            pqxx::nontransaction t(c);
            for (const auto &row : t.exec("SELECT datname FROM pg_database WHERE datname LIKE 'opsdeck\\_drill%' ORDER BY 1"))
                names << QString::fromUtf8(row[0].c_str());
        } catch (const std::exception &e) {
            names << QStringLiteral("error: ") + QString::fromUtf8(e.what());
        }
        return names;
    }
    QList<Event> events(const QString &kind)
    {
        auto reader = SqliteEventStore::open(m_fleet->scratch(QStringLiteral("store.db")), QStringLiteral("reader"));
        if (!reader)
            return {};
        EventFilter filter;
        filter.kind = kind;
        filter.newestFirst = true;
        filter.limit = 500;
        return *(*reader.value)->events(filter).value;
    }
    // A database_….sql.gz in host-001's backup directory with this text, stamped one day before the oldest set.
    QString writeDump(const QString &stamp, const QByteArray &sql) const
    {
        const QString name = QStringLiteral("database_%1.sql.gz").arg(stamp);
        QProcess gz;
        gz.setStandardOutputFile(backupDir() + u'/' + name);
        gz.start(QStringLiteral("gzip"), {QStringLiteral("-n")});
        gz.write(sql);
        gz.closeWriteChannel();
        return gz.waitForFinished(10'000) && gz.exitCode() == 0 ? name : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QCOMPARE(m_pg->exec(QStringLiteral("CREATE ROLE drill LOGIN CREATEDB PASSWORD '%1'").arg(kPassword), QStringLiteral("postgres")), QString());
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
        m_drillConfig = writeConfig(QStringLiteral("drill.yaml"), drillYaml(QStringLiteral("db.internal.example"), 5432, QStringLiteral("family_photo_share")));
        m_liveConfig = writeConfig(QStringLiteral("live.yaml"), drillYaml(QStringLiteral("localhost"), m_pg->port(), QStringLiteral("postgres")));
        QVERIFY(!m_drillConfig.isEmpty() && !m_liveConfig.isEmpty());
    }
    void cleanupTestCase()
    {
        m_fleet.reset();
        m_pg.reset();
    }

    // The newest set verified, then drilled without naming a file: its dump is chosen.
    void restoresTheNewestVerifiedDump()
    {
        const QString newest = dumps().constLast();
        const QString stamp = newest.mid(9, 15);
        const ProcessResult verified = opsdeck({QStringLiteral("backup"), QStringLiteral("verify"), QStringLiteral("production/host-001"), newest,
                                                QStringLiteral("storage_") + stamp + QStringLiteral(".tar.gz"),
                                                QStringLiteral("application_") + stamp + QStringLiteral(".tar.gz")},
                                               m_drillConfig);
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));

        const ProcessResult r = drill({});
        QVERIFY2(r.exitCode == 0, qPrintable(QString::number(r.exitCode) + u'\n' + r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("host-001: succeeded")), qPrintable(r.out));
        QVERIFY2(r.out.contains(newest + QStringLiteral(" restored in ")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("within the RTO of 1h")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral(": 3 table")) && r.out.contains(QStringLiteral(", 76 rows; scratch database opsdeck_drill_")),
                 qPrintable(r.out));
        QCOMPARE(scratchDatabases(), QStringList());

        const QList<Event> finished = events(QStringLiteral("backup.drill.finished"));
        QVERIFY(!finished.isEmpty());
        const QJsonObject facts = finished.constFirst().details.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(finished.constFirst().details.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(facts.value(QStringLiteral("file")).toString(), newest);
        const QJsonObject tables = facts.value(QStringLiteral("tables")).toObject();
        QCOMPARE(tables.value(QStringLiteral("public.users")).toInteger(), 8);
        QCOMPARE(tables.value(QStringLiteral("public.albums")).toInteger(), 4);
        // The newest generated set has 40 + 8 × 3 photos (bin/backup of the fleet makes no other).
        QCOMPARE(tables.value(QStringLiteral("public.photos")).toInteger(), 64);
        QCOMPARE(facts.value(QStringLiteral("rows")).toInteger(), 76);
        QVERIFY(facts.value(QStringLiteral("duration_ms")).toInteger() > 0);
        QCOMPARE(facts.value(QStringLiteral("rto_ms")).toInteger(), 3'600'000);
        QCOMPARE(facts.value(QStringLiteral("within_rto")).toBool(), true);
        QCOMPARE(facts.value(QStringLiteral("scratch_dropped")).toBool(), true);
        QVERIFY(facts.value(QStringLiteral("scratch_database")).toString().startsWith(QStringLiteral("opsdeck_drill_")));
        // pg_dump 15.18's own \restrict and \unrestrict lines made way for the drill's.
        QCOMPARE(facts.value(QStringLiteral("dump_lines_left_out")).toInteger(), 2);

        // Nothing recorded holds the password.
        for (const Event &e : events(QStringLiteral("backup.")))
            QVERIFY(!QJsonDocument(e.details).toJson().contains(kPassword.toUtf8()));
    }

    void failsWithTheScratchDatabaseDropped_data()
    {
        QTest::addColumn<QString>("damage"); // opsdeck-fleet backup-fault, or "escape" / "empty"
        QTest::addColumn<QString>("detail");
        QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("restore of ");
        QTest::newRow("corrupt") << QStringLiteral("corrupt") << QStringLiteral("restore of ");
        QTest::newRow("shell escape") << QStringLiteral("escape") << QStringLiteral("backslash commands are restricted");
        QTest::newRow("no rows") << QStringLiteral("empty") << QStringLiteral("have no rows");
    }
    void failsWithTheScratchDatabaseDropped()
    {
        QFETCH(QString, damage);
        QFETCH(QString, detail);
        const QString marker = m_fleet->scratch(QStringLiteral("escaped-") + damage);
        QString file;
        if (damage == QLatin1String("escape")) {
            file = writeDump(QStringLiteral("20200101_000000"),
                             "CREATE TABLE public.t (id int);\nCOPY public.t (id) FROM stdin;\n1\n\\.\n\\! touch " + marker.toUtf8() + "\n");
        } else if (damage == QLatin1String("empty")) {
            file = writeDump(QStringLiteral("20200102_000000"), "CREATE TABLE public.t (id int);\n");
        } else {
            // The oldest two real dumps (the hostile ones are stamped 2020 and come later): the newest is drilled above.
            file = dumps().at(damage == QLatin1String("corrupt") ? 1 : 0);
            const ProcessResult f = runProcess(SandboxFleet::tool(), {QStringLiteral("backup-fault"), QStringLiteral("host-001"), damage, file,
                                                                      QStringLiteral("--dir"), m_fleet->dir()});
            QVERIFY2(f.exitCode == 0, qPrintable(f.err));
        }
        QVERIFY(!file.isEmpty());
        const ProcessResult r = drill({file});
        QVERIFY2(r.exitCode == 1, qPrintable(QString::number(r.exitCode) + u'\n' + r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("host-001: failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(detail), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("dropped")), qPrintable(r.out));
        QCOMPARE(scratchDatabases(), QStringList());
        QVERIFY(!QFile::exists(marker));
        const QJsonObject facts =
            events(QStringLiteral("backup.drill.finished")).constFirst().details.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(facts.value(QStringLiteral("file")).toString(), file);
        QCOMPARE(facts.value(QStringLiteral("restore_succeeded")).toBool(), damage == QLatin1String("empty"));
        QCOMPARE(facts.value(QStringLiteral("scratch_dropped")).toBool(), true);
    }

    // The file's own check, and check-config's: the drill target localhost:PORT/postgres is the live database.
    void liveTargetRefusedByConfig()
    {
        const ProcessResult check = runOpsdeck({QStringLiteral("check-config"), m_liveConfig});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.contains(QStringLiteral("is the live database localhost:%1/postgres").arg(m_pg->port())), qPrintable(check.err));
        const ProcessResult r = drill({}, m_liveConfig);
        QCOMPARE(r.exitCode, 4);
        QCOMPARE(scratchDatabases(), QStringList());
    }

    // A configuration that never went through the file's check (as one edited after it loaded): the
    // drill refuses in its preflight, before connecting anywhere.
    void liveTargetRefusedAtRunTime_data()
    {
        QTest::addColumn<QString>("liveHost");
        QTest::addColumn<QString>("liveDatabase");
        QTest::addColumn<QString>("why");
        QTest::newRow("same database") << QStringLiteral("localhost") << QStringLiteral("postgres") << QStringLiteral("is the live database");
        QTest::newRow("mapped address") << QStringLiteral("::ffff:127.0.0.1") << QStringLiteral("postgres") << QStringLiteral("is the live database");
        QTest::newRow("scratch could be it") << QStringLiteral("127.0.0.1") << QStringLiteral("opsdeck_drill_live")
                                            << QStringLiteral("could be named like the live database");
    }
    void liveTargetRefusedAtRunTime()
    {
        QFETCH(QString, liveHost);
        QFETCH(QString, liveDatabase);
        QFETCH(QString, why);
        FleetConfig config = m_fleet->config();
        BackupConfig &location = config.environments[0].hosts[0].backups[0];
        location.drill.host = QStringLiteral("127.0.0.1");
        location.drill.port = m_pg->port();
        location.drill.user = QStringLiteral("drill");
        location.liveDbs = {DatabaseAddress{liveHost, m_pg->port(), liveDatabase}};
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(m_store);
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(config);
        BackupDrill action(&ssh, &store, config, BackupDrillRequest{QStringLiteral("production"), QStringLiteral("host-001"), {}, {}});
        QCOMPARE(action.problem(), QString());
        QEventLoop loop;
        QString refusal = QStringLiteral("(not called)");
        action.preflight([&](const QString &w) {
            refusal = w;
            loop.quit();
        });
        if (refusal == QLatin1String("(not called)"))
            loop.exec();
        QVERIFY2(refusal.startsWith(QStringLiteral("refused: ")), qPrintable(refusal));
        QVERIFY2(refusal.contains(why), qPrintable(refusal));
    }
};

QTEST_GUILESS_MAIN(TestBackupDrill)
#include "TestBackupDrill.moc"
