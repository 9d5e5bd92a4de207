// Rollback of a Kamal app as a script meets it, on real hosts (sandbox fleet sshd, the docker
// stand-in with kamal-proxy, health served for the version kamal-proxy sends to): verified on every
// host; refused with no host changed when the version is missing on one, or when kamal-proxy does
// not run on one; a version whose health fails → failed, the switched host named, roll-forward
// restores it; a hostile container name is never offered.

#include "SandboxFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
const QString kApp = QStringLiteral("production/photo-api");
const QString kPrefix = QStringLiteral("photo-api-web-");
const QStringList kHosts{QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")};
} // namespace

class TestKamalRollback final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;

    ProcessResult cli(const QStringList &arguments)
    {
        return runOpsdeck(arguments + QStringList{QStringLiteral("--store"), m_store}, m_fleet->cliEnvironment(), 120'000);
    }
    QStringList rollbackArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("rollback"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("bad deploy"), QStringLiteral("--yes"), QStringLiteral("--confirm"),
                           QStringLiteral("production"), QStringLiteral("--verify-timeout"), QStringLiteral("10")}
               + extra;
    }
    QStringList forwardArgs(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("forward"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("revert"), QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("production")}
               + extra;
    }
    // Every version on host-001, newest first (docker ps lists the newest container first).
    QStringList versions() const
    {
        const ProcessResult r = m_fleet->docker(QStringLiteral("host-001"), {QStringLiteral("ps"), QStringLiteral("-a"), QStringLiteral("--filter"),
                                                                             QStringLiteral("label=role=web"), QStringLiteral("--format"),
                                                                             QStringLiteral("{{.Label \"service\"}} {{.Names}}")});
        QStringList out;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts)) {
            if (line.startsWith(QStringLiteral("photo-api ")))
                out << line.section(u' ', 1).mid(kPrefix.size());
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3"), QStringLiteral("--kamal"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
        QCOMPARE(versions().size(), 4);
        const QString newest = versions().constFirst();
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{newest, newest, newest}));
        QCOMPARE(m_fleet->kamalProxyTarget(QStringLiteral("host-002")), newest);
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void listedWithTheRunningVersionAndTheKeptOnes()
    {
        const ProcessResult r = cli({QStringLiteral("release"), QStringLiteral("list"), kApp, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        const QJsonObject app = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QCOMPARE(app.value(QStringLiteral("strategy")).toString(), QStringLiteral("kamal"));
        QStringList offerable;
        for (const QJsonValue &v : app.value(QStringLiteral("offerable")).toArray())
            offerable << v.toString();
        QCOMPARE(offerable, versions().mid(1)); // newest first, by when the container was created
    }

    void refusedWithNoHostChangedWhenTheVersionIsMissingOnOne()
    {
        const QStringList before = m_fleet->kamalRunning(kHosts);
        const QString target = versions().at(2);
        const ProcessResult rm = m_fleet->docker(QStringLiteral("host-002"), {QStringLiteral("rm"), kPrefix + target});
        QVERIFY2(rm.exitCode == 0, qPrintable(rm.err));
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), target}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("release %1 is not on host-002").arg(target)), qPrintable(r.err));
        QCOMPARE(m_fleet->kamalRunning(kHosts), before);
        for (const QString &h : kHosts)
            QCOMPARE(m_fleet->kamalProxyTarget(h), before.constFirst());
    }

    void refusedWithNoHostChangedWhenKamalProxyIsNotRunningOnOne()
    {
        const QStringList before = m_fleet->kamalRunning(kHosts);
        QCOMPARE(m_fleet->docker(QStringLiteral("host-003"), {QStringLiteral("stop"), QStringLiteral("kamal-proxy")}).exitCode, 0);
        const ProcessResult r = cli(rollbackArgs());
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("host-003 cannot switch: kamal-proxy is exited, not running")), qPrintable(r.err));
        QCOMPARE(m_fleet->kamalRunning(kHosts), before);
        QCOMPARE(m_fleet->docker(QStringLiteral("host-003"), {QStringLiteral("start"), QStringLiteral("kamal-proxy")}).exitCode, 0);
    }

    void rollbackIsVerifiedOnEveryHost()
    {
        const QString from = m_fleet->kamalRunning(kHosts).constFirst();
        const QString target = versions().at(1);
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--batch"), QStringLiteral("3")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The plan names what Kamal's rollback runs on each host.
        QVERIFY2(r.out.contains(QStringLiteral("'docker' 'exec' 'kamal-proxy' 'kamal-proxy' 'deploy' 'photo-api-web' '--target' '%1%2:80'")
                                    .arg(kPrefix, target)),
                 qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral(": succeeded")), 3);
        QVERIFY2(r.out.contains(QStringLiteral("rollback of production/photo-api to %1 succeeded on 3 hosts, verified").arg(target)), qPrintable(r.out));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{target, target, target}));
        for (const QString &h : kHosts)
            QCOMPARE(m_fleet->kamalProxyTarget(h), target);
        // The version left is kept (stopped) for the way back, and marked bad.
        QVERIFY(versions().contains(from));
        const ProcessResult timeline = cli({QStringLiteral("timeline"), QStringLiteral("--kind"), QStringLiteral("release.")});
        QVERIFY2(timeline.out.contains(QStringLiteral("Release %1 of production/photo-api marked bad").arg(from)), qPrintable(timeline.out));
        const ProcessResult forward = cli(forwardArgs({QStringLiteral("--batch"), QStringLiteral("3")}));
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{from, from, from}));
        QVERIFY(cli({QStringLiteral("release"), QStringLiteral("unmark"), kApp, from, QStringLiteral("--reason"), QStringLiteral("ok")}).exitCode == 0);
    }

    void failingVersionStopsAndRollForwardRestores()
    {
        const QString from = m_fleet->kamalRunning(kHosts).constFirst();
        // A version kept on every host whose /health fails once it serves (its /up passes, so
        // kamal-proxy switches to it).
        const QString bad = QStringLiteral("0bad0bad0bad");
        QCOMPARE(m_fleet->kamalDeploy({QStringLiteral("--version"), bad, QStringLiteral("--unhealthy"), QStringLiteral("--no-switch")}), bad);
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), bad, QStringLiteral("--verify-timeout"), QStringLiteral("6")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("host-001: failed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("host-001: on %1").arg(bad)));
        QVERIFY(r.out.contains(QStringLiteral("host-002: not attempted, on %1").arg(from)));
        QVERIFY2(r.out.contains(QStringLiteral("opsdeck release forward production/photo-api --to %1 --host host-001").arg(from)), qPrintable(r.out));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{bad, from, from}));
        const ProcessResult forward = cli(forwardArgs({QStringLiteral("--to"), from, QStringLiteral("--host"), QStringLiteral("host-001")}));
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QCOMPARE(m_fleet->kamalRunning(kHosts), (QStringList{from, from, from}));
        QCOMPARE(m_fleet->kamalProxyTarget(QStringLiteral("host-001")), from);
    }

    void hostileContainerNamesAreNeverOffered()
    {
        // A container of the app whose version part is a command: listed as ignored, never offered.
        const QString dir = m_fleet->hostDir(QStringLiteral("host-001"));
        const QString hostile = kPrefix + QStringLiteral("$(touch pwned)");
        QFile file(dir + QStringLiteral("/docker/containers/hostile.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("Id"), QStringLiteral("ab12ab12ab12ab12")}, {QStringLiteral("Name"), hostile},
                                             {QStringLiteral("Image"), QStringLiteral("x:y")}, {QStringLiteral("State"), QStringLiteral("exited")},
                                             {QStringLiteral("Created"), 1},
                                             {QStringLiteral("Labels"), QJsonObject{{QStringLiteral("service"), QStringLiteral("photo-api")},
                                                                                    {QStringLiteral("role"), QStringLiteral("web")}}}})
                       .toJson());
        file.close();
        const ProcessResult r = cli({QStringLiteral("release"), QStringLiteral("list"), kApp, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject app = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        for (const QJsonValue &v : app.value(QStringLiteral("offerable")).toArray())
            QVERIFY(!v.toString().contains(u'$'));
        QVERIFY2(r.out.contains(QStringLiteral("touch pwned")), qPrintable(r.out)); // shown as ignored
        const ProcessResult refused = cli(rollbackArgs({QStringLiteral("--to"), QStringLiteral("$(touch pwned)")}));
        QCOMPARE(refused.exitCode, 64); // a usage error: the name is refused before any host is asked
        QVERIFY(!QFile::exists(dir + QStringLiteral("/pwned")));
        QVERIFY(file.remove());
    }
};

QTEST_GUILESS_MAIN(TestKamalRollback)
#include "TestKamalRollback.moc"
