#pragma once

// What one health check found: an overall status, the failing component named, and every
// component's own status and message. Plain values; cross threads freely.

#include "config/FleetConfig.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace opsdeck {

enum class HealthStatus { Pass, Warn, Fail, Unknown };

struct HealthComponent {
    QString name;    // "database", "db:responseTime", "diskSpace", "etcd"
    HealthStatus status = HealthStatus::Unknown;
    QString message;
};

struct HealthVerdict {
    HealthStatus status = HealthStatus::Unknown;
    QString reason;                 // one line: why this status ("database: connection refused")
    QList<HealthComponent> components;
    int httpStatus = 0;             // 0: no HTTP answer
    qint64 latencyMs = -1;
    HealthFormat format = HealthFormat::Auto; // the format the body was read as
    QString version;                // what the app says it runs ("version"), empty when it does not say
    QString releaseId;              // the IETF draft's "releaseId" (a commit, for the sandbox fleet's apps)
    QDateTime checkedAt;
};

QString healthStatusName(HealthStatus status); // "pass", "warn", "fail", "unknown"
// The worse of two: Fail > Warn > Unknown > Pass.
HealthStatus worse(HealthStatus a, HealthStatus b);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::HealthVerdict)
