#pragma once

// Fixed events for the timeline's unit tests: ids and times chosen by the test, as a store would
// have assigned them.

#include "store/Event.h"
#include "store/EventKind.h"
#include "timeline/TimelineEvents.h"

#include <QJsonObject>
#include <QTimeZone>

namespace opsdeck::testing {

inline QDateTime at(const char *hhmm, int second = 0)
{
    const QTime t = QTime::fromString(QString::fromLatin1(hhmm), QStringLiteral("HH:mm")).addSecs(second);
    return QDateTime(QDate(2024, 5, 1), t, Qt::UTC);
}

inline Event ev(qint64 id, const char *hhmm, const QString &kind, const QJsonObject &details = {},
                   const QString &environment = {}, const QString &host = {}, const QString &service = {})
{
    Event e;
    e.id = id;
    e.time = at(hhmm);
    e.kind = kind;
    e.environment = environment;
    e.host = host;
    e.service = service;
    e.actor = QStringLiteral("ann");
    e.actorRoles = QStringLiteral("opsdeck_operator,opsdeck_lead,opsdeck_admin");
    e.summary = kind + QStringLiteral(" summary");
    e.details = details;
    return e;
}

inline Event health(qint64 id, const char *hhmm, const QString &to, const QString &host = QStringLiteral("web-1"),
                    const QString &service = QStringLiteral("web"))
{
    Event e = ev(id, hhmm, QStringLiteral("health.changed"),
                    {{QStringLiteral("from"), QStringLiteral("pass")}, {QStringLiteral("to"), to}},
                    QStringLiteral("production"), host, service);
    e.actor = QStringLiteral("opsdeck");
    e.summary = QStringLiteral("production/%1/%2: pass → %3").arg(host, service, to);
    return e;
}

inline Event opened(qint64 id, const char *hhmm, const QString &title, const QString &severity = QStringLiteral("sev2"))
{
    return ev(id, hhmm, EventKinds::name(EventKind::IncidentOpened),
                 {{QStringLiteral("title"), title}, {QStringLiteral("severity"), severity}}, QStringLiteral("production"));
}

inline Event about(qint64 id, const char *hhmm, const QString &kind, qint64 incident, qint64 eventId = 0)
{
    QJsonObject details{{QStringLiteral("incident"), incident}};
    if (eventId > 0)
        details.insert(QStringLiteral("event"), eventId);
    return ev(id, hhmm, kind, details);
}

} // namespace opsdeck::testing
