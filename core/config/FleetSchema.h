#pragma once

// The fleet configuration's schema, walked over a document YamlTree already read within its limits
// (size, encoding, nesting, aliases, node count). Errors are appended to result with their positions;
// the config is set when the schema walk found none. Thread-safe: no shared state.

#include "ConfigLoader.h"
#include "YamlTree.h"

namespace opsdeck::FleetSchema {

void read(const YamlNode &root, const QString &displayName, const QString &baseDirectory, ConfigLoadResult &result);

} // namespace opsdeck::FleetSchema
