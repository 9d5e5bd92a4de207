#include "IncidentBook.h"

#include "TimelineEvents.h"
#include "store/EventKind.h"

#include <algorithm>

namespace opsdeck {

using namespace TimelineEvents;

QStringList IncidentBook::kinds()
{
    return {EventKinds::prefix(EventFamily::Incident), EventKinds::name(EventKind::Note), EventKinds::name(EventKind::EventPinned),
            EventKinds::name(EventKind::EventUnpinned)};
}

bool IncidentBook::folds(const QString &kind)
{
    const std::optional<EventKind> known = EventKinds::fromName(kind);
    return EventKinds::familyOf(kind) == EventFamily::Incident || known == EventKind::Note || known == EventKind::EventPinned
           || known == EventKind::EventUnpinned;
}

void IncidentBook::apply(const Event &event)
{
    if (event.pending || event.id <= 0 || !folds(event.kind) || m_events.contains(event.id))
        return;
    const bool inOrder = m_events.isEmpty() || event.id > m_events.lastKey();
    m_events.insert(event.id, event);
    if (inOrder)
        fold(event);
    else
        refold();
}

void IncidentBook::apply(const QList<Event> &events)
{
    bool inOrder = true;
    for (const Event &event : events) {
        if (event.pending || event.id <= 0 || !folds(event.kind) || m_events.contains(event.id))
            continue;
        if (!m_events.isEmpty() && event.id < m_events.lastKey())
            inOrder = false;
        m_events.insert(event.id, event);
        if (inOrder)
            fold(event);
    }
    if (!inOrder)
        refold();
}

void IncidentBook::clear()
{
    *this = IncidentBook();
}

void IncidentBook::refold()
{
    m_incidents.clear();
    m_pinned.clear();
    m_notes.clear();
    for (const Event &event : std::as_const(m_events))
        fold(event);
}

void IncidentBook::fold(const Event &event)
{
    const QString &kind = event.kind;
    if (kind == EventKinds::name(EventKind::Note)) {
        IncidentNote note;
        note.id = event.id;
        note.time = event.time;
        note.actor = event.actor;
        note.text = event.details.value(QStringLiteral("text")).toString();
        note.incident = idIn(event, QLatin1String("incident"));
        note.event = idIn(event, QLatin1String("event"));
        m_notes.append(note);
        return;
    }
    if (kind == EventKinds::name(EventKind::EventPinned) || kind == EventKinds::name(EventKind::EventUnpinned)) {
        if (const qint64 id = idIn(event, QLatin1String("event")); id > 0) {
            if (kind == EventKinds::name(EventKind::EventPinned))
                m_pinned.insert(id);
            else
                m_pinned.remove(id);
        }
        return;
    }
    if (kind == EventKinds::name(EventKind::IncidentOpened)) {
        Incident incident;
        incident.id = event.id;
        incident.title = event.details.value(QStringLiteral("title")).toString();
        incident.severity = event.details.value(QStringLiteral("severity")).toString();
        if (!isIncidentSeverity(incident.severity))
            incident.severity = QStringLiteral("sev4");
        incident.openedAt = event.time;
        incident.openedBy = event.actor;
        incident.environment = event.environment;
        incident.history.append(event.id);
        incident.lastChangeId = event.id;
        m_incidents.insert(incident.id, incident);
        return;
    }
    const auto it = m_incidents.find(idIn(event, QLatin1String("incident")));
    if (it == m_incidents.end())
        return;
    Incident &incident = *it;
    bool changed = false;
    if (kind == EventKinds::name(EventKind::IncidentAttached) || kind == EventKinds::name(EventKind::IncidentDetached)) {
        const qint64 id = idIn(event, QLatin1String("event"));
        if (id <= 0 || id == incident.id)
            return;
        const auto at = std::lower_bound(incident.attached.begin(), incident.attached.end(), id);
        const bool present = at != incident.attached.end() && *at == id;
        if (kind == EventKinds::name(EventKind::IncidentAttached) && !present) {
            incident.attached.insert(at, id);
            changed = true;
        } else if (kind == EventKinds::name(EventKind::IncidentDetached) && present) {
            incident.attached.erase(at);
            changed = true;
        }
    } else if (kind == EventKinds::name(EventKind::IncidentMitigated)) {
        if (incident.state == IncidentState::Open) {
            incident.state = IncidentState::Mitigated;
            incident.mitigatedAt = event.time;
            changed = true;
        }
    } else if (kind == EventKinds::name(EventKind::IncidentResolved)) {
        const bool lead = event.actorRoles.split(u',').contains(LeadRole);
        if (lead && incident.state != IncidentState::Resolved) {
            if (incident.state == IncidentState::Open)
                incident.mitigatedAt = event.time; // resolving ends the impact too
            incident.state = IncidentState::Resolved;
            incident.resolvedAt = event.time;
            incident.resolvedBy = event.actor;
            changed = true;
        }
    } else if (kind == EventKinds::name(EventKind::IncidentReopened)) {
        if (incident.state != IncidentState::Open) {
            incident.state = IncidentState::Open;
            incident.mitigatedAt = {};
            incident.resolvedAt = {};
            incident.resolvedBy.clear();
            changed = true;
        }
    }
    if (changed) {
        incident.history.append(event.id);
        incident.lastChangeId = event.id;
    }
}

QList<Incident> IncidentBook::incidents() const
{
    QList<Incident> list;
    list.reserve(m_incidents.size());
    for (const Incident &incident : m_incidents)
        list.prepend(incident);
    return list;
}

const Incident *IncidentBook::find(qint64 id) const
{
    const auto it = m_incidents.constFind(id);
    return it == m_incidents.cend() ? nullptr : &*it;
}

QList<qint64> IncidentBook::incidentsWith(qint64 eventId) const
{
    QList<qint64> ids;
    for (const Incident &incident : m_incidents) {
        if (std::binary_search(incident.attached.cbegin(), incident.attached.cend(), eventId))
            ids.append(incident.id);
    }
    return ids;
}

QList<IncidentNote> IncidentBook::notesFor(const Incident &incident) const
{
    QList<IncidentNote> list;
    for (const IncidentNote &note : m_notes) {
        if (note.incident == incident.id
            || (note.event > 0 && std::binary_search(incident.attached.cbegin(), incident.attached.cend(), note.event)))
            list.append(note);
    }
    return list;
}

QList<IncidentNote> IncidentBook::notesAbout(qint64 eventId) const
{
    QList<IncidentNote> list;
    for (const IncidentNote &note : m_notes) {
        if (note.event == eventId)
            list.append(note);
    }
    return list;
}

} // namespace opsdeck
