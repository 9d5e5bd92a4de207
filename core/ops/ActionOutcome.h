#pragma once

// How a guarded action ended, on one host or as a whole. `Succeeded` only when verified; `Unknown`
// when it cannot be told whether the change happened (a connection broke while the command ran);
// `NotAttempted` when nothing was changed (refused, or stopped before that host). A plain value.

#include <QString>

namespace opsdeck {

enum class ActionOutcome { Succeeded, Failed, Unknown, NotAttempted };
QString actionOutcomeName(ActionOutcome outcome); // "succeeded", "failed", "unknown", "not attempted"

} // namespace opsdeck
