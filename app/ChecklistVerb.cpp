#include "ChecklistVerb.h"

#include "CliContext.h"
#include "checklist/ChecklistExport.h"
#include "checklist/ChecklistGate.h"
#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/FleetEvidenceSource.h"
#include "ops/OpsContext.h"
#include "store/EventStoreFactory.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistVerb)
};

const char *const kUsage =
    "usage: opsdeck checklist templates\n"
    "       opsdeck checklist start ENV --release VERSION [--template ID] [--host H]…\n"
    "       opsdeck checklist list [ENV] [--json]\n"
    "       opsdeck checklist show RUN [--json]\n"
    "       opsdeck checklist tick RUN ITEM [--comment TEXT]\n"
    "       opsdeck checklist untick RUN ITEM --reason TEXT\n"
    "       opsdeck checklist check RUN [ITEM]…          run the automatic checks and record their evidence\n"
    "       opsdeck checklist sign RUN ROLE [--comment TEXT]\n"
    "       opsdeck checklist revoke RUN SIGNATURE|ROLE --reason TEXT\n"
    "       opsdeck checklist replan RUN [--release VERSION] [--host H]… --reason TEXT\n"
    "       opsdeck checklist void RUN --reason TEXT\n"
    "       opsdeck checklist export RUN --format md|pdf --output FILE\n"
    "       opsdeck checklist gate ENV --release VERSION [--host H]…\n"
    "options for all: [--config FILE] [--store URI]\n"
    "RUN is a run id or its first 6 or more characters.\n";

// Verbs that only read or tick do not need the fleet file; when it is there (the local store takes
// people's sign-off roles from it) it is used.
std::optional<FleetConfig> configIfAny(const QCommandLineParser &parser, CliContext &cli, bool *failed)
{
    *failed = false;
    const bool named = parser.isSet(QStringLiteral("config")) || !qEnvironmentVariable("OPSDECK_CONFIG").isEmpty()
                       || !QSettings().value(QStringLiteral("config/lastFile")).toString().isEmpty();
    if (!named)
        return std::nullopt;
    auto config = cli.loadConfig(parser);
    *failed = !config;
    return config;
}

QString statusWord(const ChecklistRun &run)
{
    return runStatusName(run.status(QDateTime::currentDateTimeUtc()));
}

QJsonObject runJson(const ChecklistRun &run)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray signatures;
    for (const Signature &s : run.signatures) {
        static const char *const ends[] = {"active", "revoked", "voided"};
        signatures.append(QJsonObject{{QStringLiteral("id"), s.eventId},
                                      {QStringLiteral("role"), s.role},
                                      {QStringLiteral("signer"), s.signer},
                                      {QStringLiteral("signedAt"), s.signedAt.toString(Qt::ISODateWithMs)},
                                      {QStringLiteral("planHash"), s.planHash},
                                      {QStringLiteral("state"), QLatin1String(ends[int(s.end)])},
                                      {QStringLiteral("endReason"), s.endReason}});
    }
    QJsonArray items;
    for (const ChecklistItem &item : run.plan.checklist.items()) {
        const ItemState state = run.items.value(item.id);
        QJsonObject o{{QStringLiteral("id"), item.id},
                      {QStringLiteral("text"), item.text},
                      {QStringLiteral("required"), item.required},
                      {QStringLiteral("done"), state.done},
                      {QStringLiteral("by"), state.doneBy},
                      {QStringLiteral("at"), state.doneAt.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("comment"), state.comment}};
        if (state.evidence)
            o.insert(QStringLiteral("evidence"), QJsonObject{{QStringLiteral("passed"), state.evidence->passed},
                                                             {QStringLiteral("summary"), state.evidence->summary},
                                                             {QStringLiteral("checks"), state.evidence->checks},
                                                             {QStringLiteral("recordedBy"), state.evidence->actor},
                                                             {QStringLiteral("recordedAt"), state.evidence->recordedAt.toString(Qt::ISODateWithMs)},
                                                             {QStringLiteral("checkedAt"), state.evidence->checkedAt.toString(Qt::ISODateWithMs)}});
        if (item.evidence.isAutomatic()) {
            // Each person's own latest check: what their signature needs.
            QJsonArray own;
            QStringList who = state.ownChecks.keys();
            who.sort();
            for (const QString &login : std::as_const(who)) {
                const ItemEvidence &check = state.ownChecks[login];
                own.append(QJsonObject{{QStringLiteral("by"), login},
                                       {QStringLiteral("passed"), check.passed},
                                       {QStringLiteral("recordedAt"), check.recordedAt.toString(Qt::ISODateWithMs)},
                                       {QStringLiteral("summary"), check.summary}});
            }
            o.insert(QStringLiteral("ownChecks"), own);
        }
        items.append(o);
    }
    return {{QStringLiteral("id"), run.id},
            {QStringLiteral("template"), run.plan.checklist.id},
            {QStringLiteral("environment"), run.plan.environment},
            {QStringLiteral("release"), run.plan.version},
            {QStringLiteral("hosts"), QJsonArray::fromStringList(run.plan.hosts)},
            {QStringLiteral("planHash"), run.planHash},
            {QStringLiteral("creator"), run.creator},
            {QStringLiteral("startedAt"), run.startedAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("status"), statusWord(run)},
            {QStringLiteral("expiresAt"), run.expiresAt.toString(Qt::ISODateWithMs)},
            {QStringLiteral("pendingRequired"), QJsonArray::fromStringList(run.pendingRequired())},
            {QStringLiteral("missingSignatures"), QJsonArray::fromStringList(run.missingRoles())},
            {QStringLiteral("signatures"), signatures},
            {QStringLiteral("items"), items},
            {QStringLiteral("ignoredEvents"), int(run.ignored.size())}};
}

