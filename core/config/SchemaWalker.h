#pragma once

// Private to the configuration loader (the yaml-cpp adapter): the YAML reading toolkit that walks a
// node tree against a schema, collecting every error with its position and going on after one. Never
// included outside core/config's loader sources, so yaml-cpp stays inside its adapter.

#include "ConfigLoader.h"
#include "Duration.h"
#include "RemoteValueRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace opsdeck::detail {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A value as quoted in a message: long values are cut so the message stays readable.
inline QString shown(const QString &value)
{
    return value.size() <= 64 ? value : value.left(60) + QStringLiteral("… (%1 characters)").arg(value.size());
}


inline int editDistance(const QString &a, const QString &b)
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

// Thrown by the pre-pass when the event stream exceeds a limit; carries the position.
struct Field {
    const char *key;
    bool required = false;
};

// Walks the YAML tree against the schema, collecting errors with positions. Keeps going after an
// error so one run reports every problem.
class SchemaWalker final
{
public:
    SchemaWalker(QString file, QString baseDirectory, ConfigLoadResult &result)
        : m_file(std::move(file)), m_baseDirectory(std::move(baseDirectory)), m_result(result)
    {
    }

    std::optional<FleetConfig> walk(const YAML::Node &root);

private:
    void error(const YAML::Mark &mark, const QString &message)
    {
        if (m_result.errors.size() >= ConfigLoader::kMaxErrors) {
            ++m_result.suppressedErrors;
            return;
        }
        m_result.errors.append({m_file, mark.is_null() ? 0 : mark.line + 1, mark.is_null() ? 0 : mark.column + 1,
                                message});
    }
    void error(const YAML::Node &node, const QString &message) { error(node.Mark(), message); }

    static QString typeName(const YAML::Node &node)
    {
        switch (node.Type()) {
        case YAML::NodeType::Map: return Text::tr("a mapping");
        case YAML::NodeType::Sequence: return Text::tr("a list");
        case YAML::NodeType::Scalar: return Text::tr("a scalar");
        case YAML::NodeType::Null: return Text::tr("nothing");
        case YAML::NodeType::Undefined: break;
        }
        return Text::tr("nothing");
    }

    bool isMap(const YAML::Node &node, const QString &what)
    {
        if (node.IsMap())
            return true;
        error(node, Text::tr("%1 must be a mapping, found %2").arg(what, typeName(node)));
        return false;
    }

    // Visits each key of a mapping once: keys must be scalars, a repeated key is reported (keyWhat
    // names it: "key", "host", …) and skipped.
    template<typename Visit>
    void forEachKey(const YAML::Node &map, const QString &keyWhat, Visit visit)
    {
        QHash<QString, int> seenLines;
        for (auto it = map.begin(); it != map.end(); ++it) {
            if (!budget(it->first))
                break;
            if (!it->first.IsScalar()) {
                error(it->first, Text::tr("a %1 must be a plain scalar").arg(keyWhat));
                continue;
            }
            const QString key = qs(it->first.Scalar());
            if (seenLines.contains(key)) {
                error(it->first, Text::tr("duplicate %1 '%2' (first given on line %3)").arg(keyWhat, key).arg(seenLines.value(key)));
                continue;
            }
            seenLines.insert(key, it->first.Mark().line + 1);
            visit(key, it->first, it->second);
        }
    }

    // Returns the values of the allowed keys; reports unknown, duplicate and missing keys.
    QHash<QString, YAML::Node> fields(const YAML::Node &map, std::initializer_list<Field> allowed, const QString &what)
    {
        QHash<QString, YAML::Node> values;
        forEachKey(map, Text::tr("key"), [&](const QString &key, const YAML::Node &keyNode, const YAML::Node &value) {
            const auto known = std::find_if(allowed.begin(), allowed.end(),
                                            [&](const Field &f) { return key == QLatin1String(f.key); });
            if (known == allowed.end())
                error(keyNode, unknownKeyMessage(key, allowed, what));
            else
                values.insert(key, value);
        });
        for (const Field &f : allowed) {
            if (f.required && !values.contains(QLatin1String(f.key)))
                error(map, Text::tr("%1 is missing the required key '%2'").arg(what, QLatin1String(f.key)));
        }
        return values;
    }

    QString unknownKeyMessage(const QString &key, std::initializer_list<Field> allowed, const QString &what)
    {
        if (key == QLatin1String("<<"))
            return Text::tr("YAML merge keys ('<<') are not supported; put shared values under 'defaults'");
        QString best;
        int bestDistance = 1000;
        for (const Field &f : allowed) {
            const int d = editDistance(key.toLower(), QLatin1String(f.key));
            if (d < bestDistance) {
                bestDistance = d;
                best = QLatin1String(f.key);
            }
        }
        if (bestDistance <= std::max<qsizetype>(2, key.size() / 3))
            return Text::tr("unknown key '%1' in %2; did you mean '%3'?").arg(key, what, best);
        QStringList names;
        for (const Field &f : allowed)
            names.append(QLatin1String(f.key));
        return Text::tr("unknown key '%1' in %2; expected one of: %3").arg(key, what, names.join(QStringLiteral(", ")));
    }

    // Each named entry of a mapping (environments, hosts, …), with duplicate and name checks.
    template<typename Visit>
    void namedEntries(const YAML::Node &map, const QString &what, Visit visit)
    {
        forEachKey(map, what, [&](const QString &name, const YAML::Node &keyNode, const YAML::Node &value) {
            if (const QString why = RemoteValueRules::checkName(name); !why.isEmpty())
                error(keyNode, Text::tr("invalid %1 name '%2': %3").arg(what, shown(name), why));
            else
                visit(name, keyNode, value);
        });
    }

