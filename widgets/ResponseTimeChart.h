#pragma once

// Response time of a set of health endpoints over the last 15 min / 1 h / 6 h / 24 h (QtCharts).
// Each series is decimated to about two points per pixel and broken where there is no data; new
// results redraw at most once per ~40 ms, replacing each series' points in one call. UI thread.

#include <QStringList>
#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QTimer;
class QValueAxis;

namespace opsdeck {

class HealthService;

class ResponseTimeChart final : public QWidget
{
    Q_OBJECT
public:
    explicit ResponseTimeChart(HealthService *health, QWidget *parent = nullptr);

    void setEndpoints(const QStringList &ids, const QString &title);
    void setRangeMinutes(int minutes);
    int pointCount() const { return m_points; } // after the last redraw (for tests and benchmarks)
    void redrawNow();

Q_SIGNALS:
    void redrawn();

private:
    void scheduleRedraw();

    HealthService *m_health;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_latency;
    QComboBox *m_range;
    QLabel *m_caption;
    QTimer *m_redraw;
    QStringList m_ids;
    int m_rangeMinutes = 15;
    int m_points = 0;
};

} // namespace opsdeck
