// The release inventory read from real hosts (sandbox fleet sshd, Capistrano trees on disk): what
// every host has, drift after a partial deploy, hostile directory names, an unreachable host — and
// `opsdeck release list|mark-bad|unmark` as a script meets them.

#include "SandboxFleet.h"

#include "release/ReleaseInventoryReader.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

#include <signal.h>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestReleaseInventory final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    RefusingPrompts m_prompts;
    std::unique_ptr<SshEngine> m_engine;
    QString m_store;

    AppReleaseInventory read(const QSet<QString> &bad = {})
    {
        ReleaseInventoryReader reader(m_engine.get());
        QSignalSpy done(&reader, &ReleaseInventoryReader::finished);
        reader.read(m_fleet->config(), QStringLiteral("production"), QStringLiteral("family-photo-share"), bad);
        if (!done.wait(60'000))
            return {};
        return done.constFirst().constFirst().value<AppReleaseInventory>();
    }

    ProcessResult cli(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("OPSDECK_CONFIG"), m_fleet->configFile());
        env.insert(QStringLiteral("OPSDECK_SSH_CONFIG"), QString());
        return runOpsdeck(arguments + QStringList{QStringLiteral("--store"), m_store}, env, 90'000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_engine = std::make_unique<SshEngine>(&m_prompts, &m_prompts);
        m_engine->setConfig(m_fleet->config());
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
    }
    void cleanupTestCase()
    {
        m_engine.reset();
        m_fleet.reset();
    }

    void aFreshFleetIsAligned()
    {
        const AppReleaseInventory inv = read();
        QCOMPARE(inv.hosts.size(), 3);
        for (const HostReleaseState &h : inv.hosts) {
            QVERIFY2(h.reached, qPrintable(h.error));
            QCOMPARE(h.releases.size(), 4);
            QVERIFY(h.rejectedNames.isEmpty());
            QVERIFY(h.freeKiB > 0);
            QVERIFY(h.hostNow.isValid());
            QCOMPARE(h.deployLog.size(), 4);
            QCOMPARE(h.deployLog.constLast().user, QStringLiteral("deploy"));
            for (const ReleaseOnHost &r : h.releases) {
                QVERIFY2(r.complete(), qPrintable(r.name + r.brokenLinks.join(u',')));
                QCOMPARE(r.revision.size(), 40);
            }
        }
        const QStringList names = inv.releaseNames();
        QCOMPARE(inv.commonCurrent(), names.constFirst());
        QCOMPARE(inv.defaultRollbackTarget().value_or(QString()), names.at(1));
        QVERIFY2(inv.drift().isEmpty(), qPrintable(inv.drift().join(u'\n')));
        // Rails migrations: the newest release has the three of the fleet's history, the oldest two.
        QCOMPARE(inv.hosts.constFirst().releases.constFirst().migrations.size(), 3);
        QCOMPARE(inv.hosts.constFirst().releases.constLast().migrations.size(), 2);
    }

    void aPartialDeployIsDrift()
    {
        const QString release = m_fleet->deploy({QStringLiteral("--hosts"), QStringLiteral("host-001"),
                                                 QStringLiteral("--release"), QStringLiteral("20991231000000")});
        QCOMPARE(release, QStringLiteral("20991231000000"));
        const AppReleaseInventory inv = read();
        QCOMPARE(inv.hosts.at(0).current, release);
        QVERIFY(inv.commonCurrent().isEmpty());
        QVERIFY(!inv.defaultRollbackTarget()); // no one release to roll back from
        QVERIFY(!inv.presentEverywhere(release));
        const QString drift = inv.drift().join(u'\n');
        QVERIFY2(drift.contains(QStringLiteral("current differs: 20991231000000 on host-001")), qPrintable(drift));
        QVERIFY2(drift.contains(QStringLiteral("release 20991231000000 missing on host-002, host-003")), qPrintable(drift));
        QVERIFY(!inv.whyNotTarget(release).isEmpty());
    }

    void hostileNamesAreNeverOffered()
    {
        const QString releases = m_fleet->appPath(QStringLiteral("host-002")) + QStringLiteral("/releases/");
        const QStringList hostile{QStringLiteral("2099 01"), QStringLiteral("x;touch PWNED"), QStringLiteral("$(id)"),
                                  QStringLiteral("a\nb"), QStringLiteral("a..b"), QStringLiteral("-rf")};
        for (const QString &name : hostile)
            QVERIFY(QDir().mkpath(releases + name));
        const AppReleaseInventory inv = read();
        const HostReleaseState &h = inv.hosts.at(1);
        QVERIFY2(h.reached, qPrintable(h.error));
        QStringList rejected = h.rejectedNames;
        rejected.sort();
        QStringList expected = hostile;
        expected.sort();
        QCOMPARE(rejected, expected);
        for (const QString &name : hostile) {
            QVERIFY(!inv.releaseNames().contains(name));
            QVERIFY(!inv.offerable().contains(name));
        }
        QVERIFY(!QFile::exists(m_fleet->appPath(QStringLiteral("host-002")) + QStringLiteral("/PWNED")));
        for (const QString &name : hostile)
            QVERIFY(QDir(releases + name).removeRecursively());
    }

    void aBrokenSharedLinkMakesAReleaseIncomplete()
    {
        const QString release = read().hosts.at(2).releases.at(1).name;
        const QString link = m_fleet->appPath(QStringLiteral("host-003")) + QStringLiteral("/releases/") + release
                             + QStringLiteral("/.env.production");
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(QStringLiteral("/nonexistent/.env.production"), link));
        const AppReleaseInventory inv = read();
        const ReleaseOnHost *r = inv.hosts.at(2).release(release);
        QVERIFY(r);
        QCOMPARE(r->brokenLinks, QStringList{QStringLiteral(".env.production")});
        QVERIFY(inv.whyNotTarget(release).contains(QStringLiteral("host-003")));
        QVERIFY(QFile::remove(link));
        QVERIFY(QFile::link(m_fleet->appPath(QStringLiteral("host-003")) + QStringLiteral("/shared/.env.production"), link));
    }

    void theCliListsAndMarks()
    {
        ProcessResult r = cli({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("production/family-photo-share"),
                               QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonArray apps = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(apps.size(), 1);
        const QJsonObject app = apps.at(0).toObject();
        QCOMPARE(app.value(QStringLiteral("hosts")).toArray().size(), 3);
        QVERIFY(!app.value(QStringLiteral("drift")).toArray().isEmpty()); // host-001 is ahead (partial deploy)
        const QString older = app.value(QStringLiteral("offerable")).toArray().at(0).toString();
        QVERIFY(!older.isEmpty());

        r = cli({QStringLiteral("release"), QStringLiteral("mark-bad"), QStringLiteral("production/family-photo-share"), older});
        QCOMPARE(r.exitCode, 64); // no reason
        r = cli({QStringLiteral("release"), QStringLiteral("mark-bad"), QStringLiteral("production/family-photo-share"),
                 QStringLiteral("x;id"), QStringLiteral("--reason"), QStringLiteral("t")});
        QCOMPARE(r.exitCode, 64); // not a release name
        r = cli({QStringLiteral("release"), QStringLiteral("mark-bad"), QStringLiteral("production/family-photo-share"), older,
                 QStringLiteral("--reason"), QStringLiteral("leaks memory")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("production"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject listed = QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
        QVERIFY(listed.value(QStringLiteral("markedBad")).toArray().contains(older));
        QVERIFY(!listed.value(QStringLiteral("offerable")).toArray().contains(older));

        r = cli({QStringLiteral("release"), QStringLiteral("list"), QStringLiteral("production")});
        QVERIFY2(r.out.contains(QStringLiteral("[marked bad]")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("drift: current differs")));

        r = cli({QStringLiteral("release"), QStringLiteral("unmark"), QStringLiteral("production/family-photo-share"), older,
                 QStringLiteral("--reason"), QStringLiteral("fixed by config")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = cli({QStringLiteral("timeline"), QStringLiteral("--kind"), QStringLiteral("release.")});
        QVERIFY2(r.out.contains(QStringLiteral("marked bad: leaks memory")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("no longer marked bad: fixed by config")));
    }

    void anUnreachableHostBlocksEveryTarget()
    {
        const qint64 pid = m_fleet->sshdPid(QStringLiteral("host-003"));
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), SIGSTOP), 0); // answers nothing: a host gone dark
        m_engine->setConfig(FleetConfig{});       // no open session to reuse
        m_engine->setConfig(m_fleet->config());
        const AppReleaseInventory inv = read();
        ::kill(pid_t(pid), SIGCONT);
        QVERIFY(!inv.hosts.at(2).reached);
        QVERIFY(!inv.hosts.at(2).error.isEmpty());
        QVERIFY(inv.offerable().isEmpty());
        QVERIFY(inv.drift().contains(QStringLiteral("not reached: host-003")));
    }
};

QTEST_GUILESS_MAIN(TestReleaseInventory)
#include "TestReleaseInventory.moc"
