// The SQL of schema steps 6 and 7 (see PostgresHardeningSql.h), apart from the migration list for its
// length. Both run in the migration's transaction, as the role that runs `opsdeck db migrate`: a
// superuser, or a DBA with CREATEROLE (who then owns opsdeck.create_login and create_signer_role).

#include "PostgresHardeningSql.h"

namespace opsdeck::PostgresSchema::Sql {

// Step 6. Until now opsdeck_admin held CREATEROLE, used through SET ROLE: on PostgreSQL 15 that let any
// admin set another login's password (and so act as that person) and grant itself server roles such as
// pg_execute_server_program (COPY … TO PROGRAM: a shell on the database server), none of it audited.
// Now:
//   - no OpsDeck role (operator, lead, admin, the sign-off roles, the grantor) holds SUPERUSER,
//     CREATEROLE, CREATEDB, REPLICATION or BYPASSRLS, logs in, or has a password;
//   - opsdeck_grantor (NOLOGIN, NOINHERIT, no members) is the one role with ADMIN OPTION on the OpsDeck
//     roles; every other ADMIN OPTION on them is taken away, opsdeck_admin's included;
//   - opsdeck.set_access(login, role, granted), SECURITY DEFINER owned by opsdeck_grantor and executable by
//     opsdeck_admin only, grants or revokes one OpsDeck role to or from one login and records it
//     (access.granted / access.revoked) in the same transaction: a grant is audited however it is made;
//   - a login that does not exist yet is created by opsdeck.create_login, SECURITY DEFINER owned by the
//     role that migrates (CREATEROLE is needed to create a role), executable by opsdeck_grantor only,
//     for a new name only: it never alters an existing role. A sign-off role likewise, by
//     opsdeck.create_signer_role.
const char *const accessFunctions = R"SQL(
DO $grantor$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'opsdeck_grantor') THEN
        BEGIN
            CREATE ROLE opsdeck_grantor NOLOGIN NOINHERIT;
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- created by a concurrent migration of another database (roles are cluster-wide)
        END;
    END IF;
END
$grantor$;

-- The OpsDeck roles keep nothing but their memberships and table privileges. Only what is set is
-- changed: a DBA with CREATEROLE (not a superuser) may migrate a store whose roles are clean.
DO $attributes$
DECLARE
    r record;
BEGIN
    FOR r IN SELECT * FROM pg_roles
             WHERE rolname IN ('opsdeck_operator', 'opsdeck_lead', 'opsdeck_admin', 'opsdeck_grantor')
                OR rolname ~ '^opsdeck_signer_[a-z][a-z0-9_]{0,47}$' LOOP
        IF r.rolsuper THEN
            EXECUTE format('ALTER ROLE %I NOSUPERUSER', r.rolname);
        END IF;
        IF r.rolcreaterole THEN
            EXECUTE format('ALTER ROLE %I NOCREATEROLE', r.rolname);
        END IF;
        IF r.rolcreatedb THEN
            EXECUTE format('ALTER ROLE %I NOCREATEDB', r.rolname);
        END IF;
        IF r.rolreplication THEN
            EXECUTE format('ALTER ROLE %I NOREPLICATION', r.rolname);
        END IF;
        IF r.rolbypassrls THEN
            EXECUTE format('ALTER ROLE %I NOBYPASSRLS', r.rolname);
        END IF;
        IF r.rolcanlogin THEN
            EXECUTE format('ALTER ROLE %I NOLOGIN', r.rolname);
        END IF;
        EXECUTE format('ALTER ROLE %I PASSWORD NULL', r.rolname); -- pg_roles does not say whether one is set
    END LOOP;
    ALTER ROLE opsdeck_grantor NOINHERIT;
END
$attributes$;

-- ADMIN OPTION on an OpsDeck role stays with opsdeck_grantor alone (a GRANT typed in psql would not be
-- audited); nobody is a member of opsdeck_grantor; it is a member of nothing but the OpsDeck roles.
DO $admin_option$
DECLARE
    m record;
