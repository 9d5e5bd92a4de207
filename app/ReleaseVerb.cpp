#include "ReleaseVerb.h"

#include "CliContext.h"
#include "GuardedActionCli.h"
#include "StoreSession.h"
#include "ops/OpsContext.h"
#include "release/ReleaseInventoryReader.h"
#include "release/ReleaseService.h"
#include "support/DisplayText.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>


namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseVerb)
};

const char *const kUsage = "usage: opsdeck release list ENV[/APP] [--json]\n"
                           "       opsdeck release rollback|forward ENV/APP [--to RELEASE] --reason TEXT [--yes] [--confirm ENV]\n"
                           "                       [--host H]… [--batch N] [--verify-timeout SECONDS] [--acknowledge-migrations]\n"
                           "       opsdeck release mark-bad|unmark ENV/APP RELEASE --reason TEXT\n"
                           "options for all: [--config FILE] [--store URI]\n";

// Text a host gave us, on one line: controls, bidi overrides and line breaks as visible escapes.
QString visible(const QString &text)
{
    return DisplayText::terminal(text, DisplayText::Lines::Escape);
}

QJsonObject toJson(const AppReleaseInventory &inv)
{
    QJsonArray hosts;
    for (const HostReleaseState &h : inv.hosts) {
        QJsonArray releases;
        for (const ReleaseOnHost &r : h.releases) {
            releases.append(QJsonObject{{QStringLiteral("name"), r.name},
                                        {QStringLiteral("revision"), r.revision},
                                        {QStringLiteral("revisionTime"), r.revisionTime.toString(Qt::ISODate)},
                                        {QStringLiteral("complete"), r.complete()},
                                        {QStringLiteral("migrations"), QJsonArray::fromStringList(r.migrations)},
                                        {QStringLiteral("brokenLinks"), QJsonArray::fromStringList(r.brokenLinks)}});
        }
        QJsonObject host{{QStringLiteral("host"), h.host}, {QStringLiteral("reached"), h.reached},
                         {QStringLiteral("current"), h.current}, {QStringLiteral("releases"), releases}};
        if (!h.error.isEmpty())
            host.insert(QStringLiteral("error"), h.error);
        if (!h.currentProblem.isEmpty())
            host.insert(QStringLiteral("currentProblem"), h.currentProblem);
        if (!h.rejectedNames.isEmpty())
            host.insert(QStringLiteral("rejectedNames"), QJsonArray::fromStringList(h.rejectedNames));
        if (h.freeKiB >= 0)
            host.insert(QStringLiteral("freeKiB"), h.freeKiB);
        hosts.append(host);
    }
    QStringList bad = inv.markedBad.values();
    bad.sort();
    return QJsonObject{{QStringLiteral("environment"), inv.environment},
                       {QStringLiteral("app"), inv.app},
                       {QStringLiteral("strategy"), inv.strategy},
                       {QStringLiteral("path"), inv.path},
                       {QStringLiteral("current"), inv.commonCurrent()},
                       {QStringLiteral("markedBad"), QJsonArray::fromStringList(bad)},
                       {QStringLiteral("offerable"), QJsonArray::fromStringList(inv.offerable())},
                       {QStringLiteral("defaultRollbackTarget"), inv.defaultRollbackTarget().value_or(QString())},
                       {QStringLiteral("drift"), QJsonArray::fromStringList(inv.drift())},
                       {QStringLiteral("hosts"), hosts}};
}

