#pragma once

// Keeps the list of active alerts: evaluates the rules (AlertEvaluator) whenever health or host
// metrics or backup listings change (at most every 250 ms) and every second; a new condition is raised, a vanished one
// resolved, each recorded as an event. Acknowledging keeps an alert but records who and when.
// Events and notifications (raised/resolved) are rate-limited per host: at most kEventsPerHost in
// any kEventWindowMs; the alerts past that still show in the list, and one alert.throttled event per
// window says how many events of that host were not written. Lives on the UI thread.

#include "Alert.h"
#include "EventBudget.h"
#include "config/FleetConfig.h"

#include <QHash>
#include <QObject>
#include <QSet>

class QTimer;

namespace opsdeck {

class BackupMonitor;
class EventStoreService;
class HealthService;
class HostMetricsPoller;

class AlertEngine final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kEventsPerHost = 20;
    static constexpr qint64 kEventWindowMs = 60'000;

    AlertEngine(HealthService *health, HostMetricsPoller *metrics, EventStoreService *store, QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);
    // Backup locations past their RPO become alerts too (optional; the monitor must outlive the engine).
    void setBackupMonitor(BackupMonitor *backups);
    // Targets ("env/host/service") under a guarded action: no alerts for them until unmuted.
    void mute(const QStringList &targets);
    void unmute(const QStringList &targets);
    bool isMuted(const QString &target) const { return m_muted.contains(target); }
    void acknowledge(const QString &key, const QString &by);
    void evaluateNow();

    QList<Alert> active() const; // newest first

Q_SIGNALS:
    void raised(const opsdeck::Alert &alert);
    void resolved(const opsdeck::Alert &alert);
    void changed(); // the list changed in any way

private:
    void scheduleEvaluation();
    void record(const QString &kind, const Alert &alert, const QString &summary);
    // Whether an event (and notification) for this alert's host fits its budget now; counts it.
    bool spend(const Alert &alert, qint64 nowMs);
    void reportThrottled(qint64 nowMs);

    HealthService *m_health;
    HostMetricsPoller *m_metrics;
    BackupMonitor *m_backups = nullptr;
    EventStoreService *m_store;
    FleetConfig m_config;
    QTimer *m_debounce;
    QTimer *m_tick;
    QHash<QString, Alert> m_active;
    QHash<QString, int> m_muted;            // target -> number of actions muting it
    QHash<QString, QDateTime> m_cpuHighSince;
    EventBudget m_budget{kEventsPerHost, kEventWindowMs};
    QHash<QString, QPair<QString, QString>> m_budgetTargets; // budget key -> environment, host
};

} // namespace opsdeck
