#pragma once

// Time to detect, to mitigate and to resolve an incident, from its attached events. Pure.
//
// Impact start S: the time of the earliest attached sign of impact — a health.changed event to warn,
// fail or unknown, or an alert.raised event. Without any, S is unknown and the durations are counted
// from the opening instead (fromOpening = true) and there is no time to detect.
// Detected at D: the earliest of the first attached alert.raised and the opening of the incident.
// TTD = D − S (0 when the incident was opened before the first sign of impact was recorded).
// TTM = mitigated at − S, where "mitigated at" is the first mitigation of the current episode, or
//       its resolution when it was resolved without a mitigation step.
// TTR = resolved at − S.
// A reopened incident starts a new episode: TTM and TTR are empty until it is mitigated or resolved
// again, still measured from S.

#include "Incident.h"

#include "store/Event.h"

#include <QDateTime>

#include <optional>

namespace opsdeck {

struct IncidentTimes {
    QDateTime impactStart; // invalid: no sign of impact attached
    QDateTime detectedAt;
    bool fromOpening = false; // durations count from the opening (no impact start known)
    std::optional<qint64> toDetectMs;
    std::optional<qint64> toMitigateMs;
    std::optional<qint64> toResolveMs;

    // events: at least the incident's attached events (others are ignored).
    static IncidentTimes of(const Incident &incident, const QList<Event> &events);
    // Whether an event counts as a sign of impact.
    static bool isImpact(const Event &event);
    // "4 min 10 s", "1 h 5 min", "2 d 3 h"; "—" when empty.
    static QString format(std::optional<qint64> ms);
};

} // namespace opsdeck