    bool budget(const YAML::Node &node)
    {
        if (++m_visited <= kMaxVisits)
            return true;
        if (!m_budgetReported) {
            m_budgetReported = true;
            error(node, Text::tr("the configuration is too large to check (more than %1 entries)").arg(kMaxVisits));
        }
        return false;
    }

    std::optional<QString> string(const YAML::Node &node, const QString &what)
    {
        if (!node.IsScalar()) {
            error(node, Text::tr("%1 must be a string, found %2").arg(what, typeName(node)));
            return std::nullopt;
        }
        return qs(node.Scalar());
    }

    bool isQuoted(const YAML::Node &node) const { return node.Tag() == "!"; }

    std::optional<long long> integer(const YAML::Node &node, const QString &what, long long min, long long max)
    {
        if (!node.IsScalar() || isQuoted(node)) {
            error(node, Text::tr("%1 must be a whole number, found %2").arg(what, node.IsScalar() ? Text::tr("a quoted string") : typeName(node)));
            return std::nullopt;
        }
        bool ok = false;
        const long long value = qs(node.Scalar()).toLongLong(&ok);
        if (!ok) {
            error(node, Text::tr("%1 must be a whole number, found '%2'").arg(what, qs(node.Scalar())));
            return std::nullopt;
        }
        if (value < min || value > max) {
            error(node, Text::tr("%1 must be between %2 and %3, found %4").arg(what).arg(min).arg(max).arg(value));
            return std::nullopt;
        }
        return value;
    }

    std::optional<double> number(const YAML::Node &node, const QString &what, double min, double max)
    {
        if (!node.IsScalar() || isQuoted(node)) {
            error(node, Text::tr("%1 must be a number, found %2").arg(what, node.IsScalar() ? Text::tr("a quoted string") : typeName(node)));
            return std::nullopt;
        }
        bool ok = false;
        const double value = qs(node.Scalar()).toDouble(&ok);
        if (!ok || !std::isfinite(value)) {
            error(node, Text::tr("%1 must be a number, found '%2'").arg(what, qs(node.Scalar())));
            return std::nullopt;
        }
        if (value < min || value > max) {
            error(node, Text::tr("%1 must be between %2 and %3, found %4").arg(what).arg(min).arg(max).arg(value));
            return std::nullopt;
        }
        return value;
    }

    std::optional<bool> boolean(const YAML::Node &node, const QString &what)
    {
        if (node.IsScalar() && !isQuoted(node)) {
            const QString text = qs(node.Scalar()).toLower();
            if (text == QLatin1String("true"))
                return true;
            if (text == QLatin1String("false"))
                return false;
        }
        error(node, Text::tr("%1 must be true or false").arg(what));
        return std::nullopt;
    }

    std::optional<Milliseconds> duration(const YAML::Node &node, const QString &what, Milliseconds min, Milliseconds max)
    {
        if (!node.IsScalar()) {
            error(node, Text::tr("%1 must be a duration such as 10s, 5m or 24h, found %2").arg(what, typeName(node)));
            return std::nullopt;
        }
        const auto value = Duration::parse(qs(node.Scalar()));
        if (!value) {
            error(node, Text::tr("%1 must be a duration such as 10s, 5m or 24h, found '%2'").arg(what, qs(node.Scalar())));
            return std::nullopt;
        }
        if (*value < min || *value > max) {
            error(node, Text::tr("%1 must be between %2 and %3, found %4")
                            .arg(what, Duration::format(min), Duration::format(max), Duration::format(*value)));
            return std::nullopt;
        }
        return value;
    }

    std::optional<QStringList> stringList(const YAML::Node &node, const QString &what)
    {
        if (!node.IsSequence()) {
            error(node, Text::tr("%1 must be a list, found %2").arg(what, typeName(node)));
            return std::nullopt;
        }
        QStringList values;
        bool ok = true;
        for (const auto &item : node) {
            if (!budget(item))
                return std::nullopt;
            if (auto value = string(item, what))
                values.append(*value);
            else
                ok = false;
        }
        return ok ? std::optional(values) : std::nullopt;
    }

    // A name checked by a RemoteValueRules function.
    template<typename Rule>
    std::optional<QString> checked(const YAML::Node &node, const QString &what, Rule rule)
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

    std::optional<QString> localPath(const YAML::Node &node, const QString &what)
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

    void readDefaults(const YAML::Node &node, FleetConfig &config);
    void readThresholds(const YAML::Node &node, Thresholds &thresholds);
    void readRoles(const YAML::Node &node, FleetConfig &config);
    void readPeople(const YAML::Node &node, FleetConfig &config);
    void readEnvironment(const QString &name, const YAML::Node &node, FleetConfig &config);
    void readHost(HostConfig &host, const YAML::Node &node, const FleetConfig &config);
    void readService(ServiceConfig &service, const YAML::Node &node, const FleetConfig &config);
    void readHealth(QList<HealthCheckConfig> &checks, const YAML::Node &node, const FleetConfig &config);
    void readApp(AppConfig &app, const YAML::Node &node);
    void readBackup(BackupConfig &backup, const YAML::Node &node, const FleetConfig &config);
    void checkJumpHosts(const FleetConfig &config);

    static constexpr int kMaxVisits = 200'000;

    QString m_file;
    QString m_baseDirectory;
    ConfigLoadResult &m_result;
    int m_visited = 0;
    bool m_budgetReported = false;
    QHash<QString, YAML::Mark> m_hostMarks;
    QHash<QString, YAML::Mark> m_jumpMarks;
    bool m_userFromLocal = false;
    bool m_portFromDefaults = false;
};


} // namespace opsdeck::detail
