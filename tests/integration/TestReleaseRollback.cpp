// One-click rollback as a script meets it, on real hosts (sandbox fleet sshd, systemctl stand-in,
// HTTP health that follows `current`): verified on every host; refused with no host changed when
// the target is missing on one; a release whose health fails → failed, the switched host named,
// roll-forward restores it; migrations left in place need an acknowledgement; two consoles at once
// → one is refused by the locks; an environment that requires approval refuses.

#include "SandboxFleet.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
const QString kApp = QStringLiteral("production/family-photo-share");
}

class TestReleaseRollback final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;
    QString m_config;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPSDECK_CONFIG"), m_config);
        env.insert(QStringLiteral("OPSDECK_SSH_CONFIG"), QString());
        return env;
    }
    ProcessResult cli(const QStringList &arguments)
    {
        return runOpsdeck(arguments + QStringList{QStringLiteral("--store"), m_store}, environment(), 120'000);
    }
    QStringList rollbackArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("rollback"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("bad deploy"), QStringLiteral("--yes"), QStringLiteral("--confirm"),
                           QStringLiteral("production"), QStringLiteral("--verify-timeout"), QStringLiteral("10")}
               + extra;
    }
    QString current(const QString &host) const
    {
        return QFileInfo(QFileInfo(m_fleet->appPath(host) + QStringLiteral("/current")).symLinkTarget()).fileName();
    }
    QStringList currents() const
    {
        return {current(QStringLiteral("host-001")), current(QStringLiteral("host-002")), current(QStringLiteral("host-003"))};
    }
    // What `release list` offers as targets, newest first.
    QStringList offerable()
    {
        const ProcessResult r = cli({QStringLiteral("release"), QStringLiteral("list"), kApp, QStringLiteral("--json")});
        QStringList names;
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject().value(QStringLiteral("offerable")).toArray())
            names << v.toString();
        return names;
    }
    QStringList releases() const
    {
        QStringList names = QDir(m_fleet->appPath(QStringLiteral("host-001")) + QStringLiteral("/releases"))
                                .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed);
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
        // Each service also gets the seeds' /health, which reports the running revision: verification
        // then checks the version as well as the detailed health.
        m_config = m_fleet->configWithVersionHealth(QStringLiteral("opsdeck.yaml"));
        QVERIFY(!m_config.isEmpty());
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void refusedWithNoHostChangedWhenTheTargetIsMissingOnOne()
    {
        const QStringList before = currents();
        const QString target = releases().at(2);
        QVERIFY(QDir(m_fleet->appPath(QStringLiteral("host-002")) + QStringLiteral("/releases/") + target).removeRecursively());
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), target}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("release %1 is not on host-002").arg(target)), qPrintable(r.err));
        QCOMPARE(currents(), before);
        // The default target skips it: the newest older release present on every host.
        const ProcessResult listed = cli({QStringLiteral("release"), QStringLiteral("list"), kApp});
        QVERIFY2(listed.out.contains(QStringLiteral("rollback would go to %1").arg(releases().at(1))), qPrintable(listed.out));
    }

    void rollbackIsVerifiedOnEveryHost()
    {
        const QString from = currents().constFirst();
        const QString target = releases().at(1); // the newest older one, with the same migrations
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--batch"), QStringLiteral("3")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(r.out.count(QStringLiteral(": succeeded")), 3);
        QVERIFY2(r.out.contains(QStringLiteral("rollback of production/family-photo-share to %1 succeeded on 3 hosts, verified").arg(target)),
                 qPrintable(r.out));
        QCOMPARE(currents(), (QStringList{target, target, target}));
        QFile log(m_fleet->appPath(QStringLiteral("host-003")) + QStringLiteral("/revisions.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains(QStringLiteral(" rolled back to release %1\n").arg(target).toUtf8()));
        // Recorded, and the release rolled back from is marked bad and no longer offered.
        const ProcessResult timeline = cli({QStringLiteral("timeline"), QStringLiteral("--kind"), QStringLiteral("release.")});
        QVERIFY2(timeline.out.contains(QStringLiteral("Release %1 of production/family-photo-share marked bad").arg(from)), qPrintable(timeline.out));
        const ProcessResult events = cli({QStringLiteral("timeline"), QStringLiteral("--kind"), QStringLiteral("rollback")});
        QVERIFY2(events.out.contains(QStringLiteral("rollback.started")), qPrintable(events.out));
        QVERIFY2(events.out.contains(QStringLiteral("rollback.finished")) && events.out.contains(QStringLiteral("succeeded on 3 hosts, verified")),
                 qPrintable(events.out));
        const ProcessResult forward = cli({QStringLiteral("release"), QStringLiteral("forward"), kApp, QStringLiteral("--reason"),
                                           QStringLiteral("false alarm"), QStringLiteral("--yes"), QStringLiteral("--confirm"),
                                           QStringLiteral("production"), QStringLiteral("--batch"), QStringLiteral("3")});
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err)); // back to the release the rollback left
        QCOMPARE(currents(), (QStringList{from, from, from}));
        QVERIFY(cli({QStringLiteral("release"), QStringLiteral("unmark"), kApp, from, QStringLiteral("--reason"), QStringLiteral("ok")}).exitCode == 0);
    }

    void failingHealthStopsAndRollForwardRestores()
    {
        const QString from = currents().constFirst();
        // An old release, complete everywhere, whose health fails once it is current.
        QCOMPARE(m_fleet->deploy({QStringLiteral("--release"), QStringLiteral("20000101000000"), QStringLiteral("--unhealthy"),
                                  QStringLiteral("--no-switch")}),
                 QStringLiteral("20000101000000"));
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), QStringLiteral("20000101000000"), QStringLiteral("--verify-timeout"), QStringLiteral("6")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("host-001: failed")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("not attempted")));
        QVERIFY(r.out.contains(QStringLiteral("host-001: on 20000101000000")));
        QVERIFY(r.out.contains(QStringLiteral("host-002: not attempted, on %1").arg(from)));
        QVERIFY2(r.out.contains(QStringLiteral("opsdeck release forward production/family-photo-share --to %1 --host host-001").arg(from)), qPrintable(r.out));
        QCOMPARE(currents(), (QStringList{QStringLiteral("20000101000000"), from, from}));
        const ProcessResult forward = cli({QStringLiteral("release"), QStringLiteral("forward"), kApp, QStringLiteral("--to"), from,
                                           QStringLiteral("--host"), QStringLiteral("host-001"), QStringLiteral("--reason"),
                                           QStringLiteral("revert"), QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("production")});
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QCOMPARE(currents(), (QStringList{from, from, from}));
        // A failed rollback marks nothing bad.
        const ProcessResult listed = cli({QStringLiteral("release"), QStringLiteral("list"), kApp});
        QVERIFY(!listed.out.contains(QStringLiteral("[marked bad]")));
        QVERIFY(QDir(m_fleet->appPath(QStringLiteral("host-001")) + QStringLiteral("/releases/20000101000000")).exists());
        for (const QString &h : {QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")})
            QVERIFY(QDir(m_fleet->appPath(h) + QStringLiteral("/releases/20000101000000")).removeRecursively());
    }

    void migrationsLeftInPlaceNeedAnAcknowledgement()
    {
        const QString before = currents().constFirst();
        const QString added = m_fleet->deploy({QStringLiteral("--migration"), QStringLiteral("add_tags_to_photos")});
        QVERIFY(!added.isEmpty());
        QCOMPARE(currents(), (QStringList{added, added, added}));
        ProcessResult r = cli(rollbackArgs({QStringLiteral("--batch"), QStringLiteral("3")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains(QStringLiteral("This rollback does not revert 1 migration: ")) && r.out.contains(QStringLiteral("_add_tags_to_photos.rb.")),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("--acknowledge-migrations")), qPrintable(r.err));
        QCOMPARE(currents(), (QStringList{added, added, added}));
        r = cli(rollbackArgs({QStringLiteral("--batch"), QStringLiteral("3"), QStringLiteral("--acknowledge-migrations")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(currents(), (QStringList{before, before, before}));
    }

    void twoConsolesAtOnceOneIsRefused()
    {
        const QString target = offerable().value(0);
        QVERIFY(!target.isEmpty());
        QProcess a, b;
        for (QProcess *p : {&a, &b}) {
            p->setProcessEnvironment(environment());
            p->setStandardInputFile(QProcess::nullDevice());
            p->start(QStringLiteral(OPSDECK_BINARY_DIR "/app/opsdeck"),
                     rollbackArgs({QStringLiteral("--to"), target, QStringLiteral("--store"), m_store}));
        }
        QVERIFY(a.waitForFinished(120'000));
        QVERIFY(b.waitForFinished(120'000));
        const QString outA = QString::fromUtf8(a.readAllStandardOutput() + a.readAllStandardError());
        const QString outB = QString::fromUtf8(b.readAllStandardOutput() + b.readAllStandardError());
        const QList<int> codes{a.exitCode(), b.exitCode()};
        QVERIFY2(codes.count(0) == 1, qPrintable(outA + QStringLiteral("\n----\n") + outB));
        const QString loser = a.exitCode() == 0 ? outB : outA;
        QVERIFY2(loser.contains(QStringLiteral("is locked by")) || loser.contains(QStringLiteral("current moved"))
                     || loser.contains(QStringLiteral("already current")),
                 qPrintable(loser));
        QCOMPARE(currents(), (QStringList{target, target, target}));
    }

    void approvalRequiredIsEnforced()
    {
        QFile file(m_config);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString yaml = QString::fromUtf8(file.readAll());
        file.close();
        yaml.replace(QStringLiteral("    confirm: typed\n"), QStringLiteral("    confirm: typed\n    require_approval: true\n"));
        const QString config = m_fleet->scratch(QStringLiteral("approval.yaml"));
        QFile out(config);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(yaml.toUtf8());
        out.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("OPSDECK_CONFIG"), config);
        const QStringList before = currents();
        const QString target = offerable().value(0);
        QVERIFY(!target.isEmpty());
        // The rollback waits for a second person, who looks at its plan and declines it: nothing changes.
        QProcess rollback;
        rollback.setProcessEnvironment(env);
        rollback.setStandardInputFile(QProcess::nullDevice());
        rollback.start(QStringLiteral(OPSDECK_BINARY_DIR "/app/opsdeck"),
                       rollbackArgs({QStringLiteral("--to"), target, QStringLiteral("--acknowledge-migrations"), QStringLiteral("--store"), m_store}));
        auto second = SqliteEventStore::open(m_fleet->scratch(QStringLiteral("store.db")), QStringLiteral("second-person"));
        QVERIFY2(second, qPrintable(second.error));
        ApprovalRequest request;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto pending = (*second.value)->approvals({}, QStringLiteral("production"));
                                     if (pending && pending.value->size() == 1)
                                         request = pending.value->constFirst();
                                     return !request.id.isEmpty();
                                 }()),
                                 60'000);
        QCOMPARE(request.action, QStringLiteral("rollback"));
        QVERIFY2(request.plan.contains(target) && request.plan.contains(QStringLiteral("'mv' '-T' '--' '.current-opsdeck-PID' 'current'")), qPrintable(request.plan));
        QCOMPARE(rollback.state(), QProcess::Running); // waiting, nothing switched
        QCOMPARE(currents(), before);
        const auto declined = (*second.value)->decideApproval(request.id, request.planHash, false, QStringLiteral("not during the sale"));
        QVERIFY2(declined, qPrintable(declined.error));
        QVERIFY(rollback.waitForFinished(60'000));
        const QString said = QString::fromUtf8(rollback.readAllStandardOutput() + rollback.readAllStandardError());
        QCOMPARE(rollback.exitCode(), 3);
        QVERIFY2(said.contains(QStringLiteral("second-person declined")) && said.contains(QStringLiteral("not during the sale")), qPrintable(said));
        QCOMPARE(currents(), before);
    }
};

QTEST_GUILESS_MAIN(TestReleaseRollback)
#include "TestReleaseRollback.moc"
