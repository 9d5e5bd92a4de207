#include "TimelineEvents.h"

#include "store/EventKind.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TimelineEvents)
};

QString oneLine(const QString &text, int max = 120)
{
    QString line = text.simplified();
    if (line.size() > max)
        line = line.left(max - 1) + u'…';
    return line;
}
} // namespace

namespace TimelineEvents {

qint64 idIn(const Event &event, QLatin1String key)
{
    const QJsonValue value = event.details.value(key);
    if (!value.isDouble())
        return 0;
    const double d = value.toDouble();
    return d >= 1 && d < 9.0e15 && d == double(qint64(d)) ? qint64(d) : 0;
}

Event note(const QString &text, qint64 incident, const Event *about)
{
    Event e;
    e.kind = EventKinds::name(EventKind::Note);
    e.summary = Text::tr("Note: %1").arg(oneLine(text));
    e.details.insert(QStringLiteral("text"), text);
    if (incident > 0)
        e.details.insert(QStringLiteral("incident"), incident);
    if (about) {
        e.environment = about->environment;
        e.host = about->host;
        e.service = about->service;
        e.details.insert(QStringLiteral("event"), about->id);
    }
    return e;
}

Event pin(const Event &event, bool pinned)
{
    Event e;
    e.kind = pinned ? EventKinds::name(EventKind::EventPinned) : EventKinds::name(EventKind::EventUnpinned);
    e.environment = event.environment;
    e.host = event.host;
    e.service = event.service;
    e.summary = pinned ? Text::tr("Pinned #%1: %2").arg(event.id).arg(oneLine(event.summary, 100))
                       : Text::tr("Unpinned #%1: %2").arg(event.id).arg(oneLine(event.summary, 100));
    e.details.insert(QStringLiteral("event"), event.id);
    return e;
}

Event opened(const QString &title, const QString &severity, const QString &environment)
{
    Event e;
    e.kind = EventKinds::name(EventKind::IncidentOpened);
    e.environment = environment;
    e.summary = Text::tr("Incident opened (%1): %2").arg(severity, oneLine(title));
    e.details = {{QStringLiteral("title"), title.trimmed()}, {QStringLiteral("severity"), severity}};
    return e;
}

Event attached(const Incident &incident, const Event &event, bool attach)
{
    Event e;
    e.kind = attach ? EventKinds::name(EventKind::IncidentAttached) : EventKinds::name(EventKind::IncidentDetached);
    e.environment = event.environment;
    e.host = event.host;
    e.service = event.service;
    e.summary = attach ? Text::tr("Attached #%1 to incident #%2 %3").arg(event.id).arg(incident.id).arg(oneLine(incident.title, 80))
                       : Text::tr("Detached #%1 from incident #%2 %3").arg(event.id).arg(incident.id).arg(oneLine(incident.title, 80));
    e.details = {{QStringLiteral("incident"), incident.id}, {QStringLiteral("event"), event.id}};
    return e;
}

Event stateChange(const Incident &incident, IncidentState to)
{
    Event e;
    e.environment = incident.environment;
    const QString title = oneLine(incident.title, 80);
    switch (to) {
    case IncidentState::Mitigated:
        e.kind = EventKinds::name(EventKind::IncidentMitigated);
        e.summary = Text::tr("Incident #%1 mitigated: %2").arg(incident.id).arg(title);
        break;
    case IncidentState::Resolved:
        e.kind = EventKinds::name(EventKind::IncidentResolved);
        e.summary = Text::tr("Incident #%1 resolved: %2").arg(incident.id).arg(title);
        break;
    case IncidentState::Open:
        e.kind = EventKinds::name(EventKind::IncidentReopened);
        e.summary = Text::tr("Incident #%1 reopened: %2").arg(incident.id).arg(title);
        break;
    }
    e.details = {{QStringLiteral("incident"), incident.id}};
    return e;
}

} // namespace TimelineEvents
} // namespace opsdeck
