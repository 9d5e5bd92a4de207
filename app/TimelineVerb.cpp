#include "TimelineVerb.h"

#include "CliContext.h"
#include "StoreSession.h"
#include "timeline/EventFilterMatch.h"
#include "timeline/TimeArgument.h"
#include "timeline/TimelineExport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TimelineVerb)
};

constexpr int kDefaultLimit = 100;
constexpr int kMaxLimit = 100'000;
constexpr int kExportCap = 50'000;

const char *const kUsage =
    "usage: opsdeck timeline [--since T] [--until T] [--env E] [--host H] [--service S] [--kind K]\n"
    "                        [--actor A] [--text T] [--limit N] [--json] [--store URI]\n"
    "       opsdeck timeline export --since T [--until T] [filters…] --format md|pdf -o FILE [--store URI]\n"
    "T: ISO 8601 (UTC unless it has an offset), a time ago like 15m, 2h, 1d, 2w, or now.\n"
    "K: an exact kind, or a family: 'service.' or 'service' (every service event).\n";

int usage(CliContext &cli, const QString &error = {})
{
    if (!error.isEmpty())
        cli.err << QStringLiteral("opsdeck: ") << error << u'\n';
    cli.err << QString::fromUtf8(kUsage) << Qt::flush;
    return ExitCode::Usage;
}

