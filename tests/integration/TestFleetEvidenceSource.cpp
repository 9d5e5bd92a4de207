// Automatic checklist evidence from the sandbox fleet (real sshd, HTTP health endpoints, Capistrano
// release directories and gzip backups): what passes, what fails, and that every target is named.

#include "SandboxFleet.h"

#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistService.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "checklist/FleetEvidenceSource.h"
#include "health/HealthProbe.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"

#include <QDir>
#include <QPromise>
#include <QFile>
#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestFleetEvidenceSource final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    RefusingPrompts m_prompts;
    std::unique_ptr<SshEngine> m_engine;
    std::unique_ptr<HealthProbe> m_probe;
    std::unique_ptr<FleetEvidenceSource> m_source;

    Evidence collect(const EvidenceSpec &spec, const QString &version = QStringLiteral("none"))
    {
        ChecklistPlan plan;
        plan.environment = m_fleet->config().environments.constFirst().name;
        plan.version = version;
        for (const HostConfig &host : m_fleet->config().environments.constFirst().hosts)
            plan.hosts << host.name;
        QFutureWatcher<Evidence> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<Evidence>::finished);
        watcher.setFuture(m_source->collect({QStringLiteral("item"), spec, plan}));
        if (!watcher.isFinished() && !done.wait(60'000))
            return {};
        return watcher.result();
    }

    // find's output: '|' stands for the NUL after each file.
    static QByteArray nul(QByteArray text) { return text.replace('|', '\0'); }

    static QStringList targets(const Evidence &evidence)
    {
        QStringList out;
        for (const QJsonValue &check : evidence.checks)
            out << check.toObject().value(QStringLiteral("target")).toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_engine = std::make_unique<SshEngine>(&m_prompts, &m_prompts);
        m_engine->setConfig(m_fleet->config());
        m_probe = std::make_unique<HealthProbe>();
        m_source = std::make_unique<FleetEvidenceSource>(m_engine.get(), m_probe.get());
        m_source->setConfig(m_fleet->config());
    }
    void cleanupTestCase()
    {
        m_source.reset();
        m_engine.reset();
        m_fleet.reset();
    }

    void healthOfEveryServiceOrOne()
    {
        for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002")})
            QVERIFY(m_fleet->scenario(host, QStringLiteral("web"), QStringLiteral("ok")));
        EvidenceSpec spec;
        spec.kind = EvidenceKind::Health;
        spec.service = QStringLiteral("web");
        const Evidence ok = collect(spec);
        QVERIFY2(ok.passed, qPrintable(ok.summary));
        QCOMPARE(ok.checks.size(), 2);
        QVERIFY(ok.checkedAt.isValid());
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        const Evidence down = collect(spec);
        QVERIFY(!down.passed);
        QVERIFY2(down.summary.contains(QStringLiteral("1 of 2 failed")) && down.summary.contains(QStringLiteral("host-002/web")),
                 qPrintable(down.summary));
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("ok")));
        spec.service = QStringLiteral("no-such-service");
        const Evidence nothing = collect(spec);
        QVERIFY(!nothing.passed);
        QVERIFY2(nothing.summary.contains(QStringLiteral("nothing to check")), qPrintable(nothing.summary));
    }

    void newestBackupAgainstAnAge()
    {
        EvidenceSpec spec;
        spec.kind = EvidenceKind::BackupAge;
        spec.maxAge = Milliseconds(3LL * 24 * 3'600'000); // the sandbox's newest backup is from today or yesterday
        const Evidence fresh = collect(spec);
        QVERIFY2(fresh.passed, qPrintable(fresh.summary));
        QCOMPARE(targets(fresh), (QStringList{QStringLiteral("host-001/main"), QStringLiteral("host-002/main")}));
        spec.maxAge = Milliseconds(60'000);
        const Evidence stale = collect(spec);
        QVERIFY(!stale.passed);
        QVERIFY2(stale.checks.at(0).toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral(".gz is ")),
                 qPrintable(stale.summary));
    }

    // A backup's age is the host's clock minus the file's time: a console clock that is off changes nothing.
    void backupAgeIsMeasuredOnTheHost()
    {
        const auto newest = FleetEvidenceSource::newestBackupFrom(nul("4102444800\n4102441200.25 db-1.sql.gz|4102358400 db-0.sql.gz|"));
        QCOMPARE(newest.hostNowMs, 4102444800'000LL); // 2100-01-01: far from the console's clock
        QCOMPARE(newest.name, QStringLiteral("db-1.sql.gz"));
        QCOMPARE(newest.hostNowMs - newest.modifiedMs, 3'599'750LL);
        const auto none = FleetEvidenceSource::newestBackupFrom("1700000000\n");
        QCOMPARE(none.hostNowMs, 1700000000'000LL);
        QVERIFY(none.name.isEmpty());
        QCOMPARE(FleetEvidenceSource::newestBackupFrom(nul("1700000000.5 db.sql.gz|")).hostNowMs, -1);
        QCOMPARE(FleetEvidenceSource::newestBackupFrom("").hostNowMs, -1);
        // Issue 12 (7): a name holding a newline and a fake line is one name, not a fresher backup.
        const QByteArray injected = nul("1700000000\n1000000000 old.sql.gz\n1699999999 fresh.sql.gz|");
        const auto one = FleetEvidenceSource::newestBackupFrom(injected);
        QCOMPARE(one.name, QStringLiteral("old.sql.gz\n1699999999 fresh.sql.gz"));
        QCOMPARE(one.modifiedMs, 1000000000'000LL);
        QVERIFY(FleetEvidenceSource::newestBackupCommand(BackupConfig{}).contains(QStringLiteral("%T@ %f\\0")));
    }

    // Issue 12 (7), on a real host: a file whose name holds a newline cannot inject a fresh backup, and
    // a backup dated in the future is an error, not "0 s old" for ever.
    void backupAgeCannotBeFooledFromTheHost()
    {
        const BackupConfig backup = m_fleet->config().environments.constFirst().hosts.constFirst().backups.constFirst();
        QVERIFY(backup.patterns.contains(QStringLiteral("database_*.sql.gz")));
        const QString injected = backup.path + QStringLiteral("/database_old.sql.gz\n%1 database_fresh.sql.gz").arg(QDateTime::currentSecsSinceEpoch());
        QFile file(injected);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addYears(-5), QFileDevice::FileModificationTime));
        file.close();
        EvidenceSpec spec;
        spec.kind = EvidenceKind::BackupAge;
        spec.backup = backup.name;
        spec.maxAge = Milliseconds(60'000); // the sandbox's own backups are older than a minute
        const Evidence stale = collect(spec);
        QFile::remove(injected);
        // The host with the injected name, on its own (the other host's backups are stale anyway).
        const QString host = m_fleet->config().environments.constFirst().hosts.constFirst().name;
        QJsonObject injectedHost;
        for (const QJsonValue &check : stale.checks) {
            if (check.toObject().value(QStringLiteral("target")).toString() == host + u'/' + backup.name)
                injectedHost = check.toObject();
        }
        QVERIFY2(!injectedHost.isEmpty(), qPrintable(stale.summary));
        QVERIFY2(!injectedHost.value(QStringLiteral("passed")).toBool(), qPrintable(stale.summary));
        QVERIFY2(!injectedHost.value(QStringLiteral("detail")).toString().contains(QStringLiteral("database_fresh")), qPrintable(stale.summary));

        const QString future = backup.path + QStringLiteral("/database_from-the-future.sql.gz");
        QFile ahead(future);
        QVERIFY(ahead.open(QIODevice::WriteOnly));
        QVERIFY(ahead.setFileTime(QDateTime::currentDateTimeUtc().addDays(2), QFileDevice::FileModificationTime));
        ahead.close();
        spec.maxAge = Milliseconds(3LL * 24 * 3'600'000);
        const Evidence skewed = collect(spec);
        QFile::remove(future);
        QVERIFY(!skewed.passed);
        QVERIFY2(skewed.summary.contains(QStringLiteral("database_from-the-future.sql.gz is dated")) && skewed.summary.contains(QStringLiteral("clock skew or tampering")),
                 qPrintable(skewed.summary));
        QVERIFY2(collect(spec).passed, "the sandbox's own backups pass again");
    }

    void releasePresentOnEveryHost()
    {
        const AppConfig app = m_fleet->config().environments.constFirst().hosts.constFirst().apps.constFirst();
        const QStringList releases = QDir(app.path + QStringLiteral("/releases")).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(!releases.isEmpty());
        EvidenceSpec spec;
        spec.kind = EvidenceKind::Release;
        const Evidence present = collect(spec, releases.constLast());
        QVERIFY2(present.passed, qPrintable(present.summary));
        const Evidence missing = collect(spec, QStringLiteral("20000101000000"));
        QVERIFY(!missing.passed);
        QVERIFY2(missing.summary.contains(QStringLiteral("releases/20000101000000 missing")), qPrintable(missing.summary));
    }

    void commandExitStatus()
    {
        EvidenceSpec spec;
        spec.kind = EvidenceKind::Command;
        spec.argv = {QStringLiteral("test"), QStringLiteral("-d"), QStringLiteral("/")};
        QVERIFY(collect(spec).passed);
        spec.argv = {QStringLiteral("test"), QStringLiteral("-e"), QStringLiteral("/no/such/file; true")};
        const Evidence failed = collect(spec);
        QVERIFY(!failed.passed); // the argument was one quoted word, never shell syntax
        QVERIFY2(failed.summary.contains(QStringLiteral("exit status 1")), qPrintable(failed.summary));
        spec.label = QStringLiteral("no-such-label");
        QVERIFY(!collect(spec).passed);
    }

    // Issue 12 (1): a run's stored plan names a command; the console that runs the checks runs only
    // commands of its own template, byte for byte, and shows the others as checked by hand here.
    void commandsComeOnlyFromThisConsolesTemplate()
    {
        const QString marker = m_fleet->scratch(QStringLiteral("pwned"));
        auto templateWith = [](const QByteArray &argv) -> QByteArray {
            return "checklist: 1\nid: deploy\nname: Deploy\nsections:\n  - title: S\n    items:\n"
                   "      - id: env.ok\n        text: Environment checked\n        evidence:\n          command:\n            run: "
                   + argv + "\nsignoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n";
        };
        const QByteArray mine = templateWith("[test, -d, /]");
        const QByteArray forged = templateWith("[touch, " + marker.toUtf8() + "]");
        QVERIFY(QDir().mkpath(m_fleet->scratch(QStringLiteral("console-templates"))));
        QFile file(m_fleet->scratch(QStringLiteral("console-templates/deploy.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(mine);
        file.close();
        FleetConfig config = m_fleet->config();
        config.checklistDirectory = m_fleet->scratch(QStringLiteral("console-templates"));
        const EnvironmentConfig &env = config.environments.constFirst();
        QStringList hosts;
        for (const HostConfig &host : env.hosts)
            hosts << host.name;
        for (const QByteArray &yaml : {mine, forged}) {
            const TemplateLoadResult loaded = ChecklistTemplateLoader::loadBytes(yaml, QStringLiteral("deploy.yaml"));
            QVERIFY2(loaded.ok(), qPrintable(loaded.errors.value(0).toString()));
        }
        auto planOf = [&](const QByteArray &yaml) {
            ChecklistPlan plan;
            plan.environment = env.name;
            plan.version = QStringLiteral("v1");
            plan.hosts = hosts;
            plan.checklist = *ChecklistTemplateLoader::loadBytes(yaml, QStringLiteral("deploy.yaml")).checklist;
            plan.checklist.source.clear();
            return plan;
        };

        // The core: which command runs, and why one does not.
        const ChecklistLibrary library = ChecklistLibrary::load(config.checklistDirectory);
        const QList<ChecklistLibrary::Check> forgedChecks = library.checksFor(planOf(forged));
        QCOMPARE(forgedChecks.size(), 1);
        QVERIFY2(forgedChecks.constFirst().byHand.contains(QStringLiteral("not byte for byte this console's template 'deploy'")),
                 qPrintable(forgedChecks.constFirst().byHand));
        const QList<ChecklistLibrary::Check> ownChecks = library.checksFor(planOf(mine));
        QCOMPARE(ownChecks.constFirst().byHand, QString());
        QCOMPARE(ownChecks.constFirst().item.evidence.argv, (QStringList{QStringLiteral("test"), QStringLiteral("-d"), QStringLiteral("/")}));
        ChecklistPlan unknown = planOf(mine);
        unknown.checklist.id = QStringLiteral("someone-elses");
        QVERIFY(library.checksFor(unknown).constFirst().byHand.contains(QStringLiteral("has no checklist template 'someone-elses'")));

        // The window's path: runs started elsewhere (mallory's console, her own template), checked here.
        const QString storePath = m_fleet->scratch(QStringLiteral("commands.db"));
        QString forgedRun;
        QString ownRun;
        {
            auto mallory = SqliteEventStore::open(storePath, QStringLiteral("mallory"));
            QVERIFY(mallory);
            ChecklistLedger ledger(**mallory.value, ChecklistActor::of(**mallory.value, &config));
            forgedRun = ledger.start(planOf(forged)).value->id;
            ownRun = ledger.start(planOf(mine)).value->id;
        }
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        QTRY_COMPARE(store.state(), EventStoreService::State::Open);
        FleetEvidenceSource source(m_engine.get(), m_probe.get());
        source.setConfig(config);
        ChecklistService service(&store, &source);
        QSignalSpy templates(&service, &ChecklistService::templatesChanged);
        service.setConfig(config);
        QVERIFY(templates.wait(10'000));
        auto await = [](QFuture<StoreResult<ChecklistRun>> future) {
            QFutureWatcher<StoreResult<ChecklistRun>> watcher;
            QSignalSpy done(&watcher, &QFutureWatcher<StoreResult<ChecklistRun>>::finished);
            watcher.setFuture(future);
            if (!watcher.isFinished())
                done.wait(60'000);
            return watcher.result();
        };
        const auto forgedLoaded = await(service.run(forgedRun));
        QVERIFY(forgedLoaded);
        QCOMPARE(forgedLoaded.value->plan.checklist.items().constFirst().evidence.argv.constFirst(), QStringLiteral("touch"));
        const auto refused = await(service.check(*forgedLoaded.value));
        QVERIFY(!refused);
        QVERIFY2(refused.error.startsWith(QStringLiteral("checked by hand here: the run's checklist 'deploy' is not byte for byte")),
                 qPrintable(refused.error));
        QTest::qWait(500);
        QVERIFY2(!QFile::exists(marker), "the stored command ran");
        QVERIFY(!await(service.run(forgedRun)).value->items.value(QStringLiteral("env.ok")).evidence);
        // The same template as this console's: its own command runs and its evidence is recorded.
        const auto own = await(service.check(*await(service.run(ownRun)).value));
        QVERIFY2(own, qPrintable(own.error));
        QVERIFY(own.value->items.value(QStringLiteral("env.ok")).done);
        QVERIFY(!QFile::exists(marker));
    }

    // A session stopped while a check waits its turn on it (its host's configuration changed) ends that
    // check as failed, saying why: the evidence, and whoever shows "Running every automatic check…",
    // do not wait forever.
    void aStoppedSessionEndsItsCheck()
    {
        FleetConfig config = m_fleet->config();
        // Both sessions are busy, so the checks queue behind.
        QList<QFuture<CommandResult>> busy;
        for (const HostConfig &host : config.environments.constFirst().hosts)
            busy << m_engine->run(host.name, QStringLiteral("sleep 20"), Milliseconds(30'000));
        QTest::qWait(500);
        EvidenceSpec spec;
        spec.kind = EvidenceKind::Command;
        spec.argv = {QStringLiteral("true")};
        ChecklistPlan plan;
        plan.environment = config.environments.constFirst().name;
        for (const HostConfig &host : config.environments.constFirst().hosts)
            plan.hosts << host.name;
        QFutureWatcher<Evidence> watcher;
        QSignalSpy done(&watcher, &QFutureWatcher<Evidence>::finished);
        watcher.setFuture(m_source->collect({QStringLiteral("item"), spec, plan}));
        QTest::qWait(300);
        FleetConfig moved = config;
        for (HostConfig &host : moved.environments.first().hosts)
            host.port += 1; // every session is stopped
        m_engine->setConfig(moved);
        QVERIFY(watcher.isFinished() || done.wait(5'000));
        const Evidence evidence = watcher.result();
        QVERIFY(!evidence.passed);
        QVERIFY2(evidence.summary.contains(QStringLiteral("the SSH session stopped")), qPrintable(evidence.summary));
        m_engine->setConfig(config);
        for (QFuture<CommandResult> &f : busy)
            f.waitForFinished();
    }

    // Whatever interrupts a check (here: a source whose answer is canceled), the checklist service ends
    // its chain with why, so "Running every automatic check…" always gives way to an answer.
    void anInterruptedCheckEndsTheChain()
    {
        struct Interrupted final : EvidenceSource {
            QFuture<Evidence> collect(const EvidenceRequest &) override
            {
                QPromise<Evidence> promise;
                QFuture<Evidence> future = promise.future();
                promise.start();
                future.cancel();
                promise.finish();
                return future;
            }
        } source;
        const TemplateLoadResult loaded = ChecklistTemplateLoader::loadBytes(
            "checklist: 1\nid: t\nname: T\nsections:\n  - title: S\n    items:\n      - id: fresh\n        text: Fresh\n"
            "        evidence:\n          backup_age:\n            max: 2h\nsignoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n",
            QStringLiteral("t.yaml"));
        QVERIFY(loaded.ok());
        ChecklistRun run;
        run.id = QStringLiteral("r1");
        run.plan.checklist = *loaded.checklist;
        EventStoreService store;
        ChecklistService service(&store, &source);
        QFuture<StoreResult<ChecklistRun>> checked = service.check(run, {});
        QTRY_VERIFY_WITH_TIMEOUT(checked.isFinished(), 5'000);
        QCOMPARE(checked.resultCount(), 1);
        QVERIFY(!checked.result());
        QVERIFY2(checked.result().error.contains(QStringLiteral("interrupted")), qPrintable(checked.result().error));
    }
};

QTEST_MAIN(TestFleetEvidenceSource)
#include "TestFleetEvidenceSource.moc"
