#pragma once

// Internal to PostgresSchema.cpp: second-person approval in SQL (schema step 11). The table
// opsdeck.approvals is readable by every OpsDeck user and written only by these SECURITY DEFINER
// functions, which take requester and approver from session_user (which they cannot change):
//   approval_request(environment, action, title, plan, plan_hash, role, console, ttl_ms)
//                              a pending request; the plan must hash (SHA-256) to plan_hash
//   approval_decide(id, plan_hash, approve, reason)
//                              another person holding the role approves or declines; refused for the
//                              requester, another plan hash, an expired or already decided request
//   approval_close(id, console) the requesting console ends its pending request (expired or withdrawn)
// Each records its approval.* event in the same transaction.

namespace opsdeck::PostgresSchema::Sql {

extern const char *const approvalFunctions;

} // namespace opsdeck::PostgresSchema::Sql
