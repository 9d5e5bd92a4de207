#pragma once

// The fleet configuration's schema, read from YAML text that already passed the loader's limits
// (size, encoding, nesting, aliases). Errors are appended to result with their positions; the config
// is set when the schema walk found none. Throws the YAML library's exceptions for syntax errors,
// which ConfigLoader turns into positioned errors. Thread-safe: no shared state.

#include "ConfigLoader.h"

#include <string>

namespace opsdeck::FleetSchema {

void read(const std::string &text, const QString &displayName, const QString &baseDirectory, ConfigLoadResult &result);

} // namespace opsdeck::FleetSchema
