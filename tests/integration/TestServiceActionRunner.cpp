// The guarded path end to end on the sandbox fleet with a real SQLite store: verified restarts,
// health that never comes back, rolling restarts that stop at the first failure, locks held by another
// console, no store, a connection dropped mid-action (unknown, then re-check), stop and start, and an
// environment that requires a signed deployment checklist.

#include "SandboxFleet.h"
#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "health/HealthProbe.h"
#include "ops/ServiceAction.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>


using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

struct Harness {
    explicit Harness(const FleetConfig &config, const QString &store)
        : engine(&prompts, &prompts), runner(&engine, &service, &probe)
    {
        engine.setConfig(config);
        runner.setConfig(config);
        QSignalSpy opened(&service, &EventStoreService::stateChanged);
        service.open(store);
        QTRY_VERIFY(service.state() == EventStoreService::State::Open || service.state() == EventStoreService::State::Failed);
    }
    ServiceActionReport run(ServiceActionRequest request, int timeoutMs = 60'000)
    {
        QSignalSpy finished(&runner, &ServiceActionRunner::finished);
        runner.start(request); // a refusal may finish before start() returns
        if (finished.isEmpty() && !finished.wait(timeoutMs))
            return {};
        return finished.constFirst().constFirst().value<ServiceActionReport>();
    }
    RefusingPrompts prompts;
    EventStoreService service;
    HealthProbe probe;
    SshEngine engine;
    ServiceActionRunner runner;
};

ServiceActionRequest request(ServiceVerb verb, const QStringList &hosts)
{
    ServiceActionRequest r;
    r.verb = verb;
    r.environment = QStringLiteral("production");
    r.service = QStringLiteral("web");
    r.hosts = hosts;
    r.reason = QStringLiteral("integration test");
    r.confirmed = true;
    r.verifyTimeout = Milliseconds(8'000);
    r.stableFor = Milliseconds(1'500);
    r.pollInterval = Milliseconds(250);
    return r;
}

QList<Event> events(const QString &storePath)
{
    auto store = SqliteEventStore::open(storePath, QStringLiteral("reader"));
    return store ? *(*store.value)->events({}).value : QList<Event>{};
}

} // namespace

class TestServiceActionRunner final : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxFleet> m_fleet;
    QString storeUri() const { return QStringLiteral("sqlite://") + storePath(); }
    QString storePath() const { return m_fleet->scratch(QStringLiteral("store.db")); }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
    }
    void cleanupTestCase() { m_fleet.reset(); }
    void init()
    {
        for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")})
            QVERIFY(m_fleet->scenario(host, QStringLiteral("web"), QStringLiteral("ok")));
    }

