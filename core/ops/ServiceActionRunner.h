#pragma once

// The front door for service actions, shared by the Services area, `opsdeck service` and the bench:
// each request becomes a ServiceAction run by its own GuardedActionRunner, so actions on disjoint
// targets run at the same time and overlapping ones are refused by the lock (also within this
// console). begin() walks the guarded path up to the reason (locks, checklist, preflight, approval);
// confirm() gives the reason and the confirmation the person gave, which the core checks; start()
// is both at once. Lives on the thread that created it (the UI thread, or a CLI verb's main thread);
// never blocks it.

#include "ServiceActionRequest.h"
#include "config/FleetConfig.h"

#include <QObject>
#include <QPointer>

#include <map>
#include <memory>

namespace opsdeck {

class EventStoreService;
class GuardedActionRunner;
class HealthProbe;
class ServiceAction;
class SshEngine;

class ServiceActionRunner final : public QObject
{
    Q_OBJECT
public:
    ServiceActionRunner(SshEngine *ssh, EventStoreService *store, HealthProbe *probe, QObject *parent = nullptr);
    ~ServiceActionRunner() override;

    void setConfig(const FleetConfig &config) { m_config = config; }
    // A running action's locks live lockTtl past their last renewal; its heartbeat renews them every
    // renewEvery, and once more before every batch. A console that dies leaves them for at most lockTtl.
    void setLockTiming(Milliseconds lockTtl, Milliseconds renewEvery);

    static QString lockTarget(const QString &environment, const QString &host, const QString &service);

    // Returns the action's number; the action begins from the event loop, and finished() always
    // follows, also when it is refused.
    quint64 begin(ServiceActionRequest request);
    void confirm(quint64 action, const QString &reason, const QString &confirmation);
    void cancel(quint64 action);
    // Before confirm(): hosts at a time and the pause between batches, chosen with the confirmation.
    void setRollout(quint64 action, int batchSize, Milliseconds pause);
    quint64 start(ServiceActionRequest request);

    bool isRunning() const { return !m_actions.empty(); }
    bool isRunning(quint64 action) const { return m_actions.count(action) > 0; }

Q_SIGNALS:
    // The targets ("env/host/service") an action holds, from its locks to their release: alerts on
    // them are muted for exactly that time.
    void targetsBusy(const QStringList &targets);
    void targetsFree(const QStringList &targets);
    void awaitingConfirmation(quint64 action);
    void progress(const QString &host, const QString &message);
    void actionProgress(quint64 action, const QString &host, const QString &message);
    // A lock of a running action is no longer its own: a lead broke it (message: who and why), or it
    // lapsed and another console took it. The action stops before its next batch.
    void lockLost(const QString &target, const QString &message);
    void hostFinished(const opsdeck::HostActionResult &result);
    void finished(const opsdeck::ServiceActionReport &report);

private:
    struct Running;

    QPointer<SshEngine> m_ssh;
    QPointer<EventStoreService> m_store;
    QPointer<HealthProbe> m_probe;
    FleetConfig m_config;
    Milliseconds m_lockTtl{120'000};
    Milliseconds m_renewEvery{30'000};
    quint64 m_lastId = 0;
    std::map<quint64, std::unique_ptr<Running>> m_actions;
};

} // namespace opsdeck
