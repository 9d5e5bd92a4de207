#pragma once

// How an app's releases are laid out on its hosts, what it takes to read them, and how one host is
// switched to another release. One implementation per deploy tool (Capistrano, Kamal, docker compose). A strategy
// only builds commands from configuration values and from release names that passed
// ReleaseInventory::checkReleaseName, and parses what hosts answer: it never runs anything itself.
// Pure; thread-safe.

#include "ReleaseInventory.h"
#include "config/FleetConfig.h"

#include <QByteArray>

#include <memory>

namespace opsdeck {

class ReleaseStrategy
{
public:
    virtual ~ReleaseStrategy() = default;

    virtual QString name() const = 0;
    // One command per host that reports everything the inventory needs in one round trip.
    virtual QString inventoryCommand(const AppConfig &app) const = 0;
    // Reads what inventoryCommand printed. Names that fail checkReleaseName go to rejectedNames.
    virtual HostReleaseState parseInventory(const QString &host, const QByteArray &out) const = 0;

    // The switch of one host from `expected` (what the plan saw running) to `target`: one command,
    // every value a quoted argument, that changes nothing unless the host still runs `expected`.
    virtual QString switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                                  const QString &actor) const = 0;
    // The same switch as the plan shows it: the commands it runs, in order.
    virtual QString switchSteps(const AppConfig &app, const QString &target, const QString &expected) const = 0;
    // Exit statuses of switchCommand after which the host is as it was.
    virtual bool switchChangedNothing(int exitCode) const = 0;
    // Exit statuses of a failed switchCommand after which the host runs `target` (e.g. compose's
    // services recreated, but a healthcheck failed): the host is failed, and on the target.
    virtual bool switchLeftTarget(int exitCode) const { Q_UNUSED(exitCode) return false; }
    // Whether the app's services (systemd units) are restarted after the switch; when not, the
    // switch itself starts the release and verification is by health alone.
    virtual bool restartsServices() const = 0;
    // Whole sentences ("This rollback does not revert …."): what a switch back (a rollback) or ahead
    // (a roll-forward) leaves as it is, besides migrations, which the plan names itself.
    virtual QStringList notReverted(bool forward) const = 0;
    // What a health endpoint may report as its version when the host runs `release`.
    virtual QStringList versionsOf(const ReleaseOnHost &release) const;

    // The strategy an app's configuration names; nullptr for one this build does not know.
    static std::unique_ptr<ReleaseStrategy> forApp(const AppConfig &app);
    static std::unique_ptr<ReleaseStrategy> named(const QString &name);

protected:
    // A time as `docker ps` / `docker image ls` print it ("2026-12-03 20:58:20 +0000 UTC"), in UTC;
    // invalid when it is not one.
    static QDateTime fromDockerTime(const QString &text);
};

} // namespace opsdeck
