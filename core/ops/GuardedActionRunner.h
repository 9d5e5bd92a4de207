#pragma once

// Runs one GuardedAction through the guarded path, in the order PRODUCT.md states:
//   lock every target, as one set in one store transaction (ActionLockSet: all or none; holder, age
//   and reason visible to every console; overlapping targets of another action are refused, also
//   another action of this same console, and the refusal names every lock held)
//   → the signed checklist the environment may require → the action's preflight on every host
//   → second-person approval where required (a request bound to the SHA-256 of the action's exact
//   plan, see ApprovalPlan; the runner waits, cancellable, until the store says another person
//   holding the role approved that same plan, and refuses when it is declined or expires) → the
//   reason → the confirmation the environment asks for
//   (ConfirmationRule); once confirmed, an approved action's plan is hashed again and a plan changed
//   since the approval (e.g. another batch size or pause chosen in the confirmation) is refused, and
//   the rollout is fixed as confirmed → a "started" event → the action host by host in batches, renewing the locks
//   before each batch and stopping at the first host that does not succeed or at a lost lock → the
//   outcome event and the action's follow-up events → unlock.
// begin() walks the chain up to the reason and waits (awaitingConfirmation()); confirm() gives the
// reason and the confirmation, also before the wait began (then they are used once it does);
// start() is both at once. An outcome is `succeeded` only when the action verified it. One runner
// runs one action; actions on disjoint targets run at the same time, each with its runner.
// Lives on the thread that created it; never blocks it.

#include "GuardedAction.h"
#include "config/FleetConfig.h"
#include "store/Event.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QTimer;

namespace opsdeck {

class ActionLockSet;
class EventStoreService;

class GuardedActionRunner final : public QObject
{
    Q_OBJECT
public:
    explicit GuardedActionRunner(EventStoreService *store, QObject *parent = nullptr);
    ~GuardedActionRunner() override;

    void setConfig(const FleetConfig &config) { m_config = config; }
    // The action's locks live lockTtl past their last renewal; a heartbeat renews them every
    // renewEvery and once more before every batch. A console that dies leaves them for at most lockTtl.
    void setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery);

    // Takes ownership of nothing: `action` must outlive finished(). finished() always follows.
    // `reason`, when already known, is the locks' reason from the start.
    void begin(GuardedAction *action, const QString &reason = {});
    void confirm(const QString &reason, const QString &confirmation);
    // Before the action started: releases the locks; finished() says it was not attempted.
    void cancel();
    void start(GuardedAction *action, const QString &reason, const QString &confirmation);

    bool isRunning() const { return m_running; }
    bool isAwaitingConfirmation() const { return m_stage == Stage::Awaiting; }
    // Past the confirmation: the action is being run (or refused); its plan no longer changes.
    bool isActing() const { return m_stage == Stage::Running; }

Q_SIGNALS:
    // Every lock is held and every check before the reason passed.
    void awaitingConfirmation();
    // The lock targets the action holds, from its locks to their release: alerts on them are muted
    // for exactly that time.
    void targetsBusy(const QStringList &targets);
    void targetsFree(const QStringList &targets);
    void progress(const QString &host, const QString &message);
    // A lock of the running action is no longer its own: a lead broke it (message: who and why), or it
    // lapsed and another console took it. The action stops before its next batch.
    void lockLost(const QString &target, const QString &message);
    void hostFinished(const opsdeck::GuardedHostResult &result);
    void finished(const opsdeck::GuardedActionReport &report);

private:
    enum class Stage { Idle, Preparing, Awaiting, Running };

    void refuse(const QString &why);
    void lockAll();
    void lockedAll(const QStringList &targets);
    void checkChecklist();
    void runPreflight();
    void checkApproval();
    void pollApproval();
    void approvalSettled(const ApprovalRequest &request);
    // The requester's console ends its request (withdrawn, or expired when past its expiry).
    void closeApproval();
    void awaitConfirmation();
    void proceedIfConfirmed();
    void relabelLocksThen(std::function<void()> done);
    void recordStarted();
    void runBatch(int first);
    void hostDone(int index, const GuardedHostResult &result);
    void finishAll();
    void releaseLocksThen(std::function<void()> done);
    Event makeEvent(const QString &kind, const QString &summary) const;

    QPointer<EventStoreService> m_store;
    QPointer<GuardedAction> m_action;
    FleetConfig m_config;
    const EnvironmentConfig *m_environment = nullptr;
    QString m_reason;
    QString m_lockReason;
    std::optional<QString> m_confirmation; // given, not yet checked
    Stage m_stage = Stage::Idle;
    QStringList m_hosts;
    QList<GuardedHostResult> m_results;
    QString m_checklistRun;
    QString m_checklistPlan;
    ApprovalRequest m_approval;     // the request of this action, once made
    bool m_approvalOpen = false;    // made and not yet settled
    bool m_approvalPolling = false; // a look at the store is on its way
    QTimer *m_approvalPoll = nullptr;
    int m_batchSize = 1;                 // the rollout as confirmed: fixed from then on
    Milliseconds m_batchPause{0};
    int m_batchStart = 0;
    int m_pendingInBatch = 0;
    bool m_stop = false;
    bool m_running = false;
    bool m_targetsBusy = false;
    ActionLockSet *m_locks = nullptr; // the action's locks: taken, renewed and released as one set
    int m_generation = 0; // answers for an action that has finished are ignored
};

} // namespace opsdeck
