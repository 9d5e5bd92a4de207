#include "GuardedActionRunner.h"

#include "ActionLockSet.h"
#include "ApprovalPlan.h"
#include "ChecklistApproval.h"
#include "ConfirmationRule.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QTimer>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(GuardedActionRunner)
};

// "Restart failed on host-002: unit failed (stopped there; 1 host not attempted) (the lock …)": one
// whole message for each outcome and each combination of the notes that follow it.
QString failureSummary(const QString &title, const GuardedHostResult &first, int skipped, const QString &lockLost)
{
    const bool failed = first.outcome == ActionOutcome::Failed;
    if (skipped > 0 && !lockLost.isEmpty())
        return (failed ? Text::tr("%1 failed on %2: %3 (stopped there; %n host(s) not attempted) (%4)", "action, host, why, lock lost", skipped)
                       : Text::tr("%1 unknown on %2: %3 (stopped there; %n host(s) not attempted) (%4)", "action, host, why, lock lost", skipped))
            .arg(title, first.host, first.detail, lockLost);
    if (skipped > 0)
        return (failed ? Text::tr("%1 failed on %2: %3 (stopped there; %n host(s) not attempted)", "action, host, why", skipped)
                       : Text::tr("%1 unknown on %2: %3 (stopped there; %n host(s) not attempted)", "action, host, why", skipped))
            .arg(title, first.host, first.detail);
    if (!lockLost.isEmpty())
        return (failed ? Text::tr("%1 failed on %2: %3 (%4)", "action, host, why, lock lost") : Text::tr("%1 unknown on %2: %3 (%4)", "action, host, why, lock lost"))
            .arg(title, first.host, first.detail, lockLost);
    return (failed ? Text::tr("%1 failed on %2: %3", "action, host, why") : Text::tr("%1 unknown on %2: %3", "action, host, why"))
        .arg(title, first.host, first.detail);
}
} // namespace

GuardedActionRunner::GuardedActionRunner(EventStoreService *store, QObject *parent)
    : QObject(parent), m_store(store), m_locks(new ActionLockSet(store, this))
{
    qRegisterMetaType<opsdeck::GuardedHostResult>();
    qRegisterMetaType<opsdeck::GuardedActionReport>();
    connect(m_locks, &ActionLockSet::lockLost, this, [this](const QString &target, const QString &why) {
        Q_EMIT lockLost(target, why);
        Q_EMIT progress(target.section(u'/', 1, 1), Text::tr("%1; stopping before the next batch").arg(why));
    });
    m_approvalPoll = new QTimer(this);
    m_approvalPoll->setInterval(1'000);
    connect(m_approvalPoll, &QTimer::timeout, this, &GuardedActionRunner::pollApproval);
    // A decision recorded by any console is looked at at once; the poll is the safety net.
    if (m_store) {
        connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
            if (m_approvalOpen && EventKinds::familyOf(event.kind) == EventFamily::Approval
                && event.details.value(QStringLiteral("request")).toString() == m_approval.id)
                pollApproval();
        });
    }
}

GuardedActionRunner::~GuardedActionRunner() = default; // the lock set unclaims its targets; store locks lapse

void GuardedActionRunner::setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery)
{
    m_locks->setTiming(lockTtl, renewEvery);
}

void GuardedActionRunner::start(GuardedAction *action, const QString &reason, const QString &confirmation)
{
    begin(action, reason);
    if (m_running)
        confirm(reason, confirmation);
}

