#pragma once

// The console window: navigation among the areas, the status bar (configuration and store state),
// and window state kept across runs. Knows the ConfigSource and EventStoreService it shows, nothing
// else of the composition. UI thread.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace opsdeck {

class AlertEngine;
class AlertsPanel;
class ChecklistsPanel;
class ConfigPanel;
class DashboardPanel;
class HealthService;
class HostMetricsPoller;
class ConfigSource;
class EventStoreService;
class FleetPanel;
class IncidentsPanel;
class IncidentTracker;
class ServiceActionRunner;
class ServicesPanel;
class SshEngine;
class TimelinePanel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { DashboardArea, AlertsArea, TimelineArea, IncidentsArea, FleetArea, ServicesArea, ConfigurationArea, ChecklistsArea };

    MainWindow(ConfigSource *config, EventStoreService *store, SshEngine *ssh, ServiceActionRunner *runner,
               HealthService *health, AlertEngine *alerts, HostMetricsPoller *metrics, IncidentTracker *incidents,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    Area currentArea() const;
    FleetPanel *fleetPanel() const { return m_fleet; }
    ConfigPanel *configPanel() const { return m_configPanel; }
    ServicesPanel *servicesPanel() const { return m_services; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    IncidentsPanel *incidentsPanel() const { return m_incidents; }
    ChecklistsPanel *checklistsPanel() const { return m_checklists; }
    QLabel *connectionStatus() const { return m_connectionStatus; }
    QLabel *configStatus() const { return m_configStatus; }
    QLabel *storeStatus() const { return m_storeStatus; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void openConfig();
    void importDeployFiles();
    void showApprovals();
    void updateConfigStatus();
    void updateStoreStatus();
    void updateConnectionStatus();
    QString hostConnectionText(const QString &host) const;
    void restoreWindowState();
    void saveWindowState();

    ConfigSource *m_config;
    EventStoreService *m_store;
    QListWidget *m_navigation;
    QStackedWidget *m_areas;
    SshEngine *m_ssh;
    HostMetricsPoller *m_metrics;
    DashboardPanel *m_dashboard;
    AlertsPanel *m_alerts;
    TimelinePanel *m_timeline;
    IncidentsPanel *m_incidents;
    FleetPanel *m_fleet;
    ServicesPanel *m_services;
    ConfigPanel *m_configPanel;
    ChecklistsPanel *m_checklists;
    QLabel *m_configStatus;
    QLabel *m_connectionStatus;
    QLabel *m_storeStatus;
    QTimer *m_connectionRefresh; // the handshake queue moves without signals: a look every second
};

} // namespace opsdeck
