#include "GuardedActionRunner.h"

#include "ChecklistApproval.h"
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

QString ago(const QDateTime &since)
{
    const qint64 seconds = since.secsTo(QDateTime::currentDateTimeUtc());
    if (seconds < 60)
        return Text::tr("%n second(s) ago", nullptr, int(seconds));
    return Text::tr("%n minute(s) ago", nullptr, int(seconds / 60));
}
} // namespace

GuardedActionRunner::GuardedActionRunner(EventStoreService *store, QObject *parent)
    : QObject(parent), m_store(store), m_heartbeat(new QTimer(this))
{
    qRegisterMetaType<opsdeck::GuardedHostResult>();
    qRegisterMetaType<opsdeck::GuardedActionReport>();
    connect(m_heartbeat, &QTimer::timeout, this, [this] { renewLocks({}); });
}

void GuardedActionRunner::setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery)
{
    m_lockTtl = lockTtl;
    m_renewEvery = renewEvery;
}

QString GuardedActionRunner::checkConfirmation(const EnvironmentConfig &environment, const QString &confirmation)
{
    if (environment.confirmation == ConfirmationMode::Typed) {
        if (confirmation != environment.name)
            return Text::tr("%1 asks for its name to be typed to confirm").arg(environment.name);
        return {};
    }
    if (confirmation.isEmpty())
        return Text::tr("the action was not confirmed");
    return {};
}

void GuardedActionRunner::start(GuardedAction *action, const QString &reason, const QString &confirmation)
{
    m_action = action;
    m_reason = reason.trimmed();
    m_locked.clear();
    m_results.clear();
    m_checklistRun.clear();
    m_checklistPlan.clear();
    m_stop = false;
    m_running = true;
    m_environment = nullptr;
    m_lockLost.clear();
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
    if (m_reason.isEmpty()) {
        refuse(Text::tr("a reason is required for every %1").arg(action->eventFamily()));
        return;
    }
    if (const QString why = checkConfirmation(*m_environment, confirmation); !why.isEmpty()) {
        refuse(why);
        return;
    }
    if (m_hosts.isEmpty()) {
        refuse(Text::tr("%1 has no host to act on").arg(action->title()));
        return;
    }
    if (!m_store || m_store->state() != EventStoreService::State::Open) {
        refuse(Text::tr("no store can record this action (%1); it was not started")
                   .arg(!m_store || m_store->lastError().isEmpty() ? Text::tr("the store is not open") : m_store->lastError()));
        return;
    }
    connect(action, &GuardedAction::progress, this, &GuardedActionRunner::progress, Qt::UniqueConnection);
    lockNext(0);
}

void GuardedActionRunner::refuse(const QString &why)
{
    m_heartbeat->stop();
    qCInfo(lcOps) << "refused:" << why;
    GuardedActionReport report;
    report.outcome = ActionOutcome::NotAttempted;
    report.summary = why;
    report.hosts = m_results;
    releaseLocksThen([this, report] {
        m_running = false;
        Q_EMIT finished(report);
    });
}

void GuardedActionRunner::lockNext(int index)
{
    if (!m_action) {
        refuse(Text::tr("OpsDeck is shutting down"));
        return;
    }
    const QStringList targets = m_action->lockTargets();
    if (index >= targets.size()) {
        checkChecklist();
        return;
    }
    const QString target = targets.at(index);
    m_store->acquireLock(target, m_reason, m_lockTtl).then(this, [this, index, target](const StoreResult<LockAttempt> &attempt) {
        if (!attempt) {
            refuse(Text::tr("cannot take the lock on %1: %2").arg(target, attempt.error));
            return;
        }
        if (!attempt.value->acquired) {
            const ActionLock &held = attempt.value->lock;
            refuse(Text::tr("%1 is locked by %2 (%3) since %4: %5")
                       .arg(target, held.holder, held.console, ago(held.acquiredAt), held.reason));
            return;
        }
        m_locked.append(target);
        if (!m_heartbeat->isActive())
            m_heartbeat->start(int(m_renewEvery.count()));
        lockNext(index + 1);
    });
}

void GuardedActionRunner::renewLocks(std::function<void(bool held)> done)
{
    const QStringList targets = m_locked;
    if (targets.isEmpty() || !m_store) {
        if (done)
            done(m_lockLost.isEmpty());
        return;
    }
    auto remaining = std::make_shared<int>(int(targets.size()));
    auto allRenewed = std::make_shared<bool>(true);
    for (const QString &target : targets) {
        m_store->renewLock(target, m_lockTtl)
            .then(this, [this, target, remaining, allRenewed, done, generation = m_generation](const StoreResult<LockAttempt> &renewed) {
                if (generation != m_generation)
                    return;
                if (!renewed) {
                    // The store may be away for a moment: the lock keeps its lifetime, but no batch
                    // starts on a lock that could not be renewed.
                    qCWarning(lcOps) << "could not renew the lock on" << target << ':' << renewed.error;
                    *allRenewed = false;
                } else if (!renewed.value->acquired) {
                    m_locked.removeAll(target); // not ours any more: never released by this action
                    const ActionLock &now = renewed.value->lock;
                    if (m_lockLost.isEmpty())
                        m_lockLost = now.holder.isEmpty()
                                         ? Text::tr("the lock on %1 was broken or lapsed").arg(target)
                                         : Text::tr("the lock on %1 is now held by %2 (%3): %4").arg(target, now.holder, now.console, now.reason);
                    Q_EMIT progress(QString(), m_lockLost);
                }
                if (--*remaining == 0 && done)
                    done(*allRenewed && m_lockLost.isEmpty());
            });
    }
}

