#pragma once

// What the verbs that run a guarded action share: the runner driven to its end on the verb's main
// thread (progress to stderr, one line per host to stdout, then the summary) and the exit status of
// an outcome. Main thread of a verb.

#include "CliContext.h"
#include "ops/GuardedAction.h"

namespace opsdeck {

class EventStoreService;

namespace GuardedActionCli {
GuardedActionReport run(EventStoreService &store, const FleetConfig &config, GuardedAction &action, const QString &reason,
                        const QString &confirmation, CliContext &cli);
// 0 succeeded, 1 failed, 2 unknown, 3 not attempted (refused).
int exitCode(ActionOutcome outcome);
} // namespace GuardedActionCli

} // namespace opsdeck
