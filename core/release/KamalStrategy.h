#pragma once

// Kamal's layout: one container per deployed version, named SERVICE-ROLE[-DESTINATION]-VERSION and
// labelled service/role/destination; the running one serves (kamal-proxy sends to it), the stopped
// ones are what Kamal keeps for `kamal rollback`. The inventory is one POSIX shell script around
// `docker ps -a --filter label=… --format '{{json .}}'`; its only inputs are the configured names,
// passed as quoted arguments. A version is the container name's suffix and must pass
// ReleaseInventory::checkReleaseName. The switch does what `kamal rollback VERSION` does on a host:
// start the kept container of that version, point kamal-proxy at it, stop the one that ran.
// Pure; thread-safe.

#include "ReleaseStrategy.h"

namespace opsdeck {

class KamalStrategy final : public ReleaseStrategy
{
public:
    QString name() const override { return QStringLiteral("kamal"); }
    QString inventoryCommand(const AppConfig &app) const override;
    HostReleaseState parseInventory(const QString &host, const QByteArray &out) const override;
    QString switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                          const QString &actor) const override;
    QString switchSteps(const AppConfig &app, const QString &target, const QString &expected) const override;
    bool switchChangedNothing(int exitCode) const override;
    bool restartsServices() const override { return false; }
    QStringList notReverted(bool forward) const override;

    // SERVICE-ROLE[-DESTINATION], what every container name of the app starts with.
    static QString containerPrefix(const AppConfig &app);
};

} // namespace opsdeck
