// A series kept in memory is downsampled as the history file downsamples it: the last hour raw, then
// each minute's and each five minutes' low and high, at the places the file reads them back; the same
// result whether it happens once a minute while the window runs or once over a whole day; passing a
// downsampled series through again changes nothing; points with no value leave no trace, a bucket of
// one point keeps it; nothing older than the last tier stays.

#include "metrics/SampleHistoryFile.h"
#include "metrics/SeriesTiers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
constexpr qint64 kMinute = 60'000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kNow = 1'780'000'020'000LL / kMinute * kMinute + 7'000; // not on a boundary

// A value that goes up and down within every minute, so that a bucket's low and high differ.
double wave(qint64 t)
{
    return double((t / 10'000) % 7) * 3.0 + double((t / kHour) % 5);
}

QList<MetricPoint> raw(qint64 from, qint64 to, qint64 step)
{
    QList<MetricPoint> points;
    for (qint64 t = from; t <= to; t += step)
        points.append({t, wave(t)});
    return points;
}

bool samePoints(const QList<MetricPoint> &a, const QList<MetricPoint> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 points, not %2").arg(a.size()).arg(b.size());
        return false;
    }
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).timeMs != b.at(i).timeMs || a.at(i).value != b.at(i).value) {
            *why = QStringLiteral("point %1: (%2, %3), not (%4, %5)").arg(i).arg(a.at(i).timeMs).arg(a.at(i).value).arg(b.at(i).timeMs).arg(b.at(i).value);
            return false;
        }
    }
    return true;
}

// A response time as the health service keeps it: -1 is a check with no answer.
struct Checked {
    qint64 timeMs;
    int latencyMs;
    int tag; // what else a raw point carries (its status)
};
} // namespace

template <>
struct opsdeck::SeriesTiers::PointTraits<Checked> {
    static qint64 time(const Checked &p) { return p.timeMs; }
    static std::optional<double> value(const Checked &p) { return p.latencyMs < 0 ? std::nullopt : std::optional<double>(p.latencyMs); }
    static Checked make(qint64 timeMs, double value) { return {timeMs, int(value), 0}; }
};