int exportRange(StoreSession &session, const EventFilter &filter, TimelineExport::Format format, const QString &path,
                CliContext &cli)
{
    const auto range = StoreSession::await(session.tracker.range(filter, kExportCap));
    if (!range) {
        cli.err << Text::tr("opsdeck: cannot read the timeline: %1").arg(range.error) << Qt::endl;
        return ExitCode::Failed;
    }
    const TimelineReport report =
        TimelineReport::forRange(range.value->events, filter, range.value->truncated, QDateTime::currentDateTimeUtc());
    if (path == QLatin1String("-") && format == TimelineExport::Format::Markdown) {
        cli.out << TimelineExport::markdown(report) << Qt::flush;
        return ExitCode::Succeeded;
    }
    if (const QString error = TimelineExport::write(report, format, path); !error.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << error << Qt::endl;
        return ExitCode::Failed;
    }
    cli.err << Text::tr("%n event(s) written to %1", nullptr, int(range.value->events.size())).arg(path) << Qt::endl;
    if (range.value->truncated)
        cli.err << Text::tr("opsdeck: the range has more than %1 events; only the first %1 were exported").arg(kExportCap)
                << Qt::endl;
    return ExitCode::Succeeded;
}

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::storeOption(),
            {QStringLiteral("since"), Text::tr("From this time (inclusive)."), QStringLiteral("T")},
            {QStringLiteral("until"), Text::tr("Until this time (exclusive)."), QStringLiteral("T")},
            {QStringLiteral("env"), Text::tr("Only this environment."), QStringLiteral("E")},
            {QStringLiteral("host"), Text::tr("Only this host."), QStringLiteral("H")},
            {QStringLiteral("service"), Text::tr("Only this service."), QStringLiteral("S")},
            {QStringLiteral("kind"), Text::tr("Only this kind or family of kinds."), QStringLiteral("K")},
            {QStringLiteral("actor"), Text::tr("Only what this person (or OpsDeck) did."), QStringLiteral("A")},
            {QStringLiteral("text"), Text::tr("Only events whose summary, kind, host, service or actor contains this."), QStringLiteral("T")},
            {QStringLiteral("limit"), Text::tr("At most this many events, the newest (default 100)."), QStringLiteral("N")},
            {QStringLiteral("json"), Text::tr("JSON output.")},
            {QStringLiteral("format"), Text::tr("export: md or pdf."), QStringLiteral("FORMAT")},
            {{QStringLiteral("o"), QStringLiteral("output")}, Text::tr("export: the file to write ('-': Markdown to standard output)."), QStringLiteral("FILE")}};
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options());
    if (!parser.parse(QStringList{QStringLiteral("opsdeck timeline")} + arguments))
        return usage(cli, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        cli.out << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Succeeded;
    }
    const QStringList positional = parser.positionalArguments();
    const bool exporting = positional == QStringList{QStringLiteral("export")};
    if (!positional.isEmpty() && !exporting)
        return usage(cli, Text::tr("unexpected '%1'").arg(positional.join(u' ')));

    EventFilter filter;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[name, target] : {std::pair{QStringLiteral("since"), &filter.since}, std::pair{QStringLiteral("until"), &filter.until}}) {
        if (!parser.isSet(name))
            continue;
        const auto time = TimeArgument::parse(parser.value(name), now);
        if (!time)
            return usage(cli, Text::tr("--%1: '%2' is not a time (ISO 8601, or 15m, 2h, 1d ago)").arg(name, parser.value(name)));
        *target = *time;
    }
    if (filter.since.isValid() && filter.until.isValid() && filter.since >= filter.until)
        return usage(cli, Text::tr("--since must be before --until"));
    filter.environment = parser.value(QStringLiteral("env"));
    filter.host = parser.value(QStringLiteral("host"));
    filter.service = parser.value(QStringLiteral("service"));
    filter.kind = EventFilterMatch::kindPattern(parser.value(QStringLiteral("kind")));
    filter.actor = parser.value(QStringLiteral("actor"));
    filter.text = parser.value(QStringLiteral("text"));

    if (exporting) {
        const auto format = TimelineExport::formatFromName(parser.value(QStringLiteral("format")));
        if (!format)
            return usage(cli, Text::tr("export needs --format md or --format pdf"));
        if (parser.value(QStringLiteral("output")).isEmpty())
            return usage(cli, Text::tr("export needs -o FILE"));
        if (!filter.since.isValid())
            return usage(cli, Text::tr("export needs --since (a range, not the whole history)"));
        if (!filter.until.isValid())
            filter.until = now;
        StoreSession session(cli);
        if (!session.open(parser.value(QStringLiteral("store")), false, cli))
            return ExitCode::Refused;
        return exportRange(session, filter, *format, parser.value(QStringLiteral("output")), cli);
    }
    if (parser.isSet(QStringLiteral("format")) || parser.isSet(QStringLiteral("output")))
        return usage(cli, Text::tr("--format and -o are for 'opsdeck timeline export'"));

    bool ok = true;
    filter.limit = parser.isSet(QStringLiteral("limit")) ? parser.value(QStringLiteral("limit")).toInt(&ok) : kDefaultLimit;
    if (!ok || filter.limit < 1 || filter.limit > kMaxLimit)
        return usage(cli, Text::tr("--limit must be 1 to %1").arg(kMaxLimit));
    filter.newestFirst = true;

    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), false, cli))
        return ExitCode::Refused;
    const auto events = StoreSession::await(session.store.query(filter));
    if (!events) {
        cli.err << Text::tr("opsdeck: cannot read the timeline: %1").arg(events.error) << Qt::endl;
        return ExitCode::Failed;
    }
    QList<Event> list = *events.value;
    std::reverse(list.begin(), list.end()); // oldest first, like a log
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Event &event : std::as_const(list))
            array.append(EventText::toJson(event));
        cli.printJson(QJsonDocument(array));
    } else {
        for (const Event &event : std::as_const(list))
            cli.out << EventText::line(event) << u'\n';
        cli.out.flush();
    }
    if (list.size() == filter.limit)
        cli.err << Text::tr("(the newest %1 matching events; --limit or --since for more)").arg(filter.limit) << Qt::endl;
    return ExitCode::Succeeded;
}

} // namespace

Verb timelineVerb()
{
    return {QStringLiteral("timeline"), QStringLiteral("timeline [--since T] [--env E] [--kind K] [--text T] [--json] | export …"),
            QCoreApplication::translate("TimelineVerb", "Every event in order, filtered; export a time range as Markdown or PDF"),
            run, asksForPdf, options()};
}

} // namespace opsdeck
