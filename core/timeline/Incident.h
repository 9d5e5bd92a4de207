#pragma once

// An incident as the timeline knows it: nothing but a fold over events (IncidentBook). Plain values
// that cross threads.

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace opsdeck {

enum class IncidentState { Open, Mitigated, Resolved };

QString incidentStateName(IncidentState state);                          // "open", "mitigated", "resolved"
std::optional<IncidentState> incidentStateFromName(const QString &name);

// "sev1" (most severe) … "sev4".
bool isIncidentSeverity(const QString &severity);
QStringList incidentSeverities();

// A note written about an incident or about one event ("note" events).
struct IncidentNote {
    qint64 id = 0; // the note event's id
    QDateTime time;
    QString actor;
    QString text;
    qint64 incident = 0; // 0: not about an incident
    qint64 event = 0;    // 0: not about one event
};

struct Incident {
    qint64 id = 0; // the id of its incident.opened event
    QString title;
    QString severity;
    IncidentState state = IncidentState::Open;
    QDateTime openedAt;
    QString openedBy;
    QString environment; // as given when opened (may be empty)
    // The current episode: a reopened incident forgets when it was mitigated and resolved before.
    QDateTime mitigatedAt; // the first mitigation of the episode, or its resolution when it skipped mitigation
    QDateTime resolvedAt;
    QString resolvedBy;
    QList<qint64> attached; // event ids, ascending (= strict time order)
    QList<qint64> history;  // ids of every incident.* event about it, ascending (opened first)
    qint64 lastChangeId = 0;

    bool isActive() const { return state != IncidentState::Resolved; }
};

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::Incident)
