#pragma once

// The schema of an app's Kamal release strategy (docs/config.md, "kamal"): the service, role and
// destination keys of an app's mapping and its kamal_control, which only an app with strategy: kamal
// may have; and, once the whole file is read, that each control host is a host of the file and the
// same for every host of the app. Part of the fleet schema's walk: errors go to its SchemaReader,
// with their positions. Not thread-safe; one per walk.

#include "FleetConfig.h"
#include "SchemaReader.h"
#include "YamlTree.h"

#include <QList>
#include <QString>

namespace opsdeck {

class KamalSchema final
{
public:
    explicit KamalSchema(SchemaReader &reader) : m_reader(reader) {}

    // Kamal's names (service, role, destination) among f, the fields of app's node; kamal: the app's
    // strategy is kamal.
    void readNames(AppConfig &app, const SchemaFields &f, const YamlNode &node, bool kamal);
    // The kamal_control node of app on host; checked against the whole file by checkControls.
    void readControl(AppConfig &app, const YamlNode &node, const HostConfig &host, bool kamal);
    // After the whole file: every control host is a host of the file, and each host of an app in an
    // environment names the same control host, path and timeout.
    void checkControls(const FleetConfig &config);

private:
    struct Position {
        int line = 0;
        int column = 0;
    };
    struct ControlMark {
        QString host; // the host whose app names it
        QString app;
        Position at;
    };

    SchemaReader &m_reader;
    QList<ControlMark> m_controlMarks;
};

} // namespace opsdeck