BEGIN
    FOR m IN SELECT r.rolname AS role, u.rolname AS member
             FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member
             WHERE a.admin_option AND u.rolname <> 'opsdeck_grantor'
               AND (r.rolname IN ('opsdeck_operator', 'opsdeck_lead', 'opsdeck_admin')
                    OR r.rolname ~ '^opsdeck_signer_[a-z][a-z0-9_]{0,47}$') LOOP
        EXECUTE format('REVOKE ADMIN OPTION FOR %I FROM %I', m.role, m.member);
    END LOOP;
    FOR m IN SELECT u.rolname AS member
             FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member
             WHERE r.rolname = 'opsdeck_grantor' LOOP
        EXECUTE format('REVOKE opsdeck_grantor FROM %I', m.member);
    END LOOP;
    FOR m IN SELECT r.rolname AS role
             FROM pg_auth_members a JOIN pg_roles r ON r.oid = a.roleid JOIN pg_roles u ON u.oid = a.member
             WHERE u.rolname = 'opsdeck_grantor'
               AND NOT (r.rolname IN ('opsdeck_operator', 'opsdeck_lead', 'opsdeck_admin')
                        OR r.rolname ~ '^opsdeck_signer_[a-z][a-z0-9_]{0,47}$') LOOP
        EXECUTE format('REVOKE %I FROM opsdeck_grantor', m.role);
    END LOOP;
    GRANT opsdeck_operator, opsdeck_lead, opsdeck_admin TO opsdeck_grantor WITH ADMIN OPTION;
    FOR m IN SELECT rolname AS role FROM pg_roles WHERE rolname ~ '^opsdeck_signer_[a-z][a-z0-9_]{0,47}$' LOOP
        EXECUTE format('GRANT %I TO opsdeck_grantor WITH ADMIN OPTION', m.role);
    END LOOP;
END
$admin_option$;

-- Owned by the migrating role, which may create roles; only opsdeck.set_access calls it.
CREATE FUNCTION opsdeck.create_login(login text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'opsdeck_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of opsdeck_admin may create logins' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF login IS NULL OR octet_length(login) NOT BETWEEN 1 AND 63 OR starts_with(login, 'pg_')
       OR starts_with(login, 'opsdeck_') THEN
        RAISE EXCEPTION 'a new login needs a name of 1 to 63 bytes that does not start with pg_ or opsdeck_'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
        RAISE EXCEPTION 'a role named % exists already; OpsDeck creates new logins only', login
            USING ERRCODE = 'duplicate_object';
    END IF;
    -- No password, no attribute: the login authenticates as pg_hba.conf says.
    EXECUTE format('CREATE ROLE %I LOGIN', login);
END
$$;

CREATE FUNCTION opsdeck.create_signer_role(role_name text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'opsdeck_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of opsdeck_admin may create sign-off roles' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF role_name IS NULL OR role_name !~ '^opsdeck_signer_[a-z][a-z0-9_]{0,47}$' THEN
        RAISE EXCEPTION 'a sign-off role is named opsdeck_signer_ROLE (ROLE: [a-z][a-z0-9_]*, at most 48 characters)'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = role_name) THEN
        RAISE EXCEPTION 'a role named % exists already', role_name USING ERRCODE = 'duplicate_object';
    END IF;
    EXECUTE format('CREATE ROLE %I NOLOGIN', role_name);
    EXECUTE format('GRANT opsdeck_operator TO %I', role_name);
    EXECUTE format('GRANT %I TO opsdeck_grantor WITH ADMIN OPTION', role_name);
END
$$;

-- The one way to grant or revoke an OpsDeck role: checks who asks and what, makes a missing login or
-- sign-off role (grants only), changes the membership and records it, all in the caller's transaction.
-- Runs as opsdeck_grantor; the actor of the event is still the caller (session_user).
CREATE FUNCTION opsdeck.set_access(login text, role_name text, granted boolean) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    signer boolean := coalesce(role_name ~ '^opsdeck_signer_[a-z][a-z0-9_]{0,47}$', false);
    who record;
    what record;
    created boolean := false;
    event_id bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'opsdeck_admin', 'MEMBER') THEN
        RAISE EXCEPTION 'only members of opsdeck_admin may grant or revoke OpsDeck roles (% is not one)', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF granted IS NULL
       OR NOT (coalesce(role_name IN ('opsdeck_operator', 'opsdeck_lead', 'opsdeck_admin'), false) OR signer) THEN
        RAISE EXCEPTION 'unknown OpsDeck role %; use opsdeck_operator, opsdeck_lead, opsdeck_admin or opsdeck_signer_ROLE',
            coalesce(role_name, 'NULL') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF login IS NULL OR octet_length(login) NOT BETWEEN 1 AND 63 THEN
        RAISE EXCEPTION 'a login name of 1 to 63 bytes is needed' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT rolname, rolcanlogin INTO who FROM pg_roles WHERE rolname = login;
    IF NOT FOUND THEN
        IF NOT granted THEN
            RAISE EXCEPTION 'there is no login named %', login USING ERRCODE = 'undefined_object';
        END IF;
        PERFORM opsdeck.create_login(login);
        created := true;
    ELSIF NOT who.rolcanlogin THEN
        RAISE EXCEPTION '% is not a login: OpsDeck roles are granted to logins only', login
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT rolname, rolcanlogin INTO what FROM pg_roles WHERE rolname = role_name;
    IF NOT FOUND THEN
        IF NOT granted THEN
            RAISE EXCEPTION 'there is no sign-off role %', role_name USING ERRCODE = 'undefined_object';
        END IF;
        PERFORM opsdeck.create_signer_role(role_name);
    ELSIF what.rolcanlogin THEN
        RAISE EXCEPTION '% is a login, not an OpsDeck role', role_name USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF granted THEN
        EXECUTE format('GRANT %I TO %I', role_name, login);
    ELSE
        EXECUTE format('REVOKE %I FROM %I', role_name, login);
    END IF;
    INSERT INTO opsdeck.events (kind, summary, details)
        VALUES (CASE WHEN granted THEN 'access.granted' ELSE 'access.revoked' END,
                CASE WHEN granted THEN format('Granted %s to %s', role_name, login)
                     ELSE format('Revoked %s from %s', role_name, login) END,
                format('{"created":%s,"login":%s,"role":%s}', to_json(created), to_json(login), to_json(role_name)))
        RETURNING id INTO event_id;
    RETURN event_id;
