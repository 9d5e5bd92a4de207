#include "ServiceInspector.h"

#include "ServiceCommands.h"
#include "ssh/SshEngine.h"

namespace opsdeck {

namespace {
// The engine's reason, else what the command said on stderr.
QString failureOf(const CommandResult &result)
{
    return result.error.isEmpty() ? QString::fromUtf8(result.err).trimmed() : result.error;
}
} // namespace

ServiceInspector::ServiceInspector(SshEngine *ssh, QObject *parent)
    : QObject(parent), m_ssh(ssh), m_timeout(FleetConfig().ssh.commandTimeout)
{
}

void ServiceInspector::setConfig(const FleetConfig &config)
{
    m_timeout = config.ssh.commandTimeout;
}

QFuture<HostUnitStates> ServiceInspector::states(const QString &host, const QStringList &units, bool background)
{
    return m_ssh->run(host, ServiceCommands::show(units), m_timeout, background).then(QtFuture::Launch::Sync, [](const CommandResult &result) {
        HostUnitStates states;
        states.read = result.succeeded();
        if (states.read)
            states.states = UnitStateParser::parse(result.out);
        else
            states.error = failureOf(result);
        return states;
    });
}

QFuture<UnitJournal> ServiceInspector::journal(const QString &host, const ServiceConfig &service, int lines)
{
    return m_ssh->run(host, ServiceCommands::logs(service, lines), m_timeout).then(QtFuture::Launch::Sync, [](const CommandResult &result) {
        UnitJournal journal;
        journal.read = result.succeeded();
        journal.text = result.out; // also what it printed before failing, for `opsdeck service logs`
        if (!journal.read)
            journal.error = failureOf(result);
        return journal;
    });
}

} // namespace opsdeck
