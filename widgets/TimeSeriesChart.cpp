#include "TimeSeriesChart.h"

#include "StatusColors.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QElapsedTimer>
#include <QGraphicsItem>
#include <QGraphicsSceneHoverEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPainter>
#include <QMap>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>

namespace opsdeck {

namespace {

// Above the grid and the axes, below the markers (QtCharts stacks its items from the plot area up to
// the series at 4 and more, scatter series at 10).
constexpr qreal kLinesZ = 4.5;
constexpr int kLineColours = StatusColors::kChartLineCount;
constexpr int kLegendSeriesMax = 6;
constexpr qint64 kRedrawMinMs = 40;   // scheduled redraws: at most 25 a second
constexpr qint64 kRedrawMaxMs = 2000; // and at least one every 2 s while data arrives
constexpr qint64 kMinimumSpanMs = 60'000; // the narrowest time axis, while collecting
constexpr int kThickSeriesMax = 12; // up to this many series, lines are 2 device pixels wide

// One series into a column-major buffer of palette indices (buffer[x * height + y], 0: nothing): for
// each column the vertical span the line through its samples covers, and between columns the
// straight line from one column's last sample to the next one's first, unless they are further apart
// than the gap (the coarse gap after a sample at or before coarseUntilMs: samples read back as
// aggregates are a minute's low and high, further apart than live ones). A byte per pixel: dense series fill a lot of pixels, and bytes fill four times faster.
void drawColumns(std::vector<quint8> &buffer, int width, int height, const std::vector<SeriesDecimator::PlacedColumn> &columns,
                 double top, qint64 gapMs, qint64 coarseUntilMs, qint64 coarseGapMs, quint8 color, int thickness)
{
    const double scale = double(height) / top;
    const auto yOf = [&](float value) { return (top - double(value)) * scale; };
    const double bottom = double(height - 1);
    const auto span = [&](int x, double y0, double y1) {
        if (y0 > y1)
            std::swap(y0, y1);
        // Clamped first, the truncation is the floor (and never overflows).
        const int a = int(std::clamp(y0, 0.0, bottom));
        const int b = std::min(int(std::clamp(y1, 0.0, bottom)) + thickness - 1, height - 1);
        for (int t = 0; t < thickness && x + t < width; ++t) {
            quint8 *column = buffer.data() + size_t(x + t) * size_t(height);
            std::fill(column + a, column + b + 1, color);
        }
    };
    bool have = false;
    int px = 0;
    double pyLast = 0;
    qint64 ptLast = 0;
    for (const SeriesDecimator::PlacedColumn &placed : columns) {
        const int x = placed.x;
        if (x >= width)
            break;
        const SeriesDecimator::Column &c = placed.column;
        double lo = yOf(c.max);
        double hi = yOf(c.min);
        if (have && c.firstAt - ptLast <= (ptLast <= coarseUntilMs ? std::max(gapMs, coarseGapMs) : gapMs)) {
            if (x == px + 1) {
                // The step from the previous column's last sample, in this column (dense series: the usual case).
                lo = std::min(lo, pyLast);
                hi = std::max(hi, pyLast);
            } else {
                // The segment from (px, pyLast) to (x, yFirst) across empty columns, half a column on
                // each side of every step.
                const double yFirst = yOf(c.first);
                const double slope = (yFirst - pyLast) / double(x - px);
                span(px, pyLast, pyLast + slope * 0.5);
                for (int k = px + 1; k < x; ++k)
                    span(k, pyLast + slope * (k - px - 0.5), pyLast + slope * (k - px + 0.5));
                const double entry = yFirst - slope * 0.5;
                lo = std::min(lo, entry);
                hi = std::max(hi, entry);
            }
        }
        span(x, lo, hi);
        have = true;
        px = x;
        pyLast = yOf(c.last);
        ptLast = c.lastAt;
    }
}

} // namespace

// Paints the cached lines over the plot area and names the line under the pointer.
class TimeSeriesChart::LinesLayer final : public QGraphicsItem
{
public:
    LinesLayer(TimeSeriesChart *owner, QGraphicsItem *parent) : QGraphicsItem(parent), m_owner(owner)
    {
        setZValue(kLinesZ);
        setAcceptHoverEvents(true);
        setFlag(QGraphicsItem::ItemClipsToShape);
    }
    QRectF boundingRect() const override { return QRectF(QPointF(0, 0), m_size); }
    QSizeF size() const { return m_size; }
    void setSize(const QSizeF &size)
    {
        if (size == m_size)
            return;
        prepareGeometryChange();
        m_size = size;
    }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *) override { m_owner->paintLines(painter); }

protected:
    void hoverMoveEvent(QGraphicsSceneHoverEvent *event) override
    {
        const QString text = m_owner->toolTipAtLayer(event->pos());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->screenPos(), DisplayText::toolTip(text));
    }
    void hoverLeaveEvent(QGraphicsSceneHoverEvent *) override { QToolTip::hideText(); }

