#pragma once

// A time chart (QtCharts) over the last 15 min / 1 h / 6 h / 24 h for whatever its source returns:
// each series is decimated to about two points per pixel (min/max per pixel column, so spikes survive)
// and broken where samples are further apart than the series' gap (no data is never drawn as a line).
// Redraws are coalesced to one per ~40 ms, replacing each series' points in one call. UI thread.

#include "health/SeriesDecimator.h"

#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QScatterSeries;
class QTimer;
class QValueAxis;

namespace opsdeck {

// An event on the time axis (a restart, a deploy, an alert …), drawn as a marker along the top.
struct ChartMarker {
    qint64 timeMs;
    QString label;
};

struct TimeSeries {
    QString name;
    QList<SeriesDecimator::Sample> samples; // oldest first
    qint64 gapMs = 30'000;                  // further apart than this: a gap
};

class TimeSeriesChart final : public QWidget
{
    Q_OBJECT
public:
    using Source = std::function<QList<TimeSeries>()>;

    TimeSeriesChart(const QString &valueTitle, double fixedMax, QWidget *parent = nullptr);

    void setSource(Source source, const QString &title); // fixedMax > 0: the value axis ends there
    void setRangeMinutes(int minutes);
    void setMarkers(const QList<ChartMarker> &markers);
    int markerCount() const { return m_markersShown; }
    void scheduleRedraw();
    void redrawNow();
    int pointCount() const { return m_points; } // after the last redraw (tests, benchmarks)

Q_SIGNALS:
    void redrawn();

private:
    Source m_source;
    double m_fixedMax;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QComboBox *m_range;
    QLabel *m_caption;
    QTimer *m_redraw;
    QScatterSeries *m_markerSeries;
    QList<ChartMarker> m_markers;
    int m_rangeMinutes = 15;
    int m_points = 0;
    int m_markersShown = 0;
};

} // namespace opsdeck
