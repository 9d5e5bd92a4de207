#pragma once

// What the configuration schema tests share: a test document's node tree, and the errors a walk
// collected as "line:column: message". Header-only.

#include "config/ConfigError.h"
#include "config/YamlTree.h"

#include <QByteArray>
#include <QStringList>

#include <cstdlib>

namespace opsdeck::testing {

// The tree of a test document; a document that does not parse is a broken test.
inline YamlNode parsedYaml(const QByteArray &yaml)
{
    YamlParseResult result = YamlTree::parse(yaml, QStringLiteral("fleet.yaml"));
    if (!result.root)
        qFatal("test YAML does not parse");
    return *result.root;
}

inline QStringList errorTexts(const ConfigErrors &errors)
{
    QStringList out;
    for (const ConfigError &e : errors)
        out << QStringLiteral("%1:%2: %3").arg(e.line).arg(e.column).arg(e.message);
    return out;
}

} // namespace opsdeck::testing
