#pragma once

// The composition root of the window: builds the application layer's context (OpsContext: the store,
// the configuration and its subscription, the SSH engine, the health probe, the service runner, the
// checklist service, and the events about the configuration and host keys), the monitors that run
// beside it and the main window (which gets the context), and wires them. UI thread.

#include <QObject>

#include <memory>

namespace opsdeck {

class AlertEngine;
class BackupMonitor;
class BackupVerifySchedule;
class ConfigSource;
class ConnectionJournal;
class DeployDetector;
class HostMetricsPoller;
class EventStoreService;
class GuiPrompts;
class HealthService;
class IncidentTracker;
class MainWindow;
class OpsContext;
class SampleHistory;
class ServiceActionRunner;
class SshEngine;

struct ConsoleOptions {
    QString configFile; // empty: the one used last time, if any
    QString store;      // --store argument; empty: the default SQLite file
    QString area;       // --area: dashboard, alerts, timeline, incidents, checklists, releases, fleet, services or configuration;
                        // empty: where the user left off
};

class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const ConsoleOptions &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    MainWindow *window() const { return m_window.get(); }
    OpsContext *ops() const { return m_ops.get(); }
    ConfigSource *config() const;
    EventStoreService *store() const;
    SshEngine *ssh() const;
    GuiPrompts *prompts() const { return m_prompts.get(); }
    ServiceActionRunner *runner() const;
    HealthService *health() const { return m_health.get(); }
    AlertEngine *alerts() const { return m_alerts.get(); }
    BackupMonitor *backups() const { return m_backups.get(); }
    IncidentTracker *incidents() const { return m_incidents.get(); }
    DeployDetector *deploys() const { return m_deploys.get(); }
    SampleHistory *history() const { return m_history.get(); }

private:
    // Destroyed in reverse order: window, monitors, then the context (runner, SSH sessions after open
    // prompts are answered, the store they record to), then the prompts.
    std::unique_ptr<GuiPrompts> m_prompts;
    std::unique_ptr<OpsContext> m_ops;
    EventStoreService *m_store;
    ConfigSource *m_config;
    std::unique_ptr<SampleHistory> m_history; // outlives the health service and the poller that record to it
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<HostMetricsPoller> m_metrics;
    std::unique_ptr<BackupMonitor> m_backups;
    std::unique_ptr<BackupVerifySchedule> m_verifySchedule;
    std::unique_ptr<ConnectionJournal> m_connections; // writes the start's and blips' summaries
    std::unique_ptr<AlertEngine> m_alerts;
    std::unique_ptr<DeployDetector> m_deploys; // records deploys once, mutes the app's alerts meanwhile
    std::unique_ptr<IncidentTracker> m_incidents;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace opsdeck
