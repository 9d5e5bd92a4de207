#include "ConsoleApp.h"

#include "GuiPrompts.h"
#include "MainWindow.h"
#include "config/ConfigSource.h"
#include "alerts/AlertEngine.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupVerifySchedule.h"
#include "metrics/ConnectionJournal.h"
#include "metrics/HostMetricsPoller.h"
#include "metrics/SampleHistory.h"
#include "health/HealthService.h"
#include "ops/GuardedActionRunner.h"
#include "ops/OpsContext.h"
#include "ops/ServiceActionRunner.h"
#include "release/DeployDetector.h"
#include "release/ReleaseService.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"
#include "timeline/IncidentTracker.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QStatusBar>

namespace opsdeck {

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : QObject(parent), m_prompts(std::make_unique<GuiPrompts>()),
      m_ops(std::make_unique<OpsContext>(m_prompts.get(), m_prompts.get())), m_store(m_ops->store()), m_config(m_ops->config()),
      m_history(std::make_unique<SampleHistory>(SampleHistory::defaultPath())),
      m_health(std::make_unique<HealthService>(m_store)),
      m_metrics(std::make_unique<HostMetricsPoller>(m_ops->ssh())),
      m_backups(std::make_unique<BackupMonitor>(m_ops->ssh())),
      m_verifySchedule(std::make_unique<BackupVerifySchedule>(m_backups.get(), m_ops->ssh(), m_store)),
      m_connections(std::make_unique<ConnectionJournal>(m_metrics.get(), m_store)),
      m_alerts(std::make_unique<AlertEngine>(m_health.get(), m_metrics.get(), m_store)),
      m_deploys(std::make_unique<DeployDetector>(m_ops->ssh(), m_store)),
      m_incidents(std::make_unique<IncidentTracker>(m_store))
{
    // The context's parts (SSH engine, runner, checklist service) see a configuration first (it connected first); then the
    // monitors; the window's panels last (slots run in connection order, and the window connects in
    // its constructor).
    m_health->setHistory(m_history.get());
    m_metrics->setHistory(m_history.get());
    connect(m_config, &ConfigSource::loaded, m_health.get(), &HealthService::setConfig);
    connect(m_config, &ConfigSource::loaded, m_metrics.get(), &HostMetricsPoller::setConfig);
    connect(m_config, &ConfigSource::loaded, m_verifySchedule.get(), &BackupVerifySchedule::setConfig);
    connect(m_config, &ConfigSource::loaded, m_backups.get(), &BackupMonitor::setConfig);
    connect(m_config, &ConfigSource::loaded, m_connections.get(), &ConnectionJournal::setConfig);
    connect(m_config, &ConfigSource::loaded, m_alerts.get(), &AlertEngine::setConfig);
    m_alerts->setBackupMonitor(m_backups.get());
    m_backups->setStore(m_store); // freshness on verified sets once a location has them
    // A service under a guarded action is muted for exactly that action.
    connect(runner(), &ServiceActionRunner::targetsBusy, m_alerts.get(), &AlertEngine::mute);
    connect(runner(), &ServiceActionRunner::targetsFree, m_alerts.get(), &AlertEngine::unmute);
    // A deploy, whoever made it: recorded once, and the app's alerts muted for its verification window.
    connect(m_config, &ConfigSource::loaded, m_deploys.get(), &DeployDetector::setConfig);
    connect(m_health.get(), &HealthService::updated, m_deploys.get(), &DeployDetector::observeHealth);
    connect(m_store, &EventStoreService::appended, m_deploys.get(), &DeployDetector::observeEvent);
    connect(m_deploys.get(), &DeployDetector::muteRequested, m_alerts.get(), &AlertEngine::mute);
    connect(m_deploys.get(), &DeployDetector::unmuteRequested, m_alerts.get(), &AlertEngine::unmute);
    m_window = std::make_unique<MainWindow>(m_ops.get(), m_health.get(), m_alerts.get(), m_metrics.get(), m_incidents.get(), m_backups.get());
    m_prompts->setDialogParent(m_window.get());
    // A rollback's services are muted for exactly the rollback, like a restart's.
    connect(m_ops->releases()->runner(), &GuardedActionRunner::targetsBusy, m_alerts.get(), &AlertEngine::mute);
    connect(m_ops->releases()->runner(), &GuardedActionRunner::targetsFree, m_alerts.get(), &AlertEngine::unmute);
    connect(m_history.get(), &SampleHistory::failed, m_window.get(), [this](const QString &error) {
        m_window->statusBar()->showMessage(tr("Charts keep no history across restarts: %1").arg(error), 30'000);
    });
    connect(m_deploys.get(), &DeployDetector::recordFailed, m_window.get(), [this](const QString &error) {
        m_window->statusBar()->showMessage(error, 30'000);
    });
    // The window's own memory: the file to open next time. (The context records the configuration's
    // and the host keys' events.)
    connect(m_config, &ConfigSource::loaded, this, [this] { QSettings().setValue(QStringLiteral("config/lastFile"), m_config->file()); });

    if (options.area == QLatin1String("dashboard"))
        m_window->showArea(MainWindow::DashboardArea);
    else if (options.area == QLatin1String("alerts"))
        m_window->showArea(MainWindow::AlertsArea);
    else if (options.area == QLatin1String("timeline"))
        m_window->showArea(MainWindow::TimelineArea);
    else if (options.area == QLatin1String("incidents"))
        m_window->showArea(MainWindow::IncidentsArea);
    else if (options.area == QLatin1String("fleet"))
        m_window->showArea(MainWindow::FleetArea);
    else if (options.area == QLatin1String("services"))
        m_window->showArea(MainWindow::ServicesArea);
    else if (options.area == QLatin1String("configuration"))
        m_window->showArea(MainWindow::ConfigurationArea);
    else if (options.area == QLatin1String("checklists"))
        m_window->showArea(MainWindow::ChecklistsArea);
    else if (options.area == QLatin1String("releases"))
        m_window->showArea(MainWindow::ReleasesArea);
    else if (options.area == QLatin1String("backups"))
        m_window->showArea(MainWindow::BackupsArea);
    m_store->open(options.store);
    QString file = options.configFile;
    if (file.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("config/lastFile")).toString();
        if (QFileInfo::exists(last))
            file = last;
    }
    if (!file.isEmpty())
        m_config->setFile(file);
}

ConsoleApp::~ConsoleApp()
{
    m_prompts->cancelAll(); // a session thread waiting for a dialog answers "no" and can stop
    m_window.reset();
    m_incidents.reset();
    m_alerts.reset();
    m_verifySchedule.reset();
    m_backups.reset();
    m_connections.reset();
    m_metrics.reset();
    m_health.reset();
    m_deploys.reset();
    m_ops.reset();
}

ConfigSource *ConsoleApp::config() const
{
    return m_ops->config();
}

EventStoreService *ConsoleApp::store() const
{
    return m_ops->store();
}

SshEngine *ConsoleApp::ssh() const
{
    return m_ops->ssh();
}

ServiceActionRunner *ConsoleApp::runner() const
{
    return m_ops->runner();
}

} // namespace opsdeck
