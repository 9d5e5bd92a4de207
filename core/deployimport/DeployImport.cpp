#include "DeployImport.h"

#include "ComposeFileReader.h"
#include "FleetYamlWriter.h"
#include "KamalConfigReader.h"
#include "RailsPlanReader.h"
#include "config/ConfigLoader.h"
#include "config/YamlTree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <memory>

namespace opsdeck::DeployImport {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeployImport)
};

std::unique_ptr<DeployFileReader> readerFor(const YamlNode &root, const QString &path, ImportedFleet &fleet)
{
    const QFileInfo info(path);
    if (KamalConfigReader::recognizes(root)) {
        // config/deploy.DEST.yml is Kamal's destination DEST.
        static const QRegularExpression destination(QStringLiteral("^deploy\\.([^.]+)\\.ya?ml$"));
        const auto match = destination.match(info.fileName());
        return std::make_unique<KamalConfigReader>(path, fleet, match.hasMatch() ? match.captured(1) : QString());
    }
    if (ComposeFileReader::recognizes(root))
        return std::make_unique<ComposeFileReader>(path, fleet, info.absoluteDir().dirName());
    if (RailsPlanReader::recognizes(root))
        return std::make_unique<RailsPlanReader>(path, fleet);
    return nullptr;
}

} // namespace

DeployImportResult importFiles(const QStringList &paths, const QString &outputName)
{
    DeployImportResult result;
    ImportedFleet fleet;
    for (const QString &path : paths) {
        const YamlParseResult parsed = YamlTree::parseFile(path);
        if (!parsed.root) {
            result.errors += parsed.errors;
            continue;
        }
        fleet.sources.append(path);
        const std::unique_ptr<DeployFileReader> reader = readerFor(*parsed.root, path, fleet);
        if (!reader) {
            result.errors.append({path, 1, 1,
                                  Text::tr("not a deploy file OpsDeck imports: expected the Rails plan's config/deploy.yml "
                                           "(environments with host:), Kamal's config/deploy.yml (service:) or a "
                                           "docker-compose.yml (services:)")});
            continue;
        }
        const qsizetype before = fleet.unmapped.size();
        reader->read(*parsed.root);
        // In the order of the file, whatever order the reader met them in.
        ConfigErrors ofThisFile = fleet.unmapped.mid(before);
        YamlTree::sortByPosition(ofThisFile);
        fleet.unmapped = fleet.unmapped.mid(0, before) + ofThisFile;
    }
    result.unmapped = fleet.unmapped;
    if (!result.errors.isEmpty())
        return result;
    const bool anyHost = std::any_of(fleet.environments.cbegin(), fleet.environments.cend(),
                                     [](const ImportedEnvironment &env) { return !env.hosts.isEmpty(); });
    if (!anyHost) {
        result.errors.append({paths.value(0), 1, 1, Text::tr("nothing to import: no host could be read (see what was not mapped)")});
        return result;
    }
    const QString yaml = FleetYamlWriter::write(fleet);
    const QString name = outputName.isEmpty() ? QStringLiteral("fleet.yaml") : outputName;
    const ConfigLoadResult check =
        ConfigLoader::loadBytes(yaml.toUtf8(), name, QFileInfo(name).absolutePath());
    if (!check.ok()) {
        // A value the readers let through that the schema refuses: say so rather than write a bad file.
        for (const ConfigError &error : check.errors)
            result.errors.append({error.file, error.line, error.column,
                                  Text::tr("the imported configuration does not pass check-config: %1").arg(error.message)});
        return result;
    }
    result.yaml = yaml;
    result.summary = check.config->summary();
    return result;
}

QString save(const QString &yaml, const QString &path, bool replace)
{
    const QByteArray bytes = yaml.toUtf8();
    if (!replace) {
        // NewOnly: created here or not at all, even if another program creates the file meanwhile.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path))
                return Text::tr("%1 exists; it is replaced only when asked to (--force)").arg(path);
            return Text::tr("cannot create %1: %2").arg(path, file.errorString());
        }
        if (file.write(bytes) != bytes.size() || !file.flush()) {
            const QString why = file.errorString();
            file.remove();
            return Text::tr("cannot write %1: %2").arg(path, why);
        }
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Text::tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace opsdeck::DeployImport
