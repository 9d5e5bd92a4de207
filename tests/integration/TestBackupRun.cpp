// `opsdeck backup run` on the sandbox fleet: the location's bin/backup runs as a guarded action and
// is verified only when a new set appeared, is complete and passes integrity on the host. A script
// that exits 0 but leaves out a part, or writes a corrupt archive, fails; one that exits non-zero
// fails with its message; one that stalls past command_timeout leaves the outcome unknown; a location
// without a command is refused before anything runs. Every run is recorded. Loopback only.

#include "SandboxFleet.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestBackupRun final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;
    QString m_stallConfig;     // host-001's command_timeout is 2 s
    QString m_noCommandConfig; // no location has a command

    ProcessResult backupRun(const QStringList &extra, const QString &config = {})
    {
        return runOpsdeck(QStringList{QStringLiteral("backup"), QStringLiteral("run"), QStringLiteral("production/host-001")} + extra
                              + QStringList{QStringLiteral("--config"), config.isEmpty() ? m_fleet->configFile() : config,
                                            QStringLiteral("--store"), m_store},
                          QProcessEnvironment::systemEnvironment(), 120'000);
    }
    QStringList sets() const
    {
        QStringList stamps;
        const QDir dir(m_fleet->config().findHost(QStringLiteral("host-001"))->backups.constFirst().path);
        for (const QString &name : dir.entryList({QStringLiteral("database_*.sql.gz")}, QDir::Files, QDir::Name))
            stamps << name.mid(9, 15);
        return stamps;
    }
    bool script(const QStringList &mode) const
    {
        return runProcess(SandboxFleet::tool(), QStringList{QStringLiteral("backup-script"), QStringLiteral("host-001")} + mode
                                                    + QStringList{QStringLiteral("--dir"), m_fleet->dir()})
                   .exitCode == 0;
    }
    QString writeConfig(const QString &name, const std::function<QString(QString)> &edit) const
    {
        QFile in(m_fleet->configFile());
        if (!in.open(QIODevice::ReadOnly))
            return {};
        const QString path = m_fleet->scratch(name);
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly))
            return {};
        out.write(edit(QString::fromUtf8(in.readAll())).toUtf8());
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
        const QString command = QStringLiteral("command: [") + m_fleet->dir() + QStringLiteral("/hosts/host-001/bin/backup]");
        QFile config(m_fleet->configFile());
        QVERIFY(config.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(config.readAll()).contains(QStringLiteral("            ") + command));
        m_stallConfig = writeConfig(QStringLiteral("stall.yaml"), [&](QString text) {
            return text.replace(command, command + QStringLiteral("\n            command_timeout: 2s"));
        });
        m_noCommandConfig = writeConfig(QStringLiteral("nocommand.yaml"), [&](QString text) { return text.remove(command); });
        QVERIFY(!m_stallConfig.isEmpty() && !m_noCommandConfig.isEmpty());
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void refusedBeforeRunning_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withoutCommand");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("error");
        const QStringList confirm{QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("production")};
        QTest::newRow("no reason") << confirm << false << 64 << QStringLiteral("--reason TEXT is required");
        QTest::newRow("not confirmed") << QStringList{QStringLiteral("--reason"), QStringLiteral("nightly missed")} << false << 3
                                       << QStringLiteral("not confirmed");
        QTest::newRow("unknown location") << (QStringList{QStringLiteral("offsite"), QStringLiteral("--reason"), QStringLiteral("x")} + confirm)
                                          << false << 64 << QStringLiteral("has no backup location 'offsite'");
        QTest::newRow("no command") << (QStringList{QStringLiteral("--reason"), QStringLiteral("x")} + confirm) << true << 64
                                    << QStringLiteral("no backup location of production/host-001 has a 'command' configured");
    }
    void refusedBeforeRunning()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withoutCommand);
        QFETCH(int, exitCode);
        QFETCH(QString, error);
        const QStringList before = sets();
        const ProcessResult r = backupRun(arguments, withoutCommand ? m_noCommandConfig : QString());
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u'\n' + r.out + r.err));
        QVERIFY2(r.err.contains(error), qPrintable(r.err));
        QCOMPARE(sets(), before);
    }

    void run_data()
    {
        QTest::addColumn<QStringList>("mode");
        QTest::addColumn<bool>("stallConfig");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<bool>("newSet");
        QTest::newRow("complete and verified") << QStringList{QStringLiteral("ok")} << false << 0 << QStringLiteral("succeeded")
                                               << QStringLiteral("new complete set ") << true; // "…, 3 files verified on the host"
        QTest::newRow("exit 0 without storage") << QStringList{QStringLiteral("incomplete")} << false << 1 << QStringLiteral("failed")
                                                << QStringLiteral("is incomplete: no storage") << true;
        QTest::newRow("exit 0 with a corrupt archive") << QStringList{QStringLiteral("corrupt")} << false << 1 << QStringLiteral("failed")
                                                       << QStringLiteral("failed verification: tar -tzf failed") << true;
        QTest::newRow("script fails") << QStringList{QStringLiteral("fail")} << false << 1 << QStringLiteral("failed")
                                      << QStringLiteral("exited with status 1: pg_dump: error: connection to server on socket failed") << false;
        QTest::newRow("script stalls") << QStringList{QStringLiteral("stall"), QStringLiteral("--seconds"), QStringLiteral("8")} << true << 2
                                       << QStringLiteral("unknown") << QStringLiteral("may still be running on the host") << false;
    }
    void run()
    {
        QFETCH(QStringList, mode);
        QFETCH(bool, stallConfig);
        QFETCH(int, exitCode);
        QFETCH(QString, outcome);
        QFETCH(QString, detail);
        QFETCH(bool, newSet);
        QVERIFY(script(mode));
        QTest::qWait(1100); // a new set's stamp is the second it starts: never one of the last run's
        const QStringList before = sets();
        const ProcessResult r = backupRun({QStringLiteral("--reason"), QStringLiteral("nightly run missed"), QStringLiteral("--yes"),
                                           QStringLiteral("--confirm"), QStringLiteral("production")},
                                          stallConfig ? m_stallConfig : QString());
        QVERIFY2(r.exitCode == exitCode, qPrintable(QString::number(r.exitCode) + u'\n' + r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("host-001: ") + outcome), qPrintable(r.out));
        QVERIFY2(r.out.contains(detail), qPrintable(r.out));
        const QStringList after = sets();
        QCOMPARE(after.size() > before.size(), newSet);

        auto reader = SqliteEventStore::open(m_fleet->scratch(QStringLiteral("store.db")), QStringLiteral("reader"));
        QVERIFY2(reader, qPrintable(reader.error));
        EventFilter filter;
        filter.kind = QStringLiteral("backup.run.finished");
        filter.newestFirst = true;
        filter.limit = 1;
        const QList<Event> finished = *(*reader.value)->events(filter).value;
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.constFirst().details.value(QStringLiteral("outcome")).toString(), outcome);
        QCOMPARE(finished.constFirst().details.value(QStringLiteral("reason")).toString(), QStringLiteral("nightly run missed"));
        if (outcome == QLatin1String("succeeded")) {
            // Each file of the new set recorded as verified, with its SHA-256 as the reference.
            EventFilter verified;
            verified.kind = QStringLiteral("backup.verified");
            verified.text = after.constLast();
            const QList<Event> events = *(*reader.value)->events(verified).value;
            QCOMPARE(events.size(), 3);
            for (const Event &e : events)
                QCOMPARE(e.details.value(QStringLiteral("sha256")).toString().size(), 64);
        }
        QVERIFY(script({QStringLiteral("ok")}));
    }
};

QTEST_GUILESS_MAIN(TestBackupRun)
#include "TestBackupRun.moc"
