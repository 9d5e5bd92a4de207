#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck import FILE… [-o FILE] [--force]`: existing deploy files into a fleet configuration
// (core/deployimport), printed or saved; what could not be mapped listed with its position.
Verb importVerb();
} // namespace opsdeck
