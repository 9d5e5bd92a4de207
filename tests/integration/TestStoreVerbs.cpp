// `opsdeck db …` and `opsdeck audit verify` as an administrator and an auditor use them, against a
// real PostgreSQL 15 started by the test.

#include "PostgresServer.h"
#include "RunProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using opsdeck::testing::PostgresServer;

using Run = opsdeck::testing::ProcessResult;

class TestStoreVerbs final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_home;

    Run opsdeck(const QStringList &arguments, const QStringList &extraEnv = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        env.remove(QStringLiteral("OPSDECK_STORE"));
        for (const QString &pair : extraEnv)
            env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
        return ::opsdeck::testing::runOpsdeck(arguments, env);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->createDatabase(QStringLiteral("opsdeck")));
    }

    void migrateGrantVerifyAndDetectTampering()
    {
        const QString admin = m_pg->uri(QStringLiteral("postgres"));
        auto first = opsdeck({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--store"), admin});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(QStringLiteral("applied 1")), qPrintable(first.out));
        auto again = opsdeck({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--store"), admin});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("already at version")), qPrintable(again.out));

        auto grant = opsdeck({QStringLiteral("db"), QStringLiteral("grant"), QStringLiteral("carol"), QStringLiteral("lead"),
                              QStringLiteral("--store"), admin});
        QVERIFY2(grant.exitCode == 0, qPrintable(grant.err));
        QVERIFY(grant.out.contains(QStringLiteral("carol now holds opsdeck_lead")));
        auto bad = opsdeck({QStringLiteral("db"), QStringLiteral("grant"), QStringLiteral("carol"), QStringLiteral("boss"),
                            QStringLiteral("--store"), admin});
        QCOMPARE(bad.exitCode, 64);
        // carol is a lead, not an admin: she may not grant.
        auto refused = opsdeck({QStringLiteral("db"), QStringLiteral("grant"), QStringLiteral("dave"), QStringLiteral("lead"),
                                QStringLiteral("--store"), m_pg->conninfo(QStringLiteral("carol"))});
        QCOMPARE(refused.exitCode, 3);
        QVERIFY2(refused.err.contains(QStringLiteral("opsdeck_admin")), qPrintable(refused.err));
        // The store via $OPSDECK_STORE, as carol.
        auto status = opsdeck({QStringLiteral("db"), QStringLiteral("status")},
                              {QStringLiteral("OPSDECK_STORE=") + m_pg->conninfo(QStringLiteral("carol"))});
        QVERIFY2(status.exitCode == 0, qPrintable(status.err));
        QVERIFY2(status.out.contains(QStringLiteral("you are: carol (opsdeck_lead, opsdeck_operator)")), qPrintable(status.out));

        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_pg->exec(QStringLiteral("INSERT INTO opsdeck.events (kind, summary) VALUES ('note', 'n%1')").arg(i),
                                QStringLiteral("opsdeck"), QStringLiteral("carol")),
                     QString());
        auto verify = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), admin});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
        QVERIFY2(verify.out.contains(QStringLiteral("audit log intact: 6 rows verified")), qPrintable(verify.out));

        // A superuser rewrites history with the triggers off.
        QCOMPARE(m_pg->exec(QStringLiteral("BEGIN; ALTER TABLE opsdeck.events DISABLE TRIGGER USER;"
                                           " UPDATE opsdeck.events SET summary = 'harmless' WHERE id = 3;"
                                           " DELETE FROM opsdeck.events WHERE id = 5;"
                                           " ALTER TABLE opsdeck.events ENABLE TRIGGER USER; COMMIT")),
                 QString());
        auto tampered = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--store"), admin});
        QCOMPARE(tampered.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(tampered.out.toUtf8()).object();
        QCOMPARE(report.value(QStringLiteral("intact")).toBool(true), false);
        QStringList kinds;
        for (const auto &finding : report.value(QStringLiteral("findings")).toArray())
            kinds << finding.toObject().value(QStringLiteral("kind")).toString();
        QVERIFY2(kinds.contains(QStringLiteral("edited")) && kinds.contains(QStringLiteral("deleted")), qPrintable(kinds.join(u',')));

        auto usage = opsdeck({QStringLiteral("audit"), QStringLiteral("check")});
        QCOMPARE(usage.exitCode, 64);
        auto unreachable = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"),
                                    QStringLiteral("postgresql://nobody@127.0.0.1:1/x?connect_timeout=2")});
        QCOMPARE(unreachable.exitCode, 3);
        QVERIFY(!unreachable.err.isEmpty());
    }

    // Issue 12 (9): a store recreated at the same address is not "a rewritten chain" for ever: it is
    // reported as another store, and anchoring it anew is an explicit, recorded step. Both backends.
    void recreatedStoreIsReportedAndAnchoredAnew_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("postgresql") << QStringLiteral("postgresql");
        QTest::newRow("sqlite") << QStringLiteral("sqlite");
    }
    void recreatedStoreIsReportedAndAnchoredAnew()
    {
        QFETCH(QString, backend);
        const bool pg = backend == QLatin1String("postgresql");
        const QString sqliteFile = m_home.filePath(QStringLiteral("recreated.db"));
        const QString store = pg ? m_pg->uri(QStringLiteral("postgres"), QStringLiteral("recreated")) : QStringLiteral("sqlite://") + sqliteFile;
        auto create = [&](int notes) {
            if (pg) {
                m_pg->exec(QStringLiteral("DROP DATABASE IF EXISTS recreated"), QStringLiteral("postgres"));
                QVERIFY(m_pg->createDatabase(QStringLiteral("recreated")));
                QCOMPARE(opsdeck({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--store"), store}).exitCode, 0);
            } else {
                QFile::remove(sqliteFile);
                QFile::remove(sqliteFile + QStringLiteral("-wal"));
                QFile::remove(sqliteFile + QStringLiteral("-shm"));
                QCOMPARE(opsdeck({QStringLiteral("db"), QStringLiteral("migrate"), QStringLiteral("--store"), store}).exitCode, 0);
            }
            for (int i = 0; i < notes; ++i)
                QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("drill %1").arg(i), QStringLiteral("--severity"),
                                  QStringLiteral("sev4"), QStringLiteral("--store"), store})
                             .exitCode,
                         0);
        };
        create(3);
        if (QTest::currentTestFailed())
            return;
        auto status = opsdeck({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--store"), store});
        const QString firstId = status.out.section(QStringLiteral("store id: "), 1).section(u'\n', 0, 0);
        QCOMPARE(firstId.size(), 36);
        auto anchored = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store});
        QVERIFY2(anchored.exitCode == 0, qPrintable(anchored.out + anchored.err));

        // The same address, a new store with a history of its own (longer than the anchored one).
        create(5);
        if (QTest::currentTestFailed())
            return;
        status = opsdeck({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--store"), store});
        QVERIFY(!status.out.contains(firstId));
        auto other = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store});
        QCOMPARE(other.exitCode, 1);
        QVERIFY2(other.out.contains(QStringLiteral("REPLACED\t0\tthis is not the store that was anchored: ")), qPrintable(other.out));
        QVERIFY2(other.out.contains(QStringLiteral("was store ") + firstId.left(8)), qPrintable(other.out));
        QVERIFY2(!other.out.contains(QStringLiteral("rewritten")) && !other.out.contains(QStringLiteral("TAMPERED")), qPrintable(other.out));
        auto json = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json"), QStringLiteral("--store"), store});
        QCOMPARE(json.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(json.out.toUtf8()).object().value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("replaced"));
        // It stays so until someone says, with a reason, that this is the store now.
        QCOMPARE(opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store}).exitCode, 1);
        QCOMPARE(opsdeck({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--store"), store}).exitCode, 64);
        auto anchorAnew = opsdeck({QStringLiteral("audit"), QStringLiteral("anchor"), QStringLiteral("--reason"),
                                   QStringLiteral("recreated after the disk failure"), QStringLiteral("--store"), store});
        QVERIFY2(anchorAnew.exitCode == 0, qPrintable(anchorAnew.out + anchorAnew.err));
        QVERIFY2(anchorAnew.out.startsWith(QStringLiteral("anchored store ")), qPrintable(anchorAnew.out));
        const QString row = anchorAnew.out.section(QStringLiteral(" at row "), 1).section(u' ', 0, 0);
        QVERIFY(row.toInt() > 5);
        auto verified = opsdeck({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--store"), store});
        QVERIFY2(verified.exitCode == 0, qPrintable(verified.out + verified.err));
        QVERIFY2(verified.out.contains(QStringLiteral("verified, last %1 ").arg(row)), qPrintable(verified.out));
        // The anchoring is in the store's own audit log: who, why, and what was anchored before.
        auto recorded = opsdeck({QStringLiteral("timeline"), QStringLiteral("--kind"), QStringLiteral("audit."), QStringLiteral("--json"),
                                 QStringLiteral("--store"), store});
        QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
        QVERIFY2(recorded.out.contains(QStringLiteral("recreated after the disk failure")) && recorded.out.contains(firstId),
                 qPrintable(recorded.out));
    }

    void passwordsComeFromPgpassNeverFromOpsDeck()
    {
        QCOMPARE(m_pg->exec(QStringLiteral("CREATE ROLE erin LOGIN PASSWORD 's3cret-for-test'; GRANT opsdeck_operator TO erin")), QString());
        const QString tcp = QStringLiteral("postgresql://erin@127.0.0.1:%1/opsdeck").arg(m_pg->port());
        auto without = opsdeck({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--store"), tcp},
                               {QStringLiteral("PGPASSFILE=/nonexistent")});
        QVERIFY(without.exitCode != 0);
        QVERIFY2(without.err.contains(QStringLiteral("password")), qPrintable(without.err));
        QFile pgpass(m_home.filePath(QStringLiteral("pgpass")));
        QVERIFY(pgpass.open(QIODevice::WriteOnly));
        pgpass.write(QStringLiteral("127.0.0.1:%1:opsdeck:erin:s3cret-for-test\n").arg(m_pg->port()).toUtf8());
        pgpass.close();
        pgpass.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        auto with = opsdeck({QStringLiteral("db"), QStringLiteral("status"), QStringLiteral("--store"), tcp},
                            {QStringLiteral("PGPASSFILE=") + pgpass.fileName()});
        QVERIFY2(with.exitCode == 0, qPrintable(with.err));
        QVERIFY(with.out.contains(QStringLiteral("you are: erin (opsdeck_operator)")));
        QVERIFY(!with.out.contains(QStringLiteral("s3cret")));
    }
};

QTEST_GUILESS_MAIN(TestStoreVerbs)
#include "TestStoreVerbs.moc"
