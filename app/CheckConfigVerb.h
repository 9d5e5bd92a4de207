#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck check-config FILE`: every error as file:line:col: message (exit 1), or a summary (exit 0).
Verb checkConfigVerb();
} // namespace opsdeck
