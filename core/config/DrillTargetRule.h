#pragma once

// The one rule that keeps a restore drill away from live data: a drill target (`drill:` of a backup
// location) may not be the server and database of any configured live database (`live_db:` of any
// location). The same server is the same port and a host that is the same name (case-insensitive),
// the same address, or a name resolving to a shared address ("localhost" is 127.0.0.1 and ::1); the
// same database is the drill's maintenance database, or a live database whose name a scratch
// database could take (it starts with the drill's database_prefix). Applied without name resolution
// when the configuration loads, with it by check-config and before every drill. Any thread.

#include "FleetConfig.h"

#include <functional>

namespace opsdeck::DrillTargetRule {

// The addresses a host name stands for; the literal form of an address, and "localhost", need no lookup.
using Resolver = std::function<QStringList(const QString &host)>;
// Literal addresses and localhost only: what can be said without asking DNS.
QStringList literalAddresses(const QString &host);
// literalAddresses plus the system resolver's answer (blocking: not on the UI thread).
QStringList resolvedAddresses(const QString &host);

// One sentence naming the live database the drill target could touch, or empty when it is safe.
QString liveConflict(const FleetConfig &config, const DrillTarget &drill, const Resolver &resolve);
// Every configured drill target checked against every live database: one sentence per conflict,
// "ENV/HOST/LOCATION: …".
QStringList conflicts(const FleetConfig &config, const Resolver &resolve);

// database_prefix: a lowercase SQL identifier start, so the generated name needs no quoting rules.
QString checkDatabasePrefix(const QString &prefix);

} // namespace opsdeck::DrillTargetRule