void printText(const AppReleaseInventory &inv, CliContext &cli)
{
    if (inv.path.isEmpty()) // Kamal: no deploy path
        cli.out << QStringLiteral("%1/%2 (%3)").arg(inv.environment, inv.app, inv.strategy) << u'\n';
    else
        cli.out << Text::tr("%1/%2 (%3, %4)").arg(inv.environment, inv.app, inv.strategy, inv.path) << u'\n';
    const int width = 8;
    cli.out << QStringLiteral("  %1 %2").arg(Text::tr("RELEASE"), -20).arg(Text::tr("REVISION"), -10);
    for (const HostReleaseState &h : inv.hosts)
        cli.out << QStringLiteral(" %1").arg(h.host.left(width + 8), -(width + 8));
    cli.out << u'\n';
    for (const QString &name : inv.releaseNames()) {
        QString revision;
        for (const HostReleaseState &h : inv.hosts) {
            if (const ReleaseOnHost *r = h.release(name); r && revision.isEmpty())
                revision = r->revision.left(8);
        }
        cli.out << QStringLiteral("  %1 %2").arg(name, -20).arg(revision, -10);
        for (const HostReleaseState &h : inv.hosts) {
            const ReleaseOnHost *r = h.release(name);
            QString cell = !h.reached ? QStringLiteral("?")
                           : !r       ? Text::tr("missing")
                           : h.current == name ? Text::tr("current")
                           : !r->complete()    ? Text::tr("incomplete")
                                               : Text::tr("present");
            cli.out << QStringLiteral(" %1").arg(cell, -(width + 8));
        }
        if (inv.markedBad.contains(name))
            cli.out << QStringLiteral(" ") << Text::tr("[marked bad]");
        cli.out << u'\n';
    }
    for (const HostReleaseState &h : inv.hosts) {
        if (!h.reached)
            cli.out << QStringLiteral("  ") << Text::tr("%1: not reached: %2").arg(h.host, visible(h.error)) << u'\n';
        else if (!h.currentProblem.isEmpty())
            cli.out << QStringLiteral("  ") << Text::tr("%1: %2").arg(h.host, visible(h.currentProblem)) << u'\n';
        for (const QString &name : h.rejectedNames)
            cli.out << QStringLiteral("  ")
                    << Text::tr("%1: ignored a release directory with an unsafe name: \"%2\"").arg(h.host, visible(name)) << u'\n';
    }
    for (const QString &sentence : inv.drift())
        cli.out << QStringLiteral("  ") << Text::tr("drift: %1").arg(sentence) << u'\n';
    if (const auto target = inv.defaultRollbackTarget())
        cli.out << QStringLiteral("  ") << Text::tr("rollback would go to %1").arg(*target) << u'\n';
    else
        cli.out << QStringLiteral("  ") << Text::tr("no rollback target: no older release is complete on every host and unmarked")
                << u'\n';
}

// The app's inventory through the context's release service; says why not when its marks cannot be read.
std::optional<AppReleaseInventory> readInventory(ReleaseService &releases, const QString &environment, const QString &app,
                                                 CliContext &cli)
{
    const ReleaseInventoryResult read = StoreSession::await(releases.inventory(environment, app));
    if (!read.marksError.isEmpty()) {
        cli.err << Text::tr("opsdeck: cannot read release marks: %1").arg(read.marksError) << Qt::endl;
        return std::nullopt;
    }
    return read.inventory;
}

int list(const FleetConfig &config, const QString &environment, const QString &onlyApp, const QCommandLineParser &parser,
         CliContext &cli)
{
    QStringList apps = onlyApp.isEmpty() ? ReleaseInventoryReader::appNames(config, environment) : QStringList{onlyApp};
    for (const QString &app : apps) {
        if (const QString why = ReleaseInventoryReader::check(config, environment, app); !why.isEmpty()) {
            cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
            return ExitCode::Usage;
        }
    }
    if (apps.isEmpty()) {
        cli.err << Text::tr("opsdeck: %1 has no apps").arg(environment) << Qt::endl;
        return ExitCode::Usage;
    }
    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), false, cli))
        return ExitCode::Refused;

    ReleaseService &releases = *cli.ops(config).releases();
    QJsonArray all;
    int exit = ExitCode::Succeeded;
    for (const QString &app : apps) {
        const auto read = readInventory(releases, environment, app, cli);
        if (!read)
            return ExitCode::Refused;
        const AppReleaseInventory &inventory = *read;
        for (const HostReleaseState &h : inventory.hosts) {
            if (!h.reached)
                exit = ExitCode::Failed;
        }
        if (parser.isSet(QStringLiteral("json")))
            all.append(toJson(inventory));
        else
            printText(inventory, cli);
    }
    if (parser.isSet(QStringLiteral("json")))
        cli.printJson(QJsonDocument(all));
    cli.out.flush();
    return exit;
}

