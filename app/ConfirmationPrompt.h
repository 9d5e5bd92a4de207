#pragma once

// The one confirmation question of the guarded verbs (`service`, `release`): the environment's
// ConfirmationRule decides what is asked — its name typed, or a yes — and which flags answer it
// without a terminal (--yes, --confirm ENV). Asked once the runner holds the locks and the checks
// before the reason passed. Main thread of a verb; reads the terminal.

#include "config/FleetConfig.h"

class QCommandLineParser;

namespace opsdeck {

class CliContext;

namespace ConfirmationPrompt {
// `plan`: the lines that say what will happen, shown above the question on a terminal. Returns the
// confirmation the person gave, accepted by the rule; empty when not confirmed (stderr says why).
QString ask(const EnvironmentConfig &environment, const QStringList &plan, const QCommandLineParser &parser, CliContext &cli);
} // namespace ConfirmationPrompt

} // namespace opsdeck
