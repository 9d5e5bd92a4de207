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
    QString identityFile;   // empty: ssh-agent, then ~/.ssh/config and the default key files
    QString knownHostsFile;

    // "deploy@192.0.2.1:2222", for messages.
    QString display() const;
};

struct SshTarget {
    SshEndpoint endpoint;
    QList<SshEndpoint> jumps; // outermost first: jumps[0] is dialled directly
    Milliseconds connectTimeout{10'000};
    Milliseconds idleTimeout{5 * 60'000};
    Milliseconds keepaliveInterval{15'000};

    // The host and its jump chain from the configuration; fails only for a host that is not in it.
    static std::optional<SshTarget> fromConfig(const FleetConfig &config, const QString &hostName);
};

} // namespace opsdeck
