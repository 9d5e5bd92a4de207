#pragma once

// Runs one GuardedAction through the guarded path: the reason and the confirmation the
// environment asks for (checked here, in the core, not in a dialog) → locks on every target,
// visible to all consoles → the signed checklist the environment may require → second-person
// approval where required (refused: OpsDeck cannot collect approvals yet, and a shown setting is
// never ignored) → the action's preflight on every host → a "started" event → the action host by
// host in batches, stopping at the first host that does not succeed → the outcome event and the
// action's follow-up events → unlock. An outcome is `succeeded` only when the action verified it.
// One runner runs one action at a time; actions on disjoint targets use one runner each.
// Lives on the thread that created it; never blocks it.

#include "GuardedAction.h"
#include "config/FleetConfig.h"

#include <QObject>
#include <QPointer>

class QTimer;

namespace opsdeck {

class EventStoreService;

class GuardedActionRunner final : public QObject
{
    Q_OBJECT
public:
    GuardedActionRunner(EventStoreService *store, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config) { m_config = config; }
    // The action's locks live lockTtl past their last renewal; a heartbeat renews them every
    // renewEvery and once more before every batch. A console that dies leaves them for at most lockTtl.
    void setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery);

    // The confirmation rule of an environment: a click, or its name typed. Empty when `confirmation`
    // satisfies it ("yes" stands for the click), else what is missing.
    static QString checkConfirmation(const EnvironmentConfig &environment, const QString &confirmation);

    // Takes ownership of nothing: `action` must outlive finished(). finished() always follows.
    void start(GuardedAction *action, const QString &reason, const QString &confirmation);
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(const QString &host, const QString &message);
    void hostFinished(const opsdeck::GuardedHostResult &result);
    void finished(const opsdeck::GuardedActionReport &report);

private:
    void refuse(const QString &why);
    void lockNext(int index);
    void checkChecklist();
    void runPreflight();
    void recordStarted();
    void runBatch(int first);
    void hostDone(int index, const GuardedHostResult &result);
    void finishAll();
    void releaseLocksThen(std::function<void()> done);
    // done(true) when every lock is still this action's; a lock found broken or taken stops the action
    // before its next batch (m_lockLost says why).
    void renewLocks(std::function<void(bool held)> done);
    Event makeEvent(const QString &kind, const QString &summary) const;

    QPointer<EventStoreService> m_store;
    QPointer<GuardedAction> m_action;
    FleetConfig m_config;
    const EnvironmentConfig *m_environment = nullptr;
    QString m_reason;
    QStringList m_locked;
    QStringList m_hosts;
    QList<GuardedHostResult> m_results;
    QString m_checklistRun;
    QString m_checklistPlan;
    int m_batchStart = 0;
    int m_pendingInBatch = 0;
    bool m_stop = false;
    bool m_running = false;
    QTimer *m_heartbeat = nullptr;
    Milliseconds m_lockTtl{120'000};
    Milliseconds m_renewEvery{30'000};
    QString m_lockLost;
    int m_generation = 0; // answers for an action that has finished are ignored
};

} // namespace opsdeck
