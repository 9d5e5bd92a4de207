#pragma once

// The typed walk over a YamlNode tree that every OpsDeck file shares: mappings with a fixed set of
// keys (unknown keys get a "did you mean"), repeated keys reported, typed scalars with ranges, names
// and paths checked, and every error collected with its position (capped) so one run reports every
// problem. The fleet schema and the checklist template schema derive from it. Not thread-safe; one
// reader per walk.

#include "ConfigError.h"
#include "FleetConfig.h"
#include "YamlTree.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

namespace opsdeck {

struct SchemaField {
    const char *key;
    bool required = false;
};

// The values of one mapping's allowed keys, pointing into the tree being walked.
class SchemaFields final
{
public:
    bool has(const char *key) const { return m_values.contains(QLatin1String(key)); }
    // Only for a key that has().
    const YamlNode &operator[](const char *key) const { return *m_values.value(QLatin1String(key)); }
    void insert(const QString &key, const YamlNode *value) { m_values.insert(key, value); }

private:
    QHash<QString, const YamlNode *> m_values;
};

class SchemaReader
{
public:
    // Errors beyond maxErrors are only counted in suppressed.
    SchemaReader(QString file, QString baseDirectory, ConfigErrors &errors, int &suppressed, int maxErrors = 200);

    void error(int line, int column, const QString &message);
    void error(const YamlNode &node, const QString &message) { error(node.line, node.column, message); }
    bool hasErrors() const { return !m_errors.isEmpty() || m_suppressed > 0; }
    const QString &file() const { return m_file; }

    static QString typeName(const YamlNode &node);
    // A value as quoted in a message: long values are cut so the message stays readable.
    static QString shown(const QString &value);
    static int editDistance(const QString &a, const QString &b);

    bool isMap(const YamlNode &node, const QString &what);
    // Visits each key of a mapping once: keys must be scalars; a repeated key is reported (keyWhat
    // names it: "key", "host", …) and skipped.
    void forEachKey(const YamlNode &map, const QString &keyWhat,
                    const std::function<void(const QString &key, const YamlNode &keyNode, const YamlNode &value)> &visit);
    // The values of the allowed keys; reports unknown, repeated and missing required keys.
    SchemaFields fields(const YamlNode &map, std::initializer_list<SchemaField> allowed, const QString &what);
    QString unknownKeyMessage(const QString &key, std::initializer_list<SchemaField> allowed, const QString &what) const;
    // Each named entry of a mapping (environments, hosts, …): repeated and invalid names are reported.
    void namedEntries(const YamlNode &map, const QString &what,
                      const std::function<void(const QString &name, const YamlNode &keyNode, const YamlNode &value)> &visit);

    std::optional<QString> string(const YamlNode &node, const QString &what);
    std::optional<long long> integer(const YamlNode &node, const QString &what, long long min, long long max);
    std::optional<double> number(const YamlNode &node, const QString &what, double min, double max);
    std::optional<bool> boolean(const YamlNode &node, const QString &what);
    std::optional<Milliseconds> duration(const YamlNode &node, const QString &what, Milliseconds min, Milliseconds max);
    std::optional<QStringList> stringList(const YamlNode &node, const QString &what);
    // A string checked by a rule returning why it is invalid (empty when valid), e.g. RemoteValueRules.
    std::optional<QString> checked(const YamlNode &node, const QString &what, const std::function<QString(const QString &)> &rule);
    // A local path: "~/" is the home directory, relative paths are relative to the base directory.
    std::optional<QString> localPath(const YamlNode &node, const QString &what);

private:
    QString m_file;
    QString m_baseDirectory;
    ConfigErrors &m_errors;
    int &m_suppressed;
    int m_maxErrors;
};

} // namespace opsdeck
