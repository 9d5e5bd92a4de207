// The application layer's one context: it owns the store, the configuration and its subscription, the
// SSH engine, the probe and the service runner, and records in the core what happens to the
// configuration — a load as config.loaded (file, hosts, services), a rejected reload as
// config.rejected (every error) — whoever built it, with no window; the host keys people trust, once
// (ssh.hostkey.trusted); and hands a configuration to every part it owns. The release service it owns
// records a release's mark as exactly one event, and refuses what may not be one; the backup service
// builds the guarded backup run on the configuration the context applied. The monitors are the
// context's too, built only when asked for (a verb starts none) and wired to its runners.

#include "alerts/AlertEngine.h"
#include "backups/BackupService.h"
#include "checklist/ChecklistService.h"
#include "config/ConfigLoader.h"
#include "config/ConfigSource.h"
#include "ops/GuardedActionRunner.h"
#include "ops/OpsContext.h"
#include "ops/OpsMonitors.h"
#include "ops/ServiceActionRunner.h"
#include "ops/ServiceInspector.h"
#include "release/ReleaseService.h"
#include "ssh/RemoteCommand.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QJsonArray>
#include <QSaveFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
const QByteArray kGood = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1: {address: 192.0.2.1, user: deploy}\n";
const QByteArray kWithApp = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1:\n"
                            "        address: 192.0.2.1\n        user: deploy\n"
                            "        apps: {shop: {path: /var/www/shop}}\n";
const QByteArray kWithBackup = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1:\n"
                               "        address: 192.0.2.1\n        user: deploy\n"
                               "        backups: {nightly: {path: /var/backups/shop, command: [/usr/local/bin/backup, --all]}}\n";
const QByteArray kBad = "version: 1\nenvironments:\n  production:\n    hosts:\n      web-1: {adress: 192.0.2.1}\n";

bool write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(bytes);
    return file.commit();
}

// The first stored event of that kind, waiting for it.
Event recorded(QSignalSpy &appended, EventKind kind)
{
    for (int round = 0; round < 50; ++round) {
        for (const QList<QVariant> &args : std::as_const(appended)) {
            const Event e = args.constFirst().value<Event>();
            if (e.kind == EventKinds::name(kind) && !e.pending)
                return e;
        }
        appended.wait(200);
    }
    return {};
}
} // namespace

