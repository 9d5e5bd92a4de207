#include "TimelineReport.h"

#include "TimelineEvents.h"
#include "store/EventKind.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(TimelineReport)
};

TimelineReport::Row rowOf(const Event &event)
{
    return {event.id,
            event.time,
            event.actor,
            TimelineReport::target(event),
            event.kind,
            TimelineReport::outcome(event),
            event.kind == EventKinds::name(EventKind::Note) ? event.details.value(QStringLiteral("text")).toString() : event.summary};
}

QString duration(std::optional<qint64> ms, bool fromOpening)
{
    if (!ms)
        return QStringLiteral("—");
    return fromOpening ? Text::tr("%1 (from the opening)").arg(IncidentTimes::format(ms)) : IncidentTimes::format(ms);
}
} // namespace

QString TimelineReport::time(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : QStringLiteral("—");
}

QString TimelineReport::target(const Event &event)
{
    QStringList parts;
    for (const QString *part : {&event.environment, &event.host, &event.service}) {
        if (!part->isEmpty())
            parts << *part;
    }
    return parts.join(u'/');
}

QString TimelineReport::outcome(const Event &event)
{
    if (const QString outcome = event.details.value(QStringLiteral("outcome")).toString(); !outcome.isEmpty())
        return outcome;
    if (event.kind == EventKinds::name(EventKind::HealthChanged)) {
        const QString from = event.details.value(QStringLiteral("from")).toString();
        const QString to = event.details.value(QStringLiteral("to")).toString();
        return from.isEmpty() ? to : from + QStringLiteral(" → ") + to;
    }
    static const QStringList outcomes{QStringLiteral("started"),  QStringLiteral("succeeded"),    QStringLiteral("failed"),
                                      QStringLiteral("unknown"),  QStringLiteral("raised"),       QStringLiteral("resolved"),
                                      QStringLiteral("acknowledged"), QStringLiteral("muted"),    QStringLiteral("rejected"),
                                      QStringLiteral("loaded"),   QStringLiteral("trusted"),      QStringLiteral("opened"),
                                      QStringLiteral("mitigated"), QStringLiteral("reopened"),    QStringLiteral("attached"),
                                      QStringLiteral("detached")};
    const QString last = event.kind.section(u'.', -1);
    return event.kind.contains(u'.') && outcomes.contains(last) ? last : QString();
}

TimelineReport TimelineReport::forIncident(const IncidentDossier &dossier, const QDateTime &generatedAt)
{
    const Incident &incident = dossier.incident;
    const IncidentTimes &times = dossier.times;
    TimelineReport report;
    report.generatedAt = generatedAt;
    report.title = Text::tr("Incident #%1: %2").arg(incident.id).arg(incident.title);
    auto by = [](const QDateTime &t, const QString &actor) {
        return actor.isEmpty() ? time(t) : Text::tr("%1 by %2").arg(time(t), actor);
    };
    report.facts = {{Text::tr("Severity"), incident.severity},
                    {Text::tr("State"), incidentStateName(incident.state)},
                    {Text::tr("Environment"), incident.environment.isEmpty() ? QStringLiteral("—") : incident.environment},
                    {Text::tr("Opened"), by(incident.openedAt, incident.openedBy)},
                    {Text::tr("Impact started"), time(times.impactStart)},
                    {Text::tr("Detected"), time(times.detectedAt)},
                    {Text::tr("Mitigated"), time(incident.mitigatedAt)},
                    {Text::tr("Resolved"), incident.resolvedAt.isValid() ? by(incident.resolvedAt, incident.resolvedBy)
                                                                         : QStringLiteral("—")},
                    {Text::tr("Time to detect"), duration(times.toDetectMs, false)},
                    {Text::tr("Time to mitigate"), duration(times.toMitigateMs, times.fromOpening)},
                    {Text::tr("Time to resolve"), duration(times.toResolveMs, times.fromOpening)},
                    {Text::tr("Attached events"), QString::number(incident.attached.size())}};

    for (const Event &event : dossier.attached)
        report.rows.append(rowOf(event));
    for (const Event &event : dossier.changes) {
        // The attached events are rows themselves; that someone attached them is not news.
        if (event.kind != EventKinds::name(EventKind::IncidentAttached) && event.kind != EventKinds::name(EventKind::IncidentDetached))
            report.rows.append(rowOf(event));
    }
    for (const IncidentNote &note : dossier.notes) {
        Row row;
        row.id = note.id;
        row.time = note.time;
        row.actor = note.actor;
        row.target = note.event > 0 ? Text::tr("about #%1").arg(note.event) : QString();
        row.kind = EventKinds::name(EventKind::Note);
        row.summary = note.text;
        report.rows.append(row);
    }
    std::sort(report.rows.begin(), report.rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    report.rows.erase(std::unique(report.rows.begin(), report.rows.end(), [](const Row &a, const Row &b) { return a.id == b.id; }),
                      report.rows.end());
    if (!dossier.missing.isEmpty()) {
        QStringList ids;
        for (qint64 id : dossier.missing)
            ids << u'#' + QString::number(id);
        report.remarks << Text::tr("Attached events not found in the store: %1.").arg(ids.join(QStringLiteral(", ")));
    }
    return report;
}

TimelineReport TimelineReport::forRange(const QList<Event> &events, const EventFilter &filter, bool truncated,
                                        const QDateTime &generatedAt)
{
    TimelineReport report;
    report.generatedAt = generatedAt;
    report.title = Text::tr("Timeline %1 – %2").arg(time(filter.since), time(filter.until));
    report.facts = {{Text::tr("From"), time(filter.since)}, {Text::tr("Until"), time(filter.until)}};
    const std::pair<QString, const QString *> criteria[] = {{Text::tr("Environment"), &filter.environment},
                                                           {Text::tr("Host"), &filter.host},
                                                           {Text::tr("Service"), &filter.service},
                                                           {Text::tr("Kind"), &filter.kind},
                                                           {Text::tr("Actor"), &filter.actor},
                                                           {Text::tr("Text"), &filter.text}};
    for (const auto &[label, value] : criteria) {
        if (!value->isEmpty())
            report.facts.append({label, *value});
    }
    report.facts.append({Text::tr("Events"), QString::number(events.size())});
    for (const Event &event : events)
        report.rows.append(rowOf(event));
    std::sort(report.rows.begin(), report.rows.end(), [](const Row &a, const Row &b) { return a.id < b.id; });
    if (truncated)
        report.remarks << Text::tr("Only the first %n event(s) of the range are included; narrow the range for the rest.",
                                   nullptr, int(events.size()));
    return report;
}

} // namespace opsdeck
