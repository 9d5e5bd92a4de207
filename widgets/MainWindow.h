#pragma once

// The console window: navigation among the areas, the status bar (configuration and store state),
// the language menu, and window state kept across runs. On a language change it retranslates its own
// texts (title, menus, area names, status bar); every area and open dialog does the same for its own on the
// same QEvent::LanguageChange. The command palette (Ctrl+K) leads to every area, item and action. Gets
// the application layer's context (OpsContext), takes the monitors beside it from the context
// (OpsContext::monitors()), and hands each area the parts it works through; builds no part of the
// application layer itself. The SSH line of the status bar is counted as hosts connect and change
// reachability (one step per signal, never a walk of the fleet per signal) and shown at most every
// 100 ms, so a 1,000-host start costs the event loop a few lines of text, not a million look-ups.
// UI thread.

#include "UiTheme.h"

#include "metrics/ReachabilityTracker.h"

#include <QHash>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;
class QTimer;

namespace opsdeck {

class AlertEngine;
class AlertsPanel;
class BackupMonitor;
class BackupsPanel;
class CommandPalette;
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
class OpsContext;
class ReleasesPanel;
class ServicesPanel;
class SshEngine;
class TimelinePanel;
class TrayStatus;
class UiLanguage;
struct PaletteEntry;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum Area { DashboardArea, AlertsArea, TimelineArea, IncidentsArea, FleetArea, ServicesArea, ConfigurationArea, ChecklistsArea,
                ReleasesArea, BackupsArea };

    // The context must outlive the window.
    explicit MainWindow(OpsContext *ops, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showArea(Area area);
    void bringToFront(); // shown, not minimized, raised and active
    Area currentArea() const;
    FleetPanel *fleetPanel() const { return m_fleet; }
    ConfigPanel *configPanel() const { return m_configPanel; }
    ServicesPanel *servicesPanel() const { return m_services; }
    DashboardPanel *dashboardPanel() const { return m_dashboard; }
    AlertsPanel *alertsPanel() const { return m_alerts; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    IncidentsPanel *incidentsPanel() const { return m_incidents; }
    ChecklistsPanel *checklistsPanel() const { return m_checklists; }
    ReleasesPanel *releasesPanel() const { return m_releases; }
    BackupsPanel *backupsPanel() const { return m_backups; }
    TrayStatus *tray() const { return m_tray; }
    QLabel *connectionStatus() const { return m_connectionStatus; }
    QLabel *configStatus() const { return m_configStatus; }
    QLabel *storeStatus() const { return m_storeStatus; }
    // Offers the languages of this UiLanguage under View ▸ Language; a choice is saved and applied at once.
    // (View ▸ Theme: System, Light or Dark, saved and applied at once, is always there: UiTheme.)
    void setLanguage(UiLanguage *language);
    // Ctrl+K: every area, command, environment, host, service, app, backup location and their actions,
    // to type and go to (or open the action's guarded confirmation).
    CommandPalette *openPalette();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The context's parts and monitors, as the areas get them.
    MainWindow(OpsContext *ops, HealthService *health, AlertEngine *alerts, HostMetricsPoller *metrics, IncidentTracker *incidents,
               BackupMonitor *backups, QWidget *parent);
    void createMenus();
    void createLanguageMenu(QMenu *menu);
    void chooseLanguage(const QString &code);
    void createThemeMenu(QMenu *menu);
    void chooseTheme(UiTheme::Choice choice);
    void retranslate();
    void updateAlertsItem();
    void updateBackupsItem();
    void openConfig();
    void importDeployFiles();
    void showApprovals();
    QList<PaletteEntry> paletteEntries() const;
    void activate(const PaletteEntry &entry);
    void updateConfigStatus();
    void updateStoreStatus();
    // Counts again from the engine and the poller (a new configuration), then shows the line.
    void recountConnections();
    void hostConnectedChanged(const QString &host, bool connected);
    void hostReachabilityChanged(const QString &host);
    // Shows the SSH line within 100 ms (many hosts changing at once are one update).
    void scheduleConnectionStatus();
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
    ReleasesPanel *m_releases;
    BackupsPanel *m_backups;
    TrayStatus *m_tray;
    int m_backupsStale = 0;
    QLabel *m_configStatus;
    QLabel *m_connectionStatus;
    QLabel *m_storeStatus;
    QTimer *m_connectionRefresh; // the handshake queue moves without signals: a look every second
    QTimer *m_connectionShow;    // single shot: the SSH line of what changed since it started
    // The configuration's hosts and what is known of each, counted as it changes.
    QSet<QString> m_configHosts;
    QSet<QString> m_connectedHosts;
    QHash<QString, Reachability> m_reachability;
    int m_retrying = 0;
    int m_unreachable = 0;
    UiLanguage *m_language = nullptr;
    int m_alertsCritical = 0;
    int m_alertsTotal = 0;
};

} // namespace opsdeck
