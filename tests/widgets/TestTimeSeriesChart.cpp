// The chart's own line drawing: a one-sample spike is drawn at its height, a silence longer than the
// series' gap is not bridged, the lines layer follows QtCharts' plot area when the widget resizes,
// hovering a line names it (the spike's value and time), the legend names up to six series, and event
// markers stay QtCharts' own.

#include "TimeSeriesChart.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {

constexpr qint64 kMinute = 60'000;

// Is there a pixel of this colour in image column x within rows [y0, y1]?
bool colourIn(const QImage &image, int x, int y0, int y1, QRgb colour)
{
    if (x < 0 || x >= image.width())
        return false;
    for (int y = std::max(0, y0); y <= std::min(image.height() - 1, y1); ++y) {
        if (image.pixel(x, y) == colour)
            return true;
    }
    return false;
}

} // namespace

class TestTimeSeriesChart final : public QObject
{
    Q_OBJECT
private:
    qint64 m_now = 0;
    qint64 m_spikeAt = 0;
    qint64 m_gapFrom = 0;
    qint64 m_gapTo = 0;

    QList<TimeSeries> data(int extraSeries = 0)
    {
        // Samples every second over the last hour: A flat at 10 with one spike to 500, B flat at 50
        // with ten minutes of silence, C flat at 100.
        TimeSeries a{QStringLiteral("A"), {}, 3000};
        TimeSeries b{QStringLiteral("B"), {}, 3000};
        TimeSeries c{QStringLiteral("C"), {}, 3000};
        for (qint64 t = m_now - 60 * kMinute; t <= m_now + 5000; t += 1000) {
            a.samples.append({t, t == m_spikeAt ? 500.0 : 10.0});
            if (t < m_gapFrom || t > m_gapTo)
                b.samples.append({t, 50.0});
            c.samples.append({t, 100.0});
        }
        QList<TimeSeries> all{a, b, c};
        for (int i = 0; i < extraSeries; ++i)
            all.append(TimeSeries{QStringLiteral("X%1").arg(i), c.samples, 3000});
        return all;
    }

    static int columnOf(const TimeSeriesChart &chart, qint64 t, qint64 from, qint64 to)
    {
        return int(double(t - from) / double(to - from) * chart.linesImage().width());
    }

private Q_SLOTS:
    void init()
    {
        m_now = QDateTime::currentMSecsSinceEpoch() / 1000 * 1000;
        m_spikeAt = m_now - 30 * kMinute;
        m_gapFrom = m_now - 50 * kMinute;
        m_gapTo = m_now - 40 * kMinute;
    }

