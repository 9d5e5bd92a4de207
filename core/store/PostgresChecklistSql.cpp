// The SQL of the database's checklist rules (PostgresSchema steps 5 and 8), apart from the migration
// list for its length.

#include "PostgresChecklistSql.h"

namespace opsdeck::PostgresSchema::Sql {

// The checklist rules as they are now: the event e, already given its id, time and actor by the chain
// trigger, against the run's state; updates the state or raises why not. Installed by step 5 and again,
// replacing it, by each step that changes the rules (step 8: the signer's own checks); a database always
// migrates to the latest step, so only this version ever decides. The wording of refusals is
// ChecklistRun's.
const char *const checklistApply = R"SQL(
CREATE OR REPLACE FUNCTION opsdeck.checklist_apply(e opsdeck.events) RETURNS void
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    d jsonb := e.details::jsonb;
    run_id text := d->>'run';
    who text := e.actor; -- session_user, set by the chain trigger
    r opsdeck.checklist_runs%ROWTYPE;
    it opsdeck.checklist_items%ROWTYPE;
    sig opsdeck.checklist_signatures%ROWTYPE;
    p jsonb;
    signoff jsonb;
    role_rule jsonb;
    new_hash text;
    expired boolean;
    active int;
    n int;
    pending text;
    frozen boolean;
BEGIN
    IF run_id IS NULL OR run_id !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' THEN
        PERFORM opsdeck.checklist_refuse('a checklist event needs the run''s id (a UUID) in details.run');
    END IF;

    IF e.kind = 'checklist.started' THEN
        IF d->>'plan' IS NULL THEN
            PERFORM opsdeck.checklist_refuse('a checklist run needs its plan');
        END IF;
        IF EXISTS (SELECT 1 FROM opsdeck.checklist_runs WHERE run = run_id) THEN
            PERFORM opsdeck.checklist_refuse(format('checklist run %s exists already', run_id));
        END IF;
        p := (d->>'plan')::jsonb;
        new_hash := encode(sha256(convert_to(d->>'plan', 'UTF8')), 'hex');
        IF d->>'planHash' IS DISTINCT FROM new_hash THEN
            PERFORM opsdeck.checklist_refuse(format('the plan hash %s does not match the plan (%s)', d->>'planHash', new_hash));
        END IF;
        IF p->>'environment' IS DISTINCT FROM e.environment THEN
            PERFORM opsdeck.checklist_refuse(format('the plan is for %s, the event for %s', p->>'environment', e.environment));
        END IF;
        PERFORM opsdeck.checklist_check_plan(p);
        INSERT INTO opsdeck.checklist_runs (run, environment, release, template, creator, started_event, started_at, plan, plan_hash)
            VALUES (run_id, e.environment, p->'release'->>'version', coalesce(p->'template'->>'id', ''), who, e.id,
                    e.time, d->>'plan', new_hash);
        INSERT INTO opsdeck.checklist_items (run, item, definition, required, role, automatic)
            SELECT run_id, i->>'id', i, (i->>'required')::boolean, coalesce(i->>'role', ''), i ? 'evidence'
            FROM jsonb_array_elements(p->'template'->'sections') s, jsonb_array_elements(s->'items') i;
        RETURN;
    END IF;

    SELECT * INTO r FROM opsdeck.checklist_runs WHERE run = run_id FOR UPDATE;
    IF NOT FOUND THEN
        PERFORM opsdeck.checklist_refuse(format('there is no checklist run %s', run_id));
    END IF;
    IF r.environment <> e.environment THEN
        PERFORM opsdeck.checklist_refuse(format('run %s is for %s, not %s', run_id, r.environment, e.environment));
    END IF;
    IF r.voided_at IS NOT NULL THEN
        PERFORM opsdeck.checklist_refuse(format('the run was voided by %s: %s', r.voided_by, r.void_reason));
    END IF;
    IF d->>'planHash' IS DISTINCT FROM r.plan_hash THEN
        PERFORM opsdeck.checklist_refuse(format('the plan changed: the run''s plan is now %s, not %s', left(r.plan_hash, 12),
                                                left(coalesce(d->>'planHash', 'none'), 12)));
    END IF;
    p := r.plan::jsonb;
    signoff := p->'template'->'signoff';
    expired := r.expires_at IS NOT NULL AND e.time >= r.expires_at;
    SELECT count(*) INTO active FROM opsdeck.checklist_signatures WHERE run = run_id AND ended_at IS NULL;

