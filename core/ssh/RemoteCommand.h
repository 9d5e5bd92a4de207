#pragma once

// Builds the one string a remote shell receives from an argv whose every element is quoted, so no
// value can become shell syntax. Values are checked by RemoteValueRules before they get here; the
// quoting is the second line of defence. Pure; thread-safe.

#include <QStringList>

namespace opsdeck::RemoteCommand {

// "sudo -n -- 'systemctl' 'restart' '--' 'web.service'": -n makes a password prompt fail at once
// instead of hanging the channel.
QString build(const QStringList &argv, bool sudo = false);

} // namespace opsdeck::RemoteCommand
