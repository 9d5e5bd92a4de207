#pragma once

// How an app's releases are laid out on its hosts, and what it takes to read them. One
// implementation per deploy tool (Capistrano today; Kamal and docker compose build on the same
// interface). A strategy only builds commands from configuration values and parses what hosts
// answer: it never runs anything itself. Pure; thread-safe.

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

    // The strategy an app's configuration names; nullptr for one this build does not know.
    static std::unique_ptr<ReleaseStrategy> forApp(const AppConfig &app);
};

} // namespace opsdeck
