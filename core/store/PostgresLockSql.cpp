#include "PostgresLockSql.h"

namespace opsdeck::PostgresSchema::Sql {

// "Own" means the same login (session_user, which a SECURITY DEFINER function cannot change) and the
// same console instance. A lock answers as (acquired, target, holder, console, reason, acquired_at,
// expires_at); a function that finds the lock not the caller's returns it with acquired = false, or
// no row when there is none.
const char *const lockFunctions = R"SQL(
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON opsdeck.action_locks FROM opsdeck_operator;
INSERT INTO opsdeck.kind_rules VALUES ('lock.broken', 'opsdeck_lead') ON CONFLICT (kind) DO NOTHING;

CREATE OR REPLACE FUNCTION opsdeck.lock_check(p_target text, p_console text, p_ttl_ms bigint) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF NOT pg_has_role(session_user, 'opsdeck_operator', 'MEMBER') THEN
        RAISE EXCEPTION '% is not an OpsDeck operator and may not hold locks', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF coalesce(p_target, '') = '' OR coalesce(p_console, '') = '' THEN
        RAISE EXCEPTION 'a lock needs a target and a console' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    -- The same limits as the table's constraints and EventLimits.h (step 7), in bytes.
    IF octet_length(p_target) > 4096 OR octet_length(p_console) > 1024 THEN
        RAISE EXCEPTION 'the lock is too large: its target takes more than 4096 bytes or its console more than 1024'
            USING ERRCODE = 'string_data_right_truncation';
    END IF;
    IF p_ttl_ms IS NULL OR p_ttl_ms < 1 OR p_ttl_ms > 86400000 THEN
        RAISE EXCEPTION 'a lock lives from 1 ms to a day, not % ms', p_ttl_ms USING ERRCODE = 'invalid_parameter_value';
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION opsdeck.lock_acquire(p_target text, p_console text, p_reason text, p_ttl_ms bigint)
    RETURNS TABLE (acquired boolean, target text, holder text, console text, reason text,
                   acquired_at timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    PERFORM opsdeck.lock_check(p_target, p_console, p_ttl_ms);
    -- One statement decides atomically: take a free or lapsed lock, renew our own, else nothing.
    RETURN QUERY
        INSERT INTO opsdeck.action_locks AS l (target, holder, console, reason, acquired_at, expires_at)
            VALUES (p_target, session_user, p_console, coalesce(p_reason, ''), clock_timestamp(),
                    clock_timestamp() + p_ttl_ms * interval '1 millisecond')
        ON CONFLICT (target) DO UPDATE
            SET holder = EXCLUDED.holder, console = EXCLUDED.console, reason = EXCLUDED.reason,
                acquired_at = CASE WHEN l.holder = EXCLUDED.holder AND l.console = EXCLUDED.console
                                        AND l.expires_at > clock_timestamp()
                                   THEN l.acquired_at ELSE EXCLUDED.acquired_at END,
                expires_at = EXCLUDED.expires_at
            WHERE l.expires_at <= clock_timestamp() OR (l.holder = EXCLUDED.holder AND l.console = EXCLUDED.console)
        RETURNING true, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at;
    IF NOT FOUND THEN
        RETURN QUERY SELECT false, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at
                     FROM opsdeck.action_locks l WHERE l.target = p_target;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION opsdeck.lock_renew(p_target text, p_console text, p_ttl_ms bigint)
    RETURNS TABLE (acquired boolean, target text, holder text, console text, reason text,
                   acquired_at timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    PERFORM opsdeck.lock_check(p_target, p_console, p_ttl_ms);
    -- Still ours even if it lapsed a moment ago, as long as nobody took it meanwhile.
    RETURN QUERY
        UPDATE opsdeck.action_locks l SET expires_at = clock_timestamp() + p_ttl_ms * interval '1 millisecond'
            WHERE l.target = p_target AND l.holder = session_user AND l.console = p_console
        RETURNING true, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at;
    IF NOT FOUND THEN
        RETURN QUERY SELECT false, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at
                     FROM opsdeck.action_locks l WHERE l.target = p_target;
    END IF;
END
$$;

CREATE OR REPLACE FUNCTION opsdeck.lock_release(p_target text, p_console text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    DELETE FROM opsdeck.action_locks l
        WHERE l.target = p_target AND l.holder = session_user AND l.console = p_console;
    RETURN FOUND;
END
$$;

-- Break-glass: only a lead, only with a reason, and never unrecorded: the lock.broken event is
-- written in the same transaction (its kind is lead-only in kind_rules, so it cannot be forged).
CREATE OR REPLACE FUNCTION opsdeck.lock_break(p_target text, p_reason text) RETURNS bigint
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    gone opsdeck.action_locks%ROWTYPE;
    event_id bigint;
BEGIN
    IF NOT pg_has_role(session_user, 'opsdeck_lead', 'MEMBER') THEN
        RAISE EXCEPTION '% may not break a lock: it takes the role opsdeck_lead', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) = 0 THEN
        RAISE EXCEPTION 'breaking a lock needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    DELETE FROM opsdeck.action_locks l WHERE l.target = p_target RETURNING l.* INTO gone;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no lock on %', p_target USING ERRCODE = 'no_data_found';
    END IF;
    INSERT INTO opsdeck.events (kind, environment, host, service, summary, details)
        VALUES ('lock.broken', split_part(p_target, '/', 1), split_part(p_target, '/', 2), split_part(p_target, '/', 3),
                format('%s broke the lock of %s on %s: %s', session_user, gone.holder, p_target, btrim(p_reason)),
                jsonb_build_object('target', p_target, 'holder', gone.holder, 'console', gone.console,
                                   'lock_reason', gone.reason, 'reason', btrim(p_reason),
                                   'acquired_at', to_char(gone.acquired_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text)
        RETURNING id INTO event_id;
    RETURN event_id;
END
$$;

REVOKE ALL ON FUNCTION opsdeck.lock_check(text, text, bigint), opsdeck.lock_acquire(text, text, text, bigint),
    opsdeck.lock_renew(text, text, bigint), opsdeck.lock_release(text, text), opsdeck.lock_break(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION opsdeck.lock_check(text, text, bigint), opsdeck.lock_acquire(text, text, text, bigint),
    opsdeck.lock_renew(text, text, bigint), opsdeck.lock_release(text, text), opsdeck.lock_break(text, text)
    TO opsdeck_operator;
)SQL";

// Step 12: a set of locks in one call, under the same rules (the holder is session_user, only one's
// own locks are renewed or released, the size limits of lock_check and of the table, break-glass stays
// lock_break per lock). A set holds at most 10000 targets (EventLimits::lockSetSize).
const char *const lockSetFunctions = R"SQL(
CREATE OR REPLACE FUNCTION opsdeck.lock_set_check(p_targets text[], p_console text, p_ttl_ms bigint) RETURNS void
    LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    IF p_targets IS NULL OR cardinality(p_targets) = 0 THEN
        RAISE EXCEPTION 'a set of locks needs at least one target' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF cardinality(p_targets) > 10000 THEN
        RAISE EXCEPTION 'a set of locks holds at most 10000 targets, not %', cardinality(p_targets)
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    PERFORM opsdeck.lock_check(t, p_console, p_ttl_ms) FROM unnest(p_targets) AS t;
END
$$;

-- All or nothing: every target through lock_acquire (its rules exactly), in target order (two consoles
-- asking for overlapping sets wait for each other instead of deadlocking), inside a subtransaction. The
-- first target lock_acquire does not give rolls the subtransaction back, so nothing of the set is kept
-- (and nobody ever saw any of it: it was never committed); the answer is then every lock of the set
-- another console holds.
CREATE OR REPLACE FUNCTION opsdeck.lock_acquire_set(p_targets text[], p_console text, p_reason text, p_ttl_ms bigint)
    RETURNS TABLE (acquired boolean, target text, holder text, console text, reason text,
                   acquired_at timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    one text;
    ok boolean;
BEGIN
    PERFORM opsdeck.lock_set_check(p_targets, p_console, p_ttl_ms);
    BEGIN
        FOR one IN SELECT DISTINCT u FROM unnest(p_targets) AS u ORDER BY 1 LOOP
            SELECT a.acquired INTO ok FROM opsdeck.lock_acquire(one, p_console, p_reason, p_ttl_ms) AS a;
            IF NOT coalesce(ok, false) THEN
                RAISE EXCEPTION 'the lock on % is held by another console', one USING ERRCODE = 'OD409';
            END IF;
        END LOOP;
        RETURN QUERY SELECT true, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at
                     FROM opsdeck.action_locks l WHERE l.target = ANY (p_targets);
        RETURN;
    EXCEPTION WHEN SQLSTATE 'OD409' THEN
        NULL; -- nothing of the set is kept
    END;
    RETURN QUERY SELECT false, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at
                 FROM opsdeck.action_locks l
                 WHERE l.target = ANY (p_targets) AND l.expires_at > clock_timestamp()
                   AND NOT (l.holder = session_user AND l.console = p_console);
END
$$;

-- Still ours even if it lapsed a moment ago, as long as nobody took it meanwhile; the locks of the set
-- held by someone else come back with acquired = false, and a target without a lock not at all.
CREATE OR REPLACE FUNCTION opsdeck.lock_renew_set(p_targets text[], p_console text, p_ttl_ms bigint)
    RETURNS TABLE (acquired boolean, target text, holder text, console text, reason text,
                   acquired_at timestamptz, expires_at timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
BEGIN
    PERFORM opsdeck.lock_set_check(p_targets, p_console, p_ttl_ms);
    RETURN QUERY
        UPDATE opsdeck.action_locks l SET expires_at = clock_timestamp() + p_ttl_ms * interval '1 millisecond'
            WHERE l.target = ANY (p_targets) AND l.holder = session_user AND l.console = p_console
        RETURNING true, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at;
    RETURN QUERY SELECT false, l.target, l.holder, l.console, l.reason, l.acquired_at, l.expires_at
                 FROM opsdeck.action_locks l
                 WHERE l.target = ANY (p_targets) AND NOT (l.holder = session_user AND l.console = p_console);
END
$$;

CREATE OR REPLACE FUNCTION opsdeck.lock_release_set(p_targets text[], p_console text) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    gone integer;
BEGIN
    IF cardinality(p_targets) > 10000 THEN
        RAISE EXCEPTION 'a set of locks holds at most 10000 targets, not %', cardinality(p_targets)
            USING ERRCODE = 'program_limit_exceeded';
    END IF;
    DELETE FROM opsdeck.action_locks l
        WHERE l.target = ANY (p_targets) AND l.holder = session_user AND l.console = p_console;
    GET DIAGNOSTICS gone = ROW_COUNT;
    RETURN gone;
END
$$;

REVOKE ALL ON FUNCTION opsdeck.lock_set_check(text[], text, bigint), opsdeck.lock_acquire_set(text[], text, text, bigint),
    opsdeck.lock_renew_set(text[], text, bigint), opsdeck.lock_release_set(text[], text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION opsdeck.lock_set_check(text[], text, bigint), opsdeck.lock_acquire_set(text[], text, text, bigint),
    opsdeck.lock_renew_set(text[], text, bigint), opsdeck.lock_release_set(text[], text) TO opsdeck_operator;
)SQL";

} // namespace opsdeck::PostgresSchema::Sql