END
$$;

GRANT USAGE ON SCHEMA opsdeck TO opsdeck_grantor;
GRANT INSERT (kind, summary, details) ON opsdeck.events TO opsdeck_grantor;
GRANT SELECT (id) ON opsdeck.events TO opsdeck_grantor;

-- opsdeck_grantor owns set_access. Giving a function away takes membership in the new owner and its
-- CREATE on the schema, except for a superuser: a DBA who is not one holds both for this moment only.
DO $owner$
DECLARE
    superuser boolean := (SELECT rolsuper FROM pg_roles WHERE rolname = current_user);
BEGIN
    IF NOT superuser THEN
        EXECUTE format('GRANT opsdeck_grantor TO %I', current_user);
        GRANT CREATE ON SCHEMA opsdeck TO opsdeck_grantor;
    END IF;
    ALTER FUNCTION opsdeck.set_access(text, text, boolean) OWNER TO opsdeck_grantor;
    IF NOT superuser THEN
        REVOKE CREATE ON SCHEMA opsdeck FROM opsdeck_grantor;
        EXECUTE format('REVOKE opsdeck_grantor FROM %I', current_user);
    END IF;
END
$owner$;

REVOKE ALL ON FUNCTION opsdeck.create_login(text), opsdeck.create_signer_role(text),
                       opsdeck.set_access(text, text, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION opsdeck.create_login(text), opsdeck.create_signer_role(text) TO opsdeck_grantor;
GRANT EXECUTE ON FUNCTION opsdeck.set_access(text, text, boolean) TO opsdeck_admin;
)SQL";

// Step 7. Events had no size limit and the log is append-only: one 200 MB note could never be deleted
// and every console that fetched it held it in memory. The limits are EventLimits.h's, in bytes. The
// trigger (named to fire before events_chain) refuses early, before the chain head is locked and the
// row hashed; the constraints hold even with triggers switched off. NOT VALID: rows stored before this
// step are kept as they are (the log is append-only and the chain covers them); fetches read them
// bounded (PostgresEventStore).
const char *const eventLimits = R"SQL(
CREATE FUNCTION opsdeck.events_bounds() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    field text;
    bytes bigint;
    most bigint;