private:
    TimeSeriesChart *m_owner;
    QSizeF m_size;
};

TimeSeriesChart::TimeSeriesChart(const QString &valueTitle, double fixedMax, QWidget *parent)
    : QWidget(parent), m_fixedMax(fixedMax), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_time(new QDateTimeAxis(this)), m_values(new QValueAxis(this)), m_range(new QComboBox(this)),
      m_caption(new QLabel(this)), m_collecting(new QLabel(this)), m_redraw(new QTimer(this)), m_markerSeries(new QScatterSeries),
      m_layer(new LinesLayer(this, m_chart))
{
    // Events ride along the top of the plot; hovering one tells what happened.
    m_markerSeries->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_markerSeries->setMarkerSize(9);
    connect(m_markerSeries, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state)
            return;
        // One square stands for every event of its few pixels: name them, newest first, up to a bound.
        const qint64 bucket = markerBucket(qint64(std::llround(point.x())));
        QStringList labels;
        int more = 0;
        for (auto it = m_markers.crbegin(); it != m_markers.crend(); ++it) {
            if (it->timeMs < m_from || it->timeMs > m_to || markerBucket(it->timeMs) != bucket)
                continue;
            if (labels.size() < kMarkerLabelsMax)
                labels << QDateTime::fromMSecsSinceEpoch(it->timeMs).toString(QStringLiteral("HH:mm:ss ")) + it->label;
            else
                ++more;
        }
        if (more > 0)
            labels << tr("… and %n more event(s)", nullptr, more);
        QToolTip::showText(QCursor::pos(), DisplayText::toolTip(labels.join(u'\n'))); // event summaries: shown as text
    });
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_values->setTitleText(valueTitle);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_chart->addSeries(m_markerSeries);
    m_markerSeries->attachAxis(m_time);
    m_markerSeries->attachAxis(m_values);
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setAccessibleName(tr("Chart: %1").arg(valueTitle));
    connect(m_chart, &QChart::plotAreaChanged, this, &TimeSeriesChart::plotAreaChanged);

    for (const int minutes : {15, 60, 360, 1440})
        m_range->addItem(QString(), minutes); // named by retranslate()
    m_range->setCurrentIndex(0);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { setRangeMinutes(m_range->currentData().toInt()); });

    auto *bar = new QHBoxLayout;
    m_caption->setTextFormat(Qt::PlainText); // the title names hosts and services: text, never rich text
    bar->addWidget(m_caption, 1);
    m_collecting->setObjectName(QStringLiteral("collecting"));
    m_collecting->hide();
    bar->addWidget(m_collecting);
    bar->addWidget(m_range);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_redraw->setSingleShot(true);
    m_redraw->setInterval(int(kRedrawMinMs));
    connect(m_redraw, &QTimer::timeout, this, &TimeSeriesChart::redrawNow);
    // The window slides even when nothing arrives.
    auto *slide = new QTimer(this);
    slide->setInterval(5000);
    connect(slide, &QTimer::timeout, this, &TimeSeriesChart::scheduleRedraw);
    slide->start();
    plotAreaChanged();
    followPalette();
    retranslate();
}

TimeSeriesChart::~TimeSeriesChart() = default;

void TimeSeriesChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::PaletteChange)
        followPalette();
    QWidget::changeEvent(event);
}

// QtCharts' light or dark theme after the widget's palette; the theme resets every colour and font of
// the chart, so the event markers and the legend's colours are set again, and the lines drawn anew in
// the palette's variant of the series colours.
void TimeSeriesChart::followPalette()
{
    const QChart::ChartTheme theme = StatusColors::isDark(palette()) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (m_chart->theme() != theme)
        m_chart->setTheme(theme);
    const QColor marker = StatusColors::chartMarker(palette());
    m_markerSeries->setColor(marker);
    m_markerSeries->setBorderColor(marker);
    for (qsizetype i = 0; i < m_legendSeries.size(); ++i)
        m_legendSeries.at(i)->setColor(seriesColor(int(i)));
    m_imageStale = true;
    m_layer->update();
}

