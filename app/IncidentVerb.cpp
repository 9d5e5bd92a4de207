#include "IncidentVerb.h"

#include "CliContext.h"
#include "StoreSession.h"
#include "support/DisplayText.h"
#include "timeline/TimelineExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentVerb)
};

const char *const kUsage =
    "usage: opsdeck incident list [--state open|mitigated|resolved|active] [--json]\n"
    "       opsdeck incident show ID [--json]\n"
    "       opsdeck incident open TITLE… --severity sev1|sev2|sev3|sev4 [--event ID]…\n"
    "       opsdeck incident attach|detach ID EVENT…\n"
    "       opsdeck incident note ID TEXT…\n"
    "       opsdeck incident mitigate|resolve|reopen ID\n"
    "       opsdeck incident export ID --format md|pdf -o FILE   ('-o -' writes Markdown to standard output)\n"
    "options for all: [--store URI]\n";

int usage(CliContext &cli, const QString &error = {})
{
    if (!error.isEmpty())
        cli.err << QStringLiteral("opsdeck: ") << error << u'\n';
    cli.err << QString::fromUtf8(kUsage) << Qt::flush;
    return ExitCode::Usage;
}

std::optional<qint64> idArgument(const QString &text)
{
    QString digits = text;
    if (digits.startsWith(u'#'))
        digits.remove(0, 1);
    bool ok = false;
    const qint64 id = digits.toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

int failed(CliContext &cli, const QString &error)
{
    cli.err << QStringLiteral("opsdeck: ") << error << Qt::endl;
    return ExitCode::Failed;
}

// The events with these ids, in the order given; an error names the ones that do not exist.
std::optional<QList<Event>> eventsById(StoreSession &session, const QList<qint64> &ids, CliContext &cli)
{
    EventFilter filter;
    filter.ids = ids;
    const auto found = StoreSession::await(session.tracker.range(filter, int(ids.size())));
    if (!found) {
        failed(cli, found.error);
        return std::nullopt;
    }
    QList<Event> events;
    QStringList missing;
    for (qint64 id : ids) {
        const auto it = std::find_if(found.value->events.cbegin(), found.value->events.cend(),
                                     [id](const Event &e) { return e.id == id; });
        if (it == found.value->events.cend())
            missing << u'#' + QString::number(id);
        else
            events.append(*it);
    }
    if (!missing.isEmpty()) {
        failed(cli, Text::tr("no event %1 in the store").arg(missing.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return events;
}

int list(StoreSession &session, const QString &state, bool json, CliContext &cli)
{
    QJsonArray array;
    for (const Incident &incident : session.tracker.book().incidents()) {
        if (state == QLatin1String("active") ? !incident.isActive()
                                             : !state.isEmpty() && incidentStateName(incident.state) != state)
            continue;
        if (json) {
            array.append(EventText::toJson(incident));
            continue;
        }
        cli.out << QStringLiteral("#%1 %2 %3 %4 (opened %5 by %6, %7)\n")
                       .arg(incident.id)
                       .arg(DisplayText::terminal(incident.severity.toUpper()), -4)
                       .arg(incidentStateName(incident.state), -9)
                       .arg(DisplayText::terminal(incident.title), TimelineReport::time(incident.openedAt),
                            DisplayText::terminal(incident.openedBy),
                            Text::tr("%n event(s)", nullptr, int(incident.attached.size())));
    }
    if (json)
        cli.printJson(QJsonDocument(array));
    cli.out.flush();
    return ExitCode::Succeeded;
}

int show(StoreSession &session, qint64 id, bool json, CliContext &cli)
{
    const auto dossier = StoreSession::await(session.tracker.dossier(id, true));
    if (!dossier)
        return failed(cli, dossier.error);
    const TimelineReport report = TimelineReport::forIncident(*dossier.value, QDateTime::currentDateTimeUtc());
    if (json) {
        QJsonObject o = EventText::toJson(dossier.value->incident);
        const IncidentTimes &t = dossier.value->times;
        auto ms = [](std::optional<qint64> v) { return v ? QJsonValue(*v) : QJsonValue(); };
        o.insert(QStringLiteral("impact_started_at"), t.impactStart.isValid() ? QJsonValue(t.impactStart.toString(Qt::ISODateWithMs)) : QJsonValue());
        o.insert(QStringLiteral("detected_at"), t.detectedAt.isValid() ? QJsonValue(t.detectedAt.toString(Qt::ISODateWithMs)) : QJsonValue());
        o.insert(QStringLiteral("time_to_detect_ms"), ms(t.toDetectMs));
        o.insert(QStringLiteral("time_to_mitigate_ms"), ms(t.toMitigateMs));
        o.insert(QStringLiteral("time_to_resolve_ms"), ms(t.toResolveMs));
        o.insert(QStringLiteral("times_from_opening"), t.fromOpening);
        QJsonArray events;
        for (const Event &e : dossier.value->attached)
            events.append(EventText::toJson(e));
        o.insert(QStringLiteral("events"), events);
        QJsonArray notes;
        for (const IncidentNote &n : dossier.value->notes)
            notes.append(QJsonObject{{QStringLiteral("id"), n.id}, {QStringLiteral("time"), n.time.toUTC().toString(Qt::ISODateWithMs)},
                                     {QStringLiteral("actor"), n.actor}, {QStringLiteral("text"), n.text},
                                     {QStringLiteral("event"), n.event > 0 ? QJsonValue(n.event) : QJsonValue()}});
        o.insert(QStringLiteral("notes"), notes);
        QJsonArray suggestions;
        for (const IncidentSuggestion &s : dossier.value->suggestions)
            suggestions.append(QJsonObject{{QStringLiteral("event"), EventText::toJson(s.event)},
                                           {QStringLiteral("score"), s.score},
                                           {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)}});
        o.insert(QStringLiteral("suggestions"), suggestions);
        cli.printJson(QJsonDocument(o));
        return ExitCode::Succeeded;
    }
    // Every stored field as one line of visible text (DisplayText::terminal); a note's lines as " / ".
    const auto field = [](const QString &text) { return DisplayText::terminal(text); };
    cli.out << field(report.title) << u'\n';
    for (const TimelineReport::Fact &fact : report.facts)
        cli.out << QStringLiteral("  %1 %2\n").arg(field(fact.label) + u':', -18).arg(field(fact.value));
    cli.out << u'\n';
    for (const TimelineReport::Row &row : report.rows)
        cli.out << QStringLiteral("#%1 %2 %3%4 %5%6: %7\n")
                       .arg(row.id)
                       .arg(TimelineReport::time(row.time), field(row.kind), row.target.isEmpty() ? QString() : u' ' + field(row.target),
                            field(row.actor), row.outcome.isEmpty() ? QString() : QStringLiteral(" [") + field(row.outcome) + u']',
                            field(DisplayText::plain(row.summary).replace(u'\n', QStringLiteral(" / "))));
    if (!dossier.value->suggestions.isEmpty()) {
        cli.out << u'\n' << Text::tr("Suggested (attach with: opsdeck incident attach %1 EVENT…):").arg(id) << u'\n';
        for (const IncidentSuggestion &s : dossier.value->suggestions)
            cli.out << QStringLiteral("  ") << EventText::line(s.event) << QStringLiteral("  (") << field(s.reasons.join(QStringLiteral(", ")))
                    << QStringLiteral(")\n");
    }
    for (const QString &remark : report.remarks)
        cli.out << field(remark) << u'\n';
    cli.out.flush();
    return ExitCode::Succeeded;
}

int exportIncident(StoreSession &session, qint64 id, TimelineExport::Format format, const QString &path, CliContext &cli)
{
    const auto dossier = StoreSession::await(session.tracker.dossier(id, false));
    if (!dossier)
        return failed(cli, dossier.error);
    const TimelineReport report = TimelineReport::forIncident(*dossier.value, QDateTime::currentDateTimeUtc());
    if (path == QLatin1String("-") && format == TimelineExport::Format::Markdown) {
        cli.out << TimelineExport::markdown(report) << Qt::flush;
        return ExitCode::Succeeded;
    }
    if (const QString error = TimelineExport::write(report, format, path); !error.isEmpty())
        return failed(cli, error);
    cli.err << Text::tr("Incident #%1 written to %2").arg(id).arg(path) << Qt::endl;
    return ExitCode::Succeeded;
}

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::storeOption(),
            {QStringLiteral("severity"), Text::tr("open: sev1 (worst) to sev4."), QStringLiteral("S")},
            {QStringLiteral("event"), Text::tr("open: attach this event (repeatable)."), QStringLiteral("ID")},
            {QStringLiteral("state"), Text::tr("list: only open, mitigated, resolved or active ones."), QStringLiteral("STATE")},
            {QStringLiteral("json"), Text::tr("JSON output (list, show).")},
            {QStringLiteral("format"), Text::tr("export: md or pdf."), QStringLiteral("FORMAT")},
            {{QStringLiteral("o"), QStringLiteral("output")}, Text::tr("export: the file to write."), QStringLiteral("FILE")}};
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options());
    if (!parser.parse(QStringList{QStringLiteral("opsdeck incident")} + arguments))
        return usage(cli, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Succeeded;
    }
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return usage(cli);
    const QString sub = args.constFirst();
    const bool json = parser.isSet(QStringLiteral("json"));

    // Check the whole command line before opening the store.
    static const QStringList withId{QStringLiteral("show"),     QStringLiteral("attach"),  QStringLiteral("detach"),
                                    QStringLiteral("note"),     QStringLiteral("mitigate"), QStringLiteral("resolve"),
                                    QStringLiteral("reopen"),   QStringLiteral("export")};
    static const QStringList known = withId + QStringList{QStringLiteral("list"), QStringLiteral("open")};
    if (!known.contains(sub))
        return usage(cli, Text::tr("unknown command 'incident %1'").arg(sub));
    qint64 id = 0;
    if (withId.contains(sub)) {
        const auto parsed = args.size() >= 2 ? idArgument(args.at(1)) : std::nullopt;
        if (!parsed)
            return usage(cli, Text::tr("'incident %1' needs an incident ID").arg(sub));
        id = *parsed;
    }
    const int expected = sub == QLatin1String("list") ? 1 : withId.contains(sub) ? 2 : -1;
    const bool takesMore = sub == QLatin1String("attach") || sub == QLatin1String("detach") || sub == QLatin1String("note")
                           || sub == QLatin1String("open");
    if (!takesMore && args.size() != expected)
        return usage(cli, Text::tr("unexpected '%1'").arg(args.mid(expected).join(u' ')));
    if (takesMore && args.size() < (sub == QLatin1String("open") ? 2 : 3))
        return usage(cli, Text::tr("'incident %1' needs more arguments").arg(sub));
    QList<qint64> eventIds;
    const QStringList eventArgs = sub == QLatin1String("open") ? parser.values(QStringLiteral("event"))
                                  : (sub == QLatin1String("attach") || sub == QLatin1String("detach")) ? args.mid(2)
                                                                                                        : QStringList();
    for (const QString &text : eventArgs) {
        const auto eventId = idArgument(text);
        if (!eventId)
            return usage(cli, Text::tr("'%1' is not an event ID").arg(text));
        eventIds << *eventId;
    }
    const QString state = parser.value(QStringLiteral("state"));
    if (!state.isEmpty() && state != QLatin1String("active") && !incidentStateFromName(state))
        return usage(cli, Text::tr("--state must be open, mitigated, resolved or active"));
    const QString severity = parser.value(QStringLiteral("severity"));
    if (sub == QLatin1String("open") && !isIncidentSeverity(severity))
        return usage(cli, Text::tr("'incident open' needs --severity sev1, sev2, sev3 or sev4"));
    std::optional<TimelineExport::Format> format;
    if (sub == QLatin1String("export")) {
        format = TimelineExport::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return usage(cli, Text::tr("export needs --format md or --format pdf"));
        if (parser.value(QStringLiteral("output")).isEmpty())
            return usage(cli, Text::tr("export needs -o FILE"));
    }

    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), true, cli))
        return ExitCode::Refused;
    IncidentTracker &tracker = session.tracker;
    if (sub == QLatin1String("list"))
        return list(session, state, json, cli);
    if (sub == QLatin1String("show"))
        return show(session, id, json, cli);
    if (sub == QLatin1String("export"))
        return exportIncident(session, id, *format, parser.value(QStringLiteral("output")), cli);
    if (sub == QLatin1String("open")) {
        const auto events = eventsById(session, eventIds, cli);
        if (!events)
            return ExitCode::Failed;
        const auto opened = StoreSession::await(tracker.open(args.mid(1).join(u' '), severity, *events));
        if (!opened)
            return failed(cli, opened.error);
        cli.out << Text::tr("Incident #%1 opened").arg(*opened.value) << Qt::endl;
        return ExitCode::Succeeded;
    }
    if (!tracker.book().find(id))
        return failed(cli, Text::tr("there is no incident #%1").arg(id));
    if (sub == QLatin1String("attach") || sub == QLatin1String("detach")) {
        const auto events = eventsById(session, eventIds, cli);
        if (!events)
            return ExitCode::Failed;
        if (sub == QLatin1String("attach")) {
            const auto attached = StoreSession::await(tracker.attach(id, *events));
            if (!attached)
                return failed(cli, attached.error);
            cli.out << Text::tr("%n event(s) attached to incident #%1", nullptr, int(attached.value->size())).arg(id) << Qt::endl;
            return ExitCode::Succeeded;
        }
        for (const Event &event : *events) {
            const auto detached = StoreSession::await(tracker.detach(id, event));
            if (!detached)
                return failed(cli, detached.error);
        }
        cli.out << Text::tr("%n event(s) detached from incident #%1", nullptr, int(events->size())).arg(id) << Qt::endl;
        return ExitCode::Succeeded;
    }
    if (sub == QLatin1String("note")) {
        const auto note = StoreSession::await(tracker.addNote(args.mid(2).join(u' '), id, nullptr));
        if (!note)
            return failed(cli, note.error);
        cli.out << Text::tr("Note #%1 added to incident #%2").arg(note.value->id).arg(id) << Qt::endl;
        return ExitCode::Succeeded;
    }
    const IncidentState to = sub == QLatin1String("mitigate") ? IncidentState::Mitigated
                             : sub == QLatin1String("resolve") ? IncidentState::Resolved
                                                               : IncidentState::Open;
    if (to == IncidentState::Resolved) {
        if (const QString why = tracker.whyCannotResolve(); !why.isEmpty()) {
            cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
            return ExitCode::Refused;
        }
    }
    const auto changed = StoreSession::await(tracker.setState(id, to));
    if (!changed)
        return failed(cli, changed.error);
    cli.out << Text::tr("Incident #%1 is %2").arg(id).arg(incidentStateName(to)) << Qt::endl;
    return ExitCode::Succeeded;
}

} // namespace

Verb incidentVerb()
{
    return {QStringLiteral("incident"), QStringLiteral("incident list|show|open|attach|detach|note|mitigate|resolve|reopen|export …"),
            QCoreApplication::translate("IncidentVerb", "Incidents: open, attach events, note, mitigate, resolve, export"),
            run, asksForPdf, options()};
}

} // namespace opsdeck