// "bob passed 2024-05-02T10:02:03Z, dave failed …": each person's latest check of an automatic item.
QString ownChecksText(const ItemState &state)
{
    QStringList who = state.ownChecks.keys();
    who.sort();
    QStringList parts;
    for (const QString &login : std::as_const(who)) {
        const ItemEvidence &check = state.ownChecks[login];
        parts << (check.passed ? Text::tr("%1 passed %2", "login, time") : Text::tr("%1 failed %2", "login, time"))
                     .arg(login, LocaleFormat::dateTimeSeconds(check.recordedAt.toLocalTime()));
    }
    return parts.join(QStringLiteral(", "));
}

void printRun(const ChecklistRun &run, CliContext &cli)
{
    // Every stored or host field as one line of visible text (DisplayText::terminal).
    const auto f = [](const QString &text) { return DisplayText::terminal(text); };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    cli.out << Text::tr("run:       %1").arg(f(run.id)) << u'\n'
            << Text::tr("checklist: %1 (%2)").arg(f(run.plan.checklist.name), f(run.plan.checklist.id)) << u'\n'
            << Text::tr("release:   %1 %2 on %3").arg(f(run.plan.environment), f(run.plan.version), f(run.plan.hosts.join(QStringLiteral(", "))))
            << u'\n'
            << Text::tr("plan:      %1").arg(f(run.planHash)) << u'\n'
            << Text::tr("started:   %1 by %2").arg(LocaleFormat::dateTimeSeconds(run.startedAt.toLocalTime()), f(run.creator)) << u'\n'
            << Text::tr("status:    %1").arg(statusWord(run)) << u'\n';
    if (run.status(now) != RunStatus::Signed && run.status(now) != RunStatus::Voided)
        cli.out << QStringLiteral("           ") << f(ChecklistGate::whyNotApproved(run, now)) << u'\n';
    for (const ChecklistSection &section : run.plan.checklist.sections) {
        cli.out << u'\n' << QString(section.level * 2, u' ') << f(section.title) << u'\n';
        for (const ChecklistItem &item : section.items) {
            const ItemState state = run.items.value(item.id);
            cli.out << QString(section.level * 2 + 2, u' ') << (state.done ? QStringLiteral("[x] ") : QStringLiteral("[ ] "))
                    << (item.required ? f(item.id) : Text::tr("%1 (optional)", "a checklist item's id").arg(f(item.id)));
            if (state.done)
                cli.out << QStringLiteral("  ") << f(state.doneBy) << u' ' << LocaleFormat::dateTimeSeconds(state.doneAt.toLocalTime());
            if (state.evidence)
                cli.out << QStringLiteral("  ")
                        << Text::tr("%1 (recorded by %2 at %3)", "evidence summary, who, when")
                               .arg(f(state.evidence->summary), f(state.evidence->actor),
                                    LocaleFormat::dateTimeSeconds(state.evidence->recordedAt.toLocalTime()));
            cli.out << u'\n';
            if (item.evidence.isAutomatic() && !state.ownChecks.isEmpty())
                cli.out << QString(section.level * 2 + 6, u' ') << Text::tr("own checks: %1").arg(ownChecksText(state)) << u'\n';
        }
    }
    cli.out << u'\n' << Text::tr("sign-off:") << u'\n';
    for (const Signature &s : run.signatures) {
        cli.out << QStringLiteral("  #%1 %2 %3 %4 plan %5").arg(s.eventId).arg(f(s.role), f(s.signer), LocaleFormat::dateTimeSeconds(s.signedAt.toLocalTime()), f(s.planHash.left(12)));
        if (!s.isActive())
            cli.out << QStringLiteral(" — ") << (s.end == Signature::End::Revoked ? Text::tr("revoked") : Text::tr("voided")) << QStringLiteral(": ")
                    << f(s.endReason);
        cli.out << u'\n';
    }
    if (const QStringList missing = run.missingRoles(); !missing.isEmpty())
        cli.out << Text::tr("  still to sign: %1").arg(missing.join(QStringLiteral(", "))) << u'\n';
    if (!run.ignored.isEmpty())
        cli.out << Text::tr("%n stored event(s) do not count (written around OpsDeck's rules)", nullptr, int(run.ignored.size())) << u'\n';
    cli.out.flush();
}

