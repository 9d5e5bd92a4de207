#pragma once

// Events worth attaching to an incident: those near it in time that it does not have yet, most
// relevant first. Pure.
//
// Near: within the window (default ±30 min) around the opening and every attached event — ask the
// store for window(); the candidates it returns are then ranked here. Relevance adds up:
//   same service as an attached event (or the incident) +4, same host +3, same environment +2;
//   a health or alert event +3, a service action, deploy, release, rollback or backup +2, a
//   configuration or host-key event +1. Ties go to the event closest in time to the incident.
// Events the timeline writes about itself (notes, pins, incident.*) are never suggested, nor
// anything with no relevance at all.

#include "Incident.h"

#include "store/Event.h"

#include <chrono>

namespace opsdeck {

struct IncidentSuggestion {
    Event event;
    int score = 0;
    QStringList reasons; // "same host web-1", "health event" — for people
};

class IncidentSuggestions final
{
public:
    static constexpr std::chrono::minutes defaultWindow{30};

    // The time range to ask the store for; attached: the incident's attached events (as far as known).
    static std::pair<QDateTime, QDateTime> window(const Incident &incident, const QList<Event> &attached,
                                                  std::chrono::minutes around = defaultWindow);
    static QList<IncidentSuggestion> rank(const Incident &incident, const QList<Event> &attached,
                                          const QList<Event> &candidates, int limit = 20,
                                          std::chrono::minutes around = defaultWindow);
};

} // namespace opsdeck
