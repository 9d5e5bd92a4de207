#pragma once

// `opsdeck import` and File → Import…: existing deploy files (the Rails plan's config/deploy.yml,
// Kamal's config/deploy.yml, docker-compose.yml) into one fleet configuration, recognised by their
// content. The result is checked with the fleet schema before it is offered, so what it writes is
// what check-config accepts; a file that cannot be read, or matches none of the formats, fails the
// whole import (nothing is silently left out). Saving never replaces a file unless asked to.
// Thread-safe: no shared state; run it on a worker thread from the UI.

#include "config/ConfigError.h"

#include <QString>
#include <QStringList>

namespace opsdeck {

struct DeployImportResult {
    QString yaml;          // the fleet configuration; empty when errors
    ConfigErrors unmapped; // what the deploy files say that the configuration does not hold, and why
    ConfigErrors errors;   // why nothing could be imported
    QString summary;       // "2 environments, 2 hosts, …" of the written configuration

    bool ok() const { return errors.isEmpty(); }
};

namespace DeployImport {

// outputName: where the configuration will be saved (its positions in errors, its directory for
// relative paths); may be empty.
DeployImportResult importFiles(const QStringList &paths, const QString &outputName);
// Writes yaml to path: a new file, or with replace an existing one (atomically). Empty on success,
// else why not.
QString save(const QString &yaml, const QString &path, bool replace);

} // namespace DeployImport

} // namespace opsdeck
