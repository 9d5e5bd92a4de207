#pragma once

// What a second person approves: a guarded action's exact plan as canonical JSON text — environment,
// action, title, lock targets, hosts in order, the exact commands and the action's details (release,
// target, rollout as requested) — and its SHA-256. An approval is bound to that hash: a plan that differs
// in any of these has another hash, and an approval of the old one does not count. Any thread.

#include <QString>

namespace opsdeck {

class GuardedAction;

namespace ApprovalPlan {

// Compact JSON with sorted keys (QJsonObject's order): the same action gives the same bytes.
QString canonical(const GuardedAction &action);
// 64 lowercase hex digits: SHA-256 of the text's UTF-8.
QString hashOf(const QString &canonicalPlan);
// The role that approves in an environment with require_approval.
QString requiredRole();

} // namespace ApprovalPlan
} // namespace opsdeck
