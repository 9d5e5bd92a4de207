#pragma once

// How large an event (and an action lock) may be, in UTF-8 bytes: the same numbers in every place
// that stores or reads them. The API refuses a larger event with a clear error before it reaches a
// store (PostgresEventStore, SqliteEventStore, the outbox); the databases refuse it too, whoever
// sends it and however (PostgreSQL: CHECK constraints and a trigger, migration 7; SQLite: triggers,
// schema version 9); and a fetch never reads more than these per column, so a row stored before the
// limits existed cannot take a console's memory (see docs/team-store.md, "How large an event may be").
// The SQL of those migrations spells the numbers out; TestEventStoreContract checks that they agree.

#include "Event.h"

#include <QString>

namespace opsdeck::EventLimits {

constexpr int kindBytes = 200;             // "service.restart.started"
constexpr int nameBytes = 1024;            // environment, host, service, actor, actor roles
constexpr int summaryBytes = 8 * 1024;     // one line for people
constexpr int detailsBytes = 1024 * 1024;  // the JSON text of the details
constexpr int keyBytes = 128;              // the idempotency key (a UUID)
constexpr int hashBytes = 128;             // the chain links (64 hex digits)

constexpr int lockTargetBytes = 4 * 1024;  // "production/web-1/web"
constexpr int lockConsoleBytes = nameBytes; // "host:pid"
constexpr int lockReasonBytes = summaryBytes;
constexpr int lockSetSize = 10'000;         // targets taken, renewed or released in one transaction

// The audit chain's verifier reads rows whole (it hashes their exact bytes), in batches of at most this
// many bytes past their first row.
constexpr qint64 auditBatchBytes = 64 * 1024 * 1024;

// A fetch that finds a row's details larger than detailsBytes (written before the limits) returns
// {"detailsOmitted": <bytes>} in their place, and at most the first summaryBytes characters of the
// summary, nameBytes of the names: bounded whatever is stored.
inline const char *omittedDetailsKey() { return "detailsOmitted"; }

// Empty when the event fits; otherwise why not, for people ("the event is too large: 8388619 bytes of
// details, at most 1048576 (1 MiB) are stored").
QString check(const Event &event);
// The same for the details as the store will write them (AuditChain::detailsText), already computed.
QString check(const Event &event, qsizetype detailsTextBytes);
QString checkLock(const QString &target, const QString &console, const QString &reason);
// The same for a set of locks asked for at once: 1 to lockSetSize targets, none empty, each within
// the limits of one lock.
QString checkLockSet(const QStringList &targets, const QString &console, const QString &reason);

} // namespace opsdeck::EventLimits
