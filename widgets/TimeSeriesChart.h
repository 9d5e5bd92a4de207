#pragma once

// A time chart over the last 15 min / 1 h / 6 h / 24 h for whatever its source returns; while it
// holds less data than that (a fresh start), the time axis fits the data it has (at least a minute)
// and the chart says it is still collecting and how much it has. QtCharts
// draws the chart: axes, grid, legend and the event markers (with their hover). The series' lines
// are drawn by this class into one cached image laid over QtCharts' plot area, because QtCharts
// costs about a microsecond per point and 200 series of a day hold millions: every redraw sums each
// series up per device pixel column (first, last, lowest, highest: spikes survive) and draws the
// columns as the line through those samples would appear at that width, broken where samples are
// further apart than the series' gap (no data is never drawn as a line). Hovering a line names it.
// QtCharts' light or dark theme, the lines' and the markers' colours follow the widget's palette.
// Redraws are coalesced to one per ~40 ms. UI thread.

#include "health/SeriesDecimator.h"

#include <QImage>
#include <QWidget>

#include <functional>
#include <vector>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QPainter;
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
    qint64 coarseUntilMs = -1;              // samples up to here are aggregates read back from the history …
    qint64 coarseGapMs = 0;                 // … and their gap is this
};

class TimeSeriesChart final : public QWidget
{
    Q_OBJECT
public:
    using Source = std::function<QList<TimeSeries>()>;

    TimeSeriesChart(const QString &valueTitle, double fixedMax, QWidget *parent = nullptr); // fixedMax > 0: the value axis ends there
    ~TimeSeriesChart() override;

    void setSource(Source source, const QString &title);
    void setValueTitle(const QString &title);
    void setRangeMinutes(int minutes);
    void setMarkers(const QList<ChartMarker> &markers);
    int markerCount() const { return m_markersShown; } // events in the shown range
    int markerPointCount() const;                       // squares drawn for them (close events share one)
    const QList<ChartMarker> &markers() const { return m_markers; }
    // A redraw soon: at most one per interval, which grows with what a redraw costs (ten times its
    // last duration, 40 ms to 2 s), so that a chart of thousands of series redrawn while all of them
    // are answering takes about a tenth of the UI thread instead of all of it.
    void scheduleRedraw();
    int redrawIntervalMs() const;
    void redrawNow();
    int pointCount() const { return m_points; } // pixel columns with samples, all series, after the last redraw
    int seriesCount() const { return int(m_plotted.size()); }

    // For tests and benchmarks.
    QChartView *view() const { return m_view; }
    QRect plotRect() const;                   // the plot area in view coordinates
    const QImage &linesImage() const { return m_image; } // the lines as last painted, plot area only
    QColor seriesColor(int index) const; // in the light or dark variant the palette asks for
    QChart *chart() const { return m_chart; }
    QString toolTipAt(const QPoint &viewPosition) const; // what hovering there says; empty: no line near
    qint64 axisFromMs() const { return m_from; } // the time axis as last drawn
    qint64 axisToMs() const { return m_to; }
    QString collectingText() const;              // "collecting — 40 s of data"; empty: the range is full

Q_SIGNALS:
    void redrawn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void followPalette();
    class LinesLayer;
    friend class LinesLayer;
    struct Plotted {
        QString name;
        qint64 gapMs = 0;
        qint64 coarseUntilMs = -1;
        qint64 coarseGapMs = 0;
        std::vector<SeriesDecimator::PlacedColumn> columns; // those with samples
    };

    int columnCount() const;
    void summarize(const QList<TimeSeries> &sources);
    void fitTimeAxis(const QList<TimeSeries> &sources);
    qint64 markerBucket(qint64 timeMs) const;
    void updateLegend();
    void plotAreaChanged();
    void paintLines(QPainter *painter);
    void rasterize();
    QString toolTipAtLayer(const QPointF &position) const;

    Source m_source;
    double m_fixedMax;
    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_time;
    QValueAxis *m_values;
    QComboBox *m_range;
    QLabel *m_caption;
    QLabel *m_collecting;
    QTimer *m_redraw;
    QScatterSeries *m_markerSeries;
    LinesLayer *m_layer;
    QList<QLineSeries *> m_legendSeries; // empty series: only the legend's entries (up to 6 series)
    QList<ChartMarker> m_markers;
    std::vector<Plotted> m_plotted;
    std::vector<quint8> m_columnMajor; // scratch: the lines column by column (palette indices), before the image
    QImage m_image;
    bool m_imageStale = true;
    qint64 m_from = 0;
    qint64 m_to = 0;
    qint64 m_collectedMs = 0; // from the oldest sample within the range to now
    double m_top = 10;
    int m_columns = 0;
    int m_rangeMinutes = 15;
    int m_points = 0;
    int m_markersShown = 0;
    qint64 m_markerBucketMs = 1; // events this close share one square
    static constexpr int kMarkerLabelsMax = 15;
};

} // namespace opsdeck
