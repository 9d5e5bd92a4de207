#pragma once

// One point of a kept metric series (a response time, a host's CPU …) as the sample history stores
// it: a raw sample (spanMs 0, low = high = average) or the aggregate of `count` samples over
// [timeMs, timeMs + spanMs). Plain value; thread-safe.

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>

namespace opsdeck {

struct StoredSample {
    qint64 timeMs = 0;
    qint64 spanMs = 0; // 0: raw
    double low = 0;
    double high = 0;
    double average = 0;
    qint64 count = 1;

    bool isAggregate() const { return spanMs > 0; }
    // An aggregate drawn as a line: its low and its high inside its span. Where in the span they
    // occurred is not kept; at a quarter and three quarters, so that a chart summing a pixel column
    // up (a minute or more per column over 6 or 24 hours) draws the envelope the raw samples drew.
    qint64 lowAtMs() const { return timeMs + spanMs / 4; }
    qint64 highAtMs() const { return timeMs + spanMs * 3 / 4; }
};

// Series name → its samples, oldest first.
using StoredSeries = QHash<QString, QList<StoredSample>>;

// One value of a metric series as the window keeps it in memory (16 bytes; a StoredSample is 48).
struct MetricPoint {
    qint64 timeMs = 0;
    double value = 0;
};

// A series as the history reads it back: raw samples as their value, an aggregate as its low and
// its high (StoredSample::lowAtMs/highAtMs), oldest first.
struct RestoredSeries {
    QList<MetricPoint> points;
    qint64 aggregatedUntilMs = -1; // the last aggregate's high point; -1: no aggregates
};

// Part of what the history reads back at start: series name → series. The history hands it over in
// batches of a few hundred series, so that a day of a thousand hosts never sits in memory twice.
using RestoredBatch = QHash<QString, RestoredSeries>;

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::StoredSeries)
Q_DECLARE_METATYPE(opsdeck::RestoredBatch)
