#pragma once

// The signed deployment checklist an environment with require_signed_checklist asks for before a
// guarded action: asked of the store every time, never of a cached view (a signature revoked a second
// ago counts). Shared by every guarded-action runner. The work runs on the store thread; the caller
// continues with .then(context, …) on its own.

#include "config/FleetConfig.h"

#include <QFuture>
#include <QStringList>

namespace opsdeck {

class EventStoreService;

namespace ChecklistApproval {

struct Verdict {
    bool passed = false;
    QString why;      // when not passed: a sentence naming the environment and the action
    QString reason;   // when passed: which run approves, signed by whom
    QString runId;
    QString planHash;
};

// `action` names the action in refusals ("restart", "rollback").
QFuture<Verdict> check(EventStoreService *store, const FleetConfig &config, const QString &environment,
                       const QStringList &hosts, const QString &action);

} // namespace ChecklistApproval
} // namespace opsdeck