void GuardedActionRunner::begin(GuardedAction *action, const QString &reason)
{
    m_action = action;
    m_reason = reason.trimmed();
    m_confirmation.reset();
    m_results.clear();
    m_checklistRun.clear();
    m_checklistPlan.clear();
    m_approval = {};
    m_approvalOpen = false;
    m_approvalPolling = false;
    m_approvalPoll->stop();
    m_stop = false;
    m_running = true;
    m_stage = Stage::Preparing;
    m_targetsBusy = false;
    m_environment = nullptr;
    ++m_generation;
    if (!action) {
        refuse(Text::tr("nothing to run"));
        return;
    }
    m_hosts = action->hosts();
    for (const QString &host : std::as_const(m_hosts))
        m_results.append({host, ActionOutcome::NotAttempted, {}, {}, 0});
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        if (env.name == action->environment())
            m_environment = &env;
    }
    if (!m_environment) {
        refuse(Text::tr("there is no environment '%1'").arg(action->environment()));
        return;
    }
    if (m_hosts.isEmpty()) {
        refuse(Text::tr("%1 has no host to act on").arg(action->title()));
        return;
    }
    // Audited actions do not start unless the store can record them.
    if (!m_store || m_store->state() != EventStoreService::State::Open) {
        refuse(Text::tr("no store can record this action (%1); it was not started")
                   .arg(!m_store || m_store->lastError().isEmpty() ? Text::tr("the store is not open") : m_store->lastError()));
        return;
    }
    // Until a reason is given, every console sees that this one is about to act.
    m_lockReason = m_reason.isEmpty() ? Text::tr("%1: waiting for the reason and the confirmation").arg(action->title()) : m_reason;
    connect(action, &GuardedAction::progress, this, &GuardedActionRunner::progress, Qt::UniqueConnection);
    lockAll();
}

void GuardedActionRunner::confirm(const QString &reason, const QString &confirmation)
{
    if (!m_running || m_stage == Stage::Running || m_confirmation)
        return;
    m_reason = reason.trimmed();
    m_confirmation = confirmation;
    if (m_stage == Stage::Awaiting)
        proceedIfConfirmed();
}

void GuardedActionRunner::cancel()
{
    if (!m_running || m_stage == Stage::Running)
        return;
    ++m_generation; // answers still on their way for the chain are dropped
    refuse(Text::tr("%1 was cancelled before it started").arg(m_action ? m_action->title() : QString()));
}

void GuardedActionRunner::refuse(const QString &why)
{
    m_locks->stopRenewing();
    closeApproval(); // queued on the store thread before the locks are released
    qCInfo(lcOps) << "refused:" << why;
    GuardedActionReport report;
    report.outcome = ActionOutcome::NotAttempted;
    report.summary = why;
    report.hosts = m_results;
    m_stage = Stage::Running; // nothing more is accepted
    releaseLocksThen([this, report] {
        m_running = false;
        m_stage = Stage::Idle;
        ++m_generation;
        Q_EMIT finished(report);
    });
}

// Every lock first, as one set (ActionLockSet): all of them, or none and the refusal names every lock
// held by another console.
void GuardedActionRunner::lockAll()
{
    if (!m_action) {
        refuse(Text::tr("OpsDeck is shutting down"));
        return;
    }
    const QStringList targets = m_action->lockTargets();
    m_locks->take(targets, m_action->title(), m_lockReason, [this, targets, generation = m_generation](const QString &why) {
        if (generation != m_generation)
            return;
        if (!why.isEmpty()) {
            refuse(why);
            return;
        }
        lockedAll(targets);
    });
}

void GuardedActionRunner::lockedAll(const QStringList &targets)
{
    m_targetsBusy = true;
    Q_EMIT targetsBusy(targets);
    checkChecklist();
}

// Asked of the store every time, never of a cached view: a signature revoked a second ago counts.
void GuardedActionRunner::checkChecklist()
{
    if (!m_environment->requireSignedChecklist) {
        runPreflight();
        return;
    }
    ChecklistApproval::check(m_store, m_config, m_environment->name, m_hosts, m_action->actionName())
        .then(this, [this, generation = m_generation](const ChecklistApproval::Verdict &verdict) {
            if (generation != m_generation)
                return;
            if (!m_action) {
                refuse(Text::tr("OpsDeck is shutting down"));
                return;
            }
            if (!verdict.passed) {
                refuse(verdict.why);
                return;
            }
            m_checklistRun = verdict.runId;
            m_checklistPlan = verdict.planHash;
            runPreflight();
        });
}