    IF e.kind IN ('checklist.ticked', 'checklist.unticked', 'checklist.evidence') THEN
        SELECT * INTO it FROM opsdeck.checklist_items WHERE run = run_id AND item = d->>'item' AND in_plan;
        IF NOT FOUND THEN
            PERFORM opsdeck.checklist_refuse(format('the run has no item %s', d->>'item'));
        END IF;
        IF it.role <> '' AND NOT opsdeck.holds_team_role(session_user, it.role) THEN
            PERFORM opsdeck.checklist_refuse(format('%s does not hold the role %s that item %s needs', who, it.role, it.item), '42501');
        END IF;
        IF it.required AND expired THEN
            PERFORM opsdeck.checklist_refuse(format('the sign-off expired at %s; required items can no longer change', r.expires_at));
        END IF;
        -- Signatures freeze a required item; a further signer's own check is still recorded (below).
        frozen := it.required AND active > 0;
        IF frozen AND e.kind <> 'checklist.evidence' THEN
            PERFORM opsdeck.checklist_refuse(format('item %s is required and the run has signatures; they must be revoked first', it.item));
        END IF;
        IF e.kind = 'checklist.ticked' THEN
            IF it.automatic THEN
                PERFORM opsdeck.checklist_refuse(format('item %s is checked automatically; record its evidence instead', it.item));
            END IF;
            IF it.done THEN
                PERFORM opsdeck.checklist_refuse(format('item %s was already ticked by %s', it.item, it.done_by));
            END IF;
            UPDATE opsdeck.checklist_items SET done = true, done_by = who, done_at = e.time, done_event = e.id
                WHERE run = run_id AND item = it.item;
        ELSIF e.kind = 'checklist.unticked' THEN
            IF it.automatic THEN
                PERFORM opsdeck.checklist_refuse(format('item %s is checked automatically; run its check again instead', it.item));
            END IF;
            IF NOT it.done THEN
                PERFORM opsdeck.checklist_refuse(format('item %s is not ticked', it.item));
            END IF;
            IF coalesce(btrim(d->>'reason'), '') = '' THEN
                PERFORM opsdeck.checklist_refuse('unticking needs a reason');
            END IF;
            UPDATE opsdeck.checklist_items SET done = false, done_by = NULL, done_at = NULL, done_event = NULL
                WHERE run = run_id AND item = it.item;
        ELSE
            IF NOT it.automatic THEN
                PERFORM opsdeck.checklist_refuse(format('item %s is ticked by a person, not by evidence', it.item));
            END IF;
            IF d->>'result' IS NULL OR d->>'result' NOT IN ('passed', 'failed') THEN
                PERFORM opsdeck.checklist_refuse('evidence needs a result: passed or failed');
            END IF;
            -- Every check is its recorder's own (what a signature needs); only one made before any
            -- signature sets the item's state.
            INSERT INTO opsdeck.checklist_evidence (event_id, run, item, actor, passed, at)
                VALUES (e.id, run_id, it.item, who, d->>'result' = 'passed', e.time);
            IF NOT frozen THEN
                UPDATE opsdeck.checklist_items
                    SET done = (d->>'result' = 'passed'), done_by = who, done_at = e.time, done_event = e.id
                    WHERE run = run_id AND item = it.item;
            END IF;
        END IF;
        RETURN;
    END IF;

