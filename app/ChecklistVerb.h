#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck checklist templates|start|list|show|tick|untick|check|sign|revoke|replan|void|export|gate`:
// deployment checklists over the same core as the window (ChecklistLedger).
Verb checklistVerb();
} // namespace opsdeck
