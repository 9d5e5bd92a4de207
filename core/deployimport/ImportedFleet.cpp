#include "ImportedFleet.h"

namespace opsdeck {

ImportedService *ImportedHost::findService(const QString &serviceName)
{
    for (ImportedService &service : services) {
        if (service.name.value == serviceName)
            return &service;
    }
    return nullptr;
}

ImportedEnvironment &ImportedFleet::environment(const ImportedValue &name)
{
    for (ImportedEnvironment &existing : environments) {
        if (existing.name.value == name.value) {
            if (name.guess.isEmpty()) // another file names it: no longer a guess
                existing.name.guess.clear();
            return existing;
        }
    }
    environments.append(ImportedEnvironment{name, {}});
    return environments.last();
}

ImportedHost *ImportedFleet::findHost(const QString &name, QString *environmentName)
{
    for (ImportedEnvironment &env : environments) {
        for (ImportedHost &host : env.hosts) {
            if (host.name.value == name) {
                if (environmentName)
                    *environmentName = env.name.value;
                return &host;
            }
        }
    }
    return nullptr;
}

void ImportedFleet::notMapped(const QString &file, int line, int column, const QString &message)
{
    unmapped.append(ConfigError{file, line, column, message});
}

} // namespace opsdeck
