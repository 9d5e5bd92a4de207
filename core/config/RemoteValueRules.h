#pragma once

// The rules every value from a configuration file or a user must pass before it may appear in a
// command sent to a remote shell. Each returns an empty string when the value is acceptable, or
// the reason it is not (a sentence for the user).
// Thread-safe: pure functions.

#include <QString>

namespace opsdeck::RemoteValueRules {

QString checkName(const QString &name);        // environment, host, service, app, backup, role, login
QString checkHostAddress(const QString &host); // DNS name, IPv4 or IPv6 literal
QString checkUserName(const QString &user);    // POSIX portable user name
QString checkUnitName(const QString &unit);    // systemd.unit(5) name with suffix
QString checkRemotePath(const QString &path);  // absolute path without shell metacharacters
QString checkGlob(const QString &pattern);     // file-name pattern with * and ? only
QString checkArgument(const QString &argument); // one argv element of a configured command

// "nginx" -> "nginx.service"; names that already carry a unit suffix are returned as they are.
QString normalizeUnitName(const QString &unit);

// Single-quotes a value for a POSIX shell: every byte is taken literally.
QString shellQuote(const QString &value);

} // namespace opsdeck::RemoteValueRules
