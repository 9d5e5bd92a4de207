// `opsdeck service …` and `opsdeck trust` as a script or a person meets them: the real binary, no
// terminal, the sandbox fleet, exit codes that mean what docs/cli.md says.

#include "SandboxFleet.h"
#include "store/SqliteEventStore.h"

#include <QProcessEnvironment>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
ProcessResult runOpsdeck(const QStringList &arguments, const QString &config, const QString &store)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OPSDECK_CONFIG"), config);
    env.insert(QStringLiteral("OPSDECK_SSH_CONFIG"), QString());
    return opsdeck::testing::runOpsdeck(arguments + QStringList{QStringLiteral("--store"), store}, env, 90'000);
}
} // namespace

class TestServiceVerb final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;
    ProcessResult run(const QStringList &arguments) { return runOpsdeck(arguments, m_fleet->configFile(), m_store); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("2"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void show()
    {
        const ProcessResult r = run({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("production")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count(QStringLiteral(" active ")), 4); // 2 hosts × web, sidekiq
        const ProcessResult json = run({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("production/web"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"unit\": \"family-photo-share.service\"")));
    }

    // Issue 12 (8): `opsdeck status` uses a health URL's credentials and never prints them.
    void statusNeverPrintsCredentials()
    {
        QFile original(m_fleet->configFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray yaml = original.readAll();
        QVERIFY(yaml.contains("http://127.0.0.1:"));
        yaml.replace("http://127.0.0.1:", "http://ops:S3cret-pw-4711@127.0.0.1:");
        const QString file = m_fleet->dir() + QStringLiteral("/with-credentials.yaml"); // beside it: its relative paths hold
        QFile copy(file);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(yaml);
        copy.close();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPSDECK_CONFIG"), file);
        for (const QStringList &args : {QStringList{QStringLiteral("status"), QStringLiteral("--json")}, QStringList{QStringLiteral("status")}}) {
            const ProcessResult r = opsdeck::testing::runOpsdeck(args, env, 90'000);
            QVERIFY2(r.exitCode >= 0 && r.exitCode <= 3, qPrintable(r.out + r.err)); // a verdict, whichever
            const QString all = r.out + r.err;
            QVERIFY2(!all.contains(QStringLiteral("S3cret")) && !all.contains(QStringLiteral("ops:")), qPrintable(all));
            if (args.contains(QStringLiteral("--json")))
                QVERIFY2(r.out.contains(QStringLiteral("http://***@127.0.0.1:")), qPrintable(r.out));
        }
        QFile::remove(file);
    }

    void confirmationIsRequired()
    {
        const QStringList base{QStringLiteral("service"), QStringLiteral("restart"), QStringLiteral("production/web"),
                               QStringLiteral("--host"), QStringLiteral("host-001"), QStringLiteral("--reason"), QStringLiteral("test")};
        ProcessResult r = run(base);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--yes --confirm production")), qPrintable(r.err));
        r = run(base + QStringList{QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 3); // production wants its name typed
        r = run({QStringLiteral("service"), QStringLiteral("restart"), QStringLiteral("production/web"), QStringLiteral("--yes")});
        QCOMPARE(r.exitCode, 64); // no reason
        r = run({QStringLiteral("service"), QStringLiteral("restart"), QStringLiteral("staging/web"), QStringLiteral("--reason"), QStringLiteral("x")});
        QCOMPARE(r.exitCode, 64); // no such environment
    }

    void restartIsVerifiedAndLogged()
    {
        const ProcessResult r = run({QStringLiteral("service"), QStringLiteral("restart"), QStringLiteral("production/web"),
                                     QStringLiteral("--reason"), QStringLiteral("cli test"), QStringLiteral("--yes"),
                                     QStringLiteral("--confirm"), QStringLiteral("production"), QStringLiteral("--stable"),
                                     QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("restarted (PID")) && r.out.contains(QStringLiteral("stayed active for 2.")),
                 qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral(": succeeded")), 2);
        QVERIFY(r.out.contains(QStringLiteral("succeeded on 2 hosts, verified")));
        const ProcessResult logs = run({QStringLiteral("service"), QStringLiteral("logs"), QStringLiteral("production/web"),
                                        QStringLiteral("--host"), QStringLiteral("host-002"), QStringLiteral("--lines"), QStringLiteral("5")});
        QCOMPARE(logs.exitCode, 0);
        QCOMPARE(logs.out.count(u'\n'), 5);
    }

    // A journal line written by a hostile process: the terminal is shown its escapes, never handed them.
    void journalControlsAreShownNotSent()
    {
        const QString unit = QStringLiteral("family-photo-share.service");
        QFile journal(m_fleet->dir() + QStringLiteral("/hosts/host-001/state/journal/") + unit + QStringLiteral(".log"));
        QVERIFY(journal.open(QIODevice::Append));
        journal.write("Nov 22 02:27:38 host-001 puma[42]: x\x1b]2;pwned\x07 \x1b[2J\xc2\x9b" "31m \xe2\x80\xae" "gnp.exe\r\n");
        journal.close();
        const ProcessResult logs = run({QStringLiteral("service"), QStringLiteral("logs"), QStringLiteral("production/web"),
                                        QStringLiteral("--host"), QStringLiteral("host-001"), QStringLiteral("--lines"), QStringLiteral("3")});
        QVERIFY2(logs.exitCode == 0, qPrintable(logs.err));
        const QString all = logs.out + logs.err;
        for (const QChar c : all) {
            const char16_t u = c.unicode();
            QVERIFY2(!((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || (u >= 0x202a && u <= 0x202e)),
                     qPrintable(QStringLiteral("U+%1 in the output").arg(int(u), 4, 16, QLatin1Char('0'))));
        }
        QVERIFY2(logs.out.contains(QStringLiteral("x\\e]2;pwned\\x07 \\e[2J\\u009b31m \\u202egnp.exe")), qPrintable(logs.out));
    }

    void failedVerificationExitsOne()
    {
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        const ProcessResult r = run({QStringLiteral("service"), QStringLiteral("restart"), QStringLiteral("production/web"),
                                     QStringLiteral("--host"), QStringLiteral("host-002"), QStringLiteral("--reason"), QStringLiteral("x"),
                                     QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("production"),
                                     QStringLiteral("--verify-timeout"), QStringLiteral("8")});
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("ok")));
        // 8 s, not 3: on a loaded machine the restart alone can take seconds, and the last reading must
        // be the database failing, not the 1 s "starting" answer (seen in a fresh-machine run).
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("database")), qPrintable(r.out));
    }

    // Locks every console sees, and the break-glass for a lock whose console is gone.
    void locksAndUnlock()
    {
        auto bob = SqliteEventStore::open(m_fleet->scratch(QStringLiteral("store.db")), QStringLiteral("bob"));
        QVERIFY(bob);
        QVERIFY((*bob.value)
                    ->acquireLock(QStringLiteral("production/host-001/web"), QStringLiteral("bobs-laptop#1"), QStringLiteral("db migration"),
                                  std::chrono::minutes(5))
                    .value->acquired);
        ProcessResult r = run({QStringLiteral("service"), QStringLiteral("locks"), QStringLiteral("production")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("production/host-001/web locked by bob (console bobs-laptop#1)"))
                     && r.out.contains(QStringLiteral("db migration")),
                 qPrintable(r.out));
        const QStringList unlock{QStringLiteral("service"), QStringLiteral("unlock"), QStringLiteral("production/web"),
                                 QStringLiteral("--host"), QStringLiteral("host-001")};
        r = run(unlock);
        QCOMPARE(r.exitCode, 64); // no reason
        r = run(unlock + QStringList{QStringLiteral("--reason"), QStringLiteral("bob's laptop died")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("broke the lock of bob on production/host-001/web: bob's laptop died")), qPrintable(r.out));
        r = run({QStringLiteral("service"), QStringLiteral("locks"), QStringLiteral("production")});
        QCOMPARE(r.out, QString());
        r = run(unlock + QStringList{QStringLiteral("--reason"), QStringLiteral("again")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("no lock")), qPrintable(r.err));
        QVERIFY(!(*bob.value)->renewLock(QStringLiteral("production/host-001/web"), QStringLiteral("bobs-laptop#1"), std::chrono::minutes(5))
                     .value->acquired);
    }

    void unknownHostKeyIsRefusedWithTheWayToTrustIt()
    {
        QFile original(m_fleet->configFile());
        QVERIFY(original.open(QIODevice::ReadOnly));
        QByteArray yaml = original.readAll();
        yaml.replace((m_fleet->dir() + QStringLiteral("/known_hosts")).toUtf8(), m_fleet->scratch(QStringLiteral("kh")).toUtf8());
        const QString config = m_fleet->scratch(QStringLiteral("unknown.yaml"));
        QFile copy(config);
        QVERIFY(copy.open(QIODevice::WriteOnly));
        copy.write(yaml);
        copy.close();
        const ProcessResult r = runOpsdeck({QStringLiteral("service"), QStringLiteral("show"), QStringLiteral("production")}, config, m_store);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("opsdeck trust host-001")) && r.out.contains(QStringLiteral("SHA256:")), qPrintable(r.out));
        // Without a terminal, `trust` cannot ask, so it trusts nothing.
        const ProcessResult trust = runOpsdeck({QStringLiteral("trust"), QStringLiteral("host-001")}, config, m_store);
        QCOMPARE(trust.exitCode, 3);
        QVERIFY(!QFile::exists(m_fleet->scratch(QStringLiteral("kh"))) || QFileInfo(m_fleet->scratch(QStringLiteral("kh"))).size() == 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceVerb)
#include "TestServiceVerb.moc"
