#include "SeriesDecimator.h"

#include <algorithm>
#include <climits>
#include <cmath>

namespace opsdeck::SeriesDecimator {

int placedColumns(const QList<Sample> &samples, qint64 fromMs, qint64 toMs, int count, std::vector<PlacedColumn> &out, double *highest)
{
    out.clear();
    if (samples.isEmpty() || toMs <= fromMs || count < 1)
        return 0;
    const auto byTime = [](const Sample &s, qint64 t) { return s.timeMs < t; };
    auto it = std::lower_bound(samples.cbegin(), samples.cend(), fromMs, byTime);
    const auto end = std::upper_bound(it, samples.cend(), toMs, [](qint64 t, const Sample &s) { return t < s.timeMs; });
    const double scale = double(count) / double(toMs - fromMs);
    float top = -INFINITY;
    int used = 0;
    int column = -1;
    while (it != end) {
        // The next column with a sample; never one already summed up (rounding at a boundary).
        column = std::max(column + 1, std::min(count - 1, int(double(it->timeMs - fromMs) * scale)));
        if (column >= count)
            break; // cannot happen: the last column takes everything up to toMs
        const qint64 limit = column + 1 >= count ? LLONG_MAX : fromMs + qint64(std::ceil(double(column + 1) / scale));
        Column &c = out.emplace_back(PlacedColumn{Column{}, column}).column;
        c.first = c.min = c.max = float(it->value);
        c.firstAt = c.minAt = c.maxAt = it->timeMs;
        ++it;
        // The hot loop: every sample in view passes here once per redraw.
        while (it != end && it->timeMs < limit) {
            const float v = float(it->value);
            if (v < c.min) {
                c.min = v;
                c.minAt = it->timeMs;
            }
            if (v > c.max) {
                c.max = v;
                c.maxAt = it->timeMs;
            }
            ++it;
        }
        const Sample &last = *(it - 1);
        c.last = float(last.value);
        c.lastAt = last.timeMs;
        top = std::max(top, c.max);
        ++used;
    }
    if (highest && used > 0)
        *highest = std::max(*highest, double(top));
    return used;
}

} // namespace opsdeck::SeriesDecimator
