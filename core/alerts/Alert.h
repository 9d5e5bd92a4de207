#pragma once

// One alert condition and its life: raised, maybe acknowledged, resolved. Plain values.

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace opsdeck {

enum class AlertSeverity { Warning, Critical };

struct Alert {
    QString key;          // rule + target: "health:production/web-2/web", "disk:production/web-2:/var"
    AlertSeverity severity = AlertSeverity::Warning;
    QString environment;
    QString host;
    QString service;
    QString title;        // "production/web-2/web failing"
    QString detail;       // the reason, with the failing component named
    QString cause;        // set when another alert explains this one ("host web-2 unreachable", "shared: database")
    bool suppressed = false; // explained by an unreachable host: shown, but no notification
    QDateTime since;
    QDateTime acknowledgedAt;
    QString acknowledgedBy;
};

QString alertSeverityName(AlertSeverity severity);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::Alert)