    IF e.kind = 'checklist.signed' THEN
        SELECT x INTO role_rule FROM jsonb_array_elements(signoff->'roles') x WHERE x->>'role' = d->>'role';
        IF NOT FOUND THEN
            PERFORM opsdeck.checklist_refuse(format('the plan asks for no %s signature', d->>'role'));
        END IF;
        IF expired THEN
            PERFORM opsdeck.checklist_refuse(format('the sign-off expired at %s; start a new run', r.expires_at));
        END IF;
        IF NOT opsdeck.holds_team_role(session_user, d->>'role') THEN
            PERFORM opsdeck.checklist_refuse(format('%s does not hold the sign-off role %s', who, d->>'role'), '42501');
        END IF;
        IF who = r.creator AND NOT (signoff->>'creatorMaySign')::boolean THEN
            PERFORM opsdeck.checklist_refuse(format('%s started this run and may not sign it (four eyes)', who), '42501');
        END IF;
        SELECT * INTO sig FROM opsdeck.checklist_signatures
            WHERE run = run_id AND ended_at IS NULL AND signer = who ORDER BY event_id LIMIT 1;
        IF FOUND AND sig.role = d->>'role' THEN
            PERFORM opsdeck.checklist_refuse(format('%s already signed as %s', who, sig.role));
        END IF;
        IF FOUND AND (signoff->>'distinctSigners')::boolean THEN
            PERFORM opsdeck.checklist_refuse(format('%s already signed as %s; each role needs a different person', who, sig.role), '42501');
        END IF;
        SELECT count(*) INTO n FROM opsdeck.checklist_signatures WHERE run = run_id AND ended_at IS NULL AND role = d->>'role';
        IF n >= (role_rule->>'count')::numeric THEN
            PERFORM opsdeck.checklist_refuse(format('the %s sign-off is complete already', d->>'role'));
        END IF;
        SELECT string_agg(item, ', ' ORDER BY item) INTO pending FROM opsdeck.checklist_items
            WHERE run = run_id AND in_plan AND required AND NOT done;
        IF pending IS NOT NULL THEN
            PERFORM opsdeck.checklist_refuse(format('required items are not done: %s', left(pending, 400)));
        END IF;
        -- Evidence counts only as the signer's own: for every required automatic item, the signer's
        -- latest check under this plan passed and was stored at most 15 minutes ago.
        SELECT string_agg(i.item, ', ' ORDER BY i.item COLLATE "C") INTO pending FROM opsdeck.checklist_items i
            WHERE i.run = run_id AND i.in_plan AND i.required AND i.automatic
              AND NOT coalesce((SELECT ev.passed AND ev.at >= e.time - interval '15 minutes'
                                FROM opsdeck.checklist_evidence ev
                                WHERE ev.run = run_id AND ev.item = i.item AND ev.actor = who AND ev.current
                                ORDER BY ev.event_id DESC LIMIT 1), false);
        IF pending IS NOT NULL THEN
            PERFORM opsdeck.checklist_refuse(format('%s has no passing check of their own from the last 15 minutes of: %s (a signature '
                                                    'counts only after the signer''s own console checked every automatic item: run the '
                                                    'checks, then sign)', who, left(pending, 400)));
        END IF;
        INSERT INTO opsdeck.checklist_signatures (event_id, run, role, signer, signed_at, plan_hash)
            VALUES (e.id, run_id, d->>'role', who, e.time, r.plan_hash);
        IF r.expires_at IS NULL THEN
            UPDATE opsdeck.checklist_runs
                SET expires_at = e.time + (signoff->>'validitySeconds')::numeric * interval '1 second' WHERE run = run_id;
        END IF;
        RETURN;
    END IF;

    IF e.kind = 'checklist.revoked' THEN
        SELECT * INTO sig FROM opsdeck.checklist_signatures
            WHERE run = run_id AND event_id::text = coalesce(d->>'signature', '') FOR UPDATE;
        IF NOT FOUND THEN
            PERFORM opsdeck.checklist_refuse(format('run %s has no signature %s', run_id, d->>'signature'));
        END IF;
        IF sig.ended_at IS NOT NULL THEN
            PERFORM opsdeck.checklist_refuse(format('that signature was %s already', sig.end_kind));
        END IF;
        IF who <> sig.signer AND NOT pg_has_role(session_user, 'opsdeck_admin', 'MEMBER') THEN
            PERFORM opsdeck.checklist_refuse(format('only %s or an admin may revoke this signature', sig.signer), '42501');
        END IF;
        IF coalesce(btrim(d->>'reason'), '') = '' THEN
            PERFORM opsdeck.checklist_refuse('revoking a signature needs a reason');
        END IF;
        UPDATE opsdeck.checklist_signatures SET ended_at = e.time, ended_by = who, end_kind = 'revoked', end_reason = d->>'reason'
            WHERE event_id = sig.event_id;
        RETURN;
    END IF;

