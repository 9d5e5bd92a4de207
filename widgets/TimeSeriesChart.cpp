#include "TimeSeriesChart.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

namespace opsdeck {

TimeSeriesChart::TimeSeriesChart(const QString &valueTitle, double fixedMax, QWidget *parent)
    : QWidget(parent), m_fixedMax(fixedMax), m_chart(new QChart), m_view(new QChartView(m_chart, this)),
      m_time(new QDateTimeAxis(this)), m_values(new QValueAxis(this)), m_range(new QComboBox(this)),
      m_caption(new QLabel(this)), m_redraw(new QTimer(this)), m_markerSeries(new QScatterSeries)
{
    // Events ride along the top of the plot; hovering one tells what happened.
    m_markerSeries->setName(tr("Events"));
    m_markerSeries->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    m_markerSeries->setMarkerSize(9);
    m_markerSeries->setColor(QColor(0x3b, 0x4a, 0x6b));
    m_markerSeries->setBorderColor(QColor(0x3b, 0x4a, 0x6b));
    connect(m_markerSeries, &QScatterSeries::hovered, this, [this](const QPointF &point, bool state) {
        if (!state)
            return;
        QStringList labels;
        for (const ChartMarker &m : std::as_const(m_markers)) {
            if (std::abs(double(m.timeMs) - point.x()) < 1.0)
                labels << QDateTime::fromMSecsSinceEpoch(m.timeMs).toString(QStringLiteral("HH:mm:ss ")) + m.label;
        }
        QToolTip::showText(QCursor::pos(), labels.join(u'\n'));
    });
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_time->setFormat(QStringLiteral("HH:mm"));
    m_time->setTitleText(tr("Local time"));
    m_values->setTitleText(valueTitle);
    m_values->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_time, Qt::AlignBottom);
    m_chart->addAxis(m_values, Qt::AlignLeft);
    m_chart->addSeries(m_markerSeries);
    m_markerSeries->attachAxis(m_time);
    m_markerSeries->attachAxis(m_values);
    m_view->setRenderHint(QPainter::Antialiasing, false); // thousands of segments: crisp and fast

    m_range->addItem(tr("15 minutes"), 15);
    m_range->addItem(tr("1 hour"), 60);
    m_range->addItem(tr("6 hours"), 360);
    m_range->addItem(tr("24 hours"), 1440);
    m_range->setCurrentIndex(0);
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] { setRangeMinutes(m_range->currentData().toInt()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_caption, 1);
    bar->addWidget(m_range);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_redraw->setSingleShot(true);
    m_redraw->setInterval(40);
    connect(m_redraw, &QTimer::timeout, this, &TimeSeriesChart::redrawNow);
    // The window slides even when nothing arrives.
    auto *slide = new QTimer(this);
    slide->setInterval(5000);
    connect(slide, &QTimer::timeout, this, &TimeSeriesChart::scheduleRedraw);
    slide->start();
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

void TimeSeriesChart::scheduleRedraw()
{
    if (!m_redraw->isActive())
        m_redraw->start();
}

void TimeSeriesChart::redrawNow()
{
    const qint64 to = QDateTime::currentMSecsSinceEpoch();
    const qint64 from = to - qint64(m_rangeMinutes) * 60'000;
    const int buckets = std::max(50, m_view->width()); // two points (min, max) per pixel column
    const QList<TimeSeries> sources = m_source ? m_source() : QList<TimeSeries>{};
    QList<QList<QList<QPointF>>> perEndpoint;
    double maxValue = 10;
    for (const TimeSeries &series : sources) {
        perEndpoint.append(SeriesDecimator::decimate(series.samples, from, to, buckets, series.gapMs));
        for (const auto &segment : perEndpoint.constLast()) {
            for (const QPointF &p : segment)
                maxValue = std::max(maxValue, p.y());
        }
    }
    // Series are reused: one replace() per series per frame, nothing recreated while the view stays.
    QList<QAbstractSeries *> existing = m_chart->series();
    existing.removeAll(m_markerSeries);
    int used = 0;
    m_points = 0;
    for (qsizetype e = 0; e < perEndpoint.size(); ++e) {
        const QString name = sources.at(e).name;
        QColor color;
        for (qsizetype s = 0; s < perEndpoint.at(e).size(); ++s) {
            QLineSeries *series = nullptr;
            if (used < existing.size()) {
                series = static_cast<QLineSeries *>(existing.at(used));
            } else {
                series = new QLineSeries;
                m_chart->addSeries(series);
                connect(series, &QLineSeries::hovered, this, [this, series](const QPointF &point, bool state) {
                    if (state)
                        QToolTip::showText(QCursor::pos(), tr("%1: %2 at %3")
                                                               .arg(series->name())
                                                               .arg(point.y(), 0, 'f', 1)
                                                               .arg(QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toString(QStringLiteral("HH:mm:ss"))));
                });
                series->attachAxis(m_time);
                series->attachAxis(m_values);
            }
            ++used;
            series->replace(perEndpoint.at(e).at(s));
            m_points += int(perEndpoint.at(e).at(s).size());
            series->setName(name);
            if (s == 0)
                color = series->color();
            else
                series->setColor(color); // one colour per endpoint across its segments
            const auto markers = m_chart->legend()->markers(series);
            for (auto *marker : markers)
                marker->setVisible(s == 0 && perEndpoint.size() <= 6);
        }
    }
    for (qsizetype i = existing.size() - 1; i >= used; --i) {
        m_chart->removeSeries(existing.at(i));
        delete existing.at(i);
    }
    m_chart->legend()->setVisible(perEndpoint.size() <= 6); // more: hover a line for its name
    const double top = m_fixedMax > 0 ? m_fixedMax : maxValue * 1.1;
    QList<QPointF> markerPoints;
    for (const ChartMarker &m : std::as_const(m_markers)) {
        if (m.timeMs >= from && m.timeMs <= to)
            markerPoints.append(QPointF(double(m.timeMs), top * 0.97));
    }
    m_markerSeries->replace(markerPoints);
    m_markersShown = int(markerPoints.size());
    for (auto *marker : m_chart->legend()->markers(m_markerSeries))
        marker->setVisible(false);
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_time->setFormat(m_rangeMinutes > 360 ? QStringLiteral("dd HH:mm") : QStringLiteral("HH:mm"));
    m_values->setRange(0, m_fixedMax > 0 ? m_fixedMax : maxValue * 1.1);
    Q_EMIT redrawn();
}

} // namespace opsdeck
