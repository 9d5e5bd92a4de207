#include "TrustVerb.h"

#include "CliContext.h"
#include "TerminalPrompts.h"
#include "ops/OpsContext.h"
#include "ssh/SshEngine.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QEventLoop>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(TrustVerb)
};

// Every option of the verb: the parser, --help, the man page and the bash completion read this list.
QList<QCommandLineOption> options()
{
    return {CliContext::configOption(), CliContext::storeOption()};
}

int run(const QStringList &arguments)
{
    CliContext cli;
    QCommandLineParser parser;
    parser.addOptions(options());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("HOST"), Text::tr("A host of the configuration."));
    if (!parser.parse(QStringList{QStringLiteral("opsdeck trust")} + arguments) || parser.positionalArguments().size() != 1) {
        cli.err << Text::tr("usage: opsdeck trust HOST [--config FILE] [--store URI]") << Qt::endl;
        return ExitCode::Usage;
    }
    const auto config = cli.loadConfig(parser);
    if (!config)
        return ExitCode::Config;
    const QString host = parser.positionalArguments().constFirst();
    if (!config->findHost(host)) {
        cli.err << Text::tr("opsdeck: '%1' is not a host of the configuration").arg(host) << Qt::endl;
        return ExitCode::Usage;
    }
    // The one verb that asks about an unknown host key: its own context, with prompts that ask. The
    // context records the trust (ssh.hostkey.trusted); the verb only says what happened.
    TerminalPrompts prompts(true);
    OpsContext ops(&prompts, &prompts, OpsContext::Front::Terminal);
    ops.apply(*config);
    QEventLoop loop;
    bool trusted = false;
    QObject::connect(ops.ssh(), &SshEngine::hostKeyTrusted, &loop, [&] { trusted = true; });
    ops.store()->open(parser.value(QStringLiteral("store")));
    CommandResult result;
    ops.ssh()->run(host, QStringLiteral("true"), config->ssh.commandTimeout).then(&loop, [&](const CommandResult &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    if (result.status == CommandResult::Status::HostKeyRejected) {
        cli.err << QStringLiteral("opsdeck: ") << result.error << Qt::endl;
        return ExitCode::Refused;
    }
    if (trusted)
        cli.out << Text::tr("%1: host key recorded in %2").arg(host, config->findHost(host)->knownHostsFile) << Qt::endl;
    else if (result.status != CommandResult::Status::ConnectFailed)
        cli.out << Text::tr("%1: host key already trusted").arg(host) << Qt::endl;
    if (result.status == CommandResult::Status::ConnectFailed || result.status == CommandResult::Status::AuthFailed) {
        cli.err << QStringLiteral("opsdeck: ") << result.error << Qt::endl;
        return result.status == CommandResult::Status::AuthFailed && trusted ? ExitCode::Succeeded : ExitCode::Failed;
    }
    return ExitCode::Succeeded;
}

} // namespace

Verb trustVerb()
{
    return {QStringLiteral("trust"), QStringLiteral("trust HOST"),
            Text::tr("Show a host's SSH key fingerprint and, if you confirm, record it in known_hosts"), run, nullptr,
            options()};
}

} // namespace opsdeck