    IF e.kind IN ('checklist.replanned', 'checklist.voided') THEN
        IF who <> r.creator AND NOT pg_has_role(session_user, 'opsdeck_lead', 'MEMBER') THEN
            PERFORM opsdeck.checklist_refuse(format('only %s, who started the run, or a lead may change or void it', r.creator), '42501');
        END IF;
        IF coalesce(btrim(d->>'reason'), '') = '' THEN
            PERFORM opsdeck.checklist_refuse('changing the plan or voiding a run needs a reason');
        END IF;
        IF e.kind = 'checklist.voided' THEN
            UPDATE opsdeck.checklist_signatures SET ended_at = e.time, ended_by = who, end_kind = 'voided',
                   end_reason = 'run voided: ' || (d->>'reason')
                WHERE run = run_id AND ended_at IS NULL;
            UPDATE opsdeck.checklist_runs SET voided_at = e.time, voided_by = who, void_reason = d->>'reason' WHERE run = run_id;
            RETURN;
        END IF;
        IF expired THEN
            PERFORM opsdeck.checklist_refuse(format('the sign-off expired at %s; start a new run', r.expires_at));
        END IF;
        IF d->>'newPlan' IS NULL THEN
            PERFORM opsdeck.checklist_refuse('a plan change needs the new plan');
        END IF;
        new_hash := encode(sha256(convert_to(d->>'newPlan', 'UTF8')), 'hex');
        IF d->>'newPlanHash' IS DISTINCT FROM new_hash THEN
            PERFORM opsdeck.checklist_refuse(format('the plan hash %s does not match the new plan (%s)', d->>'newPlanHash', new_hash));
        END IF;
        IF new_hash = r.plan_hash THEN
            PERFORM opsdeck.checklist_refuse('the plan did not change');
        END IF;
        p := (d->>'newPlan')::jsonb;
        IF p->>'environment' IS DISTINCT FROM r.environment THEN
            PERFORM opsdeck.checklist_refuse(format('a run for %s cannot change to %s', r.environment, p->>'environment'));
        END IF;
        PERFORM opsdeck.checklist_check_plan(p);
        UPDATE opsdeck.checklist_signatures SET ended_at = e.time, ended_by = who, end_kind = 'voided',
               end_reason = 'plan changed: ' || (d->>'reason')
            WHERE run = run_id AND ended_at IS NULL;
        -- Checks were of the old plan: none counts for a signature of the new one.
        UPDATE opsdeck.checklist_evidence SET current = false WHERE run = run_id AND current;
        UPDATE opsdeck.checklist_runs SET plan = d->>'newPlan', plan_hash = new_hash, release = p->'release'->>'version',
               template = coalesce(p->'template'->>'id', ''), expires_at = NULL
            WHERE run = run_id;
        -- An item keeps its state only when it is still in the plan, unchanged, and ticked by a person.
        UPDATE opsdeck.checklist_items SET in_plan = false, done = false, done_by = NULL, done_at = NULL, done_event = NULL
            WHERE run = run_id AND item NOT IN (SELECT i->>'id' FROM jsonb_array_elements(p->'template'->'sections') s,
                                                                     jsonb_array_elements(s->'items') i);
        INSERT INTO opsdeck.checklist_items AS cur (run, item, definition, required, role, automatic)
            SELECT run_id, i->>'id', i, (i->>'required')::boolean, coalesce(i->>'role', ''), i ? 'evidence'
            FROM jsonb_array_elements(p->'template'->'sections') s, jsonb_array_elements(s->'items') i
            ON CONFLICT (run, item) DO UPDATE SET
                done = cur.done AND cur.in_plan AND cur.definition = EXCLUDED.definition AND NOT EXCLUDED.automatic,
                done_by = CASE WHEN cur.in_plan AND cur.definition = EXCLUDED.definition AND NOT EXCLUDED.automatic THEN cur.done_by END,
                done_at = CASE WHEN cur.in_plan AND cur.definition = EXCLUDED.definition AND NOT EXCLUDED.automatic THEN cur.done_at END,
                done_event = CASE WHEN cur.in_plan AND cur.definition = EXCLUDED.definition AND NOT EXCLUDED.automatic THEN cur.done_event END,
                in_plan = true, definition = EXCLUDED.definition, required = EXCLUDED.required, role = EXCLUDED.role,
                automatic = EXCLUDED.automatic;
        RETURN;
    END IF;

    PERFORM opsdeck.checklist_refuse(format('%s is not a checklist event OpsDeck knows', e.kind));
    RETURN;
END
$$;
)SQL";

// The checklist trigger (step 5): applies the rules in a subtransaction; a refusal turns the row into
// the audit record of itself (kind checklist.refused, the chain link recomputed) instead of an error
// that would roll the record back. Errors that are not refusals (timeouts, lock waits, serialization
// failures, bugs) still raise.
const char *const checklistAdmit = R"SQL(
CREATE FUNCTION opsdeck.checklist_admit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    why text;
    code text;
    d jsonb;
    action text;
    subject jsonb;
