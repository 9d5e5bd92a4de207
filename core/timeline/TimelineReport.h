#pragma once

// What an export says, before it is Markdown or PDF: a title, facts (label, value) and the rows of
// the timeline in strict store order. Built from an incident's dossier or from a range of events.
// Pure; the time it was generated is given, so the same input always gives the same report.

#include "IncidentDossier.h"

#include "store/Event.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace opsdeck {

struct TimelineReport {
    struct Fact {
        QString label;
        QString value;
    };
    struct Row {
        qint64 id = 0;
        QDateTime time;
        QString actor;
        QString target;  // "production/web-1/web"
        QString kind;
        QString outcome; // "failed", "pass → fail", "raised" … or empty
        QString summary; // one line, or a note's whole text
    };

    QString title;
    QList<Fact> facts;
    QList<Row> rows;
    QStringList remarks; // said after the table (truncation, missing events)
    QDateTime generatedAt;

    static TimelineReport forIncident(const IncidentDossier &dossier, const QDateTime &generatedAt);
    // filter: what was asked for (its since/until and criteria are described in the facts).
    static TimelineReport forRange(const QList<Event> &events, const EventFilter &filter, bool truncated,
                                   const QDateTime &generatedAt);

    static QString target(const Event &event);
    static QString outcome(const Event &event);
    static QString time(const QDateTime &time); // ISO 8601 in UTC, "2024-05-01T09:58:00Z"
};

} // namespace opsdeck
