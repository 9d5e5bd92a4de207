#pragma once

// A YAML document as plain values, read under the limits every OpsDeck file shares (size, UTF-8,
// one document, nesting, aliases, node count) so no hostile input reaches a schema walk. The fleet
// configuration and checklist templates are both read through here; yaml-cpp stays in YamlTree.cpp.
// Pure; thread-safe.

#include "ConfigError.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace opsdeck {

struct YamlEntry;

struct YamlNode {
    enum class Type { Null, Scalar, Sequence, Map };
    Type type = Type::Null;
    QString scalar;
    bool quoted = false; // '…' or "…": text, never a number or a boolean
    int line = 0;        // 1-based; 0 when unknown
    int column = 0;
    std::vector<YamlNode> items;    // Sequence
    std::vector<YamlEntry> entries; // Map, in file order; a repeated key is kept so it can be reported

    bool isNull() const { return type == Type::Null; }
    bool isScalar() const { return type == Type::Scalar; }
    bool isSequence() const { return type == Type::Sequence; }
    bool isMap() const { return type == Type::Map; }
    qsizetype size() const;
};

struct YamlEntry {
    YamlNode key;
    YamlNode value;
};

// After YamlEntry is complete: the vector's size needs it.
inline qsizetype YamlNode::size() const
{
    return isMap() ? qsizetype(entries.size()) : qsizetype(items.size());
}

struct YamlParseResult {
    std::optional<YamlNode> root; // set when the text is one well-formed document within the limits
    ConfigErrors errors;
};

namespace YamlTree {

constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
constexpr int kMaxNesting = 64;
constexpr int kMaxAliases = 100;
constexpr int kMaxNodes = 200'000; // after aliases are expanded

// displayName is what errors show as the file.
YamlParseResult parse(const QByteArray &bytes, const QString &displayName);
// Reads at most kMaxFileBytes (a file growing while read is refused), then parse().
YamlParseResult parseFile(const QString &path);

// Orders errors by position, as a compiler lists them (stable for errors at the same place).
void sortByPosition(ConfigErrors &errors);

} // namespace YamlTree

} // namespace opsdeck
