#include "ServiceVerb.h"

#include "CliContext.h"
#include "ConfirmationPrompt.h"
#include "ops/ServiceAction.h"
#include "ops/OpsContext.h"
#include "ops/ServiceActionRunner.h"
#include "ops/ServiceInspector.h"
#include "ops/UnitState.h"
#include "store/EventStoreFactory.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureSynchronizer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>


namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ServiceVerb)
};

const char *const kUsage = "usage: opsdeck service show ENV[/SERVICE] [--host H] [--json]\n"
                           "       opsdeck service restart|start|stop|reload|recheck ENV/SERVICE --reason TEXT\n"
                           "                       [--host H]… [--batch N] [--pause SECONDS] [--verify-timeout SECONDS]\n"
                           "                       [--stable SECONDS]\n"
                           "                       [--yes] [--confirm ENV]\n"
                           "       opsdeck service logs ENV/SERVICE --host H [--lines N]\n"
                           "       opsdeck service locks ENV[/SERVICE]\n"
                           "       opsdeck service unlock ENV/SERVICE --host H --reason TEXT   (leads: break-glass)\n"
                           "options for all: [--config FILE] [--store URI]\n";

struct Selection {
    const EnvironmentConfig *environment = nullptr;
    QString service; // empty: every service
};

std::optional<Selection> select(const FleetConfig &config, const QString &target, CliContext &cli)
{
    const QString envName = target.section(u'/', 0, 0);
    Selection selection;
    selection.service = target.section(u'/', 1);
    for (const EnvironmentConfig &env : config.environments) {
        if (env.name == envName)
            selection.environment = &env;
    }
    if (!selection.environment) {
        QStringList names;
        for (const EnvironmentConfig &env : config.environments)
            names << env.name;
        cli.err << Text::tr("opsdeck: no environment '%1' (there are: %2)").arg(envName, names.join(QStringLiteral(", ")))
                << Qt::endl;
        return std::nullopt;
    }
    return selection;
}

int show(const FleetConfig &config, const Selection &selection, const QStringList &onlyHosts, bool json, CliContext &cli)
{
    ServiceInspector &inspector = *cli.ops(config).inspector();
    struct Row {
        const HostConfig *host;
        QFuture<HostUnitStates> result;
    };
    QList<Row> rows;
    for (const HostConfig &host : selection.environment->hosts) {
        if (!onlyHosts.isEmpty() && !onlyHosts.contains(host.name))
            continue;
        QStringList units;
        for (const ServiceConfig &s : host.services) {
            if (selection.service.isEmpty() || s.name == selection.service)
                units << s.unit;
        }
        if (!units.isEmpty())
            rows.append({&host, inspector.states(host.name, units)});
    }
    if (rows.isEmpty()) {
        cli.err << Text::tr("opsdeck: nothing runs '%1' in %2").arg(selection.service, selection.environment->name) << Qt::endl;
        return ExitCode::Usage;
    }
    int exit = ExitCode::Succeeded;
    QJsonArray list;
    if (!json)
        cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                       .arg(Text::tr("HOST"), -16)
                       .arg(Text::tr("SERVICE"), -12)
                       .arg(Text::tr("UNIT"), -32)
                       .arg(Text::tr("ACTIVE"), -12)
                       .arg(Text::tr("SUB"), -10)
                       .arg(Text::tr("PID"), -8)
                       .arg(Text::tr("SINCE"));
    for (Row &row : rows) {
        row.result.waitForFinished();
        const HostUnitStates result = row.result.resultCount() ? row.result.result() : HostUnitStates{};
        if (!result.read) {
            exit = ExitCode::Failed;
            const QString why = result.error;
            if (json)
                list.append(QJsonObject{{QStringLiteral("host"), row.host->name}, {QStringLiteral("error"), why}});
            else
                cli.out << QStringLiteral("%1 %2\n").arg(row.host->name, -16).arg(Text::tr("unreachable: %1").arg(DisplayText::terminal(why)));
            continue;
        }
        const auto &states = result.states;
        for (const ServiceConfig &s : row.host->services) {
            if (!selection.service.isEmpty() && s.name != selection.service)
                continue;
            const UnitState u = states.value(s.unit);
            const QString since = u.since.isValid() ? LocaleFormat::dateTimeSeconds(u.since.toLocalTime()) : QStringLiteral("-");
            if (json) {
                list.append(QJsonObject{{QStringLiteral("host"), row.host->name}, {QStringLiteral("service"), s.name},
                                        {QStringLiteral("unit"), s.unit}, {QStringLiteral("load"), u.loadState},
                                        {QStringLiteral("active"), u.activeState}, {QStringLiteral("sub"), u.subState},
                                        {QStringLiteral("pid"), u.mainPid}, {QStringLiteral("since"), u.since.toString(Qt::ISODate)}});
            } else {
                cli.out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                               .arg(row.host->name, -16)
                               .arg(s.name, -12)
                               .arg(s.unit, -32)
                               .arg(u.activeState.isEmpty() ? QStringLiteral("?") : DisplayText::terminal(u.activeState), -12)
                               .arg(DisplayText::terminal(u.subState), -10)
                               .arg(u.mainPid ? QString::number(u.mainPid) : QStringLiteral("-"), -8)
                               .arg(since);
            }
        }
    }
    if (json)
        cli.printJson(QJsonDocument(list));
    cli.out.flush();
    return exit;
}

