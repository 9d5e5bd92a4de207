#include "ServiceCommands.h"

#include "UnitState.h"
#include "ssh/RemoteCommand.h"

namespace opsdeck {

QString serviceVerbName(ServiceVerb verb)
{
    switch (verb) {
    case ServiceVerb::Start: return QStringLiteral("start");
    case ServiceVerb::Stop: return QStringLiteral("stop");
    case ServiceVerb::Restart: return QStringLiteral("restart");
    case ServiceVerb::Reload: return QStringLiteral("reload");
    }
    return {};
}

std::optional<ServiceVerb> serviceVerbFromName(const QString &name)
{
    for (ServiceVerb verb : {ServiceVerb::Start, ServiceVerb::Stop, ServiceVerb::Restart, ServiceVerb::Reload}) {
        if (serviceVerbName(verb) == name)
            return verb;
    }
    return std::nullopt;
}

namespace ServiceCommands {

QString show(const QStringList &units)
{
    QStringList argv{QStringLiteral("systemctl"), QStringLiteral("show"), QStringLiteral("--no-pager"),
                     QStringLiteral("-p"), UnitStateParser::properties(), QStringLiteral("--")};
    argv += units;
    return RemoteCommand::build(argv);
}

QString action(ServiceVerb verb, const ServiceConfig &service)
{
    if (verb == ServiceVerb::Restart && !service.restartCommand.isEmpty())
        return RemoteCommand::build(service.restartCommand, service.useSudo);
    return RemoteCommand::build({QStringLiteral("systemctl"), serviceVerbName(verb), QStringLiteral("--"), service.unit},
                                service.useSudo);
}

QString logs(const ServiceConfig &service, int lines)
{
    return RemoteCommand::build({QStringLiteral("journalctl"), QStringLiteral("-u"), service.unit, QStringLiteral("-n"),
                                 QString::number(qBound(1, lines, 10'000)), QStringLiteral("--no-pager")},
                                service.useSudo);
}

} // namespace ServiceCommands

} // namespace opsdeck
