#pragma once

// The monitors that run beside the window's context, owned by it (OpsContext::monitors() builds them
// on first use: the window's composition root asks, a verb never does, so a verb starts none): the
// charts' sample history, the health service, the host metrics poller, the backup monitor and its
// verification schedule, the connection journal, the alert engine, the deploy detector and the
// incident tracker; and their wiring: each gets every configuration the context's source loads
// after the context's own parts (and before the window's panels, which connect later); the alerts
// of a target are muted while a guarded action (a service action, a release switch) holds it and
// while a deploy of its app is being verified; deploys are seen in health answers and recorded
// events. UI thread.

#include <QObject>

#include <memory>

namespace opsdeck {

class AlertEngine;
class BackupMonitor;
class BackupVerifySchedule;
class ConnectionJournal;
class DeployDetector;
class HealthService;
class HostMetricsPoller;
class IncidentTracker;
class OpsContext;
class SampleHistory;

class OpsMonitors final : public QObject
{
    Q_OBJECT
public:
    // ops must outlive the monitors (it owns them); historyPath: the sample history's file.
    OpsMonitors(OpsContext *ops, const QString &historyPath, QObject *parent = nullptr);
    ~OpsMonitors() override;

    SampleHistory *history() const { return m_history.get(); }
    HealthService *health() const { return m_health.get(); }
    HostMetricsPoller *metrics() const { return m_metrics.get(); }
    BackupMonitor *backups() const { return m_backups.get(); }
    BackupVerifySchedule *verifySchedule() const { return m_verifySchedule.get(); }
    ConnectionJournal *connections() const { return m_connections.get(); }
    AlertEngine *alerts() const { return m_alerts.get(); }
    DeployDetector *deploys() const { return m_deploys.get(); }
    IncidentTracker *incidents() const { return m_incidents.get(); }

private:
    // Destroyed in the order the destructor states; the history outlives the health service and the
    // poller that record to it.
    std::unique_ptr<SampleHistory> m_history;
    std::unique_ptr<HealthService> m_health;
    std::unique_ptr<HostMetricsPoller> m_metrics;
    std::unique_ptr<BackupMonitor> m_backups;
    std::unique_ptr<BackupVerifySchedule> m_verifySchedule;
    std::unique_ptr<ConnectionJournal> m_connections; // writes the start's and blips' summaries
    std::unique_ptr<AlertEngine> m_alerts;
    std::unique_ptr<DeployDetector> m_deploys; // records deploys once, mutes the app's alerts meanwhile
    std::unique_ptr<IncidentTracker> m_incidents;
};

} // namespace opsdeck
