#pragma once

// What headless verbs share: the configuration (from --config, $OPSDECK_CONFIG or the file the
// window used last), exit codes, and printing. Main thread.

#include "config/FleetConfig.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <optional>

namespace opsdeck {

namespace ExitCode {
constexpr int Succeeded = 0;
constexpr int Failed = 1;
constexpr int Unknown = 2;    // the outcome could not be verified
constexpr int Refused = 3;    // not attempted: locked, no store, unknown host key, …
constexpr int Config = 4;     // the configuration could not be loaded
constexpr int Usage = 64;
} // namespace ExitCode

class CliContext final
{
public:
    CliContext();
    static QCommandLineOption configOption();
    static QCommandLineOption storeOption();

    // Loads the configuration named by the parser (or the defaults); prints errors to stderr.
    std::optional<FleetConfig> loadConfig(const QCommandLineParser &parser);

    QTextStream out;
    QTextStream err;
};

} // namespace opsdeck
