#pragma once

// Everything known about one incident, as shown in its detail view and exported for the
// post-mortem. A plain value.

#include "Incident.h"
#include "IncidentSuggestions.h"
#include "IncidentTimes.h"

#include "store/Event.h"

namespace opsdeck {

struct IncidentDossier {
    Incident incident;
    QList<Event> attached; // the attached events as stored, ascending id
    QList<Event> changes;  // the incident's own incident.* events that changed it, ascending id
    QList<IncidentNote> notes;
    IncidentTimes times;
    QList<IncidentSuggestion> suggestions;
    // Attached events the store did not return (it may be a newer console's or a tampered log).
    QList<qint64> missing;
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::IncidentDossier)
