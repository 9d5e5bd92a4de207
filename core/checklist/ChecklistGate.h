#pragma once

// Whether a deployment is approved: a run that is signed now (every sign-off role signed, not
// expired, not voided) for exactly the plan in question. Used by `opsdeck checklist gate` (CI/CD
// pipelines) and by the guarded path of environments with require_signed_checklist. Pure; thread-safe.

#include "ChecklistLibrary.h"
#include "ChecklistRun.h"

#include <functional>
#include <optional>

namespace opsdeck {

struct GateVerdict {
    bool passed = false;
    QString reason;                  // why not, or which run approves it
    std::optional<ChecklistRun> run; // the approving run, or the one the reason is about
};

namespace ChecklistGate {

// The plan a run should have been signed for today (from the current template and configuration),
// or why it cannot be made.
using ExpectedPlan = std::function<std::optional<ChecklistPlan>(const ChecklistRun &run, QString *why)>;

// For a release: runs newest first; passes with the newest run of that environment and version that
// is signed now, of a template the environment accepts (ChecklistLibrary::acceptedFor), and whose plan
// is exactly the expected one.
GateVerdict forRelease(const QList<ChecklistRun> &runs, const QString &environment, const QString &version,
                       const QStringList &accepted, const ExpectedPlan &expected, const QDateTime &now);
// For a guarded action on some hosts of an environment: a run signed now whose plan covers them, of a
// template the environment accepts, and whose checklist is that template of the library as it is today
// (a run started with a home-made plan, say one that lets its creator sign alone, approves nothing).
GateVerdict forAction(const QList<ChecklistRun> &runs, const QString &environment, const QStringList &hosts,
                      const QDateTime &now, const ChecklistLibrary &library, const QStringList &accepted);
// "run 3b5895a9 is signed, but for the checklist template 'staging'; production accepts only production"
QString notAccepted(const ChecklistRun &run, const QStringList &accepted);

// "Product Owner alice 2024-05-02T09:12:03Z; DevOps Lead bob …"
QStringList signers(const ChecklistRun &run);
// Why a run does not approve anything now (its status in a sentence).
QString whyNotApproved(const ChecklistRun &run, const QDateTime &now);

} // namespace ChecklistGate

} // namespace opsdeck
