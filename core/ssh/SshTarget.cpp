#include "SshTarget.h"

#include "SshClientConfig.h"
#include "config/RemoteValueRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(SshTarget)
};

SshEndpoint endpointOf(const HostConfig &host)
{
    SshEndpoint e;
    e.name = host.name;
    e.address = host.address;
    e.port = host.port;
    e.user = host.user;
    if (!host.identityFile.isEmpty())
        e.identityFiles = {host.identityFile};
    e.knownHostsFile = host.knownHostsFile;
    e.addressExplicit = host.addressExplicit;
    e.userExplicit = host.userExplicit;
    e.portExplicit = host.portExplicit;
    return e;
}

// OpenSSH's lookup for one endpoint: fills what is open, checks what it takes.
QString apply(SshEndpoint &e, const SshConfigEntry &entry)
{
    if (!e.addressExplicit && !entry.hostName.isEmpty()) {
        if (const QString why = RemoteValueRules::checkHostAddress(entry.hostName); !why.isEmpty())
            return Text::tr("HostName '%1' in the SSH client configuration: %2").arg(entry.hostName, why);
        e.address = entry.hostName;
    }
    if (!e.userExplicit && !entry.user.isEmpty()) {
        if (const QString why = RemoteValueRules::checkUserName(entry.user); !why.isEmpty())
            return Text::tr("User '%1' in the SSH client configuration: %2").arg(entry.user, why);
        e.user = entry.user;
    }
    if (!e.portExplicit && entry.port != 0) {
        if (entry.port < 1 || entry.port > 65535)
            return Text::tr("Port %1 in the SSH client configuration is out of range").arg(entry.port);
        e.port = entry.port;
    }
    if (e.identityFiles.isEmpty()) {
        for (const QString &file : entry.identityFiles) {
            if (QFileInfo::exists(file))
                e.identityFiles << file;
        }
    }
    return {};
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
    target.idleTimeout = config.ssh.idleTimeout;
    target.keepaliveInterval = config.ssh.keepaliveInterval;
    // OPSDECK_SSH_CONFIG chooses another file (like ssh -F), or none when set but empty.
    target.clientConfigFile = qEnvironmentVariableIsSet("OPSDECK_SSH_CONFIG") ? qEnvironmentVariable("OPSDECK_SSH_CONFIG")
                                                                            : SshClientConfig::defaultPath();
    // The loader refuses cycles; the bound is a second line of defence.
    for (const HostConfig *hop = config.findHost(host->jumpHost); hop && target.jumps.size() < 16;
         hop = config.findHost(hop->jumpHost))
        target.jumps.prepend(endpointOf(*hop));
    return target;
}

QString SshTarget::applyClientConfig(const SshClientConfig &clientConfig, const QString &localUser)
{
    const SshConfigEntry entry = clientConfig.lookup(endpoint.address, localUser);
    for (SshEndpoint &jump : jumps) {
        if (const QString error = apply(jump, clientConfig.lookup(jump.address, localUser)); !error.isEmpty())
            return error;
    }
    if (const QString error = apply(endpoint, entry); !error.isEmpty())
        return error;
    // ProxyJump only where the fleet configuration names no jump host.
    if (jumps.isEmpty()) {
        for (const QString &hop : entry.proxyJump) {
            SshEndpoint jump;
            QString rest = hop.trimmed();
            if (rest.contains(u'@')) {
                jump.user = rest.section(u'@', 0, 0);
                rest = rest.section(u'@', 1);
                jump.userExplicit = true;
            } else {
                jump.user = localUser;
                jump.userExplicit = false;
            }
            jump.address = rest;
            jump.port = 22;
            jump.portExplicit = false;
            if (rest.startsWith(u'[') && rest.contains(QStringLiteral("]:"))) {
                jump.address = rest.mid(1, rest.indexOf(u']') - 1);
                jump.port = rest.section(QStringLiteral("]:"), 1).toInt();
                jump.portExplicit = true;
            } else if (rest.count(u':') == 1) {
                jump.address = rest.section(u':', 0, 0);
                jump.port = rest.section(u':', 1).toInt();
                jump.portExplicit = true;
            }
            jump.addressExplicit = false;
            jump.name = hop.trimmed();
            jump.knownHostsFile = endpoint.knownHostsFile;
            if (const QString why = RemoteValueRules::checkHostAddress(jump.address); !why.isEmpty())
                return Text::tr("ProxyJump '%1' in the SSH client configuration: %2").arg(hop, why);
            if (const QString why = RemoteValueRules::checkUserName(jump.user); !why.isEmpty())
                return Text::tr("ProxyJump '%1' in the SSH client configuration: %2").arg(hop, why);
            if (jump.port < 1 || jump.port > 65535)
                return Text::tr("ProxyJump '%1' in the SSH client configuration has no valid port").arg(hop);
            if (const QString error = apply(jump, clientConfig.lookup(jump.address, localUser)); !error.isEmpty())
                return error;
            if (jump.identityFiles.isEmpty())
                jump.identityFiles = endpoint.identityFiles;
            jumps.append(jump);
        }
    }
    return {};
}

} // namespace opsdeck