    void spikesAndGapsAsTheSamplesSay()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 0);
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRangeMinutes(60);
        const qint64 to = QDateTime::currentMSecsSinceEpoch();
        const qint64 from = to - 60 * kMinute;
        chart.setSource([this] { return data(); }, QStringLiteral("test"));
        QTRY_VERIFY(!chart.linesImage().isNull());
        const QImage image = chart.linesImage();
        QVERIFY2(std::abs(image.width() - chart.plotRect().width()) <= 1, qPrintable(QString::number(image.width())));
        QVERIFY2(std::abs(image.height() - chart.plotRect().height()) <= 1, qPrintable(QString::number(image.height())));
        QCOMPARE(chart.seriesCount(), 3);

        const double top = 500 * 1.1; // the value axis ends 10 % above the highest sample
        const auto rowOf = [&](double value) { return int((top - value) / top * image.height()); };
        const QRgb a = chart.seriesColor(0).rgb();
        const QRgb b = chart.seriesColor(1).rgb();
        // The spike: a single sample among 3600, at its full height.
        const int spike = columnOf(chart, m_spikeAt, from, to);
        bool found = false;
        for (int x = spike - 2; x <= spike + 2; ++x)
            found = found || colourIn(image, x, rowOf(500) - 2, rowOf(500) + 2, a);
        QVERIFY2(found, "the spike is not drawn at its height");
        QVERIFY(colourIn(image, spike - 20, rowOf(10) - 2, rowOf(10) + 2, a)); // and A's line elsewhere
        // The silence: no line of B across it, B's line on both sides.
        const int gapStart = columnOf(chart, m_gapFrom, from, to);
        const int gapEnd = columnOf(chart, m_gapTo, from, to);
        QVERIFY(gapEnd - gapStart > 100);
        for (int x = gapStart + 3; x <= gapEnd - 3; ++x)
            QVERIFY2(!colourIn(image, x, rowOf(50) - 3, rowOf(50) + 3, b), qPrintable(QStringLiteral("B drawn in the gap at %1").arg(x)));
        QVERIFY(colourIn(image, gapStart - 10, rowOf(50) - 2, rowOf(50) + 2, b));
        QVERIFY(colourIn(image, gapEnd + 10, rowOf(50) - 2, rowOf(50) + 2, b));

        // Hovering the spike names A, its value and its time; far from every line, nothing.
        const QRect plot = chart.plotRect();
        const QPoint atSpike(plot.left() + spike, plot.top() + rowOf(500));
        const QString tip = chart.toolTipAt(atSpike);
        QVERIFY2(tip == QStringLiteral("A: 500.0 at ") + QDateTime::fromMSecsSinceEpoch(m_spikeAt).toString(QStringLiteral("HH:mm:ss")),
                 qPrintable(tip));
        QVERIFY(chart.toolTipAt(QPoint(plot.left() + spike + 40, plot.top() + rowOf(300))).isEmpty());
        QVERIFY(chart.toolTipAt(QPoint(plot.left() + spike + 40, plot.top() + rowOf(100))).startsWith(QStringLiteral("C: 100.0 at ")));

        // The legend names the three series in their colours; the events' entry stays hidden.
        QChart *qchart = chart.view()->chart();
        QVERIFY(qchart->legend()->isVisible());
        QStringList names;
        for (QLegendMarker *marker : qchart->legend()->markers()) {
            if (marker->isVisible())
                names << marker->label();
        }
        QCOMPARE(names, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void linesFollowThePlotArea()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 0);
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRangeMinutes(60);
        chart.setSource([this] { return data(); }, QStringLiteral("test"));
        // One column per pixel of the plot area (which QtCharts places at fractions of a pixel).
        const auto fits = [&] { return !chart.linesImage().isNull() && std::abs(chart.linesImage().width() - chart.plotRect().width()) <= 1; };
        QTRY_VERIFY(fits());
        const int before = chart.linesImage().width();
        chart.resize(600, 400);
        QTRY_VERIFY(fits() && chart.linesImage().width() < before - 200);
        QVERIFY(chart.linesImage().width() < before);
        // A and C have a sample in every column, B in all but those of its ten silent minutes.
        const int width = chart.linesImage().width();
        QVERIFY2(chart.pointCount() >= 2 * width + width * 4 / 5 && chart.pointCount() < 3 * width, qPrintable(QString::number(chart.pointCount())));
    }

    void manySeriesHoverInsteadOfALegend()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 0);
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setSource([this] { return data(5); }, QStringLiteral("test"));
        QCOMPARE(chart.seriesCount(), 8);
        QVERIFY(!chart.view()->chart()->legend()->isVisible());
        chart.setSource([this] { return data(); }, QStringLiteral("test"));
        QVERIFY(chart.view()->chart()->legend()->isVisible());
    }

    // A fresh start: 40 s of samples on a 15-minute range. The time axis fits them (from a minute
    // ago, not from 15 minutes ago with the data in its last pixels), and the chart says it is
    // still collecting; with a full range of data it does not.
    void theTimeAxisFitsTheDataWhileCollecting_data()
    {
        QTest::addColumn<int>("rangeMinutes");
        QTest::addColumn<qint64>("dataMs");
        QTest::addColumn<qint64>("axisMs"); // the time axis's span, to within a second
        QTest::addColumn<QString>("collecting");
        QTest::newRow("40 s on 15 min") << 15 << qint64(40'000) << kMinute << QStringLiteral("collecting — 40 s of data");
        QTest::newRow("10 min on 1 h") << 60 << 10 * kMinute << 10 * kMinute + 30'000 << QStringLiteral("collecting — 10 min of data");
        QTest::newRow("3 h on 24 h") << 1440 << 180 * kMinute << 189 * kMinute << QStringLiteral("collecting — 3 h of data");
        QTest::newRow("full 15 min") << 15 << 20 * kMinute << 15 * kMinute << QString();
    }

    void theTimeAxisFitsTheDataWhileCollecting()
    {
        QFETCH(int, rangeMinutes);
        QFETCH(qint64, dataMs);
        QFETCH(qint64, axisMs);
        QFETCH(QString, collecting);
        TimeSeriesChart chart(QStringLiteral("ms"), 0);
        chart.resize(900, 500);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRangeMinutes(rangeMinutes);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        TimeSeries series{QStringLiteral("A"), {}, 3000};
        for (qint64 t = now - dataMs; t <= now; t += 1000)
            series.samples.append({t, 10.0});
        chart.setSource([series] { return QList<TimeSeries>{series}; }, QStringLiteral("test"));
        const qint64 span = chart.axisToMs() - chart.axisFromMs();
        QVERIFY2(std::abs(span - axisMs) <= 1000, qPrintable(QString::number(span)));
        QCOMPARE(chart.collectingText(), collecting);
        QCOMPARE(chart.findChild<QLabel *>(QStringLiteral("collecting"))->isVisible(), !collecting.isEmpty());
        // The samples fill the plot from (nearly) its left edge.
        QVERIFY(chart.pointCount() >= chart.linesImage().width() * 9 / 10 * dataMs / std::max(axisMs, dataMs));
    }

    void nothingYetIsSaid()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 0);
        chart.setSource([] { return QList<TimeSeries>{TimeSeries{QStringLiteral("A"), {}, 3000}}; }, QStringLiteral("test"));
        QCOMPARE(chart.collectingText(), QStringLiteral("collecting — no data yet"));
        QCOMPARE(chart.axisToMs() - chart.axisFromMs(), kMinute);
    }

    void markersAreQtChartsOwn()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 100);
        chart.resize(900, 500);
        chart.show();
        chart.setRangeMinutes(60);
        chart.setSource([this] { return data(); }, QStringLiteral("test"));
        chart.setMarkers({{m_spikeAt, QStringLiteral("restart")}, {m_now - 2 * 60 * kMinute, QStringLiteral("too old")}});
        chart.redrawNow();
        QCOMPARE(chart.markerCount(), 1);
    }

    // Scheduled redraws are paced by what a redraw costs (ten times its duration, 40 ms to 2 s): a
    // chart whose source takes 30 ms waits at least 300 ms between scheduled redraws, one of 300 ms
    // no more than 2 s; a burst of schedules within the interval is one redraw.
    void redrawsArePacedByTheirCost()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 100);
        chart.resize(900, 500);
        chart.show();
        int costMs = 30;
        int sourced = 0;
        chart.setSource(
            [&] {
                ++sourced;
                QElapsedTimer busy;
                busy.start();
                while (busy.elapsed() < costMs) {
                }
                return data();
            },
            QStringLiteral("test"));
        QVERIFY2(chart.redrawIntervalMs() >= 300 && chart.redrawIntervalMs() <= 2000, qPrintable(QString::number(chart.redrawIntervalMs())));
        sourced = 0;
        QSignalSpy redrawn(&chart, &TimeSeriesChart::redrawn);
        for (int i = 0; i < 50; ++i)
            chart.scheduleRedraw();
        QVERIFY(redrawn.wait(5000));
        QCOMPARE(sourced, 1);
        costMs = 300;
        chart.redrawNow();
        QCOMPARE(chart.redrawIntervalMs(), 2000);
    }

    // A burst (a 1,000-host restart writes thousands of events within a minute) is a few squares,
    // not one graphics item per event; events far apart keep their own square.
    void aBurstOfMarkersSharesSquares()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 100);
        chart.resize(900, 500);
        chart.show();
        chart.setRangeMinutes(60);
        chart.setSource([this] { return data(); }, QStringLiteral("test"));
        QList<ChartMarker> markers;
        for (int i = 0; i < 5000; ++i)
            markers.append({m_now - 10 * kMinute + i * 10, QStringLiteral("event %1").arg(i)}); // 50 s
        markers.append({m_now - 40 * kMinute, QStringLiteral("long before")});
        chart.setMarkers(markers);
        chart.redrawNow();
        QCOMPARE(chart.markerCount(), 5001);
        QVERIFY2(chart.markerPointCount() >= 2 && chart.markerPointCount() <= 4, qPrintable(QString::number(chart.markerPointCount())));
    }
};

QTEST_MAIN(TestTimeSeriesChart)
#include "TestTimeSeriesChart.moc"
