#pragma once

// Capistrano's layout: DEPLOY_PATH/releases/NAME/ (with REVISION and REVISION_TIME), a `current`
// symlink to one of them, shared/ linked into each release, and revisions.log. The inventory is one
// POSIX shell script whose only input is the deploy path, passed as a quoted argument; it prints
// NUL-separated key/value tokens so no file name a host holds can break the format. A switch renames
// a new `current` link over the old one; the app's services are restarted after it. Pure; thread-safe.

#include "ReleaseStrategy.h"

namespace opsdeck {

class CapistranoStrategy final : public ReleaseStrategy
{
public:
    QString name() const override { return QStringLiteral("capistrano"); }
    QString inventoryCommand(const AppConfig &app) const override;
    HostReleaseState parseInventory(const QString &host, const QByteArray &out) const override;
    // `sh -c SCRIPT opsdeck-switch PATH TARGET EXPECTED ACTOR`: a new link renamed over `current`
    // (never a moment without one), only if `current` still resolves to EXPECTED, confirmed with
    // readlink, and Capistrano's "ACTOR rolled back to release TARGET" line in revisions.log.
    QString switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                          const QString &actor) const override;
    QString switchSteps(const AppConfig &app, const QString &target, const QString &expected) const override;
    bool switchChangedNothing(int exitCode) const override;
    bool restartsServices() const override { return true; }
    QStringList notReverted(bool forward) const override;

    static DeployLogEntry parseDeployLogLine(const QString &line);
};

} // namespace opsdeck
