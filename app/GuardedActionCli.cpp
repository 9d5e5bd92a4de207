#include "GuardedActionCli.h"

#include "ConfirmationPrompt.h"

#include "ops/GuardedActionRunner.h"
#include "support/LocaleFormat.h"

#include <QEventLoop>

namespace opsdeck::GuardedActionCli {

GuardedActionReport run(EventStoreService &store, const FleetConfig &config, const EnvironmentConfig &environment,
                        GuardedAction &action, const QString &reason, const QStringList &plan,
                        const QCommandLineParser &parser, CliContext &cli)
{
    GuardedActionRunner runner(&store);
    runner.setConfig(config);
    QEventLoop loop;
    GuardedActionReport result;
    // The locks are held and every host passed the preflight: now the confirmation.
    QObject::connect(&runner, &GuardedActionRunner::awaitingConfirmation, &loop, [&] {
        const QString confirmation = ConfirmationPrompt::ask(environment, plan, parser, cli);
        if (confirmation.isEmpty())
            runner.cancel();
        else
            runner.confirm(reason, confirmation);
    });
    QObject::connect(&runner, &GuardedActionRunner::progress, &loop, [&](const QString &host, const QString &message) {
        cli.err << (host.isEmpty() ? QString() : host + QStringLiteral(": ")) << message << Qt::endl;
    });
    QObject::connect(&runner, &GuardedActionRunner::hostFinished, &loop, [&](const GuardedHostResult &r) {
        cli.out << QStringLiteral("%1: %2 (%3 s) %4\n").arg(r.host, actionOutcomeName(r.outcome)).arg(LocaleFormat::number(r.elapsedMs / 1000.0, 1)).arg(r.detail);
        cli.out.flush();
    });
    QObject::connect(&runner, &GuardedActionRunner::finished, &loop, [&](const GuardedActionReport &report) {
        result = report;
        loop.quit();
    });
    runner.begin(&action, reason);
    if (runner.isRunning())
        loop.exec();
    cli.out << result.summary << Qt::endl;
    return result;
}

int exitCode(ActionOutcome outcome)
{
    switch (outcome) {
    case ActionOutcome::Succeeded: return ExitCode::Succeeded;
    case ActionOutcome::Failed: return ExitCode::Failed;
    case ActionOutcome::Unknown: return ExitCode::Unknown;
    case ActionOutcome::NotAttempted: return ExitCode::Refused;
    }
    return ExitCode::Failed;
}

} // namespace opsdeck::GuardedActionCli
