// Rollback of a Kamal app through its control host (kamal_control), on real hosts: the sandbox
// fleet's sshd, its kamal stand-in on the control host (Kamal's project in HOST/srv/photo-api) and
// the docker stand-in with kamal-proxy on every host. Verified on every host after one `kamal
// rollback`; a version missing on one host → refused in the preflight, no host changed and kamal
// never run; kamal failing midway → failed, each host's version read back from the host, and the
// roll-forward of the switched host restores it; kamal refusing (its deploy lock) → nothing changed.

#include "SandboxFleet.h"

#include <QDir>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
const QString kApp = QStringLiteral("production/photo-api");
const QString kPrefix = QStringLiteral("photo-api-web-");
const QString kImage = QStringLiteral("registry.example.com/photo-api:");
const QString kControl = QStringLiteral("host-001");
const QStringList kHosts{QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")};
} // namespace

class TestKamalControlRollback final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;
    QStringList m_versions; // newest first, as the fleet made them

    ProcessResult cli(const QStringList &arguments)
    {
        return runOpsdeck(arguments + QStringList{QStringLiteral("--store"), m_store}, m_fleet->cliEnvironment(), 180'000);
    }
    QStringList rollbackArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("rollback"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("bad deploy"), QStringLiteral("--yes"), QStringLiteral("--confirm"),
                           QStringLiteral("production"), QStringLiteral("--verify-timeout"), QStringLiteral("15")}
               + extra;
    }
    QStringList forwardArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("forward"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("revert"), QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("production"),
                           QStringLiteral("--verify-timeout"), QStringLiteral("15")}
               + extra;
    }
    // Every run of the kamal stand-in on the control host (the fleet notes them).
    QStringList kamalRuns() const
    {
        QFile log(m_fleet->hostDir(kControl) + QStringLiteral("/state/kamal.log"));
        if (!log.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(log.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }
    QString controlCommand(const QString &version) const
    {
        return QStringLiteral("%1: 'cd' '--' '%2/srv/photo-api' && 'kamal' 'rollback' '%3'").arg(kControl, m_fleet->hostDir(kControl), version);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3"), QStringLiteral("--kamal"),
                                                             QStringLiteral("--kamal-control"), QStringLiteral("--start-seconds"),
                                                             QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
        const AppConfig *api = nullptr;
        for (const AppConfig &a : m_fleet->config().findHost(QStringLiteral("host-003"))->apps) {
            if (a.name == QLatin1String("photo-api"))
                api = &a;
        }
        QVERIFY(api);
        QCOMPARE(api->kamalControlHost, kControl);
        QVERIFY(QFile::exists(api->kamalControlPath + QStringLiteral("/config/deploy.yml")));
        const ProcessResult r = m_fleet->docker(QStringLiteral("host-001"), {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                                                                             QStringLiteral("label=service=photo-api"), QStringLiteral("--format"),
                                                                             QStringLiteral("{{.Names}}")});
        for (const QString &name : r.out.split(u'\n', Qt::SkipEmptyParts))
            m_versions << name.mid(kPrefix.size());
        QCOMPARE(m_versions.size(), 4);
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{m_versions.constFirst(), m_versions.constFirst(), m_versions.constFirst()}));
        QVERIFY(kamalRuns().isEmpty());
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void refusedInPreflightWhenTheVersionIsMissingOnOneHost()
    {
        const QStringList before = m_fleet->kamalRunning(kHosts);
        const QString target = m_versions.at(3);
        QCOMPARE(m_fleet->docker(QStringLiteral("host-003"), {QStringLiteral("rm"), kPrefix + target}).exitCode, 0);
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), target}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("release %1 is not on host-003").arg(target)), qPrintable(r.err));
        QVERIFY2(r.out.contains(controlCommand(target)), qPrintable(r.out)); // the plan names the one command
        QCOMPARE(m_fleet->kamalRunning(kHosts), before);
        for (const QString &h : kHosts)
            QCOMPARE(m_fleet->kamalProxyTarget(h), before.constFirst());
        QVERIFY2(kamalRuns().isEmpty(), qPrintable(kamalRuns().join(u'\n')));
    }

    void rollbackThroughTheControlHostIsVerifiedOnEveryHost()
    {
        const QString from = m_versions.at(0);
        const QString target = m_versions.at(1);
        const ProcessResult r = cli(rollbackArgs());
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(controlCommand(target)), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("'docker' 'start'")), qPrintable(r.out)); // not Kamal's steps one host at a time
        // kamal's own output reaches the progress.
        QVERIFY2(r.err.contains(QStringLiteral("kamal on host-001: Acquiring the deploy lock...")), qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral(": succeeded")), 3);
        QVERIFY2(r.out.contains(QStringLiteral("rollback of production/photo-api to %1 succeeded on 3 hosts, verified").arg(target)), qPrintable(r.out));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{target, target, target}));
        for (const QString &h : kHosts)
            QCOMPARE(m_fleet->kamalProxyTarget(h), target);
        QCOMPARE(kamalRuns().size(), 1);
        QVERIFY(kamalRuns().constFirst().endsWith(QStringLiteral("rollback ") + target));
        // The copy of the version Kamal renamed when it booted it again is not a version of its own.
        const ProcessResult list = cli({QStringLiteral("release"), QStringLiteral("list"), kApp});
        QVERIFY2(!list.out.contains(QStringLiteral("_replaced_")), qPrintable(list.out));
        // Forward again, the same way: every host, one kamal rollback.
        const ProcessResult forward = cli(forwardArgs());
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QVERIFY2(forward.out.contains(controlCommand(from)), qPrintable(forward.out));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{from, from, from}));
        QCOMPARE(kamalRuns().size(), 2);
        QVERIFY(cli({QStringLiteral("release"), QStringLiteral("unmark"), kApp, from, QStringLiteral("--reason"), QStringLiteral("ok")}).exitCode == 0);
    }

    void kamalFailingMidwayIsFailedWithEachHostsVersionReadBack()
    {
        const QString from = m_fleet->kamalRunning(kHosts).constFirst();
        const QString target = m_versions.at(2);
        // The version's container is kept on every host (the preflight passes, as Kamal's own check
        // does), but host-002 lost its image: Kamal boots host-001, then fails to run it on host-002.
        QCOMPARE(m_fleet->docker(QStringLiteral("host-002"), {QStringLiteral("rmi"), QStringLiteral("-f"), kImage + target}).exitCode, 0);
        const int runsBefore = int(kamalRuns().size());
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), target}));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(kamalRuns().size(), runsBefore + 1);
        QVERIFY2(r.out.contains(QStringLiteral("kamal rollback on host-001 exited with 1")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("host-001: on %1").arg(target)), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("host-002: on %1").arg(from)));
        QVERIFY(r.out.contains(QStringLiteral("host-003: on %1").arg(from)));
        QVERIFY2(r.out.contains(QStringLiteral("opsdeck release forward production/photo-api --to %1 --host host-001 --reason").arg(from)),
                 qPrintable(r.out));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{target, from, from}));
        // The way back for the one switched host: Kamal's steps on that host alone.
        const ProcessResult forward = cli(forwardArgs({QStringLiteral("--to"), from, QStringLiteral("--host"), QStringLiteral("host-001")}));
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QVERIFY2(forward.out.contains(QStringLiteral("'docker' 'start' '--' '%1%2'").arg(kPrefix, from)), qPrintable(forward.out));
        QCOMPARE(kamalRuns().size(), runsBefore + 1);
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{from, from, from}));
        QCOMPARE(m_fleet->kamalProxyTarget(QStringLiteral("host-001")), from);
    }

    void kamalRefusingChangesNothing()
    {
        const QStringList before = m_fleet->kamalRunning(kHosts);
        // Someone else's deploy holds Kamal's lock on the primary host.
        QVERIFY(QDir().mkpath(m_fleet->hostDir(QStringLiteral("host-001")) + QStringLiteral("/.kamal/lock-photo-api")));
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), m_versions.at(1)}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("Deploy lock found")), qPrintable(r.out));
        for (const QString &h : kHosts)
            QVERIFY2(r.out.contains(QStringLiteral("%1: on %2").arg(h, before.constFirst())), qPrintable(r.out));
        QVERIFY2(!r.out.contains(QStringLiteral("to revert the switched hosts")), qPrintable(r.out));
        QCOMPARE(m_fleet->kamalRunning(kHosts), before);
        QVERIFY(QDir(m_fleet->hostDir(QStringLiteral("host-001")) + QStringLiteral("/.kamal/lock-photo-api")).removeRecursively());
    }
};

QTEST_GUILESS_MAIN(TestKamalControlRollback)
#include "TestKamalControlRollback.moc"
