#pragma once

// The remote commands for service controls, built from validated configuration values only.
// Pure; thread-safe.

#include "config/FleetConfig.h"

#include <QString>
#include <QStringList>

namespace opsdeck {

enum class ServiceVerb { Start, Stop, Restart, Reload };

QString serviceVerbName(ServiceVerb verb); // "restart"
std::optional<ServiceVerb> serviceVerbFromName(const QString &name);

namespace ServiceCommands {
// `systemctl show -p … -- UNIT…` for every unit of a host in one round trip.
QString show(const QStringList &units);
// The action; a configured restart_command replaces `systemctl restart`.
QString action(ServiceVerb verb, const ServiceConfig &service);
// `journalctl -u UNIT -n LINES --no-pager`.
QString logs(const ServiceConfig &service, int lines);
} // namespace ServiceCommands

} // namespace opsdeck
