#pragma once

// The Dashboard area, the operator's home screen: every environment, host, service and health
// endpoint with its status (icon, text and colour), why, latency and the age of the last result;
// the selected entry's components (which check fails, and why) and its response time over time.
// UI thread.

#include "health/SeriesDecimator.h"
#include "store/Event.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;
class QTreeView;

namespace opsdeck {

class EventStoreService;
class HealthComponentModel;
class HealthService;
class HealthTreeModel;
class HostMetricsPoller;
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

private:
    void showSelection();
    void showHostMetrics();
    void showMarkers();
    // An endpoint's response times as the chart reads them, kept in step with its history: what is
    // new is appended, what the history dropped is dropped; nothing is copied per redraw.
    const QList<SeriesDecimator::Sample> &latencies(const QString &id);

    HealthService *m_health;
    HostMetricsPoller *m_metrics;
    HealthTreeModel *m_model;
    HealthComponentModel *m_components;
    QTreeView *m_tree;
    QTableView *m_componentView;
    QLabel *m_detailTitle;
    TimeSeriesChart *m_chart;
    TimeSeriesChart *m_hostChart;
    QComboBox *m_hostMetric;
    QStringList m_ids;   // endpoints under the selection
    QHash<QString, QList<SeriesDecimator::Sample>> m_latencies; // of m_ids
    QStringList m_hosts; // hosts under the selection
    QString m_path;      // the selection: "env", "env/host" or "env/host/service"
    EventStoreService *m_store;
    QList<Event> m_events; // the last 24 h, for chart markers
    quint64 m_fetch = 0;
};

} // namespace opsdeck
