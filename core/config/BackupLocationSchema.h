#pragma once

// The schema of a host's backup locations (docs/config.md, "backups"): each location's keys, its live
// databases and its restore-drill target; and, once the whole file is read, that no drill target is a
// configured live database. Part of the fleet schema's walk: errors go to its SchemaReader, with their
// positions. Not thread-safe; one per walk.

#include "FleetConfig.h"
#include "SchemaReader.h"
#include "YamlTree.h"

#include <QHash>
#include <QString>

#include <optional>

namespace opsdeck {

class BackupLocationSchema final
{
public:
    explicit BackupLocationSchema(SchemaReader &reader) : m_reader(reader) {}

    // The location `name` of host (whose environment and name are set), from its node.
    BackupConfig read(const QString &name, const YamlNode &node, const HostConfig &host, const FleetConfig &config);
    // After the whole file: a drill target that is a configured live database is an error at its drill: entry.
    void checkDrillTargets(const FleetConfig &config);

private:
    struct Position {
        int line = 0;
        int column = 0;
    };

    void readLocation(BackupConfig &backup, const YamlNode &node, const FleetConfig &config);
    std::optional<DatabaseAddress> readDatabaseAddress(const YamlNode &node, const QString &what);
    void readDrill(DrillTarget &drill, const YamlNode &node);

    SchemaReader &m_reader;
    QHash<QString, Position> m_drillMarks; // ENV/HOST/LOCATION -> its drill: entry
    Position m_lastDrill;                  // the drill: entry of the location read last
};

} // namespace opsdeck
