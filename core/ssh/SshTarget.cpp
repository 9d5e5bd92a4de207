#include "SshTarget.h"

namespace opsdeck {

namespace {
SshEndpoint endpointOf(const HostConfig &host)
{
    return {host.name, host.address, host.port, host.user, host.identityFile, host.knownHostsFile};
}
} // namespace

QString SshEndpoint::display() const
{
    QString text = user + u'@' + address;
    if (port != 22)
        text += u':' + QString::number(port);
    return text;
}

std::optional<SshTarget> SshTarget::fromConfig(const FleetConfig &config, const QString &hostName)
{
    const HostConfig *host = config.findHost(hostName);
    if (!host)
        return std::nullopt;
    SshTarget target;
    target.endpoint = endpointOf(*host);
    target.connectTimeout = config.ssh.connectTimeout;
    // The loader refuses cycles; the bound is a second line of defence.
    for (const HostConfig *hop = config.findHost(host->jumpHost); hop && target.jumps.size() < 16;
         hop = config.findHost(hop->jumpHost))
        target.jumps.prepend(endpointOf(*hop));
    return target;
}

} // namespace opsdeck
