#pragma once

// `kamal rollback VERSION` run on the control host of a Kamal app (kamal_control in the fleet
// file): the command the control host's shell receives, which the plan shows as it is, and the check
// of the control host before anything changes. Every value is a quoted argument; the version must
// pass ReleaseInventory::checkReleaseName, the path RemoteValueRules::checkRemotePath and the
// destination Kamal's name rule, or no command is built. Pure; thread-safe.

#include "config/FleetConfig.h"

namespace opsdeck::KamalControl {

// Whether a switch of every host of the app runs `kamal rollback` on a control host.
bool configured(const AppConfig &app);
// Empty when the command may be built for `version`; else why not (a sentence).
QString check(const AppConfig &app, const QString &version);
// 'cd' '--' 'PATH' && 'kamal' 'rollback' 'VERSION' ['-d' 'DESTINATION']; empty when check() refuses.
QString rollbackCommand(const AppConfig &app, const QString &version);
// Exits 0 when the project directory holds config/deploy.yml (and config/deploy.DESTINATION.yml)
// and kamal is on the PATH; else prints why and exits non-zero. Changes nothing. Empty when the
// configuration is not one a command may be built from.
QString preflightCommand(const AppConfig &app);

} // namespace opsdeck::KamalControl