class TestOpsContext final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // the monitors' sample history
    }

    void recordsWhatHappensToTheConfiguration()
    {
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts);
        QSignalSpy appended(ops.store(), &EventStoreService::appended);
        ops.store()->open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("events.db")));
        QTRY_COMPARE_WITH_TIMEOUT(ops.store()->state(), EventStoreService::State::Open, 10'000);

        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kGood));
        ops.config()->setFile(path);
        const Event loaded = recorded(appended, EventKind::ConfigLoaded);
        QCOMPARE(loaded.kind, QStringLiteral("config.loaded"));
        QCOMPARE(loaded.details.value(QStringLiteral("file")).toString(), path);
        QCOMPARE(loaded.details.value(QStringLiteral("hosts")).toInt(), 1);
        QVERIFY2(loaded.summary.startsWith(QStringLiteral("Configuration fleet.yaml loaded")), qPrintable(loaded.summary));

        QVERIFY(write(path, kBad));
        ops.config()->reload();
        const Event rejected = recorded(appended, EventKind::ConfigRejected);
        QCOMPARE(rejected.kind, QStringLiteral("config.rejected"));
        const QJsonArray errors = rejected.details.value(QStringLiteral("errors")).toArray();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.at(0).toString().contains(QStringLiteral("unknown key 'adress'")), qPrintable(errors.at(0).toString()));
        QVERIFY(ops.ssh() && ops.probe() && ops.runner());
    }

    // Issue 13: the trust of a host key is recorded by the core, once, in the host's environment, for
    // the window and for a verb alike (a verb hands the context the configuration it loaded itself).
    void recordsATrustedHostKeyOnce_data()
    {
        QTest::addColumn<bool>("terminal");
        QTest::newRow("window") << false;
        QTest::newRow("terminal") << true;
    }
    void recordsATrustedHostKeyOnce()
    {
        QFETCH(bool, terminal);
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts, terminal ? OpsContext::Front::Terminal : OpsContext::Front::Window);
        QSignalSpy appended(ops.store(), &EventStoreService::appended);
        ops.store()->open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("events.db")));
        QTRY_COMPARE_WITH_TIMEOUT(ops.store()->state(), EventStoreService::State::Open, 10'000);
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kGood));
        const ConfigLoadResult loaded = ConfigLoader::loadFile(path);
        QVERIFY(loaded.ok());
        ops.apply(*loaded.config);

        // As the SSH engine reports a key it wrote to known_hosts.
        Q_EMIT ops.ssh()->hostKeyTrusted(QStringLiteral("web-1"), QStringLiteral("ssh-ed25519"), QStringLiteral("SHA256:abc"));
        const Event trusted = recorded(appended, EventKind::SshHostKeyTrusted);
        QCOMPARE(trusted.kind, QStringLiteral("ssh.hostkey.trusted"));
        QCOMPARE(trusted.host, QStringLiteral("web-1"));
        QCOMPARE(trusted.environment, QStringLiteral("production"));
        QCOMPARE(trusted.details.value(QStringLiteral("fingerprint")).toString(), QStringLiteral("SHA256:abc"));
        QCOMPARE(trusted.summary, QStringLiteral("Host key of web-1 trusted: ssh-ed25519 SHA256:abc"));
        QTest::qWait(300); // a second recording would have arrived by now
        EventFilter filter;
        filter.kind = EventKinds::name(EventKind::SshHostKeyTrusted);
        QFuture<StoreResult<QList<Event>>> stored = ops.store()->query(filter);
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 10'000);
        QVERIFY(stored.result());
        QCOMPARE(stored.result().value->size(), qsizetype(1));
    }

    // Issue 13: the Services area and `opsdeck service status` read units through the context's
    // inspector, which takes the configuration the context applies: a host it does not know is refused
    // with the engine's reason, without an event loop (the verb waits on the future as it is).
    void inspectorReadsThroughTheEngine()
    {
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts, OpsContext::Front::Terminal);
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kGood));
        const ConfigLoadResult loaded = ConfigLoader::loadFile(path);
        QVERIFY(loaded.ok());
        ops.apply(*loaded.config);
        QFuture<HostUnitStates> states = ops.inspector()->states(QStringLiteral("web-9"), {QStringLiteral("web.service")});
        states.waitForFinished();
        QVERIFY(!states.result().read);
        QCOMPARE(states.result().error, QStringLiteral("'web-9' is not a host of the configuration"));
        QVERIFY(states.result().states.isEmpty());
        ServiceConfig unit;
        unit.name = QStringLiteral("web");
        unit.unit = QStringLiteral("web.service");
        QFuture<UnitJournal> journal = ops.inspector()->journal(QStringLiteral("web-9"), unit, 10);
        journal.waitForFinished();
        QVERIFY(!journal.result().read);
        QCOMPARE(journal.result().error, QStringLiteral("'web-9' is not a host of the configuration"));
    }

    // Issue 13: a configuration reaches every part the context owns — the verbs hand over theirs with
    // apply(), the window's arrives through the source — the checklist service included.
    void configurationReachesEveryPart()
    {
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts);
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kGood));
        ops.config()->setFile(path);
        QTRY_COMPARE_WITH_TIMEOUT(ops.applied().hostCount(), 1, 10'000);
        QCOMPARE(ops.checklists()->config().hostCount(), 1);
        QVERIFY(ops.evidence());
        QCOMPARE(ops.releases()->config().hostCount(), 1);
        QCOMPARE(ops.backups()->config().hostCount(), 1);
    }

    // Issue 13: the monitors that run beside the window are the context's, built only when asked for:
    // a verb's context, given its configuration and using its services, starts none. Built (the
    // window asks), there is one set of them, and the alerts of a target are muted exactly while a
    // service action or a release switch holds it.
    void monitorsOnlyWhenAskedFor()
    {
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts, OpsContext::Front::Terminal);
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kWithApp));
        const ConfigLoadResult loaded = ConfigLoader::loadFile(path);
        QVERIFY(loaded.ok());
        ops.apply(*loaded.config);
        QVERIFY(ops.releases() && ops.backups() && ops.runner() && ops.inspector());
        QVERIFY(!ops.hasMonitors());

        OpsMonitors *monitors = ops.monitors();
        QVERIFY(ops.hasMonitors());
        QCOMPARE(ops.monitors(), monitors);
        const QString target = QStringLiteral("production/web-1/web");
        QVERIFY(!monitors->alerts()->isMuted(target));
        Q_EMIT ops.runner()->targetsBusy({target});
        QVERIFY(monitors->alerts()->isMuted(target));
        Q_EMIT ops.runner()->targetsFree({target});
        QVERIFY(!monitors->alerts()->isMuted(target));
        Q_EMIT ops.releases()->runner()->targetsBusy({target});
        QVERIFY(monitors->alerts()->isMuted(target));
        Q_EMIT ops.releases()->runner()->targetsFree({target});
        QVERIFY(!monitors->alerts()->isMuted(target));
    }

    // Issue 13: the Backups area and `opsdeck backup run` get the guarded run from the context's
    // backup service, built on the configuration the context applied (a verb's, handed over with
    // apply()): before it, the host is unknown; after it, the run has its host and the exact command.
    void backupServiceBuildsOnTheAppliedConfiguration()
    {
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts, OpsContext::Front::Terminal);
        const BackupRunRequest request{QStringLiteral("production"), QStringLiteral("web-1"), QString()};
        QVERIFY(!ops.backups()->run(request)->problem().isEmpty());
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kWithBackup));
        const ConfigLoadResult loaded = ConfigLoader::loadFile(path);
        QVERIFY2(loaded.ok(), loaded.errors.isEmpty() ? "" : qPrintable(loaded.errors.constFirst().toString()));
        ops.apply(*loaded.config);
        const std::unique_ptr<BackupRun> run = ops.backups()->run(request);
        QVERIFY2(run->problem().isEmpty(), qPrintable(run->problem()));
        QCOMPARE(run->hosts(), QStringList{QStringLiteral("web-1")});
        QCOMPARE(run->location().name, QStringLiteral("nightly"));
        QCOMPARE(run->commands().value(0),
                 QStringLiteral("web-1: ") + RemoteCommand::build({QStringLiteral("/usr/local/bin/backup"), QStringLiteral("--all")}));
    }

    // Issue 13: a release's mark is the core's. The Releases area and `opsdeck release mark-bad|unmark`
    // both record it through the context's release service: exactly one event, with the store's
    // person as actor and the reason (trimmed); an empty reason, a name that is no release name or an
    // app the environment does not have is refused there, with the reason why and nothing recorded.
    void releaseServiceRecordsAMarkOnce_data()
    {
        QTest::addColumn<QString>("app");
        QTest::addColumn<QString>("release");
        QTest::addColumn<bool>("bad");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("refusal"); // empty: recorded
        QTest::newRow("marked bad") << QStringLiteral("shop") << QStringLiteral("20240501120000") << true
                                    << QStringLiteral("  leaks memory ") << QString();
        QTest::newRow("unmarked") << QStringLiteral("shop") << QStringLiteral("20240501120000") << false
                                  << QStringLiteral("fixed by config") << QString();
        QTest::newRow("empty reason") << QStringLiteral("shop") << QStringLiteral("20240501120000") << true << QStringLiteral("  \n ")
                                      << QStringLiteral("a reason is required: every mark is recorded with why");
        QTest::newRow("no reason") << QStringLiteral("shop") << QStringLiteral("20240501120000") << true << QString()
                                   << QStringLiteral("a reason is required: every mark is recorded with why");
        QTest::newRow("unsafe release name") << QStringLiteral("shop") << QStringLiteral("x;id") << true << QStringLiteral("t")
                                             << ReleaseInventory::checkReleaseName(QStringLiteral("x;id"));
        QTest::newRow("unknown app") << QStringLiteral("blog") << QStringLiteral("20240501120000") << true << QStringLiteral("t")
                                     << QStringLiteral("no app 'blog' in production (there are: shop)");
    }
    void releaseServiceRecordsAMarkOnce()
    {
        QFETCH(QString, app);
        QFETCH(QString, release);
        QFETCH(bool, bad);
        QFETCH(QString, reason);
        QFETCH(QString, refusal);
        QTemporaryDir dir;
        RefusingPrompts prompts;
        OpsContext ops(&prompts, &prompts, OpsContext::Front::Terminal);
        ops.store()->open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("events.db")));
        QTRY_COMPARE_WITH_TIMEOUT(ops.store()->state(), EventStoreService::State::Open, 10'000);
        const QString path = dir.filePath(QStringLiteral("fleet.yaml"));
        QVERIFY(write(path, kWithApp));
        const ConfigLoadResult loaded = ConfigLoader::loadFile(path);
        QVERIFY2(loaded.ok(), loaded.errors.isEmpty() ? "" : qPrintable(loaded.errors.constFirst().toString()));
        ops.apply(*loaded.config);

        QFuture<StoreResult<Event>> marked = ops.releases()->mark(QStringLiteral("production"), app, release, bad, reason);
        QTRY_VERIFY_WITH_TIMEOUT(marked.isFinished(), 10'000);
        const StoreResult<Event> result = marked.result();
        EventFilter filter;
        filter.kinds = {EventKinds::name(EventKind::ReleaseMarkedBad), EventKinds::name(EventKind::ReleaseUnmarked)};
        QFuture<StoreResult<QList<Event>>> stored = ops.store()->query(filter);
        QTRY_VERIFY_WITH_TIMEOUT(stored.isFinished(), 10'000);
        QVERIFY(stored.result());
        const QList<Event> events = *stored.result().value;
        if (!refusal.isEmpty()) {
            QVERIFY(!result);
            QCOMPARE(result.error, refusal);
            QCOMPARE(events.size(), qsizetype(0));
            return;
        }
        QVERIFY2(result, qPrintable(result.error));
        QCOMPARE(events.size(), qsizetype(1));
        const Event &e = events.constFirst();
        QCOMPARE(e.kind, bad ? QStringLiteral("release.marked_bad") : QStringLiteral("release.unmarked"));
        QCOMPARE(e.environment, QStringLiteral("production"));
        QVERIFY(!e.actor.isEmpty());
        QCOMPARE(e.actor, ops.store()->identity().actor);
        QCOMPARE(e.details.value(QStringLiteral("app")).toString(), app);
        QCOMPARE(e.details.value(QStringLiteral("release")).toString(), release);
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), reason.trimmed());
        QCOMPARE(result.value->id, e.id);
    }
};

QTEST_GUILESS_MAIN(TestOpsContext)
#include "TestOpsContext.moc"