class TestSeriesTiers final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aDayBecomesTheTiers()
    {
        const QList<HistoryTier> tiers = SampleHistoryFile::defaultTiers();
        QList<MetricPoint> points = raw(kNow - 24 * kHour + 10'000, kNow, 10'000);
        const QList<MetricPoint> before = points;
        const qint64 newest = SeriesTiers::downsample(points, tiers, 0, kNow);

        QVERIFY(std::is_sorted(points.cbegin(), points.cend(), [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs < b.timeMs; }));
        const qint64 rawFrom = SeriesTiers::tierEnd(tiers, 1, kNow);
        const qint64 minuteFrom = SeriesTiers::tierEnd(tiers, 2, kNow);
        QCOMPARE(rawFrom % kMinute, 0);
        QCOMPARE(minuteFrom % (5 * kMinute), 0);
        QVERIFY(rawFrom <= kNow - kHour && rawFrom > kNow - kHour - kMinute);
        qsizetype rawCount = 0, minuteCount = 0, fiveCount = 0;
        for (const MetricPoint &p : std::as_const(points))
            ++(p.timeMs >= rawFrom ? rawCount : p.timeMs >= minuteFrom ? minuteCount : fiveCount);
        // Raw: everything since the cut, untouched.
        const qsizetype firstRaw = std::find_if(before.cbegin(), before.cend(), [&](const MetricPoint &p) { return p.timeMs >= rawFrom; }) - before.cbegin();
        QCOMPARE(rawCount, before.size() - firstRaw);
        QVERIFY(std::equal(points.cend() - rawCount, points.cend(), before.cbegin() + firstRaw,
                           [](const MetricPoint &a, const MetricPoint &b) { return a.timeMs == b.timeMs && a.value == b.value; }));
        QCOMPARE(minuteCount, 2 * (rawFrom - minuteFrom) / kMinute);
        QVERIFY(std::abs(fiveCount - 2 * 18 * 12) <= 2);
        QVERIFY(points.size() < 1500);
        QCOMPARE(newest, points.at(points.size() - rawCount - 1).timeMs);

        // One minute: its low and high, at a quarter and three quarters of it.
        const qint64 minute = rawFrom - 30 * kMinute;
        double low = 1e9, high = -1e9;
        for (const MetricPoint &p : before) {
            if (p.timeMs >= minute && p.timeMs < minute + kMinute) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
        }
        QVERIFY(low < high);
        const auto at = [&points](qint64 t) {
            const auto it = std::find_if(points.cbegin(), points.cend(), [t](const MetricPoint &p) { return p.timeMs == t; });
            return it == points.cend() ? std::optional<double>() : std::optional<double>(it->value);
        };
        QCOMPARE(at(minute + kMinute / 4), std::optional<double>(low));
        QCOMPARE(at(minute + kMinute * 3 / 4), std::optional<double>(high));
        // Five minutes, from the minutes inside them.
        const qint64 five = minuteFrom - 2 * 5 * kMinute;
        low = 1e9, high = -1e9;
        for (const MetricPoint &p : before) {
            if (p.timeMs >= five && p.timeMs < five + 5 * kMinute) {
                low = std::min(low, p.value);
                high = std::max(high, p.value);
            }
        }
        QCOMPARE(at(five + 5 * kMinute / 4), std::optional<double>(low));
        QCOMPARE(at(five + 5 * kMinute * 3 / 4), std::optional<double>(high));
        // Nothing older than the day.
        QVERIFY(points.constFirst().timeMs >= kNow - 24 * kHour);

        // Again: nothing changes.
        const QList<MetricPoint> once = points;
        QCOMPARE(SeriesTiers::downsample(points, tiers, 0, kNow), newest);
        QString why;
        QVERIFY2(samePoints(points, once, &why), qPrintable(why));
    }

    // What the window keeps is what it reads back from the file after a restart.
    void sameAsTheFileReadsBack()
    {
        QTemporaryDir dir;
        SampleHistoryFile file;
        QCOMPARE(file.open(dir.filePath(QStringLiteral("history.sqlite"))), QString());
        const QList<MetricPoint> day = raw(kNow - 24 * kHour + 10'000, kNow, 10'000);
        QList<SampleHistoryFile::Pending> pending;
        for (const MetricPoint &p : day)
            pending.append({QStringLiteral("cpu:h"), p.timeMs, p.value});
        QCOMPARE(file.append(pending), QString());
        QCOMPARE(file.compact(kNow), QString());
        // The file keeps a last bucket that straddles the day's start; compared from an hour later.
        const qint64 since = kNow - 23 * kHour;
        QList<MetricPoint> fromFile;
        for (const StoredSample &s : file.load(since).value(QStringLiteral("cpu:h"))) {
            if (s.isAggregate()) {
                fromFile.append({s.lowAtMs(), s.low});
                fromFile.append({s.highAtMs(), s.high});
            } else {
                fromFile.append({s.timeMs, s.average});
            }
        }
        QList<MetricPoint> kept = day;
        SeriesTiers::downsample(kept, file.tiers(), 0, kNow);
        kept.erase(kept.begin(), std::lower_bound(kept.begin(), kept.end(), since, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; }));
        fromFile.erase(fromFile.begin(), std::lower_bound(fromFile.begin(), fromFile.end(), since, [](const MetricPoint &p, qint64 t) { return p.timeMs < t; }));
        QString why;
        QVERIFY2(samePoints(kept, fromFile, &why), qPrintable(why));
    }

    // Once a minute while samples arrive, for eight hours: the same as once over all of them.
    void everyMinuteIsTheSameAsOnce()
    {
        const QList<HistoryTier> tiers = SampleHistoryFile::defaultTiers();
        const qint64 start = kNow - 8 * kHour;
        QList<MetricPoint> live;
        qint64 previous = 0;
        qint64 aggregatedUntil = -1;
        qint64 nextPass = start + kMinute;
        for (qint64 t = start; t <= kNow; t += 10'000) {
            live.append({t, wave(t)});
            if (t >= nextPass) {
                aggregatedUntil = std::max(aggregatedUntil, SeriesTiers::downsample(live, tiers, previous, t));
                previous = t;
                nextPass = t + kMinute;
            }
        }
        QList<MetricPoint> once = raw(start, previous, 10'000);
        const qint64 newest = SeriesTiers::downsample(once, tiers, 0, previous);
        once.append(raw(previous + 10'000, kNow, 10'000));
        QString why;
        QVERIFY2(samePoints(live, once, &why), qPrintable(why));
        QCOMPARE(aggregatedUntil, newest);
        // A long pause between passes (a suspended laptop) changes nothing either.
        QList<MetricPoint> paused = raw(start, kNow, 10'000);
        SeriesTiers::downsample(paused, tiers, 0, start + 3 * kHour);
        SeriesTiers::downsample(paused, tiers, start + 3 * kHour, kNow);
        QList<MetricPoint> whole = raw(start, kNow, 10'000);
        SeriesTiers::downsample(whole, tiers, 0, kNow);
        QVERIFY2(samePoints(paused, whole, &why), qPrintable(why));
    }

    void pointsWithoutValueLeaveNoTrace()
    {
        const QList<HistoryTier> tiers = {{0, kHour}, {kMinute, 2 * kHour}};
        const qint64 minute = (kNow - 2 * kHour) / kMinute * kMinute + 10 * kMinute;
        QList<Checked> points = {
            {minute + 1'000, -1, 5}, {minute + 11'000, 40, 1}, {minute + 21'000, -1, 5}, {minute + 31'000, 20, 1}, // low 20, high 40
            {minute + kMinute + 5'000, -1, 5}, {minute + kMinute + 15'000, -1, 5},                                  // no answer at all
            {minute + 2 * kMinute + 5'000, -1, 5}, {minute + 2 * kMinute + 25'000, 33, 3},                          // one answer
            {kNow - 1'000, -1, 5},                                                                                  // raw: kept as it is
        };
        SeriesTiers::downsample(points, tiers, 0, kNow);
        QCOMPARE(points.size(), 4);
        QCOMPARE(points.at(0).timeMs, minute + kMinute / 4);
        QCOMPARE(points.at(0).latencyMs, 20);
        QCOMPARE(points.at(1).timeMs, minute + kMinute * 3 / 4);
        QCOMPARE(points.at(1).latencyMs, 40);
        QCOMPARE(points.at(2).timeMs, minute + 2 * kMinute + 25'000);
        QCOMPARE(points.at(2).latencyMs, 33);
        QCOMPARE(points.at(2).tag, 3);
        QCOMPARE(points.at(3).latencyMs, -1);
        QCOMPARE(points.at(3).tag, 5);
    }

    void olderThanTheLastTierGoes()
    {
        const QList<HistoryTier> tiers = {{0, kHour}, {kMinute, 2 * kHour}};
        QList<MetricPoint> points = raw(kNow - 3 * kHour, kNow, 10'000);
        SeriesTiers::downsample(points, tiers, 0, kNow);
        QVERIFY(points.constFirst().timeMs >= kNow - 2 * kHour);
        QVERIFY(points.constFirst().timeMs < kNow - 2 * kHour + kMinute);
        QList<MetricPoint> empty;
        QCOMPARE(SeriesTiers::downsample(empty, tiers, 0, kNow), -1);
        QVERIFY(empty.isEmpty());
    }

    void bucketsOfTimesBeforeTheEpoch()
    {
        QCOMPARE(SeriesTiers::floorTo(-1, kMinute), -kMinute);
        QCOMPARE(SeriesTiers::floorTo(-kMinute, kMinute), -kMinute);
        QCOMPARE(SeriesTiers::floorTo(kMinute - 1, kMinute), 0);
        QCOMPARE(SeriesTiers::floorTo(0, kMinute), 0);
    }
};

QTEST_GUILESS_MAIN(TestSeriesTiers)
#include "TestSeriesTiers.moc"
