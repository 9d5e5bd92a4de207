#pragma once

// Switching an app to another release on every host, as a guarded action: a rollback (to an older
// release) or a roll-forward (back to the release a failed rollback left). The plan is read from the
// hosts' inventory; preflight reads it again under the locks and refuses, naming the host, unless
// the target is present and complete everywhere, each host still runs what the plan saw, nothing
// the app's release strategy needs for the switch is missing, there is free disk, and any
// migrations the switch leaves in place were acknowledged. Per host: the strategy's switch (which
// changes nothing unless the host still runs what the plan saw), a restart of the app's services
// where the strategy restarts them, and a verification window: every restarted unit in a new
// invocation and active, every health check of the app and its services passing for a stable
// period, and where an endpoint reports a version, the target's. A Kamal app with a control host
// (kamal_control), switched on every one of its hosts, is switched by one `kamal rollback VERSION`
// there instead (after the same preflight, plus a check of the control host): every host is one
// batch that waits for it, then reads back which version it runs and verifies as above.
// Lives on the runner's thread.

#include "ReleaseInventory.h"
#include "ReleaseStrategy.h"
#include "config/FleetConfig.h"
#include "ops/GuardedAction.h"
#include "ops/UnitState.h"
#include "ssh/CommandResult.h"

#include <QHash>
#include <QPointer>

namespace opsdeck {

class EventStoreService;
class HealthProbe;
class SshEngine;

struct RollbackRequest {
    QString environment;
    QString app;
    QString target;              // the release to switch to
    QStringList hosts;           // empty: every host of the app
    bool forward = false;        // a roll-forward (recorded as such; the release left is not marked bad)
    bool acknowledgeMigrations = false; // the person saw that the switch does not revert migrations
    int batchSize = 1;
    QString actor;               // written to revisions.log the way Capistrano does ("ann rolled back to …")
    Milliseconds verifyTimeout{60'000};
    Milliseconds stablePeriod{3'000}; // health must pass this long, not once
    Milliseconds pollInterval{500};
};

// What a switch to the target leaves in place, from one inventory; said before confirming.
struct RollbackPlan {
    QString from;                 // the common current ("" when hosts differ)
    QHash<QString, QString> currentByHost;
    QStringList migrationsKept;   // migration files the hosts' current releases have and the target lacks
    QStringList leftInPlace;      // what the strategy's switch does not revert (whole sentences)
    QString why;                  // non-empty: the plan cannot run, and why (names the host)
    bool forward = false;         // a roll-forward: the sentences say so
    // Whole sentences, said before confirming: "This rollback does not revert 1 migration: ….", then leftInPlace.
    QStringList notReverted() const;
};

class ReleaseRollback final : public GuardedAction
{
    Q_OBJECT
public:
    ReleaseRollback(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, const FleetConfig &config,
                    RollbackRequest request, QObject *parent = nullptr);

    // The plan for a request from an inventory: empty why when it may be confirmed.
    static RollbackPlan plan(const AppReleaseInventory &inventory, const RollbackRequest &request);

    QString environment() const override { return m_request.environment; }
    EventKind startedEventKind() const override;
    EventKind finishedEventKind() const override;
    QString title() const override;
    QStringList lockTargets() const override;
    QStringList hosts() const override { return m_hosts; }
    int batchSize() const override;
    QStringList commands() const override;
    QJsonObject details() const override;
    void preflight(std::function<void(const QString &why)> done) override;
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override;
    QList<Event> followUpEvents(const GuardedActionReport &report) const override;

    const RollbackPlan &currentPlan() const { return m_plan; }
    // Whether the switch is one `kamal rollback` on the app's control host (every host of a Kamal
    // app with kamal_control); a subset of its hosts is switched with Kamal's per-host steps.
    bool viaControlHost() const { return m_control != nullptr; }

private:
    struct HostRun;
    struct ControlRun;
    void checkControlHost(std::function<void(const QString &why)> done);
    void startControl();
    void controlFinished(const CommandResult &result);
    void afterControl(const std::shared_ptr<HostRun> &run);
    void switchHost(const std::shared_ptr<HostRun> &run);
    void restartNext(const std::shared_ptr<HostRun> &run, int index);
    void verify(const std::shared_ptr<HostRun> &run);
    void verifyHealth(const std::shared_ptr<HostRun> &run, std::function<void(const QString &, bool)> again,
                      std::function<void()> passing);
    const AppConfig *appOn(const QString &host) const;
    const HostConfig *hostConfig(const QString &host) const;

    QPointer<SshEngine> m_ssh;
    QPointer<HealthProbe> m_probe;
    QPointer<EventStoreService> m_store;
    FleetConfig m_config;
    RollbackRequest m_request;
    QStringList m_hosts;
    RollbackPlan m_plan;
    QStringList m_targetVersions; // what an endpoint may report on the target (its name, its revision)
    QString m_caFile;
    std::shared_ptr<ControlRun> m_control; // set when the switch runs on the control host
};

} // namespace opsdeck
