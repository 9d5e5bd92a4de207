#pragma once

// What every deploy-file reader of `opsdeck import` shares: the file's name for positions, the fleet
// being filled, the record of what could not be mapped (position and why), and the checks a value
// must pass before it may appear in the fleet configuration (RemoteValueRules: names, addresses,
// users, paths, units, URLs). A value that fails is never written; it is listed as not mapped.
// One reader per file; not thread-safe.

#include "ImportedFleet.h"
#include "config/YamlTree.h"

#include <optional>

namespace opsdeck {

class DeployFileReader
{
public:
    DeployFileReader(QString file, ImportedFleet &fleet);
    virtual ~DeployFileReader() = default;
    DeployFileReader(const DeployFileReader &) = delete;
    DeployFileReader &operator=(const DeployFileReader &) = delete;

    virtual void read(const YamlNode &root) = 0;

protected:
    void notMapped(const YamlNode &node, const QString &why);
    // "KEY is not mapped: WHY" at the key.
    void keyNotMapped(const YamlEntry &entry, const QString &why);
    QString origin(const YamlNode &node) const;

    // A scalar's text; reports (as not mapped, with what) anything else.
    std::optional<QString> text(const YamlNode &node, const QString &what);
    // A name OpsDeck accepts, made from text: as it is when valid, else with every other character
    // replaced by '-' (and cut to 63), guessed.
    static ImportedValue nameFrom(const QString &text);
    // The host with that address in env, added when new; nullptr (reported) when the address is not
    // valid or its name is taken by a host of another environment.
    ImportedHost *host(ImportedEnvironment &env, const QString &address, const YamlNode &at);
    // The service of that name on host, added with unit when new.
    ImportedService &service(ImportedHost &host, const ImportedValue &name, const ImportedValue &unit);
    // The unit of a service that runs in a container: none runs it, so the unit is named like the
    // container (`app-web`, `project-service`: no unit of the host's own, such as nginx.service, is
    // hit) and the host reports it as not found. Never docker.service, whose restart would restart
    // every container of the host.
    static ImportedValue containerUnit(const QString &service, const QString &tool);
    // A health URL that is http(s) with a host; else nullopt (reported at node).
    std::optional<QString> healthUrl(const QString &url, const YamlNode &node);

    QString m_file;
    ImportedFleet &m_fleet;
};

} // namespace opsdeck