// Runs the automatic checks of a run (all, or the named items) and records their evidence. A command
// check runs only as this console's own template has it; otherwise it is checked by hand here.
int check(ChecklistLedger &ledger, const ChecklistRun &run, const QStringList &only, const FleetConfig &config,
          const ChecklistLibrary &library, CliContext &cli)
{
    FleetEvidenceSource &source = *cli.ops(config).evidence();
    int failures = 0;
    int checked = 0;
    for (const ChecklistLibrary::Check &planned : library.checksFor(run.plan, only)) {
        const ChecklistItem &item = planned.item;
        if (!planned.byHand.isEmpty()) {
            ++checked;
            ++failures;
            cli.out << QStringLiteral("BY HAND ") << item.id << QStringLiteral("  ") << Text::tr("checked by hand here: %1").arg(planned.byHand)
                    << Qt::endl;
            continue;
        }
        QFutureWatcher<Evidence> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcher<Evidence>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(source.collect({item.id, item.evidence, run.plan}));
        if (!watcher.isFinished())
            loop.exec();
        const Evidence evidence = watcher.result();
        ++checked;
        const auto recorded = ledger.recordEvidence(run.id, item.id, evidence);
        cli.out << (evidence.passed ? QStringLiteral("passed  ") : QStringLiteral("FAILED  ")) << item.id << QStringLiteral("  ")
                << evidence.summary << Qt::endl;
        if (!recorded) {
            cli.err << Text::tr("opsdeck: the evidence for %1 was not recorded: %2").arg(item.id, recorded.error) << Qt::endl;
            return ExitCode::Refused;
        }
        failures += evidence.passed ? 0 : 1;
    }
    if (checked == 0) {
        cli.err << (only.isEmpty() ? Text::tr("opsdeck: nothing to check: no automatic item") : Text::tr("opsdeck: nothing to check: no automatic item by that id"))
                << Qt::endl;
        return ExitCode::Usage;
    }
    return failures == 0 ? ExitCode::Succeeded : ExitCode::Failed;
}

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::configOption(), CliContext::storeOption(),
            {QStringLiteral("release"), Text::tr("The release: version, tag or release directory name."), QStringLiteral("VERSION")},
            {QStringLiteral("template"), Text::tr("The checklist template; one the environment accepts (default: the first of its checklist_templates)."), QStringLiteral("ID")},
            {QStringLiteral("host"), Text::tr("A host of the release (repeatable; default: every host of the environment)."), QStringLiteral("HOST")},
            {QStringLiteral("comment"), Text::tr("A comment recorded with the tick or signature."), QStringLiteral("TEXT")},
            {QStringLiteral("reason"), Text::tr("Why (recorded)."), QStringLiteral("TEXT")},
            {QStringLiteral("format"), Text::tr("Export format: md or pdf."), QStringLiteral("FORMAT"), QStringLiteral("md")},
            {QStringLiteral("output"), Text::tr("Export file."), QStringLiteral("FILE")},
            {QStringLiteral("json"), Text::tr("JSON output (list, show).")}};
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addHelpOption();
    const QStringList args = parser.parse(QStringList{QStringLiteral("opsdeck checklist")} + arguments) ? parser.positionalArguments() : QStringList();
    if (args.isEmpty() || parser.isSet(QStringLiteral("help"))) {
        if (!parser.errorText().isEmpty())
            cli.err << QStringLiteral("opsdeck: ") << parser.errorText() << u'\n';
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return parser.isSet(QStringLiteral("help")) ? ExitCode::Succeeded : ExitCode::Usage;
    }
    const QString sub = args.constFirst();
    auto usage = [&] {
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    };
    static const QHash<QString, std::pair<int, int>> arity{
        {QStringLiteral("templates"), {1, 1}}, {QStringLiteral("start"), {2, 2}},  {QStringLiteral("list"), {1, 2}},
        {QStringLiteral("show"), {2, 2}},      {QStringLiteral("tick"), {3, 3}},   {QStringLiteral("untick"), {3, 3}},
        {QStringLiteral("check"), {2, 1000}},  {QStringLiteral("sign"), {3, 3}},   {QStringLiteral("revoke"), {3, 3}},
        {QStringLiteral("replan"), {2, 2}},    {QStringLiteral("void"), {2, 2}},   {QStringLiteral("export"), {2, 2}},
        {QStringLiteral("gate"), {2, 2}}};
    if (!arity.contains(sub)) {
        cli.err << Text::tr("opsdeck: unknown checklist command '%1'").arg(sub) << u'\n';
        return usage();
    }
    if (args.size() < arity.value(sub).first || args.size() > arity.value(sub).second)
        return usage();
    const QString reason = parser.value(QStringLiteral("reason"));
    if ((sub == QLatin1String("untick") || sub == QLatin1String("revoke") || sub == QLatin1String("replan") || sub == QLatin1String("void"))
        && reason.trimmed().isEmpty()) {
        cli.err << Text::tr("opsdeck: --reason TEXT is required: it is recorded with the change") << Qt::endl;
        return ExitCode::Usage;
    }

    // The fleet file: required to start, check, change the plan and gate; otherwise used when there.
    const bool needsConfig = sub == QLatin1String("templates") || sub == QLatin1String("start") || sub == QLatin1String("check")
                             || sub == QLatin1String("replan") || sub == QLatin1String("gate");
    bool configFailed = false;
    std::optional<FleetConfig> config = needsConfig ? cli.loadConfig(parser) : configIfAny(parser, cli, &configFailed);
    if ((needsConfig && !config) || configFailed)
        return ExitCode::Config;
    const ChecklistLibrary library = ChecklistLibrary::load(config ? config->checklistDirectory : QString());
    for (const ConfigError &error : library.errors())
        cli.err << error.toString() << u'\n';
    if (sub == QLatin1String("templates")) {
        for (const ChecklistTemplate &t : library.templates())
            cli.out << QStringLiteral("%1\t%2\t%3 items (%4 required)\t%5\n")
                           .arg(t.id, t.name)
                           .arg(t.items().size())
                           .arg(t.requiredCount())
                           .arg(t.source);
        cli.out.flush();
        return library.errors().isEmpty() ? ExitCode::Succeeded : ExitCode::Config;
    }

    const StoreLocation location = StoreLocation::parse(parser.value(QStringLiteral("store")));
    if (!location.isValid()) {
        cli.err << QStringLiteral("opsdeck: ") << location.error << Qt::endl;
        return ExitCode::Usage;
    }
    auto opened = EventStoreFactory::open(location);
    if (!opened) {
        cli.err << QStringLiteral("opsdeck: ") << opened.error << Qt::endl;
        return ExitCode::Refused;
    }
    EventStore &store = **opened.value;
    ChecklistLedger ledger(store, ChecklistActor::of(store, config ? &*config : nullptr));
    auto report = [&](const StoreResult<ChecklistRun> &result, const QString &done) {
        if (!result) {
            cli.err << Text::tr("opsdeck: refused: %1").arg(result.error) << Qt::endl;
            return result.unavailable ? ExitCode::Failed : ExitCode::Refused;
        }
        cli.out << done << QStringLiteral(" — ") << Text::tr("run %1 is %2").arg(result.value->id.left(8), statusWord(*result.value)) << Qt::endl;
        return ExitCode::Succeeded;
    };
    auto planFor = [&](const QString &templateId, const QString &environment, const QString &version,
                       const QStringList &hosts, QString *why) -> std::optional<ChecklistPlan> {
        const ChecklistTemplate *checklist = library.find(templateId);
        if (!checklist) {
            *why = Text::tr("there is no checklist template '%1' (opsdeck checklist templates lists them)").arg(templateId);
            return std::nullopt;
        }
        return ChecklistPlan::make(*checklist, *config, environment, version, hosts, why);
    };

    if (sub == QLatin1String("start")) {
        const QString environment = args.at(1);
        if (!parser.isSet(QStringLiteral("release"))) {
            cli.err << Text::tr("opsdeck: --release VERSION is required: a run approves one release") << Qt::endl;
            return ExitCode::Usage;
        }
        const QStringList accepted = library.acceptedFor(*config, environment);
        QString templateId = parser.value(QStringLiteral("template"));
        if (templateId.isEmpty())
            templateId = accepted.constFirst();
        if (library.find(templateId)) {
            // A run of a template the environment does not accept could never approve it.
            if (const QString why = library.whyNotAccepted(*config, environment, templateId); !why.isEmpty()) {
                cli.err << Text::tr("opsdeck: not started: %1").arg(why) << Qt::endl;
                return ExitCode::Refused;
            }
        }
        QString why;
        const auto plan = planFor(templateId, environment, parser.value(QStringLiteral("release")), parser.values(QStringLiteral("host")), &why);
        if (!plan) {
            cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
            return ExitCode::Usage;
        }
        const auto started = ledger.start(*plan);
        if (started)
            cli.out << started.value->id << u'\n';
        return report(started, Text::tr("started %1 for %2 %3 (plan %4)")
                                   .arg(plan->checklist.name, plan->environment, plan->version, plan->hash().left(12)));
    }
    if (sub == QLatin1String("list")) {
        const auto runs = ledger.runs(args.value(1), 100);
        if (!runs) {
            cli.err << QStringLiteral("opsdeck: ") << runs.error << Qt::endl;
            return ExitCode::Failed;
        }
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const ChecklistRun &r : std::as_const(*runs.value))
                list.append(runJson(r));
            cli.printJson(QJsonDocument(list));
        } else {
            for (const ChecklistRun &r : std::as_const(*runs.value))
                cli.out << QStringLiteral("%1  %2  %3 %4  %5  %6/%7 required  %8\n")
                               .arg(r.id.left(8), r.plan.checklist.id, r.plan.environment, r.plan.version, statusWord(r))
                               .arg(r.plan.checklist.requiredCount() - r.pendingRequired().size())
                               .arg(r.plan.checklist.requiredCount())
                               .arg(LocaleFormat::dateTime(r.startedAt.toLocalTime()));
        }
        cli.out.flush();
        return ExitCode::Succeeded;
    }
    if (sub == QLatin1String("gate")) {
        const QString environment = args.at(1);
        if (!parser.isSet(QStringLiteral("release"))) {
            cli.err << Text::tr("opsdeck: --release VERSION is required: the gate approves one release") << Qt::endl;
            return ExitCode::Usage;
        }
        const auto runs = ledger.runs(environment, 200);
        if (!runs) {
            cli.err << QStringLiteral("opsdeck: ") << runs.error << Qt::endl;
            return ExitCode::Refused;
        }
        const QStringList hosts = parser.values(QStringLiteral("host"));
        // Exactly that plan: today's template and hosts for this environment and release.
        const GateVerdict verdict = ChecklistGate::forRelease(
            *runs.value, environment, parser.value(QStringLiteral("release")), library.acceptedFor(*config, environment),
            [&](const ChecklistRun &r, QString *why) { return planFor(r.plan.checklist.id, environment, r.plan.version, hosts, why); },
            QDateTime::currentDateTimeUtc());
        if (!verdict.passed) {
            cli.out << Text::tr("NOT APPROVED: %1").arg(verdict.reason) << Qt::endl;
            return ExitCode::Failed;
        }
        cli.out << Text::tr("APPROVED: %1").arg(verdict.reason) << u'\n';
        for (const QString &signer : ChecklistGate::signers(*verdict.run))
            cli.out << QStringLiteral("  signed: ") << signer << u'\n';
        cli.out.flush();
        return ExitCode::Succeeded;
    }

    auto loaded = ledger.run(args.at(1));
    if (!loaded) {
        cli.err << QStringLiteral("opsdeck: ") << loaded.error << Qt::endl;
        return loaded.unavailable ? ExitCode::Failed : ExitCode::Usage;
    }
    const ChecklistRun &current = *loaded.value;
    const QString comment = parser.value(QStringLiteral("comment"));
    if (sub == QLatin1String("show")) {
        if (parser.isSet(QStringLiteral("json")))
            cli.printJson(QJsonDocument(runJson(current)));
        else
            printRun(current, cli);
        return ExitCode::Succeeded;
    }
    if (sub == QLatin1String("tick"))
        return report(ledger.tick(current.id, args.at(2), comment), Text::tr("ticked %1").arg(args.at(2)));
    if (sub == QLatin1String("untick"))
        return report(ledger.untick(current.id, args.at(2), reason), Text::tr("unticked %1").arg(args.at(2)));
    if (sub == QLatin1String("sign"))
        return report(ledger.sign(current.id, args.at(2), comment), Text::tr("signed as %1").arg(args.at(2)));
    if (sub == QLatin1String("void"))
        return report(ledger.voidRun(current.id, reason), Text::tr("voided"));
    if (sub == QLatin1String("revoke")) {
        // A signature id, or a role: then the caller's own active signature for it.
        bool isId = false;
        qint64 signature = args.at(2).toLongLong(&isId);
        if (!isId) {
            for (const Signature &s : current.signatures) {
                if (s.isActive() && s.role == args.at(2) && s.signer == ledger.actor().login)
                    signature = s.eventId;
            }
        }
        return report(ledger.revoke(current.id, signature, reason), Text::tr("revoked signature %1").arg(signature));
    }
    if (sub == QLatin1String("replan")) {
        QString why;
        const QString version = parser.isSet(QStringLiteral("release")) ? parser.value(QStringLiteral("release")) : current.plan.version;
        const QStringList hosts = parser.isSet(QStringLiteral("host")) ? parser.values(QStringLiteral("host")) : current.plan.hosts;
        const auto plan = planFor(current.plan.checklist.id, current.plan.environment, version, hosts, &why);
        if (!plan) {
            cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
            return ExitCode::Usage;
        }
        return report(ledger.replan(current.id, *plan, reason), Text::tr("plan changed to %1 (signatures voided)").arg(plan->hash().left(12)));
    }
    if (sub == QLatin1String("check"))
        return check(ledger, current, args.mid(2), *config, library, cli);
    // export
    const auto format = ChecklistExport::formatFromName(parser.value(QStringLiteral("format")));
    if (!format || !parser.isSet(QStringLiteral("output"))) {
        cli.err << Text::tr("opsdeck: export needs --format md|pdf and --output FILE") << Qt::endl;
        return ExitCode::Usage;
    }
    if (const QString error = ChecklistExport::write(current, *format, parser.value(QStringLiteral("output")), QDateTime::currentDateTimeUtc());
        !error.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << error << Qt::endl;
        return ExitCode::Failed;
    }
    cli.out << Text::tr("wrote %1").arg(parser.value(QStringLiteral("output"))) << Qt::endl;
    return ExitCode::Succeeded;
}

// A PDF export needs fonts: main() runs the verb under an offscreen QGuiApplication then.
bool asksForPdf(const QStringList &arguments)
{
    if (arguments.value(0) != QLatin1String("export"))
        return false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if ((arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1).toLower() == QLatin1String("pdf"))
            || arguments.at(i).toLower() == QLatin1String("--format=pdf"))
            return true;
    }
    return false;
}

} // namespace

Verb checklistVerb()
{
    return {QStringLiteral("checklist"),
            QStringLiteral("checklist templates|start|list|show|tick|untick|check|sign|revoke|replan|void|export|gate …"),
            Text::tr("Deployment checklists: start a run for a release, tick, check, sign off; gate a deployment on a signed run."),
            run, asksForPdf, options()};
}

} // namespace opsdeck
