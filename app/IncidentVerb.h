#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck incident list|show|open|attach|detach|note|mitigate|resolve|reopen|export …`.
Verb incidentVerb();
} // namespace opsdeck
