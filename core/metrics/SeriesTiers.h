#pragma once

// Keeps a series in memory the way the history file keeps it on disk (SampleHistoryFile's tiers):
// raw samples for the last hour, then each minute's low and high up to six hours, then each five
// minutes' low and high up to a day. A day of samples every 10 s (8,640 points) is kept as about
// 1,400, so a window open for a day holds what a window reopened after a day holds. A bucket's low
// and high are put at a quarter and three quarters of it, where the history reads them back
// (StoredSample::lowAtMs/highAtMs), so the charts draw the same envelope; a bucket of one point keeps
// that point as it was. Downsampling what is already downsampled changes nothing, so a series read
// back from the file may be passed through again. Points without a value (a check with no answer)
// do not survive into a bucket, as they are never written to the file. Plain functions; a series is
// a QList of points, oldest first.

#include "SampleHistoryFile.h"
#include "StoredSample.h"

#include <QHash>
#include <QList>
#include <QString>

#include <algorithm>
#include <limits>
#include <optional>

namespace opsdeck::SeriesTiers {

// How a kept point is read and made; specialised for every form a series is kept in.
template <typename Point>
struct PointTraits;

template <>
struct PointTraits<MetricPoint> {
    static qint64 time(const MetricPoint &p) { return p.timeMs; }
    static std::optional<double> value(const MetricPoint &p) { return p.value; }
    static MetricPoint make(qint64 timeMs, double value) { return {timeMs, value}; }
};

// The file's tiers (SampleHistoryFile::defaultTiers), made once.
inline const QList<HistoryTier> &fileTiers()
{
    static const QList<HistoryTier> tiers = SampleHistoryFile::defaultTiers();
    return tiers;
}

inline qint64 floorTo(qint64 timeMs, qint64 resolutionMs)
{
    const qint64 q = timeMs / resolutionMs;
    return (q * resolutionMs > timeMs ? q - 1 : q) * resolutionMs;
}

// Where tier `tier` (1 …) ends at nowMs: points before it belong to it or an older tier. Whole
// buckets only, as the file does it: one that straddles the younger tier's age waits.
inline qint64 tierEnd(const QList<HistoryTier> &tiers, qsizetype tier, qint64 nowMs)
{
    return floorTo(nowMs - tiers.at(tier - 1).keptForMs, tiers.at(tier).resolutionMs);
}

// Downsamples what moved into an older tier between previousMs and nowMs (previousMs 0: the whole
// series) and drops what is older than the last tier keeps. Returns the time of the newest point
// that is now part of an aggregated range, -1 when this pass aggregated nothing.
template <typename Point>
qint64 downsample(QList<Point> &points, const QList<HistoryTier> &tiers, qint64 previousMs, qint64 nowMs)
{
    using Traits = PointTraits<Point>;
    const auto indexOf = [&points](qint64 timeMs) {
        return std::lower_bound(points.cbegin(), points.cend(), timeMs,
                                [](const Point &p, qint64 t) { return Traits::time(p) < t; })
               - points.cbegin();
    };
    qint64 newest = -1;
    // The youngest aggregated tier first: its range lies after the older ones', whose indices stay.
    for (qsizetype tier = 1; tier < tiers.size(); ++tier) {
        const qint64 resolution = tiers.at(tier).resolutionMs;
        const qint64 from = previousMs <= 0 ? std::numeric_limits<qint64>::min() : tierEnd(tiers, tier, previousMs);
        const qint64 to = tierEnd(tiers, tier, nowMs);
        if (to <= from)
            continue;
        const qsizetype begin = indexOf(from);
        const qsizetype end = indexOf(to);
        if (begin == end)
            continue;
        qsizetype write = begin;
        for (qsizetype read = begin; read < end;) {
            const qsizetype first = read;
            const qint64 bucket = floorTo(Traits::time(points.at(read)), resolution);
            qsizetype count = 0;
            qsizetype only = read;
            double low = 0;
            double high = 0;
            for (; read < end && Traits::time(points.at(read)) < bucket + resolution; ++read) {
                const std::optional<double> value = Traits::value(points.at(read));
                if (!value)
                    continue;
                low = count == 0 ? *value : std::min(low, *value);
                high = count == 0 ? *value : std::max(high, *value);
                only = read;
                ++count;
            }
            // Never ahead of the reading: a bucket writes at most as many points as it read. What is
            // already in place is not written again (a list shared with the history's read stays shared).
            if (count == 1) {
                if (write != only)
                    points[write] = points.at(only);
                ++write;
            } else if (count > 1) {
                const Point lowPoint = Traits::make(bucket + resolution / 4, low);
                const Point highPoint = Traits::make(bucket + resolution * 3 / 4, high);
                const auto same = [](const Point &a, const Point &b) {
                    return Traits::time(a) == Traits::time(b) && Traits::value(a) == Traits::value(b);
                };
                if (write != first || read - first != 2 || !same(points.at(first), lowPoint) || !same(points.at(first + 1), highPoint)) {
                    points[write] = lowPoint;
                    points[write + 1] = highPoint;
                }
                write += 2;
            }
        }
        if (write < end)
            points.remove(write, end - write);
        if (write > begin)
            newest = std::max(newest, Traits::time(points.at(write - 1)));
    }
    const qsizetype expired = indexOf(nowMs - tiers.constLast().keptForMs);
    if (expired > 0)
        points.remove(0, expired);
    return newest;
}

// downsample() with the file's tiers for a series kept under `key`, moving (*aggregatedUntil)[key]
// (the newest aggregated point of the key's series) forward. True when something was aggregated.
template <typename Point>
bool downsampleKept(QList<Point> &points, qint64 previousMs, qint64 nowMs, const QString &key, QHash<QString, qint64> *aggregatedUntil)
{
    const qint64 until = downsample(points, fileTiers(), previousMs, nowMs);
    if (until < 0)
        return false;
    aggregatedUntil->insert(key, std::max(aggregatedUntil->value(key, -1), until));
    return true;
}

} // namespace opsdeck::SeriesTiers