int switchRelease(const FleetConfig &config, const QString &environment, const QString &app, bool forward,
                  const QCommandLineParser &parser, CliContext &cli)
{
    if (app.isEmpty()) {
        cli.err << Text::tr("opsdeck: name the app as ENV/APP") << Qt::endl;
        return ExitCode::Usage;
    }
    if (const QString why = ReleaseInventoryReader::check(config, environment, app); !why.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
        return ExitCode::Usage;
    }
    RollbackRequest request;
    request.environment = environment;
    request.app = app;
    request.forward = forward;
    request.hosts = parser.values(QStringLiteral("host"));
    request.acknowledgeMigrations = parser.isSet(QStringLiteral("acknowledge-migrations"));
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    bool ok = true;
    if (parser.isSet(QStringLiteral("batch")))
        request.batchSize = parser.value(QStringLiteral("batch")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("verify-timeout")))
        request.verifyTimeout = Milliseconds(qint64(parser.value(QStringLiteral("verify-timeout")).toDouble(&ok) * 1000));
    if (!ok || request.batchSize < 1 || request.verifyTimeout.count() < 1000) {
        cli.err << Text::tr("opsdeck: --batch must be ≥ 1 and --verify-timeout ≥ 1 (seconds)") << Qt::endl;
        return ExitCode::Usage;
    }
    if (reason.isEmpty()) {
        cli.err << Text::tr("opsdeck: --reason TEXT is required: every action is recorded with why it was done") << Qt::endl;
        return ExitCode::Usage;
    }
    const EnvironmentConfig *env = nullptr;
    for (const EnvironmentConfig &e : config.environments) {
        if (e.name == environment)
            env = &e;
    }
    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), false, cli))
        return ExitCode::Refused;

    ReleaseService &releases = *cli.ops(config).releases();
    const auto read = readInventory(releases, environment, app, cli);
    if (!read)
        return ExitCode::Refused;
    const AppReleaseInventory &inventory = *read;
    request.target = parser.value(QStringLiteral("to"));
    if (request.target.isEmpty()) {
        if (forward) {
            // The release a roll-forward returns to by default: the one the newest rollback of the app left.
            request.target = StoreSession::await(releases.lastRolledBackFrom(environment, app));
            if (request.target.isEmpty()) {
                cli.err << Text::tr("opsdeck: no rollback of %1/%2 is recorded to go forward from; name the release with --to")
                               .arg(environment, app)
                        << Qt::endl;
                return ExitCode::Usage;
            }
        } else if (const auto target = inventory.defaultRollbackTarget()) {
            request.target = *target;
        } else {
            cli.err << Text::tr("opsdeck: no release to roll back to: %1")
                           .arg(inventory.drift().isEmpty() ? Text::tr("no older release is complete on every host and unmarked")
                                                            : inventory.drift().join(QStringLiteral("; ")))
                    << Qt::endl;
            return ExitCode::Refused;
        }
    }
    if (const QString why = ReleaseInventory::checkReleaseName(request.target); !why.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
        return ExitCode::Usage;
    }
    const RollbackPlan plan = ReleaseRollback::plan(inventory, request);
    const std::unique_ptr<ReleaseRollback> switching = releases.switchAction(request);
    ReleaseRollback &action = *switching;
    cli.out << action.title() << u'\n';
    for (auto it = plan.currentByHost.cbegin(); it != plan.currentByHost.cend(); ++it)
        cli.out << QStringLiteral("  ") << Text::tr("%1: %2 → %3").arg(it.key(), it.value(), request.target) << u'\n';
    for (const QString &sentence : plan.notReverted())
        cli.out << QStringLiteral("  ") << sentence << u'\n';
    for (const QString &command : action.commands())
        cli.out << QStringLiteral("  $ ") << command << u'\n';
    cli.out.flush();
    if (!plan.why.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ")
                << (plan.migrationsKept.isEmpty() || request.acknowledgeMigrations
                        ? plan.why
                        : Text::tr("%1 (--acknowledge-migrations)", "why the switch is refused").arg(plan.why))
                << Qt::endl;
        return ExitCode::Refused;
    }
    const GuardedActionReport result = GuardedActionCli::run(session.store, config, *env, action, reason,
                                                             {action.title(), Text::tr("Reason: %1").arg(reason)}, parser, cli);
    const int exit = GuardedActionCli::exitCode(result.outcome);
    if (result.outcome == ActionOutcome::Failed || result.outcome == ActionOutcome::Unknown) {
        // Never a silent mix: which host is on which release, and the way back for the switched ones.
        QStringList switched;
        for (const GuardedHostResult &r : std::as_const(result.hosts)) {
            const QString now = r.facts.value(QStringLiteral("release_now")).toString();
            cli.out << QStringLiteral("  ")
                    << (r.outcome == ActionOutcome::NotAttempted ? Text::tr("%1: not attempted, on %2", "host, release").arg(r.host, plan.currentByHost.value(r.host))
                        : now.isEmpty()                          ? Text::tr("%1: release unknown: list the releases", "host").arg(r.host)
                                                                 : Text::tr("%1: on %2", "host, release").arg(r.host, now))
                    << u'\n';
            if (r.facts.value(QStringLiteral("switched")).toBool())
                switched << r.host;
        }
        if (!switched.isEmpty() && !plan.from.isEmpty()) {
            QString hosts;
            for (const QString &h : std::as_const(switched))
                hosts += QStringLiteral(" --host ") + h;
            cli.out << QStringLiteral("  ") << Text::tr("to revert the switched hosts: opsdeck release forward %1/%2 --to %3%4 --reason …")
                                                   .arg(environment, app, plan.from, hosts)
                    << u'\n';
        }
        cli.out.flush();
    }
    return exit;
}