void GuardedActionRunner::runPreflight()
{
    Q_EMIT progress(QString(), Text::tr("checking every host before anything changes"));
    m_action->preflight([this, guard = QPointer<GuardedActionRunner>(this), generation = m_generation](const QString &why) {
        if (!guard || generation != m_generation)
            return;
        if (!why.isEmpty()) {
            refuse(Text::tr("%1 not started: %2").arg(m_action ? m_action->title() : QString(), why));
            return;
        }
        checkApproval();
    });
}

namespace {
// "a lead" for opsdeck_lead.
QString roleInSentence(const QString &role)
{
    return role == QLatin1String("opsdeck_lead") ? Text::tr("a lead") : role;
}
} // namespace

void GuardedActionRunner::checkApproval()
{
    if (!m_environment->requireApproval) {
        awaitConfirmation();
        return;
    }
    ApprovalRequest request;
    request.environment = m_environment->name;
    request.action = m_action->actionName();
    request.title = m_action->title();
    request.plan = ApprovalPlan::canonical(*m_action);
    request.planHash = ApprovalPlan::hashOf(request.plan);
    request.role = ApprovalPlan::requiredRole();
    request.console = EventStoreService::consoleId();
    const Milliseconds ttl = m_environment->approvalExpiry;
    m_store->submit<ApprovalRequest>([request, ttl](EventStore &store) { return store.requestApproval(request, ttl); })
        .then(this, [this, ttl, generation = m_generation](const StoreResult<ApprovalRequest> &made) {
            if (generation != m_generation) {
                // Cancelled while the request was on its way: nobody should approve it now.
                if (made && m_store) {
                    const QString id = made.value->id;
                    m_store->submit<ApprovalRequest>(
                        [id](EventStore &store) { return store.closeApproval(id, EventStoreService::consoleId()); });
                }
                return;
            }
            if (!made) {
                refuse(Text::tr("%1 requires second-person approval, and the request could not be recorded: %2; the %3 was not started")
                           .arg(m_environment->name, made.error, m_action ? m_action->title() : QString()));
                return;
            }
            m_approval = *made.value;
            m_approvalOpen = true;
            Q_EMIT progress(QString(), Text::tr("waiting for approval by %1 until %2 (request %3, plan %4): another person runs "
                                                "`opsdeck approve %3 --reason TEXT`")
                                           .arg(roleInSentence(m_approval.role), m_approval.expiresAt.toString(Qt::ISODate),
                                                m_approval.id, m_approval.planHash.left(12)));
            m_approvalPoll->start();
            // Just past the expiry, one more look settles it.
            QTimer::singleShot(ttl + Milliseconds(250), this, [this, generation] {
                if (generation == m_generation)
                    pollApproval();
            });
        });
}

void GuardedActionRunner::pollApproval()
{
    if (!m_approvalOpen || m_approvalPolling || !m_store)
        return;
    m_approvalPolling = true;
    const QString id = m_approval.id;
    m_store->submit<QList<ApprovalRequest>>([id](EventStore &store) { return store.approvals(id, {}); })
        .then(this, [this, id, generation = m_generation](const StoreResult<QList<ApprovalRequest>> &found) {
            if (generation != m_generation)
                return;
            m_approvalPolling = false;
            if (!m_approvalOpen)
                return;
            if (found) {
                for (const ApprovalRequest &request : *found.value) {
                    if (request.id == id) {
                        approvalSettled(request);
                        return;
                    }
                }
            }
            // The store may be away for a moment; the request's expiry still ends the wait.
            qCWarning(lcOps) << "could not look at approval request" << id << ':' << (found ? QStringLiteral("not found") : found.error);
            if (QDateTime::currentDateTimeUtc() >= m_approval.expiresAt)
                refuse(Text::tr("nobody approved the %1 before %2; the request expired").arg(m_action ? m_action->title() : QString(),
                                                                                           m_approval.expiresAt.toString(Qt::ISODate)));
        });
}