BEGIN
    FOR field, bytes, most IN
        SELECT f, b, m FROM (VALUES ('kind', octet_length(NEW.kind), 200),
                                    ('environment', octet_length(NEW.environment), 1024),
                                    ('host', octet_length(NEW.host), 1024),
                                    ('service', octet_length(NEW.service), 1024),
                                    ('summary', octet_length(NEW.summary), 8192),
                                    ('details', octet_length(NEW.details), 1048576),
                                    ('key', octet_length(NEW.idem_key), 128)) AS v(f, b, m) LOOP
        IF bytes > most THEN
            RAISE EXCEPTION 'the event is too large: % bytes of %, at most % are stored', bytes, field, most
                USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NEW;
END
$$;
CREATE TRIGGER events_bounds BEFORE INSERT ON opsdeck.events
    FOR EACH ROW EXECUTE FUNCTION opsdeck.events_bounds();
REVOKE ALL ON FUNCTION opsdeck.events_bounds() FROM PUBLIC;

ALTER TABLE opsdeck.events
    ADD CONSTRAINT events_kind_size CHECK (octet_length(kind) <= 200) NOT VALID,
    ADD CONSTRAINT events_environment_size CHECK (octet_length(environment) <= 1024) NOT VALID,
    ADD CONSTRAINT events_host_size CHECK (octet_length(host) <= 1024) NOT VALID,
    ADD CONSTRAINT events_service_size CHECK (octet_length(service) <= 1024) NOT VALID,
    ADD CONSTRAINT events_actor_size CHECK (octet_length(actor) <= 1024 AND octet_length(actor_roles) <= 1024) NOT VALID,
    ADD CONSTRAINT events_summary_size CHECK (octet_length(summary) <= 8192) NOT VALID,
    ADD CONSTRAINT events_details_size CHECK (octet_length(details) <= 1048576) NOT VALID,
    ADD CONSTRAINT events_key_size CHECK (octet_length(idem_key) <= 128) NOT VALID,
    ADD CONSTRAINT events_hash_size CHECK (octet_length(prev_hash) <= 128 AND octet_length(hash) <= 128) NOT VALID;

ALTER TABLE opsdeck.action_locks
    ADD CONSTRAINT action_locks_target_size CHECK (octet_length(target) <= 4096) NOT VALID,
    ADD CONSTRAINT action_locks_holder_size CHECK (octet_length(holder) <= 1024) NOT VALID,
    ADD CONSTRAINT action_locks_console_size CHECK (octet_length(console) <= 1024) NOT VALID,
    ADD CONSTRAINT action_locks_reason_size CHECK (octet_length(reason) <= 8192) NOT VALID;

-- The checklist state is written by the checklist trigger from events already bounded; its own bounds
-- say so (names 1 KiB, the plan and reasons as the details). A violation there is a refusal the
-- trigger records, like any other.
ALTER TABLE opsdeck.checklist_runs
    ADD CONSTRAINT checklist_runs_names_size CHECK (octet_length(run) <= 128 AND octet_length(environment) <= 1024
        AND octet_length(release) <= 1024 AND octet_length(template) <= 1024 AND octet_length(creator) <= 1024
        AND octet_length(plan_hash) <= 128 AND octet_length(voided_by) <= 1024) NOT VALID,
    ADD CONSTRAINT checklist_runs_text_size CHECK (octet_length(plan) <= 1048576 AND octet_length(void_reason) <= 1048576) NOT VALID;
ALTER TABLE opsdeck.checklist_items
    ADD CONSTRAINT checklist_items_names_size CHECK (octet_length(run) <= 128 AND octet_length(item) <= 1024
        AND octet_length(role) <= 1024 AND octet_length(done_by) <= 1024) NOT VALID,
    ADD CONSTRAINT checklist_items_definition_size CHECK (pg_column_size(definition) <= 1048576) NOT VALID;
ALTER TABLE opsdeck.checklist_signatures
    ADD CONSTRAINT checklist_signatures_names_size CHECK (octet_length(run) <= 128 AND octet_length(role) <= 1024
        AND octet_length(signer) <= 1024 AND octet_length(plan_hash) <= 128 AND octet_length(ended_by) <= 1024) NOT VALID,
    ADD CONSTRAINT checklist_signatures_text_size CHECK (octet_length(end_reason) <= 1048576) NOT VALID;
)SQL";

} // namespace opsdeck::PostgresSchema::Sql
