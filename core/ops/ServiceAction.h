#pragma once

// The guarded path for service actions (PRODUCT.md "One pattern for every dangerous action"):
// preflight (a reason, a confirmation, a store that can record; in an environment with
// require_signed_checklist, a deployment checklist run signed now whose plan covers the action's
// hosts) -> locks on every target, visible to
// all consoles -> a "started" event -> per host: the unit's state before, the command, host by host
// in batches -> verification -> the outcome event -> unlock.
// Verification: a restart must show a new run of the unit (another InvocationID, main PID or
// ActiveEnterTimestamp than before the command), and every verb but stop needs the unit active and
// every health check passing on consecutive readings for a stable period (stableFor), not on one
// reading: a unit that dies a moment after it started fails.
// An outcome is `succeeded` only when verified; `unknown` when the connection broke or timed out
// while the command ran, or when a re-check cannot tell whether the restart happened. A rolling
// action stops at the first host that does not succeed.
// Lives on the thread that created it (the UI thread, or a CLI verb's main thread); never blocks it.

#include "ServiceCommands.h"
#include "UnitState.h"
#include "health/HealthVerdict.h"
#include "ssh/CommandResult.h"
#include "store/Event.h"

#include <QObject>
#include <QPointer>
#include <QSet>

class QTimer;

#include <functional>

namespace opsdeck {

class EventStoreService;
class HealthProbe;
class SshEngine;

enum class ActionOutcome { Succeeded, Failed, Unknown, NotAttempted };
QString actionOutcomeName(ActionOutcome outcome); // "succeeded", "failed", "unknown", "not attempted"

struct ServiceActionRequest {
    ServiceVerb verb = ServiceVerb::Restart;
    QString environment;
    QString service;           // the logical service (its name in the configuration)
    QStringList hosts;         // in order; empty: every host of the environment that runs the service
    QString reason;            // required
    bool confirmed = false;    // the caller obtained the confirmation the environment asks for
    bool verifyOnly = false;   // re-check after an unknown outcome: no command, only verification of the
                               // action recorded last for the host (its verb, the unit's state before it)
    int batchSize = 1;
    Milliseconds pause{0};     // between batches
    Milliseconds verifyTimeout{60'000}; // for the unit to come up (restarted, active, healthy)
    Milliseconds stableFor{10'000};     // then it must stay so, reading after reading, this long
    Milliseconds pollInterval{1'000};
};

struct HostActionResult {
    QString host;
    ActionOutcome outcome = ActionOutcome::NotAttempted;
    QString detail;            // why, in one sentence
    UnitState before;          // the unit's state before the command (a re-check: as recorded then)
    UnitState unit;            // last state seen
    HealthVerdict health;      // last verdict seen (status Unknown when no check is configured)
    qint64 elapsedMs = 0;
};

struct ServiceActionReport {
    ActionOutcome outcome = ActionOutcome::NotAttempted;
    QString summary;
    QList<HostActionResult> hosts;
};

class ServiceActionRunner final : public QObject
{
    Q_OBJECT
public:
    ServiceActionRunner(SshEngine *ssh, EventStoreService *store, HealthProbe *probe, QObject *parent = nullptr);
    ~ServiceActionRunner() override;

    void setConfig(const FleetConfig &config) { m_config = config; }

    // Checks the request against the configuration; empty when it may run. Also fills request.hosts.
    QString prepare(ServiceActionRequest &request) const;
    // Starts the action; finished() always follows, also when the request is refused.
    void start(ServiceActionRequest request);
    bool isRunning() const { return m_running; }

    static QString lockTarget(const QString &environment, const QString &host, const QString &service);

    // A running action's locks live lockTtl past their last renewal; its heartbeat renews them every
    // renewEvery, and once more before every batch. A console that dies leaves them for at most lockTtl.
    void setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery);

Q_SIGNALS:
    // The targets ("env/host/service") an action holds, from its locks to their release: alerts on
    // them are muted for exactly that time.
    void targetsBusy(const QStringList &targets);
    void targetsFree(const QStringList &targets);
    void progress(const QString &host, const QString &message);
    // A lock of the running action is no longer its own: a lead broke it (message: who and why), or it
    // lapsed and another console took it. The action stops before its next batch.
    void lockLost(const QString &target, const QString &message);
    void hostFinished(const opsdeck::HostActionResult &result);
    void finished(const opsdeck::ServiceActionReport &report);

private:
    struct HostRun;
    void refuse(const QString &why);
    void checkApprovalThenLock();
    void lockNext(int index);
    void recordStartedAndRun();
    void runBatch(int first);
    void runHost(int index);
    void readRecordedState(int index); // a re-check: the verb and the state before, as the action recorded them
    void readStateBefore(int index);
    void runCommand(int index);
    void verify(int index);
    void checkHealth(int index, const UnitState &unit);
    void goodReading(int index, const UnitState &unit);
    void badReading(int index, const QString &problem, bool connection = false);
    void giveUp(int index);
    void finishHost(int index, ActionOutcome outcome, const QString &detail);
    void finishAll();
    // Releases every lock taken, then calls done: finished() is only emitted once the store knows.
    void releaseLocksThen(std::function<void()> done);
    // Renews every lock held; done(true) when all are still this action's. A lock found lost is noted
    // (m_lockLost, with the lock.broken record's who and why) before done is called.
    void renewLocks(std::function<void(bool held)> done);
    void noteLockLost(const QString &target, const ActionLock &now, std::function<void()> done);
    Event makeEvent(const QString &kind, const QString &summary) const;

    QPointer<SshEngine> m_ssh;
    QPointer<EventStoreService> m_store;
    QPointer<HealthProbe> m_probe;
    FleetConfig m_config;
    ServiceActionRequest m_request;
    QList<HostActionResult> m_results;
    std::vector<std::unique_ptr<HostRun>> m_runs;
    QStringList m_locked;      // the locks this action holds, to renew and release
    QTimer *m_heartbeat = nullptr;
    Milliseconds m_lockTtl{120'000};
    Milliseconds m_renewEvery{30'000};
    QString m_lockLost;        // why the action no longer holds all its locks; empty while it does
    QSet<QString> m_lostTargets;
    quint64 m_generation = 0;  // of the action running: answers for an earlier one are dropped
    bool m_targetsBusy = false; // targetsBusy() was emitted, targetsFree() is owed
    QString m_approvalRun;  // the signed checklist run the environment asked for, when it asked
    QString m_approvalPlan; // and the plan hash it approves
    int m_batchStart = 0;
    int m_pendingInBatch = 0;
    bool m_running = false;
    bool m_stopRolling = false;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::HostActionResult)
Q_DECLARE_METATYPE(opsdeck::ServiceActionReport)
