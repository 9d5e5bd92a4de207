#include "ConsoleApp.h"

#include "GuiPrompts.h"
#include "MainWindow.h"
#include "ReleasesPanel.h"
#include "config/ConfigSource.h"
#include "alerts/AlertEngine.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupVerifySchedule.h"
#include "health/HealthProbe.h"
#include "metrics/ConnectionJournal.h"
#include "metrics/HostMetricsPoller.h"
#include "health/HealthService.h"
#include "ops/GuardedActionRunner.h"
#include "ops/ServiceActionRunner.h"
#include "release/DeployDetector.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"
#include "timeline/IncidentTracker.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QSettings>
#include <QStatusBar>

namespace opsdeck {

ConsoleApp::ConsoleApp(const ConsoleOptions &options, QObject *parent)
    : QObject(parent), m_store(new EventStoreService(this)), m_config(new ConfigSource(this)),
      m_prompts(std::make_unique<GuiPrompts>()), m_ssh(std::make_unique<SshEngine>(m_prompts.get(), m_prompts.get())),
      m_probe(std::make_unique<HealthProbe>()),
      m_runner(std::make_unique<ServiceActionRunner>(m_ssh.get(), m_store, m_probe.get())),
      m_health(std::make_unique<HealthService>(m_store)),
      m_metrics(std::make_unique<HostMetricsPoller>(m_ssh.get())),
      m_backups(std::make_unique<BackupMonitor>(m_ssh.get())),
      m_verifySchedule(std::make_unique<BackupVerifySchedule>(m_backups.get(), m_ssh.get(), m_store)),
      m_connections(std::make_unique<ConnectionJournal>(m_metrics.get(), m_store)),
      m_alerts(std::make_unique<AlertEngine>(m_health.get(), m_metrics.get(), m_store)),
      m_deploys(std::make_unique<DeployDetector>(m_ssh.get(), m_store)),
      m_incidents(std::make_unique<IncidentTracker>(m_store))
{
    // The SSH engine and the runner see a configuration before the window's panels refresh with it:
    // slots run in connection order, and the window connects in its constructor.
    connect(m_config, &ConfigSource::loaded, m_ssh.get(), &SshEngine::setConfig);
    connect(m_config, &ConfigSource::loaded, m_runner.get(), &ServiceActionRunner::setConfig);
    connect(m_config, &ConfigSource::loaded, m_health.get(), &HealthService::setConfig);
    connect(m_config, &ConfigSource::loaded, m_metrics.get(), &HostMetricsPoller::setConfig);
    connect(m_config, &ConfigSource::loaded, m_verifySchedule.get(), &BackupVerifySchedule::setConfig);
    connect(m_config, &ConfigSource::loaded, m_backups.get(), &BackupMonitor::setConfig);
    connect(m_config, &ConfigSource::loaded, m_connections.get(), &ConnectionJournal::setConfig);
    connect(m_config, &ConfigSource::loaded, m_alerts.get(), &AlertEngine::setConfig);
    m_alerts->setBackupMonitor(m_backups.get());
    m_backups->setStore(m_store); // freshness on verified sets once a location has them
    // A service under a guarded action is muted for exactly that action.
    connect(m_runner.get(), &ServiceActionRunner::targetsBusy, m_alerts.get(), &AlertEngine::mute);
    connect(m_runner.get(), &ServiceActionRunner::targetsFree, m_alerts.get(), &AlertEngine::unmute);
    // A deploy, whoever made it: recorded once, and the app's alerts muted for its verification window.
    connect(m_config, &ConfigSource::loaded, m_deploys.get(), &DeployDetector::setConfig);
    connect(m_health.get(), &HealthService::updated, m_deploys.get(), &DeployDetector::observeHealth);
    connect(m_store, &EventStoreService::appended, m_deploys.get(), &DeployDetector::observeEvent);
    connect(m_deploys.get(), &DeployDetector::muteRequested, m_alerts.get(), &AlertEngine::mute);
    connect(m_deploys.get(), &DeployDetector::unmuteRequested, m_alerts.get(), &AlertEngine::unmute);
    m_window = std::make_unique<MainWindow>(m_config, m_store, m_ssh.get(), m_runner.get(), m_health.get(), m_alerts.get(), m_metrics.get(),
                                            m_incidents.get(), m_probe.get(), m_backups.get());
    m_prompts->setDialogParent(m_window.get());
    // A rollback's services are muted for exactly the rollback, like a restart's.
    connect(m_window->releasesPanel()->runner(), &GuardedActionRunner::targetsBusy, m_alerts.get(), &AlertEngine::mute);
    connect(m_window->releasesPanel()->runner(), &GuardedActionRunner::targetsFree, m_alerts.get(), &AlertEngine::unmute);
    connect(m_deploys.get(), &DeployDetector::recordFailed, m_window.get(), [this](const QString &error) {
        m_window->statusBar()->showMessage(error, 30'000);
    });
    connect(m_ssh.get(), &SshEngine::hostKeyTrusted, this, [this](const QString &host, const QString &type, const QString &fingerprint) {
        Event event;
        event.kind = QStringLiteral("ssh.hostkey.trusted");
        event.host = host;
        if (m_config->hasConfig() && m_config->current().findHost(host))
            event.environment = m_config->current().findHost(host)->environment;
        event.summary = tr("Host key of %1 trusted: %2 %3").arg(host, type, fingerprint);
        event.details = {{QStringLiteral("type"), type}, {QStringLiteral("fingerprint"), fingerprint}};
        m_store->append(event);
    });

    connect(m_config, &ConfigSource::loaded, this, [this](const FleetConfig &config) {
        QSettings().setValue(QStringLiteral("config/lastFile"), m_config->file());
        Event event;
        event.kind = QStringLiteral("config.loaded");
        event.summary = tr("Configuration %1 loaded: %2").arg(QFileInfo(m_config->file()).fileName(), config.summary());
        event.details = {{QStringLiteral("file"), m_config->file()},
                         {QStringLiteral("hosts"), config.hostCount()},
                         {QStringLiteral("services"), config.serviceCount()}};
        m_store->append(event);
    });
    connect(m_config, &ConfigSource::rejected, this, [this](const ConfigErrors &errors, int suppressed) {
        Event event;
        event.kind = QStringLiteral("config.rejected");
        event.summary = tr("Configuration %1 rejected with %n error(s)", nullptr, int(errors.size()) + suppressed)
                            .arg(QFileInfo(m_config->file()).fileName());
        QJsonArray list;
        for (const ConfigError &error : errors)
            list.append(error.toString());
        event.details = {{QStringLiteral("file"), m_config->file()}, {QStringLiteral("errors"), list}};
        m_store->append(event);
    });

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
    m_runner.reset();
    m_alerts.reset();
    m_verifySchedule.reset();
    m_backups.reset();
    m_connections.reset();
    m_metrics.reset();
    m_health.reset();
    m_ssh.reset();
    m_probe.reset();
}

} // namespace opsdeck
