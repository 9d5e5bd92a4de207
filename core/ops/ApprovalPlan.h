#pragma once

// What a second person approves: a guarded action's exact plan as canonical JSON text — environment,
// action, title, lock targets, hosts in order, the exact commands and the action's details (release,
// target, rollout as requested) — and its SHA-256. An approval is bound to that hash: a plan that differs
// in any of these has another hash, and an approval of the old one does not count. Any thread.

#include <QString>
#include <QStringList>

namespace opsdeck {

class GuardedAction;

namespace ApprovalPlan {

// Compact JSON with sorted keys (QJsonObject's order): the same action gives the same bytes.
QString canonical(const GuardedAction &action);
// 64 lowercase hex digits: SHA-256 of the text's UTF-8.
QString hashOf(const QString &canonicalPlan);
// What differs between an approved plan and the plan as it is now, one entry a field, in the
// plan's key order: "details.batch_size: 1 → 3", "commands" (lists and texts are only named). Empty
// when the two are the same plan.
QStringList differences(const QString &approvedPlan, const QString &planNow);
// The role that approves in an environment with require_approval.
QString requiredRole();

} // namespace ApprovalPlan
} // namespace opsdeck
