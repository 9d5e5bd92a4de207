#include "PostgresApprovalSql.h"

namespace opsdeck::PostgresSchema::Sql {

// The CHECKs hold even for the owner: a decided request names someone other than its requester, an
// approval is given before the request expired, and the plan text hashes to plan_hash.
const char *const approvalFunctions = R"SQL(
CREATE TABLE opsdeck.approvals (
    id text PRIMARY KEY,
    environment text NOT NULL CHECK (octet_length(environment) BETWEEN 1 AND 1024),
    action text NOT NULL CHECK (octet_length(action) BETWEEN 1 AND 200),
    title text NOT NULL CHECK (octet_length(title) BETWEEN 1 AND 1024),
    plan text NOT NULL CHECK (octet_length(plan) <= 1048576 AND plan::jsonb IS NOT NULL),
    plan_hash text NOT NULL CHECK (plan_hash = encode(sha256(convert_to(plan, 'UTF8')), 'hex')),
    role text NOT NULL CHECK (role ~ '^opsdeck_[a-z][a-z0-9_]{0,62}$'),
    requester text NOT NULL,
    console text NOT NULL CHECK (octet_length(console) BETWEEN 1 AND 1024),
    requested_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL CHECK (expires_at > requested_at),
    state text NOT NULL CHECK (state IN ('pending', 'approved', 'declined', 'expired', 'withdrawn')),
    decided_by text,
    decided_at timestamptz,
    decision_reason text CHECK (octet_length(decision_reason) <= 4096),
    CHECK ((state IN ('approved', 'declined')) = (decided_by IS NOT NULL AND decided_at IS NOT NULL)),
    CHECK (decided_by IS NULL OR decided_by <> requester),
    CHECK (state <> 'approved' OR decided_at < expires_at)
);
CREATE INDEX approvals_pending ON opsdeck.approvals (environment, requested_at) WHERE state = 'pending';
REVOKE ALL ON opsdeck.approvals FROM PUBLIC;
GRANT SELECT ON opsdeck.approvals TO opsdeck_operator;
-- Decisions are recorded only by those who may decide (a forged event by an operator is refused).
INSERT INTO opsdeck.kind_rules VALUES ('approval.granted', 'opsdeck_lead'), ('approval.declined', 'opsdeck_lead')
    ON CONFLICT (kind) DO NOTHING;

CREATE OR REPLACE FUNCTION opsdeck.approval_request(p_environment text, p_action text, p_title text, p_plan text,
                                                    p_plan_hash text, p_role text, p_console text, p_ttl_ms bigint)
    RETURNS SETOF opsdeck.approvals
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    made opsdeck.approvals%ROWTYPE;
BEGIN
    IF NOT pg_has_role(session_user, 'opsdeck_operator', 'MEMBER') THEN
        RAISE EXCEPTION '% is not an OpsDeck operator and may not request approvals', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF p_plan_hash IS DISTINCT FROM encode(sha256(convert_to(coalesce(p_plan, ''), 'UTF8')), 'hex') THEN
        RAISE EXCEPTION 'the plan does not match its hash' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF coalesce(p_role, '') !~ '^opsdeck_[a-z][a-z0-9_]{0,62}$' OR NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_role) THEN
        RAISE EXCEPTION 'there is no OpsDeck role %', coalesce(p_role, '') USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF p_ttl_ms IS NULL OR p_ttl_ms < 1000 OR p_ttl_ms > 86400000 THEN
        RAISE EXCEPTION 'an approval request lives from 1 s to a day, not % ms', p_ttl_ms USING ERRCODE = 'invalid_parameter_value';
    END IF;
    INSERT INTO opsdeck.approvals (id, environment, action, title, plan, plan_hash, role, requester, console,
                                   requested_at, expires_at, state)
        VALUES (gen_random_uuid()::text, p_environment, p_action, p_title, p_plan, p_plan_hash, p_role, session_user,
                p_console, clock_timestamp(), clock_timestamp() + p_ttl_ms * interval '1 millisecond', 'pending')
        RETURNING * INTO made;
    INSERT INTO opsdeck.events (kind, environment, summary, details)
        VALUES ('approval.requested', made.environment,
                format('%s asks for approval of the %s (plan %s)', session_user, made.title, left(made.plan_hash, 12)),
                jsonb_build_object('request', made.id, 'action', made.action, 'title', made.title,
                                   'plan_hash', made.plan_hash, 'role', made.role,
                                   'expires_at', to_char(made.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::text);
    RETURN NEXT made;
END
$$;

CREATE OR REPLACE FUNCTION opsdeck.approval_decide(p_id text, p_plan_hash text, p_approve boolean, p_reason text)
    RETURNS SETOF opsdeck.approvals
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    req opsdeck.approvals%ROWTYPE;
BEGIN
    SELECT * INTO req FROM opsdeck.approvals a WHERE a.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no approval request %', coalesce(p_id, '') USING ERRCODE = 'no_data_found';
    END IF;
    IF session_user = req.requester THEN
        RAISE EXCEPTION '% requested this approval and may not decide it: a second person must', session_user
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF NOT pg_has_role(session_user, req.role, 'MEMBER') THEN
        RAISE EXCEPTION '% may not decide this approval: it takes the role %', session_user, req.role
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF req.state <> 'pending' THEN
        RAISE EXCEPTION 'the approval request % is % already', p_id, req.state USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF req.expires_at <= clock_timestamp() THEN
        RAISE EXCEPTION 'the approval request % expired at % and can no longer be decided', p_id,
            to_char(req.expires_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
            USING ERRCODE = 'object_not_in_prerequisite_state';
    END IF;
    IF p_plan_hash IS DISTINCT FROM req.plan_hash THEN
        RAISE EXCEPTION 'the decision is for plan %, but the request is for plan %: look at its plan again',
            left(coalesce(p_plan_hash, ''), 12), left(req.plan_hash, 12) USING ERRCODE = 'invalid_parameter_value';
    END IF;
    IF length(btrim(coalesce(p_reason, ''))) = 0 THEN
        RAISE EXCEPTION 'deciding an approval needs a reason' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    UPDATE opsdeck.approvals a SET state = CASE WHEN p_approve THEN 'approved' ELSE 'declined' END,
                                   decided_by = session_user, decided_at = clock_timestamp(), decision_reason = btrim(p_reason)
        WHERE a.id = p_id RETURNING * INTO req;
    INSERT INTO opsdeck.events (kind, environment, summary, details)
        VALUES (CASE WHEN p_approve THEN 'approval.granted' ELSE 'approval.declined' END, req.environment,
                format('%s %s the %s requested by %s: %s', session_user, CASE WHEN p_approve THEN 'approved' ELSE 'declined' END,
                       req.title, req.requester, req.decision_reason),
                jsonb_build_object('request', req.id, 'action', req.action, 'title', req.title, 'plan_hash', req.plan_hash,
                                   'requester', req.requester, 'reason', req.decision_reason)::text);
    RETURN NEXT req;
END
$$;

CREATE OR REPLACE FUNCTION opsdeck.approval_close(p_id text, p_console text) RETURNS SETOF opsdeck.approvals
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    req opsdeck.approvals%ROWTYPE;
    ended text;
BEGIN
    SELECT * INTO req FROM opsdeck.approvals a WHERE a.id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'there is no approval request %', coalesce(p_id, '') USING ERRCODE = 'no_data_found';
    END IF;
    IF req.requester <> session_user OR req.console IS DISTINCT FROM p_console THEN
        RAISE EXCEPTION 'only the console that asked for approval % may close it', p_id USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF req.state = 'pending' THEN
        ended := CASE WHEN req.expires_at <= clock_timestamp() THEN 'expired' ELSE 'withdrawn' END;
        UPDATE opsdeck.approvals a SET state = ended WHERE a.id = p_id RETURNING * INTO req;
        INSERT INTO opsdeck.events (kind, environment, summary, details)
            VALUES ('approval.' || ended, req.environment,
                    CASE WHEN ended = 'expired' THEN format('nobody approved the %s in time; the request expired', req.title)
                         ELSE format('%s withdrew the request for approval of the %s', session_user, req.title) END,
                    jsonb_build_object('request', req.id, 'action', req.action, 'title', req.title,
                                       'plan_hash', req.plan_hash)::text);
    END IF;
    RETURN NEXT req;
END
$$;

REVOKE ALL ON FUNCTION opsdeck.approval_request(text, text, text, text, text, text, text, bigint),
    opsdeck.approval_decide(text, text, boolean, text), opsdeck.approval_close(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION opsdeck.approval_request(text, text, text, text, text, text, text, bigint),
    opsdeck.approval_decide(text, text, boolean, text), opsdeck.approval_close(text, text) TO opsdeck_operator;
)SQL";

} // namespace opsdeck::PostgresSchema::Sql