BEGIN
    IF NEW.kind = 'checklist.refused' THEN
        RETURN NEW; -- the record of a refusal changes nothing
    END IF;
    BEGIN
        PERFORM opsdeck.checklist_apply(NEW);
        RETURN NEW;
    EXCEPTION WHEN raise_exception OR insufficient_privilege OR data_exception OR integrity_constraint_violation THEN
        GET STACKED DIAGNOSTICS why = MESSAGE_TEXT, code = RETURNED_SQLSTATE;
    END;
    BEGIN
        d := NEW.details::jsonb;
    EXCEPTION WHEN data_exception THEN
        d := NULL;
    END;
    IF jsonb_typeof(d) IS DISTINCT FROM 'object' THEN
        d := '{}';
    END IF;
    action := CASE NEW.kind
        WHEN 'checklist.started' THEN 'start a run'
        WHEN 'checklist.ticked' THEN 'tick ' || coalesce(d->>'item', '?')
        WHEN 'checklist.unticked' THEN 'untick ' || coalesce(d->>'item', '?')
        WHEN 'checklist.evidence' THEN 'record evidence for ' || coalesce(d->>'item', '?')
        WHEN 'checklist.signed' THEN 'sign as ' || coalesce(d->>'role', '?')
        WHEN 'checklist.revoked' THEN 'revoke signature ' || coalesce(d->>'signature', '?')
        WHEN 'checklist.replanned' THEN 'change the plan'
        WHEN 'checklist.voided' THEN 'void the run'
        ELSE 'record ' || NEW.kind END;
    -- What the attempt was about, as far as it names it in strings (the run's view finds it by run).
    SELECT coalesce(jsonb_object_agg(key, value), '{}') INTO subject FROM jsonb_each(d)
        WHERE key IN ('run', 'planHash', 'release', 'item', 'role', 'signature') AND jsonb_typeof(value) = 'string';
    NEW.details := (subject || jsonb_build_object(
        'action', action, 'reason', why, 'code', code, 'refusedBy', 'database',
        'attempt', jsonb_build_object('kind', NEW.kind, 'summary', left(NEW.summary, 2000),
                                      'details', left(NEW.details, 65536))))::text;
    NEW.kind := 'checklist.refused';
    NEW.summary := format('Refused by the database: %s may not %s: %s', NEW.actor, action, left(why, 2000));
    NEW.hash := encode(sha256(convert_to(NEW.prev_hash || '|'
                    || opsdeck.chain_canonical(NEW.time, NEW.kind, NEW.environment, NEW.host, NEW.service, NEW.actor,
                                               NEW.actor_roles, NEW.summary, NEW.details, NEW.idem_key), 'UTF8')), 'hex');
    RAISE WARNING 'refused, recorded as event %: %', NEW.id, why;
    RETURN NEW;
END
$$;
CREATE TRIGGER events_checklist BEFORE INSERT ON opsdeck.events
    FOR EACH ROW WHEN (NEW.kind LIKE 'checklist.%') EXECUTE FUNCTION opsdeck.checklist_admit();
REVOKE ALL ON FUNCTION opsdeck.checklist_apply(opsdeck.events), opsdeck.checklist_admit() FROM PUBLIC;
)SQL";

