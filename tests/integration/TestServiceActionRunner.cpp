// The guarded path end to end on the sandbox fleet with a real SQLite store: verified restarts,
// health that never comes back, rolling restarts that stop at the first failure, locks held by another
// console, no store, a connection dropped mid-action (unknown, then re-check), stop and start, and an
// environment that requires a signed deployment checklist.

#include "SandboxFleet.h"
#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "health/HealthProbe.h"
#include "ops/ServiceActionRunner.h"
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
#include <QHash>
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
    r.confirmation = QStringLiteral("production"); // typed, as production asks
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

    // Issue 13: actions on disjoint targets run at the same time in one console; one on a target
    // another action of this console holds is refused by the lock, never run alongside it.
    void disjointActionsRunAtOnceOverlappingOnesAreRefused()
    {
        Harness h(m_fleet->config(), storeUri());
        QSignalSpy busy(&h.runner, &ServiceActionRunner::targetsBusy);
        QSignalSpy freed(&h.runner, &ServiceActionRunner::targetsFree);
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        ServiceActionRequest one = request(ServiceVerb::Restart, {QStringLiteral("host-001")});
        ServiceActionRequest two = request(ServiceVerb::Restart, {QStringLiteral("host-002")});
        one.stableFor = two.stableFor = Milliseconds(2'000);
        h.runner.start(one);
        h.runner.start(two);
        // Both hold their locks before either lets go: they run at the same time.
        QTRY_COMPARE_WITH_TIMEOUT(busy.size(), 2, 10'000);
        QCOMPARE(freed.size(), 0);
        auto bob = SqliteEventStore::open(storePath(), QStringLiteral("bob"));
        QCOMPARE((*bob.value)->locks().value->size(), 2);
        // The same host again, from this same console, while the first still runs.
        h.runner.start(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 40'000);
        QHash<QString, ServiceActionReport> byHost;
        QList<ServiceActionReport> refused;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const auto report = args.at(0).value<ServiceActionReport>();
            if (report.outcome == ActionOutcome::NotAttempted)
                refused << report;
            else
                byHost.insert(report.hosts.at(0).host, report);
        }
        QCOMPARE(refused.size(), 1);
        QVERIFY2(refused.at(0).summary.contains(QStringLiteral("production/host-001/web is locked by another action of this console")),
                 qPrintable(refused.at(0).summary));
        QCOMPARE(byHost.value(QStringLiteral("host-001")).outcome, ActionOutcome::Succeeded);
        QCOMPARE(byHost.value(QStringLiteral("host-002")).outcome, ActionOutcome::Succeeded);
        // The refused one took nothing from the first: its lock lived until the first released it.
        QCOMPARE((*bob.value)->locks().value->size(), 0);
        QCOMPARE(freed.size(), 2);
    }

    // Issue 13: the chain in the product's order. The locks are taken before the reason is asked (every
    // console sees who is about to act), and the reason then replaces the waiting text on them; a
    // confirmation the environment does not accept refuses it, and the locks go with it.
    void locksComeFirstThenReasonAndConfirmation()
    {
        Harness h(m_fleet->config(), storeUri());
        QSignalSpy waiting(&h.runner, &ServiceActionRunner::awaitingConfirmation);
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        auto bob = SqliteEventStore::open(storePath(), QStringLiteral("bob"));
        ServiceActionRequest r = request(ServiceVerb::Restart, {QStringLiteral("host-003")});
        r.reason.clear();
        r.confirmation.clear();
        const quint64 first = h.runner.begin(r);
        QVERIFY(waiting.wait(10'000));
        QCOMPARE(waiting.constFirst().constFirst().value<quint64>(), first);
        auto held = (*bob.value)->locks();
        QCOMPARE(held.value->size(), 1);
        QCOMPARE(held.value->constFirst().target, QStringLiteral("production/host-003/web"));
        QVERIFY2(held.value->constFirst().reason.contains(QStringLiteral("waiting for the reason")), qPrintable(held.value->constFirst().reason));
        // Clicking is not typing production's name.
        h.runner.confirm(first, QStringLiteral("deploy"), QStringLiteral("yes"));
        QVERIFY(finished.wait(10'000));
        auto report = finished.constFirst().constFirst().value<ServiceActionReport>();
        QCOMPARE(report.outcome, ActionOutcome::NotAttempted);
        QVERIFY2(report.summary.contains(QStringLiteral("production asks for its name to be typed")), qPrintable(report.summary));
        QCOMPARE((*bob.value)->locks().value->size(), 0);

        // Cancelled at the confirmation: nothing runs, the locks are released.
        const quint64 second = h.runner.begin(r);
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 2, 10'000);
        h.runner.cancel(second);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10'000);
        QCOMPARE(finished.at(1).at(0).value<ServiceActionReport>().outcome, ActionOutcome::NotAttempted);
        QCOMPARE((*bob.value)->locks().value->size(), 0);

        // Given properly, the lock carries the reason while the action runs.
        const quint64 third = h.runner.begin(r);
        QTRY_COMPARE_WITH_TIMEOUT(waiting.size(), 3, 10'000);
        QSignalSpy progress(&h.runner, &ServiceActionRunner::progress);
        h.runner.confirm(third, QStringLiteral("rotate the logs"), QStringLiteral("production"));
        QVERIFY(progress.wait(10'000));
        QTRY_VERIFY_WITH_TIMEOUT(!(*bob.value)->locks().value->isEmpty()
                                     && (*bob.value)->locks().value->constFirst().reason == QLatin1String("rotate the logs"), 5'000);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 3, 30'000);
        QCOMPARE(finished.at(2).at(0).value<ServiceActionReport>().outcome, ActionOutcome::Succeeded);
    }

    // A front end that confirms from inside awaitingConfirmation() (the verbs' prompt) runs the action
    // once: one started event, one result per host.
    void confirmingWhileAskedRunsOnce()
    {
        Harness h(m_fleet->config(), storeUri());
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        QSignalSpy hosts(&h.runner, &ServiceActionRunner::hostFinished);
        connect(&h.runner, &ServiceActionRunner::awaitingConfirmation, this, [&h](quint64 id) {
            h.runner.confirm(id, QStringLiteral("asked and answered"), QStringLiteral("production"));
        });
        const int before = int(events(storePath()).size());
        ServiceActionRequest r = request(ServiceVerb::Restart, {QStringLiteral("host-002")});
        r.reason.clear();
        r.confirmation.clear();
        h.runner.begin(r);
        QVERIFY(finished.wait(30'000));
        QCOMPARE(finished.constFirst().constFirst().value<ServiceActionReport>().outcome, ActionOutcome::Succeeded);
        QTest::qWait(500);
        QCOMPARE(hosts.size(), 1);
        const QList<Event> recorded = events(storePath());
        QCOMPARE(int(recorded.size()), before + 2);
        QCOMPARE(recorded.at(before).kind, QStringLiteral("service.restart.started"));
        QCOMPARE(recorded.at(before + 1).details.value(QStringLiteral("reason")).toString(), QStringLiteral("asked and answered"));
    }

    // require_approval on the local store: the same rules in code as the team store's database
    // enforces (TestSecondPersonApproval). The action waits; its requester cannot approve it; another
    // person (another actor of the file) approves that plan, and the action runs, verified.
    void approvalOnTheLocalStore()
    {
        FleetConfig config = m_fleet->config();
        config.environments[0].requireApproval = true;
        Harness h(config, storeUri());
        QSignalSpy finished(&h.runner, &ServiceActionRunner::finished);
        h.runner.start(request(ServiceVerb::Restart, {QStringLiteral("host-001")}));
        auto requester = SqliteEventStore::open(storePath(), h.service.identity().actor);
        auto other = SqliteEventStore::open(storePath(), QStringLiteral("second-person"));
        QVERIFY(requester && other);
        ApprovalRequest pending;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     const auto found = (*other.value)->approvals({}, QStringLiteral("production"));
                                     if (found && found.value->size() == 1)
                                         pending = found.value->constFirst();
                                     return !pending.id.isEmpty();
                                 }()),
                                 20'000);
        QCOMPARE(pending.requester, h.service.identity().actor);
        const auto own = (*requester.value)->decideApproval(pending.id, pending.planHash, true, QStringLiteral("mine"));
        QVERIFY(!own);
        QVERIFY2(own.error.contains(QStringLiteral("a second person must")), qPrintable(own.error));
        const auto otherPlan = (*other.value)->decideApproval(pending.id, QString(64, u'0'), true, QStringLiteral("wrong plan"));
        QVERIFY(!otherPlan);
        QVERIFY2(otherPlan.error.contains(QStringLiteral("look at its plan again")), qPrintable(otherPlan.error));
        QTest::qWait(1'000);
        QVERIFY(finished.isEmpty());
        const auto approved = (*other.value)->decideApproval(pending.id, pending.planHash, true, QStringLiteral("checked"));
        QVERIFY2(approved, qPrintable(approved.error));
        QVERIFY(finished.wait(60'000));
        const ServiceActionReport report = finished.constFirst().constFirst().value<ServiceActionReport>();
        QVERIFY2(report.outcome == ActionOutcome::Succeeded, qPrintable(report.summary));
        const QList<Event> recorded = events(storePath());
        const auto started = std::find_if(recorded.cbegin(), recorded.cend(), [](const Event &e) {
            return e.kind == QLatin1String("service.restart.started");
        });
        QVERIFY(started != recorded.cend());
        QVERIFY(std::any_of(recorded.cbegin(), recorded.cend(), [](const Event &e) { return e.kind == QLatin1String("approval.granted"); }));
        QCOMPARE(std::find_if(recorded.crbegin(), recorded.crend(),
                              [](const Event &e) { return e.kind == QLatin1String("service.restart.started"); })
                     ->details.value(QStringLiteral("approval")).toObject().value(QStringLiteral("approved_by")).toString(),
                 QStringLiteral("second-person"));
        // A decided request is not decided again.
        QVERIFY(!(*other.value)->decideApproval(pending.id, pending.planHash, true, QStringLiteral("again")));
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
        r.confirmation.clear();
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
