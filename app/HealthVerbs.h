#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck probe URL [--format F] [--timeout S]`: one check, the verdict as JSON, exit 0/1/2/3.
Verb probeVerb();
// `opsdeck status [--env E] [--json]`: every configured health endpoint, checked once now.
Verb statusVerb();
} // namespace opsdeck