// Step 8. Automatic evidence anyone could write (a console, the outbox file, direct SQL) made an item
// done for everyone, and every signer trusted it. Now each check is kept as its recorder's own, and a
// signature needs the signer's own passing check of every required automatic item from the 15 minutes
// before it (checklist_apply, installed after this). The table is state like the others: readable by
// every OpsDeck user, written only by the checklist trigger, rows never deleted and only ever marked as
// not current (the run's plan changed).
const char *const ownChecks = R"SQL(
CREATE TABLE opsdeck.checklist_evidence (
    event_id bigint PRIMARY KEY,
    run text NOT NULL REFERENCES opsdeck.checklist_runs,
    item text NOT NULL,
    actor text NOT NULL,              -- whose console ran the check: the session_user that stored it
    passed boolean NOT NULL,
    at timestamptz NOT NULL,          -- when it was stored (the event's time)
    current boolean NOT NULL DEFAULT true -- false once the run's plan changed
);
CREATE INDEX checklist_evidence_own ON opsdeck.checklist_evidence (run, item, actor, event_id);

-- The checks recorded so far, from the log (every checklist.evidence row there passed the rules).
WITH replans AS (
    SELECT details::jsonb->>'run' AS run, max(id) AS last FROM opsdeck.events WHERE kind = 'checklist.replanned' GROUP BY 1)
INSERT INTO opsdeck.checklist_evidence (event_id, run, item, actor, passed, at, current)
    SELECT e.id, e.details::jsonb->>'run', e.details::jsonb->>'item', e.actor, coalesce(e.details::jsonb->>'result' = 'passed', false),
           e.time, e.id > coalesce(rp.last, 0)
    FROM opsdeck.events e LEFT JOIN replans rp ON rp.run = e.details::jsonb->>'run'
    WHERE e.kind = 'checklist.evidence' AND e.details::jsonb->>'run' IN (SELECT run FROM opsdeck.checklist_runs);

CREATE OR REPLACE FUNCTION opsdeck.checklist_state_guard() RETURNS trigger
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
    IF TG_TABLE_NAME = 'checklist_evidence' AND TG_OP = 'UPDATE' THEN
        IF (NEW.event_id, NEW.run, NEW.item, NEW.actor, NEW.passed, NEW.at)
              IS DISTINCT FROM (OLD.event_id, OLD.run, OLD.item, OLD.actor, OLD.passed, OLD.at)
           OR (NEW.current AND NOT OLD.current) THEN
            RAISE EXCEPTION 'a recorded check cannot be changed' USING ERRCODE = 'insufficient_privilege';
        END IF;
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$$;
CREATE TRIGGER checklist_evidence_guard BEFORE INSERT OR UPDATE OR DELETE ON opsdeck.checklist_evidence
    FOR EACH ROW EXECUTE FUNCTION opsdeck.checklist_state_guard();
CREATE TRIGGER checklist_evidence_no_truncate BEFORE TRUNCATE ON opsdeck.checklist_evidence
    FOR EACH STATEMENT EXECUTE FUNCTION opsdeck.checklist_state_guard();
REVOKE ALL ON opsdeck.checklist_evidence FROM PUBLIC;
GRANT SELECT ON opsdeck.checklist_evidence TO opsdeck_operator;

-- Signatures stored before this step without the signer's own checks do not count for the consoles
-- (ChecklistRun folds them as not allowed); here they end as voided, and a run's expiry follows the
-- signatures left. Only the migration (the owner) switches the guards off, inside this transaction.
ALTER TABLE opsdeck.checklist_signatures DISABLE TRIGGER checklist_signatures_guard;
ALTER TABLE opsdeck.checklist_runs DISABLE TRIGGER checklist_runs_guard;
WITH ended AS (
    UPDATE opsdeck.checklist_signatures s
        SET ended_at = now(), ended_by = session_user, end_kind = 'voided',
            end_reason = 'schema 8: signed without the signer''s own checks of the automatic items'
        WHERE s.ended_at IS NULL AND EXISTS (
            SELECT 1 FROM opsdeck.checklist_items i
            WHERE i.run = s.run AND i.in_plan AND i.required AND i.automatic
              AND NOT coalesce((SELECT ev.passed AND ev.at >= s.signed_at - interval '15 minutes'
                                FROM opsdeck.checklist_evidence ev
                                WHERE ev.run = s.run AND ev.item = i.item AND ev.actor = s.signer AND ev.current
                                      AND ev.event_id < s.event_id
                                ORDER BY ev.event_id DESC LIMIT 1), false))
        RETURNING s.run, s.event_id)
UPDATE opsdeck.checklist_runs r
    SET expires_at = (SELECT min(a.signed_at) FROM opsdeck.checklist_signatures a
                      WHERE a.run = r.run AND a.ended_at IS NULL AND a.event_id NOT IN (SELECT event_id FROM ended))
                     + (r.plan::jsonb->'template'->'signoff'->>'validitySeconds')::numeric * interval '1 second'
    WHERE r.run IN (SELECT run FROM ended);
ALTER TABLE opsdeck.checklist_signatures ENABLE TRIGGER checklist_signatures_guard;
ALTER TABLE opsdeck.checklist_runs ENABLE TRIGGER checklist_runs_guard;
)SQL";

} // namespace opsdeck::PostgresSchema::Sql
