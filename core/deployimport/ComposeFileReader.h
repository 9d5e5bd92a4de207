#pragma once

// Reads a docker-compose.yml (the Compose Specification): each service becomes a service of the host
// that runs the file, its healthcheck a health URL when the test is a curl -f / wget probe of a
// port the service publishes (`ports`, short or long syntax). The file names no host and no
// environment: both are guessed (the project's name, production). Not thread-safe; one per file.

#include "DeployFileReader.h"

namespace opsdeck {

class ComposeFileReader final : public DeployFileReader
{
public:
    // project: the directory holding the file, the name Compose gives a project without `name:`.
    ComposeFileReader(QString file, ImportedFleet &fleet, QString project);

    static bool recognizes(const YamlNode &root);
    void read(const YamlNode &root) override;

private:
    void readService(const YamlEntry &entry, ImportedHost &host);
    // The compose app (strategy: compose) of the project's own services.
    void addApp(const YamlNode &services, ImportedHost &host, const QString &project);
    // The probe's URL as reached from outside, or nullopt (reported).
    std::optional<ImportedValue> healthFromTest(const YamlNode &test, const YamlNode *ports, const QString &hostAddress);

    QString m_project;
};

} // namespace opsdeck
