#pragma once

// Internal to PostgresSchema.cpp: the action locks' functions in SQL (schema step 10). Operators no
// longer write opsdeck.action_locks themselves; these SECURITY DEFINER functions do, as session_user:
//   lock_acquire(target, console, reason, ttl_ms)  take a free or lapsed lock, or renew one's own
//   lock_renew(target, console, ttl_ms)            the heartbeat: extend one's own lock, or say it is gone
//   lock_release(target, console)                  drop one's own lock
//   lock_break(target, reason)                     a lead removes anyone's lock; recorded as lock.broken
// and, for a guarded action's whole set of targets in one call (schema step 12):
//   lock_acquire_set(targets[], console, reason, ttl_ms)  all or nothing: every lock, or none and every
//                                                       lock of the set another console holds
//   lock_renew_set(targets[], console, ttl_ms)     the heartbeat for the set: one row per existing lock
//   lock_release_set(targets[], console)           drop one's own locks of the set; how many

namespace opsdeck::PostgresSchema::Sql {

extern const char *const lockFunctions;
extern const char *const lockSetFunctions;

} // namespace opsdeck::PostgresSchema::Sql