// The chart's own texts in the language now installed; the value title and the caption are the owner's.
void TimeSeriesChart::retranslate()
{
    m_markerSeries->setName(tr("Events"));
    m_time->setTitleText(tr("Local time"));
    for (int i = 0; i < m_range->count(); ++i) {
        const int minutes = m_range->itemData(i).toInt();
        m_range->setItemText(i, minutes < 60 ? tr("%n minute(s)", nullptr, minutes) : tr("%n hour(s)", nullptr, minutes / 60));
    }
}

void TimeSeriesChart::setValueTitle(const QString &title)
{
    m_values->setTitleText(title);
}

void TimeSeriesChart::setSource(Source source, const QString &title)
{
    m_source = std::move(source);
    m_caption->setText(title);
    redrawNow();
}

void TimeSeriesChart::setRangeMinutes(int minutes)
{
    m_rangeMinutes = minutes;
    const int index = m_range->findData(minutes);
    if (index >= 0 && index != m_range->currentIndex())
        m_range->setCurrentIndex(index);
    redrawNow();
}

void TimeSeriesChart::setMarkers(const QList<ChartMarker> &markers)
{
    m_markers = markers;
    scheduleRedraw();
}

qint64 TimeSeriesChart::markerBucket(qint64 timeMs) const
{
    return (timeMs - m_from) / m_markerBucketMs;
}

int TimeSeriesChart::markerPointCount() const
{
    return int(m_markerSeries->count());
}

void TimeSeriesChart::scheduleRedraw()
{
    if (!m_redraw->isActive())
        m_redraw->start();
}

int TimeSeriesChart::columnCount() const
{
    return std::max(1, int(std::lround(m_chart->plotArea().width() * m_view->devicePixelRatioF())));
}

QColor TimeSeriesChart::seriesColor(int index) const
{
    return StatusColors::chartLine(index, palette());
}

void TimeSeriesChart::summarize(const QList<TimeSeries> &sources)
{
    m_columns = columnCount();
    m_plotted.resize(size_t(sources.size()));
    double highest = 10;
    m_points = 0;
    for (qsizetype i = 0; i < sources.size(); ++i) {
        Plotted &p = m_plotted[size_t(i)];
        p.name = sources.at(i).name;
        p.gapMs = sources.at(i).gapMs;
        p.coarseUntilMs = sources.at(i).coarseUntilMs;
        p.coarseGapMs = sources.at(i).coarseGapMs;
        m_points += SeriesDecimator::placedColumns(sources.at(i).samples, m_from, m_to, m_columns, p.columns, &highest);
    }
    m_top = m_fixedMax > 0 ? m_fixedMax : highest * 1.1;
    m_imageStale = true;
}

void TimeSeriesChart::fitTimeAxis(const QList<TimeSeries> &sources)
{
    m_to = QDateTime::currentMSecsSinceEpoch();
    const qint64 rangeFrom = m_to - qint64(m_rangeMinutes) * 60'000;
    // The oldest sample within the range: the series are sorted, so one binary search each.
    std::optional<qint64> oldest;
    for (const TimeSeries &series : sources) {
        const auto first = std::lower_bound(series.samples.cbegin(), series.samples.cend(), rangeFrom,
                                            [](const SeriesDecimator::Sample &sample, qint64 t) { return sample.timeMs < t; });
        if (first != series.samples.cend() && first->timeMs <= m_to)
            oldest = std::min(oldest.value_or(first->timeMs), first->timeMs);
    }
    m_collectedMs = oldest ? m_to - *oldest : 0;
    // Less data than the range (a fresh start): the axis spans the data and a little more instead of
    // squeezing it into the last pixels; at least a minute, so that a few samples are not stretched.
    const qint64 span = std::max(kMinimumSpanMs, m_collectedMs + m_collectedMs / 20);
    m_from = std::max(rangeFrom, m_to - span);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(m_from), QDateTime::fromMSecsSinceEpoch(m_to));
    const qint64 shown = m_to - m_from;
    m_time->setFormat(shown <= 10 * 60'000 ? QStringLiteral("HH:mm:ss") : shown > 360 * 60'000 ? QStringLiteral("dd HH:mm") : QStringLiteral("HH:mm"));
    const QString collecting = collectingText();
    m_collecting->setText(collecting);
    m_collecting->setVisible(!collecting.isEmpty());
}

