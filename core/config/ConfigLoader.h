#pragma once

// Reads and validates a fleet configuration file (docs/config.md). Every problem is reported with its
// position; hostile input (huge, deeply nested, alias bombs, invalid UTF-8) ends in an error, never a
// crash or a hang. Thread-safe: no shared state; run it on a worker thread for files on slow disks.

#include "ConfigError.h"
#include "FleetConfig.h"
#include "YamlTree.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace opsdeck {

struct ConfigLoadResult {
    std::optional<FleetConfig> config; // set only when errors is empty
    ConfigErrors errors;
    int suppressedErrors = 0; // errors beyond the reporting cap

    bool ok() const { return config.has_value(); }
};

class ConfigLoader final
{
public:
    static constexpr qint64 kMaxFileBytes = YamlTree::kMaxFileBytes;
    static constexpr int kMaxNesting = YamlTree::kMaxNesting;
    static constexpr int kMaxAliases = YamlTree::kMaxAliases;
    static constexpr int kMaxErrors = 200;

    static ConfigLoadResult loadFile(const QString &path);
    // displayName is used in error positions; relative local paths resolve against baseDirectory.
    static ConfigLoadResult loadBytes(const QByteArray &bytes, const QString &displayName,
                                      const QString &baseDirectory);

private:
    static ConfigLoadResult fromTree(const YamlParseResult &parsed, const QString &displayName,
                                     const QString &baseDirectory);
};

} // namespace opsdeck
