#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck approve [ENV]`: the requests waiting for a second person's approval, with their plans;
// `opsdeck approve ID --reason TEXT [--decline]`: approve (or decline) one as that second person.
Verb approveVerb();
} // namespace opsdeck
