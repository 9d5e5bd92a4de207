#include "PostgresSchema.h"

#include "PostgresApprovalSql.h"
#include "PostgresChecklistSql.h"
#include "PostgresHardeningSql.h"
#include "PostgresConnection.h"
#include "PostgresLockSql.h"

#include "../support/LogCategories.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <pqxx/connection>
#include <pqxx/except>
#include <pqxx/transaction>

namespace opsdeck::PostgresSchema {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(PostgresSchema)
};

// Serialises migrations across consoles (and databases: roles are cluster-wide).
constexpr long long migrationLock = 0x0b5dec4001LL;

struct Step {
    int version;
    const char *description;
    std::vector<const char *> sql; // run in order, in the migration's transaction
};

// The canonical form of AuditChain.h, in SQL. Must produce the same bytes as AuditChain::canonical.
const char *const chainFunctions = R"SQL(
CREATE OR REPLACE FUNCTION opsdeck.chain_field(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT octet_length(value)::text || ':' || value || ';' $$;

CREATE OR REPLACE FUNCTION opsdeck.chain_canonical(t timestamptz, kind text, environment text, host text,
                                                   service text, actor text, actor_roles text, summary text,
                                                   details text, idem_key text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT opsdeck.chain_field(((extract(epoch FROM t) * 1000000)::bigint)::text)
              || opsdeck.chain_field(kind) || opsdeck.chain_field(environment) || opsdeck.chain_field(host)
              || opsdeck.chain_field(service) || opsdeck.chain_field(actor) || opsdeck.chain_field(actor_roles)
              || opsdeck.chain_field(summary) || opsdeck.chain_field(details) || opsdeck.chain_field(idem_key) $$;
)SQL";

const Step steps[] = {
    {1, "roles, events, audit chain, locks", {R"SQL(
DO $roles$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['opsdeck_operator', 'opsdeck_lead', 'opsdeck_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', r);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- created by a concurrent migration of another database
            END;
        END IF;
    END LOOP;
END
$roles$;
GRANT opsdeck_operator TO opsdeck_lead;
GRANT opsdeck_lead TO opsdeck_admin;
-- Admins create logins for new people (db grant); CREATEROLE is used through SET ROLE opsdeck_admin.
ALTER ROLE opsdeck_admin CREATEROLE;
GRANT opsdeck_operator, opsdeck_lead TO opsdeck_admin WITH ADMIN OPTION;

CREATE SCHEMA IF NOT EXISTS opsdeck;
REVOKE ALL ON SCHEMA opsdeck FROM PUBLIC;
GRANT USAGE ON SCHEMA opsdeck TO opsdeck_operator;

CREATE TABLE opsdeck.events (
    id bigint PRIMARY KEY,
    time timestamptz NOT NULL,
    kind text NOT NULL CHECK (length(kind) BETWEEN 1 AND 200),
    environment text NOT NULL DEFAULT '',
    host text NOT NULL DEFAULT '',
    service text NOT NULL DEFAULT '',
    actor text NOT NULL,
    actor_roles text NOT NULL DEFAULT '',
    summary text NOT NULL CHECK (length(summary) > 0),
    details text NOT NULL DEFAULT '{}' CHECK (details::jsonb IS NOT NULL),
    idem_key text NOT NULL DEFAULT '',
    prev_hash text NOT NULL,
    hash text NOT NULL
);
CREATE UNIQUE INDEX events_key ON opsdeck.events (idem_key) WHERE idem_key <> '';
CREATE INDEX events_time ON opsdeck.events (time);
CREATE INDEX events_environment ON opsdeck.events (environment, id);
CREATE INDEX events_host ON opsdeck.events (host, id);
CREATE INDEX events_kind ON opsdeck.events (kind text_pattern_ops, id);
CREATE INDEX events_actor ON opsdeck.events (actor, id);

-- The chain head: one row, locked by every insert, so ids, times and links follow commit order.
CREATE TABLE opsdeck.audit_head (
    one int PRIMARY KEY CHECK (one = 1),
    last_id bigint NOT NULL,
    last_hash text NOT NULL,
    last_time timestamptz NOT NULL
);
INSERT INTO opsdeck.audit_head VALUES (1, 0, repeat('0', 64), '-infinity');

-- Kinds only some roles may record: an exact kind, or a prefix ending in '.'.
CREATE TABLE opsdeck.kind_rules (
    kind text PRIMARY KEY,
    required_role name NOT NULL
);
INSERT INTO opsdeck.kind_rules VALUES ('incident.resolved', 'opsdeck_lead'),
                                      ('access.', 'opsdeck_admin');

CREATE TABLE opsdeck.action_locks (
    target text PRIMARY KEY,
    holder text NOT NULL DEFAULT session_user,
    console text NOT NULL,
    reason text NOT NULL,
    acquired_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    expires_at timestamptz NOT NULL
);
)SQL"}},
    {2, "audit chain trigger, append-only triggers, notifications", {R"SQL(
CREATE OR REPLACE FUNCTION opsdeck.events_before_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    head opsdeck.audit_head%ROWTYPE;
    rule opsdeck.kind_rules%ROWTYPE;
    last_id bigint;
    last_hash text;
    last_time timestamptz;
    t timestamptz;
BEGIN
    -- One writer at a time: the id, the time and the link are taken under the head's row lock,
    -- held until commit, so ids are gapless and in commit order.
    SELECT * INTO head FROM opsdeck.audit_head WHERE one = 1 FOR UPDATE;
    -- Rows this transaction already inserted lie beyond the head (brought up to date per statement).
    SELECT e.id, e.hash, e.time INTO last_id, last_hash, last_time
        FROM opsdeck.events e WHERE e.id > head.last_id ORDER BY e.id DESC LIMIT 1;
    IF NOT FOUND THEN
        last_id := head.last_id;
        last_hash := head.last_hash;
        last_time := head.last_time;
    END IF;
    IF NEW.idem_key <> '' AND EXISTS (SELECT 1 FROM opsdeck.events WHERE idem_key = NEW.idem_key AND idem_key <> '') THEN
        RETURN NULL; -- already stored (a replay after an in-doubt commit): keep one row per key
    END IF;
    FOR rule IN SELECT * FROM opsdeck.kind_rules
                WHERE kind = NEW.kind OR (right(kind, 1) = '.' AND starts_with(NEW.kind, kind)) LOOP
        IF NOT pg_has_role(session_user, rule.required_role, 'MEMBER') THEN
            RAISE EXCEPTION '% may not record %: it takes the role %', session_user, NEW.kind, rule.required_role
                USING ERRCODE = 'insufficient_privilege';
        END IF;
    END LOOP;
    t := greatest(clock_timestamp(), last_time + interval '1 microsecond');
    NEW.id := last_id + 1;
    NEW.time := t;
    NEW.actor := session_user;
    SELECT coalesce(string_agg(r, ',' ORDER BY r), '') INTO NEW.actor_roles
        FROM unnest(ARRAY['opsdeck_admin', 'opsdeck_lead', 'opsdeck_operator']) AS r
        WHERE pg_has_role(session_user, r, 'MEMBER');
    NEW.environment := coalesce(NEW.environment, '');
    NEW.host := coalesce(NEW.host, '');
    NEW.service := coalesce(NEW.service, '');
    NEW.details := coalesce(NEW.details, '{}');
    NEW.idem_key := coalesce(NEW.idem_key, '');
    NEW.prev_hash := last_hash;
    NEW.hash := encode(sha256(convert_to(last_hash || '|'
                    || opsdeck.chain_canonical(t, NEW.kind, NEW.environment, NEW.host, NEW.service, NEW.actor,
                                               NEW.actor_roles, NEW.summary, NEW.details, NEW.idem_key), 'UTF8')), 'hex');
    RETURN NEW;
END
$$;
CREATE TRIGGER events_chain BEFORE INSERT ON opsdeck.events
    FOR EACH ROW EXECUTE FUNCTION opsdeck.events_before_insert();

-- Once per statement: move the chain head to the last row, and wake the listening consoles.
CREATE OR REPLACE FUNCTION opsdeck.events_after_insert() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    UPDATE opsdeck.audit_head h SET last_id = e.id, last_hash = e.hash, last_time = e.time
        FROM (SELECT id, hash, time FROM opsdeck.events
              WHERE id > (SELECT last_id FROM opsdeck.audit_head WHERE one = 1) ORDER BY id DESC LIMIT 1) e
        WHERE h.one = 1;
    PERFORM pg_notify('opsdeck_events', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER events_after_insert AFTER INSERT ON opsdeck.events
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.events_after_insert();

CREATE OR REPLACE FUNCTION opsdeck.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER events_append_only BEFORE UPDATE OR DELETE ON opsdeck.events
    FOR EACH ROW EXECUTE FUNCTION opsdeck.refuse_change();
CREATE TRIGGER events_no_truncate BEFORE TRUNCATE ON opsdeck.events
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.refuse_change();
CREATE TRIGGER audit_head_no_delete BEFORE DELETE ON opsdeck.audit_head
    FOR EACH ROW EXECUTE FUNCTION opsdeck.refuse_change();
CREATE TRIGGER audit_head_no_truncate BEFORE TRUNCATE ON opsdeck.audit_head
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.refuse_change();

REVOKE ALL ON ALL TABLES IN SCHEMA opsdeck FROM PUBLIC;
GRANT SELECT ON opsdeck.events, opsdeck.audit_head, opsdeck.kind_rules, opsdeck.schema_version TO opsdeck_operator;
GRANT INSERT (kind, environment, host, service, summary, details, idem_key) ON opsdeck.events TO opsdeck_operator;
GRANT SELECT, INSERT, UPDATE, DELETE ON opsdeck.action_locks TO opsdeck_operator;
REVOKE ALL ON FUNCTION opsdeck.events_before_insert(), opsdeck.events_after_insert() FROM PUBLIC;
)SQL"}},
    {3, "trigram index for the timeline's text filter", {R"SQL(
DO $trgm$
DECLARE home text;
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA opsdeck;
    SELECT n.nspname INTO home FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
        WHERE e.extname = 'pg_trgm';
    EXECUTE format('CREATE INDEX events_text ON opsdeck.events USING gin ((%s) %I.gin_trgm_ops)',
                   'summary || chr(10) || kind || chr(10) || host || chr(10) || service || chr(10) || actor', home);
END
$trgm$;
)SQL"}},
    {4, "deployment checklists: runs, items and signatures, their rules enforced by the database", {R"SQL(
-- A checklist run is a sequence of checklist.* events (the audit log stays the one record). Every such
-- insert goes through the checklist trigger (step 5), which checks it against the run's state below
-- and refuses what the rules forbid, whoever sends it and however (a console that skips its own
-- checks, or direct SQL). These tables are that state: readable by every OpsDeck user, changed only by
-- the trigger (not even the owner writes them directly without switching triggers off).
CREATE TABLE opsdeck.checklist_runs (
    run text PRIMARY KEY,
    environment text NOT NULL,
    release text NOT NULL,
    template text NOT NULL,
    creator text NOT NULL,
    started_event bigint NOT NULL,
    started_at timestamptz NOT NULL,
    plan text NOT NULL,
    plan_hash text NOT NULL,
    expires_at timestamptz,          -- set by the first signature: its time plus the plan's validity
    voided_at timestamptz,
    voided_by text,
    void_reason text
);
CREATE TABLE opsdeck.checklist_items (
    run text NOT NULL REFERENCES opsdeck.checklist_runs,
    item text NOT NULL,
    definition jsonb NOT NULL,
    required boolean NOT NULL,
    role text NOT NULL,              -- '' : anyone may tick it
    automatic boolean NOT NULL,      -- done only by passing evidence
    in_plan boolean NOT NULL DEFAULT true,
    done boolean NOT NULL DEFAULT false,
    done_by text,
    done_at timestamptz,
    done_event bigint,
    PRIMARY KEY (run, item)
);
CREATE TABLE opsdeck.checklist_signatures (
    event_id bigint PRIMARY KEY,
    run text NOT NULL REFERENCES opsdeck.checklist_runs,
    role text NOT NULL,
    signer text NOT NULL,
    signed_at timestamptz NOT NULL,
    plan_hash text NOT NULL,
    ended_at timestamptz,
    ended_by text,
    end_kind text CHECK (end_kind IN ('revoked', 'voided')),
    end_reason text
);
CREATE INDEX checklist_signatures_run ON opsdeck.checklist_signatures (run);
CREATE INDEX checklist_runs_environment ON opsdeck.checklist_runs (environment, started_event);

-- Sign-off roles are cluster roles named opsdeck_signer_<role> (opsdeck db grant LOGIN signer:<role>).
CREATE FUNCTION opsdeck.holds_team_role(login name, team_role text) RETURNS boolean
    LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp
    AS $$ SELECT EXISTS (SELECT 1 FROM pg_roles r WHERE r.rolname = 'opsdeck_signer_' || team_role
                          AND pg_has_role(login, r.oid, 'MEMBER')) $$;

-- The plan's shape, as far as the rules depend on it (the rest is hashed, not interpreted).
CREATE FUNCTION opsdeck.checklist_check_plan(p jsonb) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    items int;
    ids int;
    roles int;
BEGIN
    IF jsonb_typeof(p) <> 'object' OR jsonb_typeof(p->'template') <> 'object'
       OR jsonb_typeof(p->'template'->'sections') <> 'array' OR jsonb_typeof(p->'template'->'signoff') <> 'object'
       OR jsonb_typeof(p->'release') <> 'object' OR coalesce(p->'release'->>'version', '') = '' THEN
        RAISE EXCEPTION 'the plan is not a checklist plan (template sections, sign-off and release are needed)';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p->'template'->'sections') s WHERE jsonb_typeof(s->'items') <> 'array') THEN
        RAISE EXCEPTION 'every section of the plan needs a list of items';
    END IF;
    SELECT count(*), count(DISTINCT i->>'id') INTO items, ids
        FROM jsonb_array_elements(p->'template'->'sections') s, jsonb_array_elements(s->'items') i;
    IF items = 0 OR items <> ids THEN
        RAISE EXCEPTION 'the plan needs items with distinct ids';
    END IF;
    IF EXISTS (SELECT 1 FROM jsonb_array_elements(p->'template'->'sections') s, jsonb_array_elements(s->'items') i
               WHERE coalesce(i->>'id', '') = '' OR jsonb_typeof(i->'required') <> 'boolean') THEN
        RAISE EXCEPTION 'every item of the plan needs an id and required: true or false';
    END IF;
    IF jsonb_typeof(p->'template'->'signoff'->'roles') <> 'array'
       OR jsonb_typeof(p->'template'->'signoff'->'distinctSigners') <> 'boolean'
       OR jsonb_typeof(p->'template'->'signoff'->'creatorMaySign') <> 'boolean'
       OR jsonb_typeof(p->'template'->'signoff'->'validitySeconds') <> 'number'
       OR (p->'template'->'signoff'->>'validitySeconds')::numeric <= 0 THEN
        RAISE EXCEPTION 'the plan''s sign-off needs roles, distinctSigners, creatorMaySign and a positive validitySeconds';
    END IF;
    SELECT count(*) INTO roles FROM jsonb_array_elements(p->'template'->'signoff'->'roles') r
        WHERE coalesce(r->>'role', '') ~ '^[a-z][a-z0-9_]{0,47}$' AND jsonb_typeof(r->'count') = 'number'
              AND (r->>'count')::numeric >= 1;
    IF roles = 0 OR roles <> jsonb_array_length(p->'template'->'signoff'->'roles')
       OR roles <> (SELECT count(DISTINCT r->>'role') FROM jsonb_array_elements(p->'template'->'signoff'->'roles') r) THEN
        RAISE EXCEPTION 'the plan''s sign-off needs at least one role, each named once with a count of at least 1';
    END IF;
END
$$;

CREATE FUNCTION opsdeck.checklist_refuse(message text, code text DEFAULT 'P0001') RETURNS void
    LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION USING MESSAGE = message, ERRCODE = code; END $$;

-- The state tables change only from inside the checklist trigger (depth 2); signatures are never
-- deleted and end at most once; nothing is ever deleted or truncated.
CREATE FUNCTION opsdeck.checklist_state_guard() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'TRUNCATE') THEN
        RAISE EXCEPTION 'checklist records are append-only: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF pg_trigger_depth() < 2 THEN
        RAISE EXCEPTION 'checklist records change only through checklist events: % on % refused', TG_OP, TG_TABLE_NAME
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF TG_TABLE_NAME = 'checklist_signatures' AND TG_OP = 'UPDATE' THEN
        IF OLD.ended_at IS NOT NULL
           OR (NEW.event_id, NEW.run, NEW.role, NEW.signer, NEW.signed_at, NEW.plan_hash)
              IS DISTINCT FROM (OLD.event_id, OLD.run, OLD.role, OLD.signer, OLD.signed_at, OLD.plan_hash) THEN
            RAISE EXCEPTION 'a signature cannot be changed, only revoked or voided once' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER checklist_runs_guard BEFORE INSERT OR UPDATE OR DELETE ON opsdeck.checklist_runs
    FOR EACH ROW EXECUTE FUNCTION opsdeck.checklist_state_guard();
CREATE TRIGGER checklist_items_guard BEFORE INSERT OR UPDATE OR DELETE ON opsdeck.checklist_items
    FOR EACH ROW EXECUTE FUNCTION opsdeck.checklist_state_guard();
CREATE TRIGGER checklist_signatures_guard BEFORE INSERT OR UPDATE OR DELETE ON opsdeck.checklist_signatures
    FOR EACH ROW EXECUTE FUNCTION opsdeck.checklist_state_guard();
CREATE TRIGGER checklist_runs_no_truncate BEFORE TRUNCATE ON opsdeck.checklist_runs
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.checklist_state_guard();
CREATE TRIGGER checklist_items_no_truncate BEFORE TRUNCATE ON opsdeck.checklist_items
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.checklist_state_guard();
CREATE TRIGGER checklist_signatures_no_truncate BEFORE TRUNCATE ON opsdeck.checklist_signatures
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.checklist_state_guard();

REVOKE ALL ON opsdeck.checklist_runs, opsdeck.checklist_items, opsdeck.checklist_signatures FROM PUBLIC;
GRANT SELECT ON opsdeck.checklist_runs, opsdeck.checklist_items, opsdeck.checklist_signatures TO opsdeck_operator;
)SQL"}},
    {5, "checklist refusals are recorded in the audit log", {R"SQL(
-- Step 4 refused a forbidden checklist event by raising an error, so the refusal rolled back with the
-- statement and only PostgreSQL's server log knew of it. Now the rules run in a BEFORE trigger after the
-- chain trigger (triggers fire in name order: events_chain, events_checklist): allowed, the event is
-- stored as sent; refused, the same row is stored as a checklist.refused event naming who tried what
-- and why (the attempt kept in details.attempt), the transaction goes on, and the sender is warned.
DROP TRIGGER IF EXISTS events_checklist ON opsdeck.events;
DROP FUNCTION IF EXISTS opsdeck.checklist_apply();
)SQL", Sql::checklistApply, Sql::checklistAdmit}},
    {6, "no OpsDeck role may create roles: grants go through opsdeck.set_access, owned by opsdeck_grantor",
     {Sql::accessFunctions}},
    {7, "size limits on every text column of events, locks and checklist state", {Sql::eventLimits}},
    {8, "a checklist signature counts only with the signer's own checks", {Sql::ownChecks, Sql::checklistApply}},
    {9, "the store's identity", {R"SQL(
-- A UUID the database gets once and keeps: a database created anew at the same address is another
-- store, and `opsdeck audit verify` says so instead of calling its history rewritten. Nobody changes it,
-- the owner included (a restored backup keeps it: the same history).
CREATE TABLE opsdeck.store_identity (
    one int PRIMARY KEY DEFAULT 1 CHECK (one = 1),
    id uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO opsdeck.store_identity DEFAULT VALUES;
CREATE TRIGGER store_identity_no_change BEFORE UPDATE OR DELETE ON opsdeck.store_identity
    FOR EACH ROW EXECUTE FUNCTION opsdeck.refuse_change();
CREATE TRIGGER store_identity_no_truncate BEFORE TRUNCATE ON opsdeck.store_identity
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.refuse_change();
REVOKE ALL ON opsdeck.store_identity FROM PUBLIC;
GRANT SELECT ON opsdeck.store_identity TO opsdeck_operator;
)SQL"}},
    {10, "action locks written only through functions that set the holder to session_user; break-glass for leads",
     {Sql::lockFunctions}},
    {11, "second-person approval: requests bound to a plan hash, decided by another person through functions",
     {Sql::approvalFunctions}},
    {12, "a set of action locks taken (all or nothing), renewed and released in one call, with the rules of step 10",
     {Sql::lockSetFunctions}},
};

QString applyMigrations(pqxx::connection &connection, MigrateResult &result, int targetVersion)
{
    pqxx::work txn(connection, "opsdeck-migrate");
    txn.exec_params("SELECT pg_advisory_xact_lock($1)", migrationLock);
    const std::string encoding = txn.exec1("SHOW server_encoding")[0].as<std::string>();
    if (encoding != "UTF8")
        return Text::tr("the database's encoding is %1; the team store needs a UTF8 database (CREATE DATABASE … ENCODING 'UTF8')")
            .arg(QString::fromStdString(encoding));
    txn.exec0("CREATE SCHEMA IF NOT EXISTS opsdeck");
    txn.exec0("CREATE TABLE IF NOT EXISTS opsdeck.schema_version (version int PRIMARY KEY, description text NOT NULL,"
              " applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT session_user)");
    int current = txn.exec1("SELECT coalesce(max(version), 0) FROM opsdeck.schema_version")[0].as<int>();
    result.fromVersion = current;
    if (current > latestVersion())
        return Text::tr("the database has schema version %1, newer than this OpsDeck understands (%2); upgrade OpsDeck")
            .arg(current)
            .arg(latestVersion());
    txn.exec0(chainFunctions);
    for (const Step &step : steps) {
        if (step.version <= current || step.version > targetVersion)
            continue;
        for (const char *sql : step.sql)
            txn.exec0(sql);
        txn.exec_params("INSERT INTO opsdeck.schema_version (version, description) VALUES ($1, $2)", step.version,
                        std::string(step.description));
        result.applied << QStringLiteral("%1 %2").arg(step.version).arg(QString::fromUtf8(step.description));
        current = step.version;
    }
    txn.commit();
    result.toVersion = current;
    return {};
}

// The server's primary message: "ERROR:  there is no login named x", without the PL/pgSQL context.
QString primaryMessage(const std::exception &error)
{
    QString message = Postgres::message(error).section(u'\n', 0, 0).trimmed();
    if (message.startsWith(QLatin1String("ERROR:")))
        message = message.mid(6).trimmed();
    return message;
}

// Through opsdeck.set_access (step 6), which checks, changes and records in one transaction; the caller
// needs no power of its own beyond being an admin (superusers are members of every role).
QString grantOrRevoke(const QString &conninfo, const QString &login, const QString &shortRole, bool grant)
{
    const QString role = roleName(shortRole);
    if (role.isEmpty())
        return Text::tr("unknown role '%1'; use operator, lead, admin or signer:ROLE").arg(shortRole);
    if (login.isEmpty() || login.size() > 63)
        return Text::tr("a login name of 1 to 63 characters is needed");
    try {
        auto connection = Postgres::connect(conninfo);
        pqxx::work txn(connection->db, "opsdeck-grant");
        if (!txn.exec1("SELECT pg_has_role(session_user, 'opsdeck_admin', 'MEMBER')")[0].as<bool>())
            return Text::tr("only members of opsdeck_admin may grant or revoke OpsDeck roles");
        const long long eventId =
            txn.exec_params1("SELECT opsdeck.set_access($1, $2, $3)", login.toStdString(), role.toStdString(), grant)[0]
                .as<long long>();
        txn.commit();
        qCInfo(lcStore) << (grant ? "granted" : "revoked") << role << (grant ? "to" : "from") << login << "event" << eventId;
        return {};
    } catch (const std::exception &error) {
        return primaryMessage(error);
    }
}

} // namespace

int latestVersion()
{
    return std::end(steps)[-1].version;
}

MigrateResult migrate(const QString &conninfo)
{
    return migrateTo(conninfo, latestVersion());
}

MigrateResult migrateTo(const QString &conninfo, int targetVersion)
{
    MigrateResult result;
    try {
        auto connection = Postgres::connect(conninfo);
        result.error = applyMigrations(connection->db, result, targetVersion);
    } catch (const std::exception &error) {
        result.error = Postgres::message(error);
    }
    if (!result.error.isEmpty())
        result.toVersion = result.fromVersion;
    return result;
}

QString roleName(const QString &shortName)
{
    static const QRegularExpression teamRole(QStringLiteral("^(signer:|opsdeck_signer_)([a-z][a-z0-9_]{0,47})$"));
    if (const auto match = teamRole.match(shortName); match.hasMatch())
        return QStringLiteral("opsdeck_signer_") + match.captured(2);
    if (shortName == QStringLiteral("operator") || shortName == QStringLiteral("lead") || shortName == QStringLiteral("admin"))
        return QStringLiteral("opsdeck_") + shortName;
    if (shortName == QStringLiteral("opsdeck_operator") || shortName == QStringLiteral("opsdeck_lead")
        || shortName == QStringLiteral("opsdeck_admin"))
        return shortName;
    return {};
}

QString grant(const QString &conninfo, const QString &login, const QString &shortRole)
{
    return grantOrRevoke(conninfo, login, shortRole, true);
}

QString revoke(const QString &conninfo, const QString &login, const QString &shortRole)
{
    return grantOrRevoke(conninfo, login, shortRole, false);
}

} // namespace opsdeck::PostgresSchema
