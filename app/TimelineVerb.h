#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck timeline [filters] [--json]`: the timeline, oldest first; `opsdeck timeline export`: a
// time range as Markdown or PDF.
Verb timelineVerb();
} // namespace opsdeck
