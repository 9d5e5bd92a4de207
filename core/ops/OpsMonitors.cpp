#include "OpsMonitors.h"

#include "OpsContext.h"
#include "ServiceActionRunner.h"
#include "GuardedActionRunner.h"
#include "alerts/AlertEngine.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupVerifySchedule.h"
#include "config/ConfigSource.h"
#include "health/HealthService.h"
#include "metrics/ConnectionJournal.h"
#include "metrics/HostMetricsPoller.h"
#include "metrics/SampleHistory.h"
#include "release/DeployDetector.h"
#include "release/ReleaseService.h"
#include "store/EventStoreService.h"
#include "timeline/IncidentTracker.h"

namespace opsdeck {

OpsMonitors::OpsMonitors(OpsContext *ops, const QString &historyPath, QObject *parent)
    : QObject(parent), m_history(std::make_unique<SampleHistory>(historyPath)),
      m_health(std::make_unique<HealthService>(ops->store())),
      m_metrics(std::make_unique<HostMetricsPoller>(ops->ssh())),
      m_backups(std::make_unique<BackupMonitor>(ops->ssh())),
      m_verifySchedule(std::make_unique<BackupVerifySchedule>(m_backups.get(), ops->ssh(), ops->store())),
      m_connections(std::make_unique<ConnectionJournal>(m_metrics.get(), ops->store())),
      m_alerts(std::make_unique<AlertEngine>(m_health.get(), m_metrics.get(), ops->store())),
      m_deploys(std::make_unique<DeployDetector>(ops->ssh(), ops->store())),
      m_incidents(std::make_unique<IncidentTracker>(ops->store()))
{
    ConfigSource *config = ops->config();
    EventStoreService *store = ops->store();
    // The context's parts see a configuration first (it connected first); then the monitors; the
    // window's panels last (slots run in connection order, and the window connects after).
    m_health->setHistory(m_history.get());
    m_metrics->setHistory(m_history.get());
    connect(config, &ConfigSource::loaded, m_health.get(), &HealthService::setConfig);
    connect(config, &ConfigSource::loaded, m_metrics.get(), &HostMetricsPoller::setConfig);
    connect(config, &ConfigSource::loaded, m_verifySchedule.get(), &BackupVerifySchedule::setConfig);
    connect(config, &ConfigSource::loaded, m_backups.get(), &BackupMonitor::setConfig);
    connect(config, &ConfigSource::loaded, m_connections.get(), &ConnectionJournal::setConfig);
    connect(config, &ConfigSource::loaded, m_alerts.get(), &AlertEngine::setConfig);
    m_alerts->setBackupMonitor(m_backups.get());
    m_backups->setStore(store); // freshness on verified sets once a location has them
    // A service under a guarded action is muted for exactly that action.
    connect(ops->runner(), &ServiceActionRunner::targetsBusy, m_alerts.get(), &AlertEngine::mute);
    connect(ops->runner(), &ServiceActionRunner::targetsFree, m_alerts.get(), &AlertEngine::unmute);
    // A deploy, whoever made it: recorded once, and the app's alerts muted for its verification window.
    connect(config, &ConfigSource::loaded, m_deploys.get(), &DeployDetector::setConfig);
    connect(m_health.get(), &HealthService::updated, m_deploys.get(), &DeployDetector::observeHealth);
    connect(store, &EventStoreService::appended, m_deploys.get(), &DeployDetector::observeEvent);
    connect(m_deploys.get(), &DeployDetector::muteRequested, m_alerts.get(), &AlertEngine::mute);
    connect(m_deploys.get(), &DeployDetector::unmuteRequested, m_alerts.get(), &AlertEngine::unmute);
    // A rollback's services are muted for exactly the rollback, like a restart's.
    connect(ops->releases()->runner(), &GuardedActionRunner::targetsBusy, m_alerts.get(), &AlertEngine::mute);
    connect(ops->releases()->runner(), &GuardedActionRunner::targetsFree, m_alerts.get(), &AlertEngine::unmute);
    // Built after a configuration was applied (the window builds them before its first one): they
    // start from it, as they would have from the source.
    if (ops->applied().hostCount() > 0) {
        const FleetConfig &applied = ops->applied();
        m_health->setConfig(applied);
        m_metrics->setConfig(applied);
        m_verifySchedule->setConfig(applied);
        m_backups->setConfig(applied);
        m_connections->setConfig(applied);
        m_alerts->setConfig(applied);
        m_deploys->setConfig(applied);
    }
}

OpsMonitors::~OpsMonitors()
{
    m_incidents.reset();
    m_alerts.reset();
    m_verifySchedule.reset();
    m_backups.reset();
    m_connections.reset();
    m_metrics.reset();
    m_health.reset();
    m_deploys.reset();
}

} // namespace opsdeck
