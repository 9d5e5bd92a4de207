#pragma once

// The team store's schema in PostgreSQL, its roles, and the administrative verbs over them
// (`opsdeck db migrate`, `opsdeck db grant|revoke`). Blocking; call from a worker thread or the CLI.
//
// Everything lives in the schema "opsdeck". Roles (cluster-wide, NOLOGIN):
//   opsdeck_operator  read everything; record events; take, renew and release its own action locks
//                     (only through the opsdeck.lock_* functions, step 10: the holder is session_user)
//   opsdeck_lead      an operator who may also record lead-only kinds (opsdeck.kind_rules) and break
//                     anyone's action lock with a reason (opsdeck.lock_break, recorded as lock.broken)
//   opsdeck_admin     a lead who may grant and revoke the three roles (db grant)
//   opsdeck_signer_*  a checklist sign-off role ("signer:devops_lead"), made by the first grant; an operator
// Checklist runs (steps 4, 5) are checklist.* events checked by a trigger against the run's state
// (opsdeck.checklist_runs, _items, _signatures): who may tick, sign, revoke, change or void what. A
// refused event is stored as a checklist.refused event in its place (the refusal is audited, not rolled
// back); PostgresEventStore turns that into a failure with recordedAs set.
// The events table is append-only: application roles may only INSERT (some columns) and SELECT;
// triggers refuse UPDATE, DELETE and TRUNCATE even for the owner; a SECURITY DEFINER trigger assigns
// id, time (the server's clock), actor (session_user) and the audit chain link under one lock.

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

// "operator" | "lead" | "admin" -> "opsdeck_operator" … ; "signer:devops_lead" -> "opsdeck_signer_devops_lead"
// (a checklist sign-off role: [a-z][a-z0-9_]*, at most 48 characters); empty when unknown.
QString roleName(const QString &shortName);

// Grants (or revokes) an OpsDeck role, or a sign-off role, to a login. Creates the login (without a password: it
// authenticates as pg_hba.conf says) when missing and the caller may create roles. The caller acts
// through opsdeck_admin. Records an access.granted / access.revoked event. Empty string on success.
QString grant(const QString &conninfo, const QString &login, const QString &shortRole);
QString revoke(const QString &conninfo, const QString &login, const QString &shortRole);

} // namespace opsdeck::PostgresSchema