QString TimeSeriesChart::collectingText() const
{
    if (!m_source || m_from <= m_to - qint64(m_rangeMinutes) * 60'000)
        return {};
    if (m_collectedMs <= 0)
        return tr("collecting — no data yet");
    const qint64 seconds = m_collectedMs / 1000;
    const QString amount = seconds < 120 ? tr("%1 s").arg(seconds) : seconds < 7200 ? tr("%1 min").arg(seconds / 60) : tr("%1 h").arg(seconds / 3600);
    return tr("collecting — %1 of data").arg(amount);
}

int TimeSeriesChart::redrawIntervalMs() const
{
    return m_redraw->interval();
}

void TimeSeriesChart::redrawNow()
{
    QElapsedTimer cost;
    cost.start();
    m_redraw->stop(); // this redraw serves what was scheduled
    const QList<TimeSeries> sources = m_source ? m_source() : QList<TimeSeries>{};
    fitTimeAxis(sources);
    summarize(sources);
    updateLegend();
    // Events close together share one square (a burst of a 1,000-host restart is thousands of
    // events): one per bucket of about a marker's width, at the newest event of the bucket.
    const double plotWidth = m_chart->plotArea().width();
    m_markerBucketMs = std::max<qint64>(1, qint64(double(m_to - m_from) * m_markerSeries->markerSize()
                                                  / (plotWidth > 1 ? plotWidth : 600.0)));
    QMap<qint64, qint64> newestOfBucket;
    m_markersShown = 0;
    for (const ChartMarker &m : std::as_const(m_markers)) {
        if (m.timeMs < m_from || m.timeMs > m_to)
            continue;
        ++m_markersShown;
        qint64 &newest = newestOfBucket[markerBucket(m.timeMs)];
        newest = std::max(newest, m.timeMs);
    }
    QList<QPointF> markerPoints;
    markerPoints.reserve(newestOfBucket.size());
    for (const qint64 at : std::as_const(newestOfBucket))
        markerPoints.append(QPointF(double(at), m_top * 0.97));
    m_markerSeries->replace(markerPoints);
    m_values->setRange(0, m_top);
    m_layer->update();
    m_redraw->setInterval(int(std::clamp<qint64>(10 * cost.elapsed(), kRedrawMinMs, kRedrawMaxMs)));
    Q_EMIT redrawn();
}

void TimeSeriesChart::updateLegend()
{
    // QtCharts' legend names up to six series; its entries come from empty series of the same colours.
    const qsizetype wanted = m_plotted.size() <= size_t(kLegendSeriesMax) ? qsizetype(m_plotted.size()) : 0;
    while (m_legendSeries.size() > wanted) {
        QLineSeries *series = m_legendSeries.takeLast();
        m_chart->removeSeries(series);
        delete series;
    }
    while (m_legendSeries.size() < wanted) {
        auto *series = new QLineSeries;
        m_chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_values);
        m_legendSeries.append(series);
    }
    for (qsizetype i = 0; i < wanted; ++i) {
        m_legendSeries.at(i)->setName(m_plotted[size_t(i)].name);
        m_legendSeries.at(i)->setColor(seriesColor(int(i)));
    }
    for (auto *marker : m_chart->legend()->markers(m_markerSeries))
        marker->setVisible(false);
    m_chart->legend()->setVisible(wanted > 0); // more: hover a line for its name
}

void TimeSeriesChart::plotAreaChanged()
{
    const QRectF area = m_chart->plotArea();
    m_layer->setPos(area.topLeft());
    m_layer->setSize(area.size());
    if (columnCount() != m_columns && m_to > m_from)
        summarize(m_source ? m_source() : QList<TimeSeries>{}); // the same data at the new width
    m_imageStale = true;
    m_layer->update();
}

void TimeSeriesChart::paintLines(QPainter *painter)
{
    const qreal dpr = m_view->devicePixelRatioF();
    if (columnCount() != m_columns && m_to > m_from)
        summarize(m_source ? m_source() : QList<TimeSeries>{});
    const QSize size(m_columns, std::max(1, int(std::lround(m_layer->size().height() * dpr))));
    if (m_imageStale || m_image.size() != size)
        rasterize();
    painter->drawImage(QRectF(QPointF(0, 0), m_layer->size()), m_image);
}

