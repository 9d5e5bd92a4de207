#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck trust HOST`: show the host key's fingerprint, ask, record it in known_hosts and the store.
Verb trustVerb();
} // namespace opsdeck
