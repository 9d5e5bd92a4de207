#pragma once

// Where and as whom to connect, resolved from the fleet configuration (jump chain included). Plain
// values; cross threads freely.

#include "config/FleetConfig.h"

#include <QList>
#include <QString>

namespace opsdeck {

struct SshEndpoint {
    QString name;    // the host's name in the configuration
    QString address;
    int port = 22;
    QString user;
    QStringList identityFiles; // tried in order after ssh-agent; empty: the default key files
    QString knownHostsFile;
    // Values the fleet configuration gave; the others may come from ~/.ssh/config.
    bool addressExplicit = true;
    bool userExplicit = true;
    bool portExplicit = true;

    // "deploy@192.0.2.1:2222", for messages.
    QString display() const;
};

struct SshTarget {
    SshEndpoint endpoint;
    QList<SshEndpoint> jumps; // outermost first: jumps[0] is dialled directly
    Milliseconds connectTimeout{10'000};
    Milliseconds idleTimeout{5 * 60'000};
    Milliseconds keepaliveInterval{15'000};
    QString clientConfigFile; // OpenSSH client configuration to honour; empty: none

    // The host and its jump chain from the configuration; fails only for a host that is not in it.
    static std::optional<SshTarget> fromConfig(const FleetConfig &config, const QString &hostName);

    // Fills what the fleet configuration left open from ~/.ssh/config (HostName, User, Port,
    // IdentityFile, ProxyJump), as `ssh` would. Returns an error sentence for an unusable value.
    QString applyClientConfig(const class SshClientConfig &clientConfig, const QString &localUser);
};

} // namespace opsdeck
