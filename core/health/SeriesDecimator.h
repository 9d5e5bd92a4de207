#pragma once

// Reduces a time series to what a chart can show: a column per device pixel of the plot that holds
// samples, each with its first, last, lowest and highest sample (with their times), so spikes survive and the
// line can be drawn exactly as the samples would draw it at that width. Where samples are further
// apart than the series' gap the chart breaks the line (the console was not polling there); the
// columns keep the times that tell. Pure; thread-safe.

#include "metrics/StoredSample.h"

#include <QList>

#include <vector>

namespace opsdeck::SeriesDecimator {

// The form the window keeps metric values in: a chart of host metrics shares those lists, never copies them.
using Sample = MetricPoint;

struct Column {
    float first = 0;
    float last = 0;
    float min = 0;
    float max = 0;
    qint64 firstAt = -1; // ms since the epoch; -1: no sample falls in this column
    qint64 lastAt = -1;
    qint64 minAt = -1;
    qint64 maxAt = -1;
    bool isEmpty() const { return firstAt < 0; }
};

// A column that holds samples, and where it is (0 … count - 1).
struct PlacedColumn {
    Column column;
    int x;
};

// samples sorted by time. Splits [fromMs, toMs] into `count` columns of equal duration (a sample at
// toMs belongs to the last), sums up each one that holds samples and puts those into out, left to
// right: a chart of two thousand series over a few hundred pixels keeps a column per sample, not per
// pixel (samples every 10 s over 15 minutes fill 90 of 330 columns). out is cleared and refilled (its
// capacity is reused). Returns how many columns hold samples; *highest (if given) is raised to the
// highest value in range.
int placedColumns(const QList<Sample> &samples, qint64 fromMs, qint64 toMs, int count, std::vector<PlacedColumn> &out,
                  double *highest = nullptr);

} // namespace opsdeck::SeriesDecimator
