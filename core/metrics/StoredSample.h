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

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::StoredSeries)