// Asked of the store every time: the runner goes on only when the store says the request is
// approved, by someone other than its requester, for the plan hash of the action as it is now.
void GuardedActionRunner::approvalSettled(const ApprovalRequest &request)
{
    const QString title = m_action ? m_action->title() : QString();
    if (request.state == QLatin1String("pending")) {
        if (QDateTime::currentDateTimeUtc() >= request.expiresAt)
            refuse(Text::tr("nobody approved the %1 before %2; the request expired").arg(title, request.expiresAt.toString(Qt::ISODate)));
        return;
    }
    m_approvalOpen = false;
    m_approvalPoll->stop();
    if (!m_action) {
        refuse(Text::tr("OpsDeck is shutting down"));
        return;
    }
    if (request.state == QLatin1String("declined")) {
        refuse(Text::tr("%1 declined the %2: %3").arg(request.decidedBy, title, request.decisionReason));
        return;
    }
    if (request.state != QLatin1String("approved")) {
        refuse(Text::tr("the request for approval of the %1 was %2; the %1 was not started").arg(title, request.state));
        return;
    }
    const QString me = m_store ? m_store->identity().actor : QString();
    if (request.decidedBy.isEmpty() || request.decidedBy == request.requester || request.decidedBy == me) {
        refuse(Text::tr("the %1 was approved by its own requester (%2); a second person must approve it").arg(title, request.decidedBy));
        return;
    }
    const QString planNow = ApprovalPlan::hashOf(ApprovalPlan::canonical(*m_action));
    if (request.planHash != m_approval.planHash || planNow != request.planHash) {
        refuse(Text::tr("%1 approved plan %2, but the %3 now has plan %4: the approval does not count for it")
                   .arg(request.decidedBy, request.planHash.left(12), title, planNow.left(12)));
        return;
    }
    m_approval = request;
    Q_EMIT progress(QString(), Text::tr("approved by %1: %2").arg(request.decidedBy, request.decisionReason));
    awaitConfirmation();
}

void GuardedActionRunner::closeApproval()
{
    m_approvalPoll->stop();
    if (!std::exchange(m_approvalOpen, false) || !m_store)
        return;
    const QString id = m_approval.id;
    m_store->submit<ApprovalRequest>([id](EventStore &store) { return store.closeApproval(id, EventStoreService::consoleId()); })
        .then(this, [id](const StoreResult<ApprovalRequest> &closed) {
            if (!closed)
                qCWarning(lcOps) << "could not close approval request" << id << ':' << closed.error;
        });
}

void GuardedActionRunner::awaitConfirmation()
{
    m_stage = Stage::Awaiting;
    // A front end may confirm from its slot (a verb's prompt): then confirm() has gone ahead already.
    const bool givenBefore = m_confirmation.has_value();
    Q_EMIT awaitingConfirmation();
    if (givenBefore && m_stage == Stage::Awaiting)
        proceedIfConfirmed();
}

void GuardedActionRunner::proceedIfConfirmed()
{
    if (!m_action) {
        refuse(Text::tr("OpsDeck is shutting down"));
        return;
    }
    m_stage = Stage::Running;
    // The plan approved is the plan run: a rollout (batch size, pause) or anything else chosen after
    // the approval makes another plan, for which the approval does not count.
    if (m_approval.state == QLatin1String("approved")) {
        const QString planNow = ApprovalPlan::canonical(*m_action);
        const QString hashNow = ApprovalPlan::hashOf(planNow);
        if (hashNow != m_approval.planHash) {
            refuse(Text::tr("the %1 changed after %2 approved it (%3): the approval of plan %4 does not count for plan %5; "
                            "start it again to request approval of the plan as it is now")
                       .arg(m_action->title(), m_approval.decidedBy,
                            ApprovalPlan::differences(m_approval.plan, planNow).join(QStringLiteral("; ")),
                            m_approval.planHash.left(12), hashNow.left(12)));
            return;
        }
    }
    // From here on the rollout is the one confirmed (and approved), whatever the action is told later.
    m_batchSize = std::max(1, m_action->batchSize());
    m_batchPause = m_action->batchPause();
    if (m_reason.isEmpty()) {
        refuse(Text::tr("a reason is required for every %1").arg(m_action->title()));
        return;
    }
    if (m_action->changesHosts()) {
        if (const QString why = ConfirmationRule::of(*m_environment).check(*m_confirmation); !why.isEmpty()) {
            refuse(why);
            return;
        }
    }
    relabelLocksThen([this] { recordStarted(); });
}

