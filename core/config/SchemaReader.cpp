#include "SchemaReader.h"

#include "Duration.h"
#include "RemoteValueRules.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>
#include <cmath>

namespace opsdeck {

namespace {
// The fleet configuration was the first schema; its translations are shared by every YAML file.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};
} // namespace

SchemaReader::SchemaReader(QString file, QString baseDirectory, ConfigErrors &errors, int &suppressed, int maxErrors)
    : m_file(std::move(file)), m_baseDirectory(std::move(baseDirectory)), m_errors(errors), m_suppressed(suppressed),
      m_maxErrors(maxErrors)
{
}

void SchemaReader::error(int line, int column, const QString &message)
{
    if (m_errors.size() >= m_maxErrors) {
        ++m_suppressed;
        return;
    }
    m_errors.append({m_file, line, column, message});
}

QString SchemaReader::typeName(const YamlNode &node)
{
    switch (node.type) {
    case YamlNode::Type::Map: return Text::tr("a mapping");
    case YamlNode::Type::Sequence: return Text::tr("a list");
    case YamlNode::Type::Scalar: return Text::tr("a scalar");
    case YamlNode::Type::Null: break;
    }
    return Text::tr("nothing");
}

QString SchemaReader::shown(const QString &value)
{
    return value.size() <= 64 ? value : value.left(60) + QStringLiteral("… (%1 characters)").arg(value.size());
}

int SchemaReader::editDistance(const QString &a, const QString &b)
{
    QList<int> previous(b.size() + 1);
    QList<int> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool SchemaReader::isMap(const YamlNode &node, const QString &what)
{
    if (node.isMap())
        return true;
    error(node, Text::tr("%1 must be a mapping, found %2").arg(what, typeName(node)));
    return false;
}

void SchemaReader::forEachKey(const YamlNode &map, const QString &keyWhat,
                              const std::function<void(const QString &, const YamlNode &, const YamlNode &)> &visit)
{
    QHash<QString, int> seenLines;
    for (const YamlEntry &entry : map.entries) {
        if (!entry.key.isScalar()) {
            error(entry.key, Text::tr("a %1 must be a plain scalar").arg(keyWhat));
            continue;
        }
        const QString &key = entry.key.scalar;
        if (seenLines.contains(key)) {
            error(entry.key, Text::tr("duplicate %1 '%2' (first given on line %3)").arg(keyWhat, key).arg(seenLines.value(key)));
            continue;
        }
        seenLines.insert(key, entry.key.line);
        visit(key, entry.key, entry.value);
    }
}

SchemaFields SchemaReader::fields(const YamlNode &map, std::initializer_list<SchemaField> allowed, const QString &what)
{
    SchemaFields values;
    forEachKey(map, Text::tr("key"), [&](const QString &key, const YamlNode &keyNode, const YamlNode &value) {
        const auto known = std::find_if(allowed.begin(), allowed.end(),
                                        [&](const SchemaField &f) { return key == QLatin1String(f.key); });
        if (known == allowed.end())
            error(keyNode, unknownKeyMessage(key, allowed, what));
        else
            values.insert(key, &value);
    });
    for (const SchemaField &f : allowed) {
        if (f.required && !values.has(f.key))
            error(map, Text::tr("%1 is missing the required key '%2'").arg(what, QLatin1String(f.key)));
    }
    return values;
}

QString SchemaReader::unknownKeyMessage(const QString &key, std::initializer_list<SchemaField> allowed, const QString &what) const
{
    if (key == QLatin1String("<<"))
        return Text::tr("YAML merge keys ('<<') are not supported; put shared values under 'defaults'");
    QString best;
    int bestDistance = 1000;
    for (const SchemaField &f : allowed) {
        const int d = editDistance(key.toLower(), QLatin1String(f.key));
        if (d < bestDistance) {
            bestDistance = d;
            best = QLatin1String(f.key);
        }
    }
    if (bestDistance <= std::max<qsizetype>(2, key.size() / 3))
        return Text::tr("unknown key '%1' in %2; did you mean '%3'?").arg(key, what, best);
    QStringList names;
    for (const SchemaField &f : allowed)
        names.append(QLatin1String(f.key));
    return Text::tr("unknown key '%1' in %2; expected one of: %3").arg(key, what, names.join(QStringLiteral(", ")));
}

void SchemaReader::namedEntries(const YamlNode &map, const QString &what,
                                const std::function<void(const QString &, const YamlNode &, const YamlNode &)> &visit)
{
    forEachKey(map, what, [&](const QString &name, const YamlNode &keyNode, const YamlNode &value) {
        if (const QString why = RemoteValueRules::checkName(name); !why.isEmpty())
            error(keyNode, Text::tr("invalid %1 name '%2': %3").arg(what, shown(name), why));
        else
            visit(name, keyNode, value);
    });
}

std::optional<QString> SchemaReader::string(const YamlNode &node, const QString &what)
{
    if (!node.isScalar()) {
        error(node, Text::tr("%1 must be a string, found %2").arg(what, typeName(node)));
        return std::nullopt;
    }
    return node.scalar;
}

std::optional<long long> SchemaReader::integer(const YamlNode &node, const QString &what, long long min, long long max)
{
    if (!node.isScalar() || node.quoted) {
        error(node, Text::tr("%1 must be a whole number, found %2").arg(what, node.isScalar() ? Text::tr("a quoted string") : typeName(node)));
        return std::nullopt;
    }
    bool ok = false;
    const long long value = node.scalar.toLongLong(&ok);
    if (!ok) {
        error(node, Text::tr("%1 must be a whole number, found '%2'").arg(what, node.scalar));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node, Text::tr("%1 must be between %2 and %3, found %4").arg(what).arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<double> SchemaReader::number(const YamlNode &node, const QString &what, double min, double max)
{
    if (!node.isScalar() || node.quoted) {
        error(node, Text::tr("%1 must be a number, found %2").arg(what, node.isScalar() ? Text::tr("a quoted string") : typeName(node)));
        return std::nullopt;
    }
    bool ok = false;
    const double value = node.scalar.toDouble(&ok);
    if (!ok || !std::isfinite(value)) {
        error(node, Text::tr("%1 must be a number, found '%2'").arg(what, node.scalar));
        return std::nullopt;
    }
    if (value < min || value > max) {
        error(node, Text::tr("%1 must be between %2 and %3, found %4").arg(what).arg(min).arg(max).arg(value));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> SchemaReader::boolean(const YamlNode &node, const QString &what)
{
    if (node.isScalar() && !node.quoted) {
        const QString text = node.scalar.toLower();
        if (text == QLatin1String("true"))
            return true;
        if (text == QLatin1String("false"))
            return false;
    }
    error(node, Text::tr("%1 must be true or false").arg(what));
    return std::nullopt;
}

std::optional<Milliseconds> SchemaReader::duration(const YamlNode &node, const QString &what, Milliseconds min, Milliseconds max)
{
    if (!node.isScalar()) {
        error(node, Text::tr("%1 must be a duration such as 10s, 5m or 24h, found %2").arg(what, typeName(node)));
        return std::nullopt;
    }
    const auto value = Duration::parse(node.scalar);
    if (!value) {
        error(node, Text::tr("%1 must be a duration such as 10s, 5m or 24h, found '%2'").arg(what, node.scalar));
        return std::nullopt;
    }
    if (*value < min || *value > max) {
        error(node, Text::tr("%1 must be between %2 and %3, found %4")
                        .arg(what, Duration::format(min), Duration::format(max), Duration::format(*value)));
        return std::nullopt;
    }
    return value;
}

std::optional<QStringList> SchemaReader::stringList(const YamlNode &node, const QString &what)
{
    if (!node.isSequence()) {
        error(node, Text::tr("%1 must be a list, found %2").arg(what, typeName(node)));
        return std::nullopt;
    }
    QStringList values;
    bool ok = true;
    for (const YamlNode &item : node.items) {
        if (auto value = string(item, what))
            values.append(*value);
        else
            ok = false;
    }
    return ok ? std::optional(values) : std::nullopt;
}

std::optional<QString> SchemaReader::checked(const YamlNode &node, const QString &what,
                                             const std::function<QString(const QString &)> &rule)
{
    auto value = string(node, what);
    if (!value)
        return std::nullopt;
    if (const QString why = rule(*value); !why.isEmpty()) {
        error(node, Text::tr("invalid %1 '%2': %3").arg(what, shown(*value), why));
        return std::nullopt;
    }
    return value;
}

std::optional<QString> SchemaReader::localPath(const YamlNode &node, const QString &what)
{
    auto value = string(node, what);
    if (!value)
        return std::nullopt;
    if (value->isEmpty() || value->contains(QChar(u'\0'))) {
        error(node, Text::tr("%1 may not be empty").arg(what));
        return std::nullopt;
    }
    if (value->startsWith(QStringLiteral("~/")))
        return QDir::homePath() + value->mid(1);
    return QDir::cleanPath(QDir(m_baseDirectory).absoluteFilePath(*value));
}

} // namespace opsdeck
