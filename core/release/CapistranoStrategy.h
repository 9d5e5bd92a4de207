#pragma once

// Capistrano's layout: DEPLOY_PATH/releases/NAME/ (with REVISION and REVISION_TIME), a `current`
// symlink to one of them, shared/ linked into each release, and revisions.log. The inventory is one
// POSIX shell script whose only input is the deploy path, passed as a quoted argument; it prints
// NUL-separated key/value tokens so no file name a host holds can break the format. Pure; thread-safe.

#include "ReleaseStrategy.h"

namespace opsdeck {

class CapistranoStrategy final : public ReleaseStrategy
{
public:
    QString name() const override { return QStringLiteral("capistrano"); }
    QString inventoryCommand(const AppConfig &app) const override;
    HostReleaseState parseInventory(const QString &host, const QByteArray &out) const override;

    static DeployLogEntry parseDeployLogLine(const QString &line);
};

} // namespace opsdeck
