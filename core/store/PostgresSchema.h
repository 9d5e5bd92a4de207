#pragma once

// The team store's schema in PostgreSQL, its roles, and the administrative verbs over them
// (`opsdeck db migrate`, `opsdeck db grant|revoke`). Blocking; call from a worker thread or the CLI.
//
// Everything lives in the schema "opsdeck". Roles (cluster-wide, NOLOGIN; none holds SUPERUSER,
// CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS, step 6):
//   opsdeck_operator  read everything; record events; take, renew and release its own action locks
//                     (only through the opsdeck.lock_* functions, step 10: the holder is session_user)
//   opsdeck_lead      an operator who may also record lead-only kinds (opsdeck.kind_rules) and break
//                     anyone's action lock with a reason (opsdeck.lock_break, recorded as lock.broken)
//   opsdeck_admin     a lead who may grant and revoke the OpsDeck roles (db grant), through
//                     opsdeck.set_access only: it has no ADMIN OPTION and may not create or alter roles
//   opsdeck_signer_*  a checklist sign-off role ("signer:devops_lead"), made by the first grant; an operator
//   opsdeck_grantor   owns opsdeck.set_access (SECURITY DEFINER) and is the one role with ADMIN OPTION on
//                     the roles above; nobody is a member of it. Creating a login for a new name is done
//                     by opsdeck.create_login, owned by whoever ran the migration (who may create roles)
// Every text column of the events, locks and checklist state has a size limit (step 7, EventLimits.h).
// Checklist runs (steps 4, 5, 8) are checklist.* events checked by a trigger against the run's state
// (opsdeck.checklist_runs, _items, _signatures, _evidence): who may tick, sign, revoke, change or void
// what; a signature needs the signer's own recent checks of the automatic items (step 8). A
// refused event is stored as a checklist.refused event in its place (the refusal is audited, not rolled
// back); PostgresEventStore turns that into a failure with recordedAs set.
// The events table is append-only: application roles may only INSERT (some columns) and SELECT;
// triggers refuse UPDATE, DELETE and TRUNCATE even for the owner; a SECURITY DEFINER trigger assigns
// id, time (the server's clock), actor (session_user) and the audit chain link under one lock.
// opsdeck.store_identity (step 9) holds the database's own UUID, made once (EventStore::storeId).
// opsdeck.approvals (step 11): second-person approval requests, written only through the opsdeck.approval_*
// functions, which set requester and approver to session_user and refuse self-approval, another plan hash
// and an expired request (PostgresApprovalSql.h).
// Step 12: a set of action locks in one call (opsdeck.lock_acquire_set, all or nothing; lock_renew_set,
// lock_release_set), with the rules of step 10 (PostgresLockSql.h).

#include <QString>
#include <QStringList>

namespace opsdeck::PostgresSchema {

// The version this build writes and reads; older databases must be migrated first.
int latestVersion();

struct MigrateResult {
    int fromVersion = 0;
    int toVersion = 0;
    QStringList applied; // "3 append-only triggers"
    QString error;       // empty on success
};

// Creates or upgrades the schema and roles. Idempotent; concurrent runs are serialised by an
// advisory lock, so two consoles migrating at once apply each step once. conninfo as libpq takes it.
MigrateResult migrate(const QString &conninfo);
// For tests of the upgrade path: applies the steps up to targetVersion only.
MigrateResult migrateTo(const QString &conninfo, int targetVersion);

// "operator" | "lead" | "admin" -> "opsdeck_operator" … ; "signer:devops_lead" -> "opsdeck_signer_devops_lead"
// (a checklist sign-off role: [a-z][a-z0-9_]*, at most 48 characters); empty when unknown.
QString roleName(const QString &shortName);

// Grants (or revokes) an OpsDeck role, or a sign-off role, to a login, through opsdeck.set_access: the
// caller must be an admin (or a superuser). Creates the login (without a password: it authenticates as
// pg_hba.conf says) when no role has that name yet; never alters an existing one. The function records an
// access.granted / access.revoked event in the same transaction. Empty string on success.
QString grant(const QString &conninfo, const QString &login, const QString &shortRole);
QString revoke(const QString &conninfo, const QString &login, const QString &shortRole);

} // namespace opsdeck::PostgresSchema
