#pragma once

// What the verbs that run a guarded action share: the runner driven to its end on the verb's main
// thread — the locks and checks first, then the one confirmation question (ConfirmationPrompt: the
// environment's rule, --yes / --confirm ENV without a terminal), progress to stderr, one line per
// host to stdout, then the summary — and the exit status of an outcome. Main thread of a verb.

#include "CliContext.h"
#include "ops/GuardedAction.h"

class QCommandLineParser;

namespace opsdeck {

class EventStoreService;

namespace GuardedActionCli {
// `plan`: the lines shown above the confirmation question.
GuardedActionReport run(EventStoreService &store, const FleetConfig &config, const EnvironmentConfig &environment,
                        GuardedAction &action, const QString &reason, const QStringList &plan,
                        const QCommandLineParser &parser, CliContext &cli);
// 0 succeeded, 1 failed, 2 unknown, 3 not attempted (refused).
int exitCode(ActionOutcome outcome);
} // namespace GuardedActionCli

} // namespace opsdeck
