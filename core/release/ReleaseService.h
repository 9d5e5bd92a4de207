#pragma once

// The releases of the fleet's apps as the window's Releases area and `opsdeck release` both work
// with them, so neither does it itself: reads an app's inventory (its marks from the store first,
// then every host through the SSH engine), the versions the app's health endpoints report, and the
// release the newest rollback of the app left (the roll-forward target); builds the guarded switch
// (ReleaseRollback) on the context's engine, probe and store, as the store's person; runs the
// window's switches on its runner (whose targetsBusy/targetsFree mute the app's alerts); and
// records a release's mark, refusing an unknown app, an unsafe release name or an empty reason.
// Owned by OpsContext, which hands it each configuration. Lives on the thread that created it (the
// UI thread or a verb's main thread); never blocks it.

#include "ReleaseInventory.h"
#include "ReleaseRollback.h"
#include "config/FleetConfig.h"
#include "store/EventStore.h"

#include <QFuture>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>

namespace opsdeck {

class EventStoreService;
class GuardedActionRunner;
class HealthProbe;
class SshEngine;

struct ReleaseInventoryResult {
    AppReleaseInventory inventory;
    QString marksError; // non-empty: the marks could not be read, and no host was asked
};

// What the health endpoints of an app on one host say about its version.
struct ReportedVersion {
    QString host;
    QString reported; // the first version (or releaseId) an endpoint reported
    QString problem;  // none reported: the endpoints that did not pass, and how
};

class ReleaseService final : public QObject
{
    Q_OBJECT
public:
    ReleaseService(SshEngine *ssh, HealthProbe *probe, EventStoreService *store, QObject *parent = nullptr);
    ~ReleaseService() override;

    void setConfig(const FleetConfig &config) { m_config = config; }
    const FleetConfig &config() const { return m_config; }
    // The runner of the window's switches: one switch at a time from the window.
    GuardedActionRunner *runner() const { return m_runner; }

    // The app's inventory, with the releases marked bad in the store.
    QFuture<ReleaseInventoryResult> inventory(const QString &environment, const QString &app);
    // The releases of ENV/APP marked bad now.
    QFuture<StoreResult<QSet<QString>>> markedBad(const QString &environment, const QString &app);
    // The release the newest rollback of ENV/APP left ("" when none is recorded or the store cannot say).
    QFuture<QString> lastRolledBackFrom(const QString &environment, const QString &app);
    // Asks every health endpoint of the app's services on each host of the inventory; `each` is
    // called once per host that has any, on receiver's thread (not after receiver is gone).
    void readReportedVersions(const AppReleaseInventory &inventory, QObject *receiver,
                              std::function<void(const ReportedVersion &)> each);

    // The guarded switch of the request, to show or to run (the request's actor is the store's person).
    std::unique_ptr<ReleaseRollback> switchAction(RollbackRequest request, QObject *parent = nullptr) const;
    // The window's switch: built and owned here until the runner has finished with it; started
    // with startSwitch().
    ReleaseRollback *prepareSwitch(const RollbackRequest &request);
    void startSwitch(ReleaseRollback *action, const QString &reason, const QString &confirmation);

    // Empty when a mark of RELEASE of ENV/APP with this reason may be recorded, else why not.
    static QString checkMark(const FleetConfig &config, const QString &environment, const QString &app,
                             const QString &release, const QString &reason);
    // Records the mark (bad) or its lifting as exactly one event, with the store's person and the
    // reason; refused (nothing recorded) when checkMark() says why.
    QFuture<StoreResult<Event>> mark(const QString &environment, const QString &app, const QString &release, bool bad,
                                     const QString &reason);

private:
    // Owned by the context, which destroys this service first.
    SshEngine *m_ssh;
    HealthProbe *m_probe;
    EventStoreService *m_store;
    FleetConfig m_config;
    GuardedActionRunner *m_runner;
};

} // namespace opsdeck
