#include "SeriesDecimator.h"

#include <algorithm>

namespace opsdeck::SeriesDecimator {

QList<QList<QPointF>> decimate(const QList<Sample> &samples, qint64 fromMs, qint64 toMs, int buckets, qint64 gapMs)
{
    QList<QList<QPointF>> segments;
    if (samples.isEmpty() || toMs <= fromMs || buckets < 1)
        return segments;
    const auto first = std::lower_bound(samples.cbegin(), samples.cend(), fromMs,
                                        [](const Sample &s, qint64 t) { return s.timeMs < t; });
    const double width = double(toMs - fromMs) / buckets;
    QList<QPointF> segment;
    qint64 previous = -1;
    auto it = first;
    while (it != samples.cend() && it->timeMs <= toMs) {
        // One bucket: every sample that falls in it, unless a gap splits it.
        const int bucket = int(double(it->timeMs - fromMs) / width);
        const Sample *minS = &*it;
        const Sample *maxS = &*it;
        if (previous >= 0 && it->timeMs - previous > gapMs && !segment.isEmpty()) {
            segments.append(segment);
            segment.clear();
        }
        previous = it->timeMs;
        ++it;
        while (it != samples.cend() && it->timeMs <= toMs && int(double(it->timeMs - fromMs) / width) == bucket
               && it->timeMs - previous <= gapMs) {
            if (it->value < minS->value)
                minS = &*it;
            if (it->value > maxS->value)
                maxS = &*it;
            previous = it->timeMs;
            ++it;
        }
        const Sample *a = minS->timeMs <= maxS->timeMs ? minS : maxS;
        const Sample *b = a == minS ? maxS : minS;
        segment.append(QPointF(double(a->timeMs), a->value));
        if (b != a)
            segment.append(QPointF(double(b->timeMs), b->value));
    }
    if (!segment.isEmpty())
        segments.append(segment);
    return segments;
}

} // namespace opsdeck::SeriesDecimator
