#include "health/SeriesDecimator.h"

#include <QTest>

using namespace opsdeck;
using SeriesDecimator::Column;
using SeriesDecimator::Sample;

namespace {
// The placed columns laid out by pixel (empty where no sample falls), as the chart draws them.
int columnsByPixel(const QList<Sample> &samples, qint64 fromMs, qint64 toMs, int count, std::vector<Column> &out, double *highest = nullptr)
{
    std::vector<SeriesDecimator::PlacedColumn> placed;
    const int used = SeriesDecimator::placedColumns(samples, fromMs, toMs, count, placed, highest);
    out.assign(size_t(std::max(count, 0)), Column{});
    for (const SeriesDecimator::PlacedColumn &p : placed)
        out[size_t(p.x)] = p.column;
    return used;
}
} // namespace

class TestSeriesDecimator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneColumnPerPixelWithItsExtremes()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 86'400'000; t += 5'000) // 24 h at 5 s
            samples.append({t, double((t / 5'000 * 37) % 97)});
        std::vector<Column> columns;
        double highest = 0;
        QCOMPARE(columnsByPixel(samples, 0, 86'400'000, 800, columns, &highest), 800);
        QCOMPARE(columns.size(), size_t(800));
        QCOMPARE(highest, 96.0);
        // Column 123 against the samples it covers, counted by hand.
        const qint64 from = 123 * 108'000;
        const qint64 to = 124 * 108'000;
        float lo = 1e9f;
        float hi = -1e9f;
        QList<Sample> inside;
        for (const Sample &s : samples) {
            if (s.timeMs >= from && s.timeMs < to) {
                lo = std::min(lo, float(s.value));
                hi = std::max(hi, float(s.value));
                inside.append(s);
            }
        }
        QCOMPARE(inside.size(), 22);
        const Column &c = columns[123];
        QCOMPARE(c.min, lo);
        QCOMPARE(c.max, hi);
        QCOMPARE(c.firstAt, inside.constFirst().timeMs);
        QCOMPARE(c.first, float(inside.constFirst().value));
        QCOMPARE(c.lastAt, inside.constLast().timeMs);
        QCOMPARE(c.last, float(inside.constLast().value));
    }

    void spikesSurvive()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 3'600'000; t += 1'000)
            samples.append({t, t == 1'234'000 ? 5000.0 : 10.0});
        std::vector<Column> columns;
        double highest = 0;
        columnsByPixel(samples, 0, 3'600'000, 100, columns, &highest);
        QCOMPARE(highest, 5000.0);
        const Column &c = columns[34]; // 1 234 s of 3 600 s in 100 columns
        QCOMPARE(c.max, 5000.0f);
        QCOMPARE(c.maxAt, 1'234'000);
        QCOMPARE(c.min, 10.0f);
    }

    void silenceLeavesColumnsEmpty()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 60'000; t += 1'000)
            samples.append({t, 1});
        for (qint64 t = 600'000; t < 660'000; t += 1'000) // ten minutes of silence before this
            samples.append({t, 2});
        std::vector<Column> columns;
        QCOMPARE(columnsByPixel(samples, 0, 700'000, 70, columns), 12);
        QVERIFY(!columns[5].isEmpty());
        QCOMPARE(columns[5].lastAt, 59'000);
        for (int i = 6; i < 60; ++i)
            QVERIFY(columns[size_t(i)].isEmpty());
        QCOMPARE(columns[60].firstAt, 600'000); // what tells the chart to break the line
    }

    void onlyTheVisibleRange()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 100'000; t += 1'000)
            samples.append({t, double(t)});
        std::vector<Column> columns;
        QCOMPARE(columnsByPixel(samples, 50'000, 60'000, 10, columns), 10);
        QCOMPARE(columns.front().firstAt, 50'000);
        QCOMPARE(columns.back().lastAt, 60'000); // the end of the range belongs to the last column
        QCOMPARE(columns.back().max, 60'000.0f);
        QCOMPARE(columnsByPixel({}, 0, 10, 10, columns), 0);
        QCOMPARE(columns.size(), size_t(10));
        QVERIFY(columns.front().isEmpty());
        QCOMPARE(columnsByPixel(samples, 200'000, 300'000, 10, columns), 0);
        QCOMPARE(columnsByPixel(samples, 0, 100'000, 0, columns), 0);
    }

    void everySampleInExactlyOneColumn()
    {
        // Columns that do not divide the range evenly: boundaries fall between milliseconds.
        QList<Sample> samples;
        for (qint64 t = 1000; t <= 2000; ++t)
            samples.append({t, double(t)});
        for (const int count : {7, 13, 333, 1000, 1001, 4096}) {
            std::vector<Column> columns;
            columnsByPixel(samples, 1000, 2000, count, columns);
            qint64 next = 1000;
            for (const Column &c : columns) {
                if (c.isEmpty())
                    continue;
                QCOMPARE(c.firstAt, next); // no sample skipped, none counted twice
                QCOMPARE(c.min, float(c.firstAt));
                QCOMPARE(c.max, float(c.lastAt));
                next = c.lastAt + 1;
            }
            QCOMPARE(next, 2001);
        }
    }

    // Only the columns that hold samples are kept, left to right, each at its own pixel; a list
    // handed in is refilled, not appended to.
    void placedColumnsAreTheColumnsWithSamples()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 60'000; t += 7'000)
            samples.append({t, double(t % 5)});
        for (qint64 t = 600'000; t < 660'000; t += 900)
            samples.append({t, double(t % 11)});
        for (const int count : {1, 70, 333, 4096}) {
            std::vector<SeriesDecimator::PlacedColumn> placed{{Column{}, 99}};
            const int used = SeriesDecimator::placedColumns(samples, 0, 700'000, count, placed);
            QCOMPARE(placed.size(), size_t(used));
            int previous = -1;
            qsizetype covered = 0;
            for (const SeriesDecimator::PlacedColumn &p : placed) {
                QVERIFY(p.x > previous && p.x < count);
                QVERIFY(!p.column.isEmpty());
                previous = p.x;
                covered += std::count_if(samples.cbegin(), samples.cend(), [&](const Sample &s) {
                    return s.timeMs >= p.column.firstAt && s.timeMs <= p.column.lastAt;
                });
            }
            QCOMPARE(covered, samples.size()); // every sample in exactly one kept column
        }
        std::vector<SeriesDecimator::PlacedColumn> none{{Column{}, 1}};
        QCOMPARE(SeriesDecimator::placedColumns({}, 0, 10, 10, none), 0);
        QVERIFY(none.empty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "TestSeriesDecimator.moc"
