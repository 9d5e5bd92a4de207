#pragma once

// Reduces a time series to about two points per pixel: for every bucket of the visible range, the
// minimum and the maximum in time order, so spikes survive. Where samples are further apart than
// `gapMs` the series is split: the console was not polling there, and a line across the gap would
// pretend otherwise. Pure; thread-safe.

#include <QList>
#include <QPointF>

namespace opsdeck::SeriesDecimator {

struct Sample {
    qint64 timeMs;
    double value;
};

// samples sorted by time; returns segments of points (x = ms since epoch).
QList<QList<QPointF>> decimate(const QList<Sample> &samples, qint64 fromMs, qint64 toMs, int buckets, qint64 gapMs);

} // namespace opsdeck::SeriesDecimator
