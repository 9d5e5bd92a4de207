#include "ConfigLoader.h"

#include "FleetSchema.h"
#include "YamlTree.h"

#include <QFileInfo>

namespace opsdeck {

ConfigLoadResult ConfigLoader::loadFile(const QString &path)
{
    return fromTree(YamlTree::parseFile(path), path, QFileInfo(path).absolutePath());
}

ConfigLoadResult ConfigLoader::loadBytes(const QByteArray &bytes, const QString &displayName,
                                         const QString &baseDirectory)
{
    return fromTree(YamlTree::parse(bytes, displayName), displayName, baseDirectory);
}

ConfigLoadResult ConfigLoader::fromTree(const YamlParseResult &parsed, const QString &displayName,
                                        const QString &baseDirectory)
{
    ConfigLoadResult result;
    result.errors = parsed.errors;
    if (!parsed.root)
        return result;
    FleetSchema::read(*parsed.root, displayName, baseDirectory, result);
    if (!result.errors.isEmpty())
        result.config.reset();
    YamlTree::sortByPosition(result.errors);
    return result;
}

} // namespace opsdeck
