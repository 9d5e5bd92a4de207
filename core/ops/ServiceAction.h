#pragma once

// A service action (restart, start, stop, reload of a systemd unit on some hosts, or a re-check
// after an unknown outcome) as one GuardedAction: GuardedActionRunner takes its locks
// ("env/host/service"), asks its reason and confirmation and runs its hosts in batches; this class
// does one host. Per host: the unit's state before, the command, verification.
// Verification: a restart must show a new run of the unit (another InvocationID, main PID or
// ActiveEnterTimestamp than before the command), and every verb but stop needs the unit active and
// every health check passing on consecutive readings for a stable period (stableFor), not on one
// reading: a unit that dies a moment after it started fails.
// A host's outcome is `succeeded` only when verified; `unknown` when the connection broke or timed
// out while the command ran, or when a re-check cannot tell whether the restart happened.
// Events: "service.VERB.started" and "service.VERB" (or "service.recheck…"), about the service.
// Lives on the runner's thread; never blocks it.

#include "GuardedAction.h"
#include "ServiceActionRequest.h"

#include <QHash>
#include <QPointer>

#include <memory>
#include <vector>

namespace opsdeck {

class EventStoreService;
class HealthProbe;
class SshEngine;

class ServiceAction final : public GuardedAction
{
    Q_OBJECT
public:
    ServiceAction(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, const FleetConfig &config,
                  ServiceActionRequest request, QObject *parent = nullptr);
    ~ServiceAction() override;

    // Checks the request's targets against the configuration; empty when they may be acted on. Fills
    // request.hosts (every host running the service when empty). Asks nothing of the person.
    static QString resolve(const FleetConfig &config, ServiceActionRequest &request);
    static QString lockTarget(const QString &environment, const QString &host, const QString &service);

    const ServiceActionRequest &request() const { return m_request; }
    // Hosts at a time and the pause between batches, chosen with the confirmation (before it runs).
    void setRollout(int batchSize, Milliseconds pause);
    // What is known of a host so far (its state before and after, its health).
    HostActionResult result(const QString &host) const;

    QString environment() const override { return m_request.environment; }
    EventKind startedEventKind() const override;
    EventKind finishedEventKind() const override;
    QString eventService() const override { return m_request.service; }
    QString actionName() const override;
    QString title() const override;
    QStringList lockTargets() const override;
    QStringList hosts() const override { return m_request.hosts; }
    int batchSize() const override { return m_request.batchSize; }
    Milliseconds batchPause() const override { return m_request.pause; }
    bool changesHosts() const override { return !m_request.verifyOnly; }
    QStringList commands() const override;
    QJsonObject details() const override;
    void preflight(std::function<void(const QString &why)> done) override;
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override;

private:
    struct HostRun;
    HostRun *find(const QString &host) const;
    void readRecordedState(HostRun &run); // a re-check: the verb and the state before, as the action recorded them
    void readStateBefore(HostRun &run);
    void runCommand(HostRun &run);
    void verify(HostRun &run);
    void checkHealth(HostRun &run, const UnitState &unit);
    void goodReading(HostRun &run, const UnitState &unit);
    void badReading(HostRun &run, const QString &problem, bool connection = false);
    void giveUp(HostRun &run);
    void finishHost(HostRun &run, ActionOutcome outcome, const QString &detail);

    QPointer<SshEngine> m_ssh;
    QPointer<HealthProbe> m_probe;
    QPointer<EventStoreService> m_store;
    FleetConfig m_config;
    ServiceActionRequest m_request;
    QString m_resolveProblem;
    std::vector<std::unique_ptr<HostRun>> m_runs;
};

} // namespace opsdeck
