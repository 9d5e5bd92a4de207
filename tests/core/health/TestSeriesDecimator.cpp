#include "health/SeriesDecimator.h"

#include <QTest>

using namespace opsdeck;
using SeriesDecimator::Sample;

class TestSeriesDecimator final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsAtMostTwoPointsPerBucket()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 86'400'000; t += 5'000) // 24 h at 5 s
            samples.append({t, double(t % 97)});
        const auto segments = SeriesDecimator::decimate(samples, 0, 86'400'000, 800, 20'000);
        QCOMPARE(segments.size(), 1);
        QVERIFY(segments.at(0).size() <= 1600);
        QVERIFY(segments.at(0).size() >= 800);
    }

    void spikesSurvive()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 3'600'000; t += 1'000)
            samples.append({t, t == 1'234'000 ? 5000.0 : 10.0});
        const auto segments = SeriesDecimator::decimate(samples, 0, 3'600'000, 100, 5'000);
        double max = 0;
        for (const QPointF &p : segments.at(0))
            max = std::max(max, p.y());
        QCOMPARE(max, 5000.0);
    }

    void gapsSplitTheLine()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 60'000; t += 1'000)
            samples.append({t, 1});
        for (qint64 t = 600'000; t < 660'000; t += 1'000) // ten minutes of silence before this
            samples.append({t, 2});
        const auto segments = SeriesDecimator::decimate(samples, 0, 700'000, 1000, 3'000);
        QCOMPARE(segments.size(), 2);
        QVERIFY(segments.at(0).constLast().x() < 60'000);
        QVERIFY(segments.at(1).constFirst().x() >= 600'000);
    }

    void onlyTheVisibleRange()
    {
        QList<Sample> samples;
        for (qint64 t = 0; t < 100'000; t += 1'000)
            samples.append({t, 1});
        const auto segments = SeriesDecimator::decimate(samples, 50'000, 60'000, 1000, 5'000);
        QCOMPARE(segments.size(), 1);
        QCOMPARE(segments.at(0).constFirst().x(), 50'000.0);
        QCOMPARE(segments.at(0).constLast().x(), 60'000.0);
        QVERIFY(SeriesDecimator::decimate({}, 0, 10, 10, 1).isEmpty());
        QVERIFY(SeriesDecimator::decimate(samples, 200'000, 300'000, 10, 1).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSeriesDecimator)
#include "TestSeriesDecimator.moc"
