#pragma once

// The schema of an app's docker compose release strategy (docs/config.md, "compose"): the
// compose_file, compose_project and compose_services keys of an app's mapping, which only an app with
// strategy: compose may have. Part of the fleet schema's walk: errors go to its SchemaReader, with
// their positions. Not thread-safe; one per walk.

#include "FleetConfig.h"
#include "SchemaReader.h"
#include "YamlTree.h"

namespace opsdeck {

class ComposeSchema final
{
public:
    explicit ComposeSchema(SchemaReader &reader) : m_reader(reader) {}

    // The compose keys among f, the fields of app's node; compose: the app's strategy is compose.
    void read(AppConfig &app, const SchemaFields &f, const YamlNode &node, bool compose);

private:
    SchemaReader &m_reader;
};

} // namespace opsdeck
