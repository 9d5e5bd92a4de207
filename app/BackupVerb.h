#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck backup list|retention|verify ENV[/HOST] …`
Verb backupVerb();
} // namespace opsdeck
