#pragma once

// The events the timeline itself writes: notes, pins and the life of incidents. Everything is an
// event in the append-only log; IncidentBook folds these back into incidents and pins. Pure builders;
// thread-safe.
//
//   note               {text, event?: id it is about, incident?: id}
//   event.pinned       {event: id}            event.unpinned {event: id}
//   incident.opened    {title, severity: sev1…sev4}   (the incident's id is this event's id)
//   incident.attached  {incident: id, event: id}      incident.detached {incident: id, event: id}
//   incident.mitigated / incident.resolved / incident.reopened {incident: id}
// incident.resolved is for leads only (opsdeck_lead): the team store refuses it from anyone else.

#include "Incident.h"

#include "store/Event.h"
#include "store/EventKind.h"

namespace opsdeck::TimelineEvents {

inline constexpr QLatin1String LeadRole{"opsdeck_lead"};

// A note about an incident (incident != 0), about one event (about != nullptr: the note takes its
// target), or both.
Event note(const QString &text, qint64 incident, const Event *about);
Event pin(const Event &event, bool pinned);
Event opened(const QString &title, const QString &severity, const QString &environment);
Event attached(const Incident &incident, const Event &event, bool attach);
// to: Mitigated, Resolved, or Open (reopened).
Event stateChange(const Incident &incident, IncidentState to);

// The id an event's details name under key ("event", "incident"), 0 when absent or malformed.
qint64 idIn(const Event &event, QLatin1String key);

} // namespace opsdeck::TimelineEvents