int logs(const FleetConfig &config, const Selection &selection, const QStringList &hosts, int lines, CliContext &cli)
{
    if (selection.service.isEmpty() || hosts.size() != 1) {
        cli.err << Text::tr("opsdeck: logs need ENV/SERVICE and exactly one --host") << Qt::endl;
        return ExitCode::Usage;
    }
    const HostConfig *host = config.findHost(hosts.constFirst());
    const ServiceConfig *service = nullptr;
    if (host && host->environment == selection.environment->name) {
        for (const ServiceConfig &s : host->services) {
            if (s.name == selection.service)
                service = &s;
        }
    }
    if (!service) {
        cli.err << Text::tr("opsdeck: host '%1' of %2 does not run '%3'").arg(hosts.constFirst(), selection.environment->name, selection.service)
                << Qt::endl;
        return ExitCode::Usage;
    }
    // The journal as the Services area reads it: through the context's inspector (the future finishes
    // on the host's session thread, so it is waited for without an event loop).
    QFuture<UnitJournal> future = cli.ops(config).inspector()->journal(host->name, *service, lines);
    future.waitForFinished();
    const UnitJournal journal = future.resultCount() ? future.result() : UnitJournal{};
    cli.out << QString::fromUtf8(journal.text);
    cli.out.flush();
    if (!journal.read) {
        cli.err << journal.error << Qt::endl;
        return ExitCode::Failed;
    }
    return ExitCode::Succeeded;
}

std::unique_ptr<EventStore> openStore(const QCommandLineParser &parser, CliContext &cli)
{
    const StoreLocation location = StoreLocation::parse(parser.value(QStringLiteral("store")));
    if (!location.isValid()) {
        cli.err << QStringLiteral("opsdeck: ") << location.error << Qt::endl;
        return nullptr;
    }
    auto store = EventStoreFactory::open(location);
    if (!store) {
        cli.err << QStringLiteral("opsdeck: ") << store.error << Qt::endl;
        return nullptr;
    }
    return std::move(*store.value);
}

// The action locks every console sees, on one environment (or one service of it).
int locks(const Selection &selection, const QCommandLineParser &parser, CliContext &cli)
{
    const auto store = openStore(parser, cli);
    if (!store)
        return ExitCode::Failed;
    const auto all = store->locks();
    if (!all) {
        cli.err << QStringLiteral("opsdeck: ") << all.error << Qt::endl;
        return ExitCode::Failed;
    }
    for (const ActionLock &lock : std::as_const(*all.value)) {
        if (lock.target.section(u'/', 0, 0) != selection.environment->name
            || (!selection.service.isEmpty() && lock.target.section(u'/', 2) != selection.service))
            continue;
        cli.out << Text::tr("%1 locked by %2 (console %3) since %4, until %5: %6")
                       .arg(lock.target, lock.holder, lock.console, LocaleFormat::dateTime(lock.acquiredAt.toLocalTime()),
                            LocaleFormat::dateTime(lock.expiresAt.toLocalTime()), lock.reason)
                << Qt::endl;
    }
    return ExitCode::Succeeded;
}