void TimeSeriesChart::rasterize()
{
    const qreal dpr = m_view->devicePixelRatioF();
    const int width = m_columns;
    const int height = std::max(1, int(std::lround(m_layer->size().height() * dpr)));
    // Column by column first: a column's span is contiguous there. Later series draw over earlier ones.
    m_columnMajor.assign(size_t(width) * size_t(height), quint8(0));
    const int thickness = (m_plotted.size() <= size_t(kThickSeriesMax) ? 2 : 1) * std::max(1, int(std::lround(dpr)));
    for (size_t i = 0; i < m_plotted.size(); ++i)
        drawColumns(m_columnMajor, width, height, m_plotted[i].columns, m_top, m_plotted[i].gapMs, m_plotted[i].coarseUntilMs,
                    m_plotted[i].coarseGapMs, quint8(1 + i % size_t(kLineColours)), thickness);
    quint32 colours[kLineColours + 1] = {0}; // index 0: transparent; the colours are opaque, so premultiplied as they are
    for (int c = 0; c < kLineColours; ++c)
        colours[c + 1] = seriesColor(c).rgba();
    if (m_image.size() != QSize(width, height) || m_image.format() != QImage::Format_ARGB32_Premultiplied)
        m_image = QImage(width, height, QImage::Format_ARGB32_Premultiplied);
    m_image.setDevicePixelRatio(dpr);
    // Transposed into the image in blocks of columns, so that reads and writes both stay in cache.
    constexpr int kBlock = 64;
    for (int x0 = 0; x0 < width; x0 += kBlock) {
        const int x1 = std::min(width, x0 + kBlock);
        for (int y = 0; y < height; ++y) {
            auto *row = reinterpret_cast<quint32 *>(m_image.scanLine(y));
            const quint8 *source = m_columnMajor.data() + y;
            for (int x = x0; x < x1; ++x)
                row[x] = colours[source[size_t(x) * size_t(height)]];
        }
    }
    m_imageStale = false;
}

QRect TimeSeriesChart::plotRect() const
{
    return m_view->mapFromScene(m_chart->mapToScene(m_chart->plotArea())).boundingRect();
}

QString TimeSeriesChart::toolTipAt(const QPoint &viewPosition) const
{
    return toolTipAtLayer(m_layer->mapFromScene(m_view->mapToScene(viewPosition)));
}

QString TimeSeriesChart::toolTipAtLayer(const QPointF &position) const
{
    const qreal dpr = m_view->devicePixelRatioF();
    const double height = m_layer->size().height() * dpr;
    if (m_plotted.empty() || height <= 0 || m_top <= 0)
        return {};
    const double x = position.x() * dpr;
    const double y = position.y() * dpr;
    const double scale = height / m_top;
    const double reach = 5 * dpr; // how far from a line the pointer may be
    const SeriesDecimator::Column *best = nullptr;
    const Plotted *bestSeries = nullptr;
    double bestDistance = reach;
    const int fromColumn = std::max(0, int(std::floor(x - reach)));
    const int toColumn = std::min(m_columns - 1, int(std::floor(x + reach)));
    for (auto p = m_plotted.crbegin(); p != m_plotted.crend(); ++p) { // topmost first
        auto placed = std::lower_bound(p->columns.cbegin(), p->columns.cend(), fromColumn,
                                       [](const SeriesDecimator::PlacedColumn &c, int column) { return c.x < column; });
        for (; placed != p->columns.cend() && placed->x <= toColumn; ++placed) {
            const SeriesDecimator::Column &c = placed->column;
            const double dx = std::abs(placed->x + 0.5 - x);
            const double top = (m_top - double(c.max)) * scale;
            const double bottom = (m_top - double(c.min)) * scale;
            const double dy = y < top ? top - y : (y > bottom ? y - bottom : 0);
            const double distance = std::hypot(dx, dy);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = &c;
                bestSeries = &*p;
            }
        }
    }
    if (!best)
        return {};
    // The extreme of that pixel nearest to the pointer: the spike when it is one.
    const double top = (m_top - double(best->max)) * scale;
    const double bottom = (m_top - double(best->min)) * scale;
    const bool upper = std::abs(y - top) <= std::abs(y - bottom);
    const double value = upper ? best->max : best->min;
    const qint64 at = upper ? best->maxAt : best->minAt;
    return tr("%1: %2 at %3")
        .arg(bestSeries->name)
        .arg(LocaleFormat::number(value, 1), LocaleFormat::timeSeconds(QDateTime::fromMSecsSinceEpoch(at)));
}

} // namespace opsdeck