// The locks were taken before the reason was known: from now on every console sees the real one.
void GuardedActionRunner::relabelLocksThen(std::function<void()> done)
{
    m_lockReason = m_reason;
    m_locks->relabel(m_reason, [this, done, generation = m_generation](const QString &why) {
        if (generation != m_generation)
            return;
        if (!why.isEmpty()) {
            refuse(why);
            return;
        }
        done();
    });
}

Event GuardedActionRunner::makeEvent(const QString &kind, const QString &summary) const
{
    Event e;
    e.kind = kind;
    e.environment = m_environment ? m_environment->name : QString();
    e.service = m_action ? m_action->eventService() : QString();
    if (m_hosts.size() == 1)
        e.host = m_hosts.constFirst();
    e.summary = summary;
    e.details = m_action ? m_action->details() : QJsonObject{};
    e.details.insert(QStringLiteral("reason"), m_reason);
    e.details.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(m_hosts));
    e.details.insert(QStringLiteral("commands"), QJsonArray::fromStringList(m_action ? m_action->commands() : QStringList{}));
    if (m_approval.state == QLatin1String("approved")) {
        e.details.insert(QStringLiteral("approval"), QJsonObject{{QStringLiteral("request"), m_approval.id},
                                                                 {QStringLiteral("approved_by"), m_approval.decidedBy},
                                                                 {QStringLiteral("plan_hash"), m_approval.planHash}});
    }
    if (!m_checklistRun.isEmpty()) {
        e.details.insert(QStringLiteral("checklist_run"), m_checklistRun);
        e.details.insert(QStringLiteral("checklist_plan"), m_checklistPlan);
    }
    return e;
}

void GuardedActionRunner::recordStarted()
{
    if (!m_action || !m_store) {
        refuse(Text::tr("OpsDeck is shutting down"));
        return;
    }
    const QString summary = Text::tr("%1 on %n host(s) started: %2", nullptr, int(m_hosts.size())).arg(m_action->title(), m_reason);
    m_store->record(makeEvent(EventKinds::name(m_action->startedEventKind()), summary))
        .then(this, [this, generation = m_generation](const StoreResult<Event> &stored) {
            if (generation != m_generation)
                return;
            if (!stored) {
                refuse(Text::tr("the action could not be recorded (%1); it was not started").arg(stored.error));
                return;
            }
            runBatch(0);
        });
}

void GuardedActionRunner::runBatch(int first)
{
    m_batchStart = first;
    const int size = m_batchSize;
    const int last = std::min<int>(first + size, int(m_hosts.size()));
    m_pendingInBatch = last - first;
    for (int i = first; i < last; ++i) {
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        auto once = std::make_shared<bool>(false);
        m_action->runHost(m_hosts.at(i), [this, i, clock, once, guard = QPointer<GuardedActionRunner>(this)](const GuardedHostResult &r) {
            if (!guard || std::exchange(*once, true))
                return;
            GuardedHostResult result = r;
            result.host = m_hosts.at(i);
            if (result.elapsedMs == 0)
                result.elapsedMs = clock->elapsed();
            hostDone(i, result);
        });
    }
}

void GuardedActionRunner::hostDone(int index, const GuardedHostResult &result)
{
    m_results[index] = result;
    qCInfo(lcOps) << m_action->title() << result.host << actionOutcomeName(result.outcome) << result.detail;
    Q_EMIT hostFinished(result);
    if (result.outcome != ActionOutcome::Succeeded || !m_locks->lost().isEmpty())
        m_stop = true; // a lock lost while the batch ran stops the action too
    if (--m_pendingInBatch > 0)
        return;
    const int next = m_batchStart + m_batchSize;
    if (m_stop || next >= int(m_hosts.size())) {
        finishAll();
        return;
    }
    const Milliseconds pause = m_batchPause;
    Q_EMIT progress(m_hosts.at(next), Text::tr("next batch in %1 s").arg(double(pause.count()) / 1000.0));
    QTimer::singleShot(pause, this, [this, next, generation = m_generation] {
        if (generation != m_generation)
            return;
        // No batch starts on a lock that is not this action's any more (broken by a lead, lapsed).
        m_locks->renew([this, next, generation](bool held) {
            if (generation != m_generation)
                return;
            if (!held) {
                m_stop = true;
                m_locks->noteLost(Text::tr("the locks could not be renewed, so no further batch was started"));
                finishAll();
                return;
            }
            runBatch(next);
        });
    });
}

