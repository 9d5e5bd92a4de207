#pragma once

// Incidents, notes and pins as a fold over the timeline's own events (see TimelineEvents.h). There
// are no incident tables: the append-only log is the truth and this is how it reads. Feed it events
// in any order — an event older than one already folded makes it fold again in id order, so every
// console derives the same book from the same log. Pending events (not yet stored) are ignored until
// they arrive stored. A value type; not thread-safe, use from one thread at a time.
//
// Transitions that do not apply are ignored (mitigating a resolved incident, attaching to an unknown
// one), as is incident.resolved written by someone without opsdeck_lead among the roles recorded in
// the row: the team store refuses those, and a book built from a tampered log must not believe them.

#include "Incident.h"

#include "store/Event.h"

#include <QHash>
#include <QMap>
#include <QSet>

namespace opsdeck {

class IncidentBook final
{
public:
    // What to ask the store for to build a book (EventFilter::kinds).
    static QStringList kinds();
    static bool folds(const QString &kind);

    void apply(const Event &event);
    void apply(const QList<Event> &events);
    void clear();

    QList<Incident> incidents() const; // newest first
    const Incident *find(qint64 id) const;
    // Which incidents an event is attached to.
    QList<qint64> incidentsWith(qint64 eventId) const;

    bool isPinned(qint64 eventId) const { return m_pinned.contains(eventId); }
    const QSet<qint64> &pinned() const { return m_pinned; }

    // Notes about the incident itself or about one of its attached events, in id order.
    QList<IncidentNote> notesFor(const Incident &incident) const;
    QList<IncidentNote> notesAbout(qint64 eventId) const;
    const QList<IncidentNote> &notes() const { return m_notes; }

    // The events folded so far (only the kinds above), by id.
    const QMap<qint64, Event> &events() const { return m_events; }
    qint64 lastId() const { return m_events.isEmpty() ? 0 : m_events.lastKey(); }

private:
    void fold(const Event &event);
    void refold();

    QMap<qint64, Event> m_events;
    QMap<qint64, Incident> m_incidents;
    QSet<qint64> m_pinned;
    QList<IncidentNote> m_notes;
};

} // namespace opsdeck
