#pragma once

// The composition root of the window: builds the application layer's context (OpsContext: the store,
// the configuration and its subscription, the SSH engine, the health probe, the runners, the
// checklist, release and backup services, and the events about the configuration and host keys), has
// it build the monitors that run beside it (OpsMonitors, which the context owns and wires), then the
// main window (which gets the context), and shows in the window what the monitors cannot record.
// UI thread.

#include <QObject>

#include <memory>

namespace opsdeck {

class AlertEngine;
class BackupMonitor;
class ConfigSource;
class DeployDetector;
class EventStoreService;
class GuiPrompts;
class HeapTrimmer;
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
    // The context's monitors (OpsMonitors).
    HealthService *health() const;
    AlertEngine *alerts() const;
    BackupMonitor *backups() const;
    IncidentTracker *incidents() const;
    DeployDetector *deploys() const;
    SampleHistory *history() const;

private:
    // Destroyed in reverse order: window, then the context (its monitors, runners, SSH sessions after
    // open prompts are answered, the store they record to), then the prompts.
    std::unique_ptr<GuiPrompts> m_prompts;
    std::unique_ptr<OpsContext> m_ops;
    EventStoreService *m_store;
    ConfigSource *m_config;
    std::unique_ptr<MainWindow> m_window;
    HeapTrimmer *m_trimmer; // the heap's free pages back to the system every 30 s
};

} // namespace opsdeck