void GuardedActionRunner::finishAll()
{
    GuardedActionReport report;
    report.hosts = m_results;
    int succeeded = 0;
    const GuardedHostResult *first = nullptr;
    for (const GuardedHostResult &r : std::as_const(m_results)) {
        if (r.outcome == ActionOutcome::Succeeded)
            ++succeeded;
        else if (!first && r.outcome != ActionOutcome::NotAttempted)
            first = &r;
    }
    const int skipped = int(std::count_if(m_results.cbegin(), m_results.cend(),
                                          [](const GuardedHostResult &r) { return r.outcome == ActionOutcome::NotAttempted; }));
    m_locks->stopRenewing();
    const QString lostWhy = m_locks->lost();
    const QString title = m_action ? m_action->title() : QString();
    if (!first && !lostWhy.isEmpty() && skipped > 0) {
        report.outcome = ActionOutcome::Failed;
        report.summary = Text::tr("%1 stopped: %2 (%n host(s) not attempted)", nullptr, skipped).arg(title, lostWhy);
    } else if (!first) {
        report.outcome = ActionOutcome::Succeeded;
        report.summary = lostWhy.isEmpty()
                             ? Text::tr("%1 succeeded on %n host(s), verified", nullptr, succeeded).arg(title)
                             : Text::tr("%1 succeeded on %n host(s), verified (%2)", "action, lock lost", succeeded).arg(title, lostWhy);
    } else {
        report.outcome = first->outcome;
        report.summary = failureSummary(title, *first, skipped, lostWhy);
    }
    Event e = makeEvent(m_action ? QString(EventKinds::name(m_action->finishedEventKind())) : QString(), report.summary);
    e.details.insert(QStringLiteral("outcome"), actionOutcomeName(report.outcome));
    if (!lostWhy.isEmpty())
        e.details.insert(QStringLiteral("lock_lost"), lostWhy);
    QJsonArray hosts;
    for (const GuardedHostResult &r : std::as_const(m_results)) {
        QJsonObject o = r.facts;
        o.insert(QStringLiteral("host"), r.host);
        o.insert(QStringLiteral("outcome"), actionOutcomeName(r.outcome));
        o.insert(QStringLiteral("detail"), r.detail);
        o.insert(QStringLiteral("elapsed_ms"), r.elapsedMs);
        hosts.append(o);
    }
    e.details.insert(QStringLiteral("results"), hosts);
    QList<Event> events{e};
    if (m_action) {
        for (Event follow : m_action->followUpEvents(report)) {
            follow.details.insert(QStringLiteral("reason"), m_reason);
            events << follow;
        }
    }
    auto remaining = std::make_shared<int>(int(events.size()));
    auto problems = std::make_shared<QStringList>();
    for (const Event &event : std::as_const(events)) {
        m_store->record(event).then(this, [this, report, remaining, problems](const StoreResult<Event> &stored) mutable {
            if (!stored)
                problems->append(stored.error);
            if (--*remaining > 0)
                return;
            if (!problems->isEmpty())
                report.summary = Text::tr("%1 (not everything could be recorded: %2)", "the summary, the store's errors")
                                     .arg(report.summary, problems->join(QStringLiteral("; ")));
            releaseLocksThen([this, report] {
                m_running = false;
                m_stage = Stage::Idle;
                ++m_generation;
                Q_EMIT finished(report);
            });
        });
    }
}

void GuardedActionRunner::releaseLocksThen(std::function<void()> done)
{
    m_locks->release([this, done] {
        if (std::exchange(m_targetsBusy, false))
            Q_EMIT targetsFree(m_action ? m_action->lockTargets() : QStringList{});
        done();
    });
}

} // namespace opsdeck
