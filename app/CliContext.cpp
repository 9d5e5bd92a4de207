#include "CliContext.h"

#include "config/ConfigLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QSettings>

namespace opsdeck {

CliContext::CliContext() : out(stdout), err(stderr) {}

QCommandLineOption CliContext::configOption()
{
    return {QStringLiteral("config"),
            QCoreApplication::translate("CliContext", "Fleet configuration (default: $OPSDECK_CONFIG, else the file the window used last)."),
            QStringLiteral("FILE")};
}

QCommandLineOption CliContext::storeOption()
{
    return {QStringLiteral("store"), QCoreApplication::translate("CliContext", "Store URI (default: the local SQLite store)."),
            QStringLiteral("URI")};
}

std::optional<FleetConfig> CliContext::loadConfig(const QCommandLineParser &parser)
{
    QString file = parser.value(QStringLiteral("config"));
    if (file.isEmpty())
        file = qEnvironmentVariable("OPSDECK_CONFIG");
    if (file.isEmpty())
        file = QSettings().value(QStringLiteral("config/lastFile")).toString();
    if (file.isEmpty()) {
        err << QCoreApplication::translate("CliContext", "opsdeck: no configuration; give --config FILE or set OPSDECK_CONFIG")
            << Qt::endl;
        return std::nullopt;
    }
    const ConfigLoadResult result = ConfigLoader::loadFile(file);
    if (!result.ok()) {
        for (const ConfigError &error : result.errors)
            err << error.toString() << u'\n';
        err.flush();
        return std::nullopt;
    }
    return result.config;
}

} // namespace opsdeck
