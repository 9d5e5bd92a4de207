#pragma once

// The Dashboard area, the operator's home screen: at the top, per environment, how many services are
// in each state (each count a filter); a filter box and "Problems only" (remembered; the overviews'
// OverviewFilterBar, the words matched by FilterQuery as in Services, Fleet and Backups); every
// environment, host, service and health endpoint with its status (symbol, word and colour), why,
// latency and the age of the last result, problems first, opened where there are problems; the
// selected entry's components (which check fails, and why) and its response time over time. The
// selection, what is open and the scroll position survive new results and reloads. Above the counts,
// the backups roll-up per environment (BackupRollupBar), once a BackupMonitor is given. UI thread.

#include "config/FleetConfig.h"
#include "health/SeriesDecimator.h"
#include "store/Event.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QTreeView;
class QVBoxLayout;

namespace opsdeck {

class BackupMonitor;
class BackupRollupBar;
class EventStoreService;
class HealthComponentModel;
class HealthCountsBar;
class HealthFilterProxy;
class HealthService;
class HealthTreeModel;
class HostMetricsPoller;
class OverviewFilterBar;
class TimeSeriesChart;

class DashboardPanel final : public QWidget
{
    Q_OBJECT
public:
    DashboardPanel(HealthService *health, HostMetricsPoller *metrics, EventStoreService *store, QWidget *parent = nullptr);

    HealthTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    HealthComponentModel *components() const { return m_components; }
    QLabel *detailTitle() const { return m_detailTitle; }
    TimeSeriesChart *chart() const { return m_chart; }
    TimeSeriesChart *hostChart() const { return m_hostChart; }
    QComboBox *hostMetricSelector() const { return m_hostMetric; }
    // Shows the backups roll-up (once); its clicks come out as backupsRequested().
    void setBackupMonitor(BackupMonitor *backups);
    BackupRollupBar *backupRollup() const { return m_backupRollup; }
    void setConfig(const FleetConfig &config);

Q_SIGNALS:
    void backupsRequested(const QString &environment);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    // Hosts that fail, warn or are unknown are opened once when they turn so (with their
    // environment); hosts with no data yet are not (at start every host has none).
    void openProblems();
    void filtersChanged();
    void rememberView();
    void restoreView();
    void showSelection();
    void showHostMetrics();
    void showMarkers();
    void scheduleMarkers();
    // An endpoint's response times as the chart reads them, kept in step with its history: what is
    // new is appended, what the history dropped is dropped; nothing is copied per redraw.
    const QList<SeriesDecimator::Sample> &latencies(const QString &id);

    HealthService *m_health;
    HostMetricsPoller *m_metrics;
    HealthTreeModel *m_model;
    HealthFilterProxy *m_proxy;
    HealthCountsBar *m_counts;
    BackupRollupBar *m_backupRollup = nullptr;
    QVBoxLayout *m_leftLayout = nullptr;
    OverviewFilterBar *m_filter; // its box "healthFilter", its toggle "problemsOnly"
    HealthComponentModel *m_components;
    QTreeView *m_tree;
    QTableView *m_componentView;
    QLabel *m_detailTitle;
    TimeSeriesChart *m_chart;
    TimeSeriesChart *m_hostChart;
    QComboBox *m_hostMetric;
    QPushButton *m_checkNow = nullptr;
    QTabWidget *m_charts = nullptr;
    QStringList m_ids;   // endpoints under the selection
    QHash<QString, QList<SeriesDecimator::Sample>> m_latencies; // of m_ids
    QStringList m_hosts; // hosts under the selection
    QString m_path;      // the selection: "env", "env/host" or "env/host/service"
    EventStoreService *m_store;
    static constexpr int kMarkerEvents = 20'000;
    QList<Event> m_events; // the last 24 h, for chart markers (about kMarkerEvents at most)
    QTimer *m_markerTimer;
    quint64 m_fetch = 0;
    QSet<QString> m_opened;      // host paths opened for their problem (see openProblems)
    QString m_keptCurrent;       // across a rebuild of the tree: the selection's path …
    QSet<QString> m_keptExpanded; // … the open rows' paths
    int m_keptScroll = 0;        // … and the scroll position
};

} // namespace opsdeck
