#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck release list ENV[/APP]`: releases per host, current, drift, what a rollback would offer;
// `opsdeck release mark-bad|unmark ENV/APP RELEASE --reason TEXT`.
Verb releaseVerb();
} // namespace opsdeck