// Break-glass: a lead removes someone's lock, with a reason; the store records it (lock.broken) and the
// console that held it stops before its next batch.
int unlock(const Selection &selection, const QCommandLineParser &parser, CliContext &cli)
{
    const QStringList hosts = parser.values(QStringLiteral("host"));
    const QString reason = parser.value(QStringLiteral("reason")).trimmed();
    if (selection.service.isEmpty() || hosts.size() != 1 || reason.isEmpty()) {
        cli.err << Text::tr("opsdeck: unlock needs ENV/SERVICE, exactly one --host and a --reason") << Qt::endl;
        return ExitCode::Usage;
    }
    const auto store = openStore(parser, cli);
    if (!store)
        return ExitCode::Failed;
    const QString target = ServiceActionRunner::lockTarget(selection.environment->name, hosts.constFirst(), selection.service);
    const auto broken = store->breakLock(target, reason);
    if (!broken) {
        cli.err << Text::tr("opsdeck: the lock on %1 was not broken: %2").arg(target, broken.error) << Qt::endl;
        return ExitCode::Refused;
    }
    cli.out << broken.value->summary << Qt::endl;
    return ExitCode::Succeeded;
}

int act(const FleetConfig &config, const Selection &selection, const QString &verbName, const QCommandLineParser &parser, CliContext &cli)
{
    if (selection.service.isEmpty()) {
        cli.err << Text::tr("opsdeck: name the service as ENV/SERVICE") << Qt::endl;
        return ExitCode::Usage;
    }
    ServiceActionRequest request;
    request.verifyOnly = verbName == QLatin1String("recheck");
    request.verb = request.verifyOnly ? ServiceVerb::Restart : *serviceVerbFromName(verbName);
    request.environment = selection.environment->name;
    request.service = selection.service;
    request.hosts = parser.values(QStringLiteral("host"));
    request.reason = parser.value(QStringLiteral("reason"));
    bool ok = true;
    if (parser.isSet(QStringLiteral("batch")))
        request.batchSize = parser.value(QStringLiteral("batch")).toInt(&ok);
    if (ok && parser.isSet(QStringLiteral("pause")))
        request.pause = Milliseconds(qint64(parser.value(QStringLiteral("pause")).toDouble(&ok) * 1000));
    if (ok && parser.isSet(QStringLiteral("verify-timeout")))
        request.verifyTimeout = Milliseconds(qint64(parser.value(QStringLiteral("verify-timeout")).toDouble(&ok) * 1000));
    if (ok && parser.isSet(QStringLiteral("stable")))
        request.stableFor = Milliseconds(qint64(parser.value(QStringLiteral("stable")).toDouble(&ok) * 1000));
    if (!ok || request.batchSize < 1 || request.pause.count() < 0 || request.verifyTimeout.count() < 1000 || request.stableFor.count() < 0) {
        cli.err << Text::tr("opsdeck: --batch must be ≥ 1, --pause ≥ 0, --verify-timeout ≥ 1 and --stable ≥ 0 (seconds)") << Qt::endl;
        return ExitCode::Usage;
    }
    if (request.reason.trimmed().isEmpty()) {
        cli.err << Text::tr("opsdeck: --reason TEXT is required: every action is recorded with why it was done") << Qt::endl;
        return ExitCode::Usage;
    }

    if (const QString why = ServiceAction::resolve(config, request); !why.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ") << why << Qt::endl;
        return ExitCode::Usage;
    }

    OpsContext &ops = cli.ops(config);
    EventStoreService &store = *ops.store();
    ServiceActionRunner &runner = *ops.runner();

    QEventLoop loop;
    int exit = ExitCode::Failed;
    quint64 action = 0;
    QObject::connect(&store, &EventStoreService::stateChanged, &loop, [&](EventStoreService::State state) {
        if (action == 0 && (state == EventStoreService::State::Open || state == EventStoreService::State::Failed))
            action = runner.begin(request); // refuses by itself when the store failed to open
    });
    // The locks are held and the checks passed: now the reason and the confirmation.
    QObject::connect(&runner, &ServiceActionRunner::awaitingConfirmation, &loop, [&](quint64 id) {
        if (request.verifyOnly) {
            runner.confirm(id, request.reason, QString()); // a re-check changes nothing on a host
            return;
        }
        const QStringList plan{Text::tr("%1 %2/%3 on %4.").arg(serviceVerbName(request.verb), selection.environment->name, request.service,
                                                               request.hosts.join(QStringLiteral(", "))),
                               Text::tr("Reason: %1").arg(request.reason)};
        const QString confirmation = ConfirmationPrompt::ask(*selection.environment, plan, parser, cli);
        if (confirmation.isEmpty())
            runner.cancel(id);
        else
            runner.confirm(id, request.reason, confirmation);
    });
    QObject::connect(&runner, &ServiceActionRunner::progress, &loop, [&](const QString &host, const QString &message) {
        cli.err << (host.isEmpty() ? QString() : host + QStringLiteral(": ")) << DisplayText::terminal(message) << Qt::endl;
    });
    QObject::connect(&runner, &ServiceActionRunner::hostFinished, &loop, [&](const HostActionResult &r) {
        cli.out << QStringLiteral("%1: %2 (%3 s) %4\n").arg(r.host, actionOutcomeName(r.outcome)).arg(LocaleFormat::number(double(r.elapsedMs) / 1000.0, 1)).arg(DisplayText::terminal(r.detail));
        cli.out.flush();
    });
    QObject::connect(&runner, &ServiceActionRunner::finished, &loop, [&](const ServiceActionReport &report) {
        cli.out << report.summary << Qt::endl;
        switch (report.outcome) {
        case ActionOutcome::Succeeded: exit = ExitCode::Succeeded; break;
        case ActionOutcome::Failed: exit = ExitCode::Failed; break;
        case ActionOutcome::Unknown: exit = ExitCode::Unknown; break;
        case ActionOutcome::NotAttempted: exit = ExitCode::Refused; break;
        }
        loop.quit();
    });
    store.open(parser.value(QStringLiteral("store")));
    loop.exec();
    return exit;
}

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::configOption(), CliContext::storeOption(),
            {QStringLiteral("host"), Text::tr("Only this host (repeatable)."), QStringLiteral("HOST")},
            {QStringLiteral("reason"), Text::tr("Why (recorded with the action)."), QStringLiteral("TEXT")},
            {QStringLiteral("yes"), Text::tr("Confirm without asking.")},
            {QStringLiteral("confirm"), Text::tr("The environment name, for environments with typed confirmation."), QStringLiteral("ENV")},
            {QStringLiteral("batch"), Text::tr("Hosts at a time in a rolling action (default 1)."), QStringLiteral("N")},
            {QStringLiteral("pause"), Text::tr("Seconds between batches."), QStringLiteral("SECONDS")},
            {QStringLiteral("verify-timeout"), Text::tr("Seconds to wait for the unit and health to pass (default 60)."), QStringLiteral("SECONDS")},
            {QStringLiteral("stable"), Text::tr("Seconds the unit must then stay up with health passing (default 10)."), QStringLiteral("SECONDS")},
            {QStringLiteral("lines"), Text::tr("Log lines (default 200)."), QStringLiteral("N"), QStringLiteral("200")},
            {QStringLiteral("json"), Text::tr("JSON output (show).")}};
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addHelpOption();
    if (!parser.parse(QStringList{QStringLiteral("opsdeck service")} + arguments) || parser.isSet(QStringLiteral("help"))
        || parser.positionalArguments().size() != 2) {
        if (!parser.errorText().isEmpty())
            cli.err << QStringLiteral("opsdeck: ") << parser.errorText() << u'\n';
        cli.err << QString::fromUtf8(kUsage) << Qt::flush;
        return parser.isSet(QStringLiteral("help")) ? ExitCode::Succeeded : ExitCode::Usage;
    }
    const QString sub = parser.positionalArguments().at(0);
    static const QStringList actions{QStringLiteral("restart"), QStringLiteral("start"), QStringLiteral("stop"),
                                     QStringLiteral("reload"), QStringLiteral("recheck")};
    static const QStringList others{QStringLiteral("show"), QStringLiteral("logs"), QStringLiteral("locks"), QStringLiteral("unlock")};
    if (!others.contains(sub) && !actions.contains(sub)) {
        cli.err << Text::tr("opsdeck: unknown service command '%1'\n").arg(sub) << QString::fromUtf8(kUsage) << Qt::flush;
        return ExitCode::Usage;
    }
    const auto config = cli.loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const auto selection = select(*config, parser.positionalArguments().at(1), cli);
    if (!selection)
        return ExitCode::Usage;
    if (sub == QLatin1String("show"))
        return show(*config, *selection, parser.values(QStringLiteral("host")), parser.isSet(QStringLiteral("json")), cli);
    if (sub == QLatin1String("logs"))
        return logs(*config, *selection, parser.values(QStringLiteral("host")), parser.value(QStringLiteral("lines")).toInt(), cli);
    if (sub == QLatin1String("locks"))
        return locks(*selection, parser, cli);
    if (sub == QLatin1String("unlock"))
        return unlock(*selection, parser, cli);
    return act(*config, *selection, sub, parser, cli);
}

} // namespace

Verb serviceVerb()
{
    return {QStringLiteral("service"), QStringLiteral("service show|restart|start|stop|reload|recheck|logs|locks|unlock ENV/SERVICE …"),
            Text::tr("Show systemd state; restart, start, stop or reload with verification; read logs; see and break locks"), run, nullptr,
            options()};
}

} // namespace opsdeck