    void restartIsVerifiedAndRecorded()
    {
        Harness h(m_fleet->config(), storeUri());
        const int before = int(events(storePath()).size());
        const ServiceActionReport report = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QCOMPARE(report.outcome, ActionOutcome::Succeeded);
        QCOMPARE(report.hosts.size(), 1);
        const HostActionResult &host = report.hosts.at(0);
        QVERIFY2(host.detail.contains(QStringLiteral("health passing")) && host.detail.contains(QStringLiteral("restarted")),
                 qPrintable(host.detail));
        // A new run of the unit: another InvocationID and PID than before the command.
        QVERIFY(!host.before.invocationId.isEmpty() && !host.unit.invocationId.isEmpty());
        QVERIFY(host.before.invocationId != host.unit.invocationId);
        QVERIFY(host.before.mainPid != host.unit.mainPid);
        // The endpoint answered 503 "starting" for a second, then had to stay up for the stable period.
        QVERIFY2(host.elapsedMs >= 900 + 1'500, qPrintable(QString::number(host.elapsedMs)));
        const QList<Event> recorded = events(storePath());
        QCOMPARE(recorded.size(), before + 2);
        QCOMPARE(recorded.at(before).kind, QStringLiteral("service.restart.started"));
        QCOMPARE(recorded.at(before + 1).kind, QStringLiteral("service.restart"));
        QCOMPARE(recorded.at(before + 1).details.value(QStringLiteral("outcome")).toString(), QStringLiteral("succeeded"));
        QCOMPARE(recorded.at(before + 1).details.value(QStringLiteral("reason")).toString(), QStringLiteral("integration test"));
        QCOMPARE(recorded.at(before + 1).host, QStringLiteral("host-001"));
        const QJsonObject result = recorded.at(before + 1).details.value(QStringLiteral("results")).toArray().at(0).toObject();
        QCOMPARE(result.value(QStringLiteral("before")).toObject().value(QStringLiteral("invocation")).toString(), host.before.invocationId);
        QCOMPARE(result.value(QStringLiteral("after")).toObject().value(QStringLiteral("invocation")).toString(), host.unit.invocationId);
        // The lock is gone once finished() was emitted.
        auto store = SqliteEventStore::open(storePath(), QStringLiteral("reader"));
        QCOMPARE((*store.value)->locks().value->size(), 0);
    }

    // A restart command that exits 0 without restarting anything is not a restart.
    void restartThatRestartsNothingFails()
    {
        FleetConfig config = m_fleet->config();
        for (ServiceConfig &s : config.environments[0].hosts[0].services) {
            if (s.name == QLatin1String("web"))
                s.restartCommand = {QStringLiteral("/bin/true")};
        }
        Harness h(config, storeUri());
        ServiceActionRequest r = request(ServiceVerb::Restart, {QStringLiteral("host-001")});
        r.verifyTimeout = Milliseconds(3'000);
        const ServiceActionReport report = h.run(r);
        QCOMPARE(report.outcome, ActionOutcome::Failed);
        const HostActionResult &host = report.hosts.at(0);
        QVERIFY2(host.detail.contains(QStringLiteral("has not restarted")) && host.detail.contains(QStringLiteral("same run")),
                 qPrintable(host.detail));
        QCOMPARE(host.unit.mainPid, host.before.mainPid);
        QVERIFY2(report.summary.contains(QStringLiteral("failed")), qPrintable(report.summary));
    }

    // A unit that dies 300 ms after it started is no success, even with no health check to catch it.
    void unitCrashingShortlyAfterStartFails()
    {
        FleetConfig config = m_fleet->config();
        for (ServiceConfig &s : config.environments[0].hosts[2].services)
            s.health.clear();
        QVERIFY(m_fleet->scenario(QStringLiteral("host-003"), QStringLiteral("web"), QStringLiteral("crash-after-start")));
        Harness h(config, storeUri());
        const ServiceActionReport report = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-003")}));
        QCOMPARE(report.outcome, ActionOutcome::Failed);
        QVERIFY2(report.hosts.at(0).detail.contains(QStringLiteral("entered the failed state")), qPrintable(report.hosts.at(0).detail));
        // Leave it running for the tests after this one.
        QVERIFY(m_fleet->scenario(QStringLiteral("host-003"), QStringLiteral("web"), QStringLiteral("ok")));
        QVERIFY(m_fleet->systemctl(QStringLiteral("host-003"), {QStringLiteral("start"), QStringLiteral("web")}));
    }

    void healthNeverComingBackFails()
    {
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        Harness h(m_fleet->config(), storeUri());
        ServiceActionRequest r = request(ServiceVerb::Restart, {QStringLiteral("host-002")});
        r.verifyTimeout = Milliseconds(3'000);
        const ServiceActionReport report = h.run(r);
        QCOMPARE(report.outcome, ActionOutcome::Failed);
        QVERIFY2(report.summary.contains(QStringLiteral("database")), qPrintable(report.summary));
        QCOMPARE(report.hosts.at(0).health.status, HealthStatus::Fail);
    }

    void rollingRestartStopsAtTheFailingHost()
    {
        QVERIFY(m_fleet->scenario(QStringLiteral("host-002"), QStringLiteral("web"), QStringLiteral("down")));
        Harness h(m_fleet->config(), storeUri());
        ServiceActionRequest r = request(ServiceVerb::Restart, {});
        r.verifyTimeout = Milliseconds(3'000);
        r.pause = Milliseconds(200);
        const ServiceActionReport report = h.run(r);
        QCOMPARE(report.outcome, ActionOutcome::Failed);
        QCOMPARE(report.hosts.size(), 3);
        QCOMPARE(report.hosts.at(0).outcome, ActionOutcome::Succeeded);
        QCOMPARE(report.hosts.at(1).outcome, ActionOutcome::Failed);
        QCOMPARE(report.hosts.at(2).outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("host-002")) && report.summary.contains(QStringLiteral("not attempted")),
                 qPrintable(report.summary));
    }

    void lockHeldByAnotherConsoleRefuses()
    {
        auto other = SqliteEventStore::open(storePath(), QStringLiteral("bob"));
        QVERIFY(other);
        const QString target = ServiceActionRunner::lockTarget(QStringLiteral("production"), QStringLiteral("host-003"), QStringLiteral("web"));
        QVERIFY((*other.value)->acquireLock(target, QStringLiteral("bobs-laptop:1"), QStringLiteral("db migration"), std::chrono::minutes(5)).value->acquired);
        Harness h(m_fleet->config(), storeUri());
        const ServiceActionReport report = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-003")}));
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("bob")) && report.summary.contains(QStringLiteral("db migration")),
                 qPrintable(report.summary));
        (*other.value)->releaseLock(target, QStringLiteral("bobs-laptop:1"));
    }

    // An action that outlives its locks' lifetime keeps them: they are renewed while it runs.
    void locksAreRenewedWhileTheActionRuns()
    {
        Harness h(m_fleet->config(), storeUri());
        h.runner.setLockTiming(Milliseconds(1'000), Milliseconds(250));
        ServiceActionRequest r = request(ServiceVerb::Restart, {QStringLiteral("host-002")});
        r.stableFor = Milliseconds(3'000);
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        QSignalSpy progress(&h.runner, &ServiceActionRunner::progress);
        h.runner.start(r);
        QTRY_VERIFY(!progress.isEmpty());
        QTest::qWait(2'500); // past the lifetime the lock was taken with
        QVERIFY(finished.isEmpty());
        auto bob = SqliteEventStore::open(storePath(), QStringLiteral("bob"));
        const QString target = ServiceActionRunner::lockTarget(QStringLiteral("production"), QStringLiteral("host-002"), QStringLiteral("web"));
        const auto attempt = (*bob.value)->acquireLock(target, QStringLiteral("bobs-laptop#1"), QStringLiteral("me too"), std::chrono::minutes(1));
        QVERIFY(attempt);
        QVERIFY2(!attempt.value->acquired, "the running action's lock lapsed and another console took it");
        QCOMPARE(attempt.value->lock.console, EventStoreService::consoleId());
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.constFirst().constFirst().value<ServiceActionReport>().outcome, ActionOutcome::Succeeded);
        QCOMPARE((*bob.value)->locks().value->size(), 0);
    }

    // Break-glass: a lead breaks a lock of a running rolling restart; its console says so and stops
    // before the next batch.
    void aBrokenLockStopsTheActionBeforeTheNextBatch()
    {
        Harness h(m_fleet->config(), storeUri());
        h.runner.setLockTiming(Milliseconds(60'000), Milliseconds(250));
        ServiceActionRequest r = request(ServiceVerb::Restart, {});
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        QSignalSpy lost(&h.runner, &ServiceActionRunner::lockLost);
        auto lea = SqliteEventStore::open(storePath(), QStringLiteral("lea"));
        QVERIFY(lea);
        const QString target = ServiceActionRunner::lockTarget(QStringLiteral("production"), QStringLiteral("host-002"), QStringLiteral("web"));
        bool broke = false;
        connect(&h.runner, &ServiceActionRunner::progress, this, [&](const QString &host, const QString &message) {
            if (broke || host != QLatin1String("host-001") || !message.startsWith(QLatin1String("verifying")))
                return;
            broke = true;
            const auto broken = (*lea.value)->breakLock(target, QStringLiteral("host-002 is being rebuilt"));
            QVERIFY2(broken, qPrintable(broken.error));
        });
        h.runner.start(r);
        QVERIFY(finished.wait(30'000));
        QVERIFY(broke);
        const ServiceActionReport report = finished.constFirst().constFirst().value<ServiceActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::Failed);
        QCOMPARE(report.hosts.at(0).outcome, ActionOutcome::Succeeded);
        QCOMPARE(report.hosts.at(1).outcome, ActionOutcome::NotAttempted);
        QCOMPARE(report.hosts.at(2).outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("lea broke the lock on production/host-002/web: host-002 is being rebuilt")),
                 qPrintable(report.summary));
        QCOMPARE(lost.size(), 1);
        const QList<Event> recorded = events(storePath());
        QCOMPARE(recorded.constLast().kind, QStringLiteral("service.restart"));
        QVERIFY(recorded.constLast().details.value(QStringLiteral("lock_lost")).toString().contains(QStringLiteral("lea broke")));
        QCOMPARE((*lea.value)->locks().value->size(), 0);
    }

    void signedChecklistRequiredWhereTheEnvironmentSaysSo()
    {
        FleetConfig config = m_fleet->config();
        config.environments[0].requireSignedChecklist = true;
        config.people << Person{QStringLiteral("dave"), QStringLiteral("Dave"), {QStringLiteral("tech_lead")}};
        Harness h(config, storeUri());
        const ServiceActionReport refused = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QCOMPARE(refused.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(refused.summary.contains(QStringLiteral("production requires a signed deployment checklist before a restart")),
                 qPrintable(refused.summary));

        // ann starts a run for host-001 only; dave, a Tech Lead, signs it.
        // The template is one of this console's (its checklist directory).
        const QByteArray yaml = "checklist: 1\nid: t\nname: T\nsections:\n  - title: S\n    items:\n      - id: a\n        text: A\n"
                                "signoff:\n  roles:\n    tech_lead:\n      name: Tech Lead\n";
        QDir().mkpath(m_fleet->scratch(QStringLiteral("checklists")));
        QFile file(m_fleet->scratch(QStringLiteral("checklists/t.yaml")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(yaml);
        file.close();
        config.checklistDirectory = m_fleet->scratch(QStringLiteral("checklists"));
        h.runner.setConfig(config);
        const TemplateLoadResult loaded = ChecklistTemplateLoader::loadBytes(yaml, QStringLiteral("t.yaml"));
        QVERIFY(loaded.ok());
        QString why;
        const auto plan = ChecklistPlan::make(*loaded.checklist, config, QStringLiteral("production"), QStringLiteral("20240101"),
                                              {QStringLiteral("host-001")}, &why);
        QVERIFY2(plan, qPrintable(why));
        QString runId;
        {
            auto ann = SqliteEventStore::open(storePath(), QStringLiteral("ann"));
            auto dave = SqliteEventStore::open(storePath(), QStringLiteral("dave"));
            ChecklistLedger annLedger(**ann.value, ChecklistActor::of(**ann.value, &config));
            ChecklistLedger daveLedger(**dave.value, ChecklistActor::of(**dave.value, &config));
            auto run = annLedger.start(*plan);
            QVERIFY(run);
            runId = run.value->id;
            QVERIFY(annLedger.tick(runId, QStringLiteral("a"), QString()));
            // Ready to sign is not signed.
            QCOMPARE(h.run(request(ServiceVerb::Restart, {QStringLiteral("host-001")})).outcome, ActionOutcome::NotAttempted);
            QVERIFY(daveLedger.sign(runId, QStringLiteral("tech_lead"), QString()));
        }
        // Issue 12 (2): signed, but production accepts only the production template unless the
        // configuration names others.
        const ServiceActionReport otherTemplate = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QCOMPARE(otherTemplate.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(otherTemplate.summary.contains(QStringLiteral("for the checklist template 't'; production accepts only production")),
                 qPrintable(otherTemplate.summary));
        config.environments[0].checklistTemplates = {QStringLiteral("t")};
        h.runner.setConfig(config);
        const ServiceActionReport approved = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QCOMPARE(approved.outcome, ActionOutcome::Succeeded);
        const QList<Event> recorded = events(storePath());
        QCOMPARE(recorded.constLast().kind, QStringLiteral("service.restart"));
        QCOMPARE(recorded.constLast().details.value(QStringLiteral("checklist_run")).toString(), runId);
        // The run approves host-001 only.
        const ServiceActionReport other = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-002")}));
        QCOMPARE(other.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(other.summary.contains(QStringLiteral("signed for host-001 only")), qPrintable(other.summary));
    }

    void refusesWithoutAStore()
    {
        Harness h(m_fleet->config(), QStringLiteral("sqlite://relative/path.db"));
        QCOMPARE(h.service.state(), EventStoreService::State::Failed);
        const ServiceActionReport report = h.run(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("no store can record")), qPrintable(report.summary));
    }

    void refusesWithoutReasonOrConfirmationOrUnknownTargets()
    {
        Harness h(m_fleet->config(), storeUri());
        ServiceActionRequest r = request(ServiceVerb::Restart, {QStringLiteral("host-001")});
        r.reason = QStringLiteral("  ");
        QVERIFY(h.run(r).summary.contains(QStringLiteral("reason")));
        r = request(ServiceVerb::Restart, {QStringLiteral("host-001")});
        r.confirmed = false;
        QCOMPARE(h.run(r).outcome, ActionOutcome::NotAttempted);
        r = request(ServiceVerb::Restart, {QStringLiteral("host-001")});
        r.service = QStringLiteral("nginx;reboot");
        QVERIFY(h.run(r).summary.contains(QStringLiteral("no host")));
    }

    void droppedConnectionIsUnknownThenRecheckSucceeds()
    {
        FleetConfig config = m_fleet->config();
        // A restart command that takes long enough to cut the connection under it.
        for (ServiceConfig &s : config.environments[0].hosts[0].services) {
            if (s.name == QLatin1String("web"))
                s.restartCommand = {QStringLiteral("sleep"), QStringLiteral("20")};
        }
        Harness h(config, storeUri());
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        QSignalSpy progress(&h.runner, &ServiceActionRunner::progress);
        h.runner.start(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QTRY_VERIFY(!progress.isEmpty());
        QTest::qWait(700);
        QVERIFY(m_fleet->killSessions(QStringLiteral("host-001")) > 0);
        QVERIFY(finished.wait(30'000));
        const ServiceActionReport report = finished.constFirst().constFirst().value<ServiceActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::Unknown);
        QVERIFY2(report.summary.contains(QStringLiteral("re-check")), qPrintable(report.summary));
        // The re-check compares with the state recorded before the restart: nothing restarted.
        ServiceActionRequest recheck = request(ServiceVerb::Restart, {QStringLiteral("host-001")});
        recheck.verifyOnly = true;
        recheck.verifyTimeout = Milliseconds(2'000);
        const ServiceActionReport notRestarted = h.run(recheck);
        QCOMPARE(notRestarted.outcome, ActionOutcome::Failed);
        QVERIFY2(notRestarted.summary.contains(QStringLiteral("has not restarted")), qPrintable(notRestarted.summary));
        // Once it did restart (say the command went through after all), the re-check says so.
        QVERIFY(m_fleet->systemctl(QStringLiteral("host-001"), {QStringLiteral("restart"), QStringLiteral("web")}));
        recheck.verifyTimeout = Milliseconds(8'000);
        const ServiceActionReport restarted = h.run(recheck);
        QCOMPARE(restarted.outcome, ActionOutcome::Succeeded);
        QVERIFY2(restarted.summary.contains(QStringLiteral("recheck")), qPrintable(restarted.summary));
    }

    void stopThenStart()
    {
        Harness h(m_fleet->config(), storeUri());
        const ServiceActionReport stopped = h.run(request(ServiceVerb::Stop, {QStringLiteral("host-003")}));
        QCOMPARE(stopped.outcome, ActionOutcome::Succeeded);
        QCOMPARE(stopped.hosts.at(0).unit.activeState, QStringLiteral("inactive"));
        const ServiceActionReport started = h.run(request(ServiceVerb::Start, {QStringLiteral("host-003")}));
        QCOMPARE(started.outcome, ActionOutcome::Succeeded);
        QCOMPARE(started.hosts.at(0).health.status, HealthStatus::Pass);
    }
};

QTEST_GUILESS_MAIN(TestServiceActionRunner)
#include "TestServiceActionRunner.moc"