void GuardedActionRunner::checkChecklist()
{
    if (!m_environment->requireSignedChecklist) {
        runPreflight();
        return;
    }
    ChecklistApproval::check(m_store, m_config, m_environment->name, m_hosts, m_action->eventFamily())
        .then(this, [this](const ChecklistApproval::Verdict &verdict) {
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
    if (m_environment->requireApproval) {
        // Shown as required in the Fleet area, so enforced: until approvals can be collected, such an
        // environment's dangerous actions are refused rather than run without one.
        refuse(Text::tr("%1 requires second-person approval, which this OpsDeck cannot collect yet; the %2 was not started")
                   .arg(m_environment->name, m_action->eventFamily()));
        return;
    }
    Q_EMIT progress(QString(), Text::tr("checking every host before anything changes"));
    m_action->preflight([this, guard = QPointer<GuardedActionRunner>(this)](const QString &why) {
        if (!guard)
            return;
        if (!why.isEmpty()) {
            refuse(Text::tr("%1 not started: %2").arg(m_action ? m_action->title() : QString(), why));
            return;
        }
        recordStarted();
    });
}

Event GuardedActionRunner::makeEvent(const QString &kind, const QString &summary) const
{
    Event e;
    e.kind = kind;
    e.environment = m_environment ? m_environment->name : QString();
    if (m_hosts.size() == 1)
        e.host = m_hosts.constFirst();
    e.summary = summary;
    e.details = m_action ? m_action->details() : QJsonObject{};
    e.details.insert(QStringLiteral("reason"), m_reason);
    e.details.insert(QStringLiteral("hosts"), QJsonArray::fromStringList(m_hosts));
    e.details.insert(QStringLiteral("commands"), QJsonArray::fromStringList(m_action ? m_action->commands() : QStringList{}));
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
    m_store->record(makeEvent(m_action->eventFamily() + QStringLiteral(".started"), summary))
        .then(this, [this](const StoreResult<Event> &stored) {
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
    const int size = std::max(1, m_action ? m_action->batchSize() : 1);
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
    if (result.outcome != ActionOutcome::Succeeded)
        m_stop = true;
    if (--m_pendingInBatch > 0)
        return;
    const int next = m_batchStart + std::max(1, m_action->batchSize());
    if (m_stop || next >= int(m_hosts.size())) {
        finishAll();
        return;
    }
    // No batch starts on a lock that is not this action's any more (broken by a lead, lapsed).
    renewLocks([this, next, generation = m_generation](bool held) {
        if (generation != m_generation)
            return;
        if (!held) {
            m_stop = true;
            if (m_lockLost.isEmpty())
                m_lockLost = Text::tr("the locks could not be renewed");
            finishAll();
            return;
        }
        runBatch(next);
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
    m_heartbeat->stop();
    const QString title = m_action ? m_action->title() : QString();
    if (!first && !m_lockLost.isEmpty()) {
        report.outcome = ActionOutcome::Failed;
        report.summary = Text::tr("%1 stopped: %2").arg(title, m_lockLost);
    } else if (!first) {
        report.outcome = ActionOutcome::Succeeded;
        report.summary = Text::tr("%1 succeeded on %n host(s), verified", nullptr, succeeded).arg(title);
    } else {
        report.outcome = first->outcome;
        report.summary = Text::tr("%1 %2 on %3: %4").arg(title, actionOutcomeName(first->outcome), first->host, first->detail);
        const int skipped = int(std::count_if(m_results.cbegin(), m_results.cend(),
                                              [](const GuardedHostResult &r) { return r.outcome == ActionOutcome::NotAttempted; }));
        if (skipped > 0)
            report.summary += Text::tr(" (stopped there; %n host(s) not attempted)", nullptr, skipped);
    }
    Event e = makeEvent(m_action ? m_action->eventFamily() + QStringLiteral(".finished") : QString(), report.summary);
    e.details.insert(QStringLiteral("outcome"), actionOutcomeName(report.outcome));
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
                report.summary += Text::tr(" (not everything could be recorded: %1)").arg(problems->join(QStringLiteral("; ")));
            releaseLocksThen([this, report] {
                m_running = false;
                ++m_generation;
                Q_EMIT finished(report);
            });
        });
    }
}

void GuardedActionRunner::releaseLocksThen(std::function<void()> done)
{
    const QStringList targets = std::exchange(m_locked, {});
    if (targets.isEmpty() || !m_store) {
        done();
        return;
    }
    auto remaining = std::make_shared<int>(int(targets.size()));
    for (const QString &target : targets) {
        m_store->releaseLock(target).then(this, [remaining, done, target](const StoreResult<bool> &released) {
            if (!released)
                qCWarning(lcOps) << "could not release the lock on" << target << ':' << released.error;
            if (--*remaining == 0)
                done();
        });
    }
}

} // namespace opsdeck
