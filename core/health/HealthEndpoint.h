#pragma once

// One health endpoint of the fleet and what is known about it. Plain values.

#include "HealthVerdict.h"

#include <QMetaType>

namespace opsdeck {

struct HealthEndpoint {
    QString id;          // "production/web-1/web#0": stable across reloads while the URL stays
    QString environment;
    QString host;
    QString service;
    QStringList labels;  // the host's, for finding it
    HealthCheckConfig check;
    QString caFile;
};

// One point of an endpoint's history, for charts.
struct HealthSample {
    qint64 timeMs;
    qint32 latencyMs; // -1: no answer
    HealthStatus status;
};

struct HealthSnapshot {
    HealthEndpoint endpoint;
    HealthStatus stable = HealthStatus::Unknown; // debounced
    bool hasState = false;
    HealthVerdict last;                          // the latest result, debounced or not
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::HealthEndpoint)
Q_DECLARE_METATYPE(opsdeck::HealthSnapshot)