int mark(const FleetConfig &config, const QString &environment, const QString &app, bool bad, const QCommandLineParser &parser,
         CliContext &cli)
{
    const QStringList positional = parser.positionalArguments();
    if (app.isEmpty() || positional.size() != 3) {
        cli.err << Text::tr("opsdeck: name the app as ENV/APP and the release") << u'\n' << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    const QString release = positional.at(2);
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty() && ReleaseInventory::checkReleaseName(release).isEmpty()
        && ReleaseInventoryReader::check(config, environment, app).isEmpty()) {
        cli.err << Text::tr("opsdeck: --reason TEXT is required: every mark is recorded with why") << Qt::endl;
        return ExitCode::Usage;
    }
    if (const QString why = ReleaseService::checkMark(config, environment, app, release, reason); !why.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
        return ExitCode::Usage;
    }
    StoreSession session(cli);
    if (!session.open(parser.value(QStringLiteral("store")), false, cli))
        return ExitCode::Refused;
    ReleaseService &releases = *cli.ops(config).releases();
    const StoreResult<QSet<QString>> marks = StoreSession::await(releases.markedBad(environment, app));
    if (!marks) {
        cli.err << Text::tr("opsdeck: cannot read release marks: %1").arg(marks.error) << Qt::endl;
        return ExitCode::Refused;
    }
    const bool isBad = marks.value->contains(release);
    if (isBad == bad) {
        cli.out << (bad ? Text::tr("%1 of %2/%3 is already marked bad").arg(release, environment, app)
                        : Text::tr("%1 of %2/%3 is not marked bad").arg(release, environment, app))
                << Qt::endl;
        return ExitCode::Succeeded;
    }
    const StoreResult<Event> recorded = StoreSession::await(releases.mark(environment, app, release, bad, reason));
    if (!recorded) {
        cli.err << QStringLiteral("opsdeck: ") << recorded.error << Qt::endl;
        return ExitCode::Refused;
    }
    cli.out << recorded.value->summary << Qt::endl;
    return ExitCode::Succeeded;
}

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::configOption(), CliContext::storeOption(),
            {QStringLiteral("reason"), Text::tr("Why (recorded with the action)."), QStringLiteral("TEXT")},
            {QStringLiteral("to"), Text::tr("The release to switch to (default: the newest older release on every host)."), QStringLiteral("RELEASE")},
            {QStringLiteral("host"), Text::tr("Only this host (repeatable)."), QStringLiteral("HOST")},
            {QStringLiteral("batch"), Text::tr("Hosts at a time (default 1)."), QStringLiteral("N")},
            {QStringLiteral("verify-timeout"), Text::tr("Seconds to wait for every service and health check to pass (default 60)."), QStringLiteral("SECONDS")},
            {QStringLiteral("acknowledge-migrations"), Text::tr("Go ahead although the switch leaves migrations in place.")},
            {QStringLiteral("yes"), Text::tr("Confirm without asking.")},
            {QStringLiteral("confirm"), Text::tr("The environment name, for environments with typed confirmation."), QStringLiteral("ENV")},
            {QStringLiteral("json"), Text::tr("JSON output (list).")}};
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("opsdeck release")} + arguments) || parser.isSet(QStringLiteral("help"))
        || parser.positionalArguments().size() < 2) {
        if (!parser.errorText().isEmpty())
            cli.err << QStringLiteral("opsdeck: ") << parser.errorText() << u'\n';
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return parser.isSet(QStringLiteral("help")) ? ExitCode::Succeeded : ExitCode::Usage;
    }
    const QString sub = parser.positionalArguments().at(0);
    static const QStringList subs{QStringLiteral("list"), QStringLiteral("rollback"), QStringLiteral("forward"),
                                  QStringLiteral("mark-bad"), QStringLiteral("unmark")};
    if (!subs.contains(sub)) {
        cli.err << Text::tr("opsdeck: unknown release command '%1'\n").arg(sub) << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    if (sub != QLatin1String("mark-bad") && sub != QLatin1String("unmark") && parser.positionalArguments().size() != 2) {
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    const auto config = cli.loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const QString target = parser.positionalArguments().at(1);
    const QString environment = target.section(u'/', 0, 0);
    const QString app = target.section(u'/', 1);
    if (!ReleaseInventoryReader::appNames(*config, environment).size()
        && std::none_of(config->environments.cbegin(), config->environments.cend(),
                        [&](const EnvironmentConfig &e) { return e.name == environment; })) {
        cli.err << Text::tr("opsdeck: no environment '%1'").arg(environment) << Qt::endl;
        return ExitCode::Usage;
    }
    if (sub == QLatin1String("list"))
        return list(*config, environment, app, parser, cli);
    if (sub == QLatin1String("rollback") || sub == QLatin1String("forward"))
        return switchRelease(*config, environment, app, sub == QLatin1String("forward"), parser, cli);
    return mark(*config, environment, app, sub == QLatin1String("mark-bad"), parser, cli);
}

} // namespace

Verb releaseVerb()
{
    return {QStringLiteral("release"), QStringLiteral("release list|rollback|forward|mark-bad|unmark ENV[/APP] …"),
            Text::tr("Releases on every host and drift; roll back or forward with verification; mark a release bad"), run, nullptr,
            options()};
}

} // namespace opsdeck
