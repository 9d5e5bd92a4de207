// The fleet configuration's schema (docs/config.md): builds the YAML node tree and walks it, collecting
// every error with its position and going on after one. Part of the yaml-cpp adapter with
// ConfigLoader.cpp; yaml-cpp appears in no header.

#include "FleetSchema.h"

#include "Duration.h"
#include "RemoteValueRules.h"
#include "support/LocalAccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cmath>
#include <string>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

// A value as quoted in a message: long values are cut so the message stays readable.
QString shown(const QString &value)
{
    return value.size() <= 64 ? value : value.left(60) + QStringLiteral("… (%1 characters)").arg(value.size());
}


int editDistance(const QString &a, const QString &b)
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




std::optional<FleetConfig> SchemaWalker::walk(const YAML::Node &root)
{
    if (!isMap(root, Text::tr("the top level")))
        return std::nullopt;
    FleetConfig config;
    config.sourceFile = m_file;
    config.ssh.user = LocalAccount::loginName();
    m_userFromLocal = true;
    config.ssh.knownHostsFile = QDir::homePath() + QStringLiteral("/.ssh/known_hosts");

    const auto top = fields(root,
                            {{"version", true},
                             {"defaults"},
                             {"thresholds"},
                             {"roles"},
                             {"people"},
                             {"checklists"},
                             {"environments", true}},
                            Text::tr("the top level"));
    if (top.contains(QStringLiteral("version"))) {
        const YAML::Node v = top.value(QStringLiteral("version"));
        if (auto version = integer(v, Text::tr("version"), 0, 1'000'000); version && *version != 1)
            error(v, Text::tr("unsupported configuration version %1; this OpsDeck reads version 1").arg(*version));
    }
    if (top.contains(QStringLiteral("defaults")))
        readDefaults(top.value(QStringLiteral("defaults")), config);
    if (top.contains(QStringLiteral("thresholds")))
        readThresholds(top.value(QStringLiteral("thresholds")), config.thresholds);
    if (top.contains(QStringLiteral("roles")))
        readRoles(top.value(QStringLiteral("roles")), config);
    if (top.contains(QStringLiteral("people")))
        readPeople(top.value(QStringLiteral("people")), config);
    if (top.contains(QStringLiteral("checklists"))) {
        const YAML::Node node = top.value(QStringLiteral("checklists"));
        if (auto path = localPath(node, Text::tr("checklists"))) {
            if (!QFileInfo(*path).isDir())
                error(node, Text::tr("checklist directory '%1' does not exist").arg(*path));
            config.checklistDirectory = *path;
        }
    }
    if (top.contains(QStringLiteral("environments"))) {
        const YAML::Node envs = top.value(QStringLiteral("environments"));
        if (isMap(envs, Text::tr("environments"))) {
            if (envs.size() == 0)
                error(envs, Text::tr("at least one environment is required"));
            namedEntries(envs, Text::tr("environment"), [&](const QString &name, const YAML::Node &, const YAML::Node &value) {
                readEnvironment(name, value, config);
            });
        }
    }
    checkJumpHosts(config);
    if (!m_result.errors.isEmpty() || m_result.suppressedErrors > 0)
        return std::nullopt;
    return config;
}

void SchemaWalker::readDefaults(const YAML::Node &node, FleetConfig &config)
{
    if (!isMap(node, Text::tr("defaults")))
        return;
    const auto f = fields(node,
                          {{"user"}, {"port"}, {"identity_file"}, {"known_hosts"}, {"connect_timeout"},
                           {"command_timeout"}, {"idle_timeout"}, {"keepalive_interval"}, {"health_interval"},
                           {"health_timeout"}},
                          Text::tr("defaults"));
    using namespace std::chrono_literals;
    if (f.contains(QStringLiteral("user"))) {
        if (auto v = checked(f.value(QStringLiteral("user")), Text::tr("user name"), RemoteValueRules::checkUserName)) {
            config.ssh.user = *v;
            m_userFromLocal = false;
        }
    }
    if (f.contains(QStringLiteral("port"))) {
        if (auto v = integer(f.value(QStringLiteral("port")), Text::tr("port"), 1, 65535)) {
            config.ssh.port = int(*v);
            m_portFromDefaults = true;
        }
    }
    if (f.contains(QStringLiteral("identity_file"))) {
        if (auto v = localPath(f.value(QStringLiteral("identity_file")), Text::tr("identity_file")))
            config.ssh.identityFile = *v;
    }
    if (f.contains(QStringLiteral("known_hosts"))) {
        if (auto v = localPath(f.value(QStringLiteral("known_hosts")), Text::tr("known_hosts")))
            config.ssh.knownHostsFile = *v;
    }
    if (f.contains(QStringLiteral("connect_timeout"))) {
        if (auto v = duration(f.value(QStringLiteral("connect_timeout")), Text::tr("connect_timeout"), 1s, 5min))
            config.ssh.connectTimeout = *v;
    }
    if (f.contains(QStringLiteral("command_timeout"))) {
        if (auto v = duration(f.value(QStringLiteral("command_timeout")), Text::tr("command_timeout"), 1s, 1h))
            config.ssh.commandTimeout = *v;
    }
    if (f.contains(QStringLiteral("idle_timeout"))) {
        if (auto v = duration(f.value(QStringLiteral("idle_timeout")), Text::tr("idle_timeout"), 10s, 24h))
            config.ssh.idleTimeout = *v;
    }
    if (f.contains(QStringLiteral("keepalive_interval"))) {
        if (auto v = duration(f.value(QStringLiteral("keepalive_interval")), Text::tr("keepalive_interval"), 1s, 1h))
            config.ssh.keepaliveInterval = *v;
    }
    if (f.contains(QStringLiteral("health_interval"))) {
        if (auto v = duration(f.value(QStringLiteral("health_interval")), Text::tr("health_interval"), 1s, 1h))
            config.healthInterval = *v;
    }
    if (f.contains(QStringLiteral("health_timeout"))) {
        const YAML::Node t = f.value(QStringLiteral("health_timeout"));
        if (auto v = duration(t, Text::tr("health_timeout"), 100ms, 5min)) {
            if (*v >= config.healthInterval)
                error(t, Text::tr("health_timeout (%1) must be shorter than health_interval (%2)")
                             .arg(Duration::format(*v), Duration::format(config.healthInterval)));
            else
                config.healthTimeout = *v;
        }
    }
}

void SchemaWalker::readThresholds(const YAML::Node &node, Thresholds &t)
{
    if (!isMap(node, Text::tr("thresholds")))
        return;
    using namespace std::chrono_literals;
    const auto f = fields(node,
                          {{"response_time_warning"}, {"memory_percent"}, {"cpu_percent"}, {"cpu_sustained"},
                           {"disk_free_percent"}, {"backup_max_age"}},
                          Text::tr("thresholds"));
    if (f.contains(QStringLiteral("response_time_warning"))) {
        if (auto v = duration(f.value(QStringLiteral("response_time_warning")), Text::tr("response_time_warning"), 1ms, 5min))
            t.responseTimeWarning = *v;
    }
    if (f.contains(QStringLiteral("memory_percent"))) {
        if (auto v = number(f.value(QStringLiteral("memory_percent")), Text::tr("memory_percent"), 1, 100))
            t.memoryPercent = *v;
    }
    if (f.contains(QStringLiteral("cpu_percent"))) {
        if (auto v = number(f.value(QStringLiteral("cpu_percent")), Text::tr("cpu_percent"), 1, 100))
            t.cpuPercent = *v;
    }
    if (f.contains(QStringLiteral("cpu_sustained"))) {
        if (auto v = duration(f.value(QStringLiteral("cpu_sustained")), Text::tr("cpu_sustained"), 0s, 1h))
            t.cpuSustained = *v;
    }
    if (f.contains(QStringLiteral("disk_free_percent"))) {
        if (auto v = number(f.value(QStringLiteral("disk_free_percent")), Text::tr("disk_free_percent"), 0, 99))
            t.diskFreePercent = *v;
    }
    if (f.contains(QStringLiteral("backup_max_age"))) {
        if (auto v = duration(f.value(QStringLiteral("backup_max_age")), Text::tr("backup_max_age"), 1min, 90 * 24h))
            t.backupMaxAge = *v;
    }
}

void SchemaWalker::readRoles(const YAML::Node &node, FleetConfig &config)
{
    if (!isMap(node, Text::tr("roles")))
        return;
    namedEntries(node, Text::tr("role"), [&](const QString &id, const YAML::Node &, const YAML::Node &value) {
        if (auto display = string(value, Text::tr("role display name")))
            config.roles.append({id, display->isEmpty() ? id : *display});
    });
}

void SchemaWalker::readPeople(const YAML::Node &node, FleetConfig &config)
{
    if (!isMap(node, Text::tr("people")))
        return;
    namedEntries(node, Text::tr("person"), [&](const QString &login, const YAML::Node &, const YAML::Node &value) {
        if (!isMap(value, Text::tr("person '%1'").arg(login)))
            return;
        Person person;
        person.login = login;
        const auto f = fields(value, {{"name", true}, {"roles"}}, Text::tr("person '%1'").arg(login));
        if (f.contains(QStringLiteral("name"))) {
            if (auto name = string(f.value(QStringLiteral("name")), Text::tr("name")))
                person.name = *name;
        }
        if (f.contains(QStringLiteral("roles"))) {
            const YAML::Node rolesNode = f.value(QStringLiteral("roles"));
            if (auto roles = stringList(rolesNode, Text::tr("roles"))) {
                qsizetype index = 0;
                for (const QString &role : *roles) {
                    const bool declared = std::any_of(config.roles.cbegin(), config.roles.cend(),
                                                      [&](const Role &r) { return r.id == role; });
                    if (!declared)
                        error(rolesNode[index], Text::tr("role '%1' is not declared under 'roles'").arg(role));
                    ++index;
                }
                person.roles = *roles;
            }
        }
        config.people.append(person);
    });
}

void SchemaWalker::readEnvironment(const QString &name, const YAML::Node &node, FleetConfig &config)
{
    const QString what = Text::tr("environment '%1'").arg(name);
    if (!isMap(node, what))
        return;
    EnvironmentConfig env;
    env.name = name;
    const auto f = fields(node,
                          {{"confirm"}, {"require_approval"}, {"require_signed_checklist"}, {"ca_file"}, {"hosts", true}},
                          what);
    if (f.contains(QStringLiteral("confirm"))) {
        const YAML::Node c = f.value(QStringLiteral("confirm"));
        if (auto v = string(c, Text::tr("confirm"))) {
            if (*v == QLatin1String("typed"))
                env.confirmation = ConfirmationMode::Typed;
            else if (*v == QLatin1String("click"))
                env.confirmation = ConfirmationMode::Click;
            else
                error(c, Text::tr("confirm must be 'click' or 'typed', found '%1'").arg(*v));
        }
    }
    if (f.contains(QStringLiteral("require_approval"))) {
        if (auto v = boolean(f.value(QStringLiteral("require_approval")), Text::tr("require_approval")))
            env.requireApproval = *v;
    }
    if (f.contains(QStringLiteral("require_signed_checklist"))) {
        if (auto v = boolean(f.value(QStringLiteral("require_signed_checklist")), Text::tr("require_signed_checklist")))
            env.requireSignedChecklist = *v;
    }
    if (f.contains(QStringLiteral("ca_file"))) {
        if (auto v = localPath(f.value(QStringLiteral("ca_file")), Text::tr("ca_file")))
            env.caFile = *v;
    }
    if (f.contains(QStringLiteral("hosts"))) {
        const YAML::Node hosts = f.value(QStringLiteral("hosts"));
        if (isMap(hosts, Text::tr("hosts of %1").arg(what))) {
            if (hosts.size() == 0)
                error(hosts, Text::tr("%1 needs at least one host").arg(what));
            namedEntries(hosts, Text::tr("host"), [&](const QString &hostName, const YAML::Node &key, const YAML::Node &value) {
                if (m_hostMarks.contains(hostName)) {
                    error(key, Text::tr("host '%1' is already defined on line %2; host names must be unique in the file")
                                   .arg(hostName)
                                   .arg(m_hostMarks.value(hostName).line + 1));
                    return;
                }
                m_hostMarks.insert(hostName, key.Mark());
                HostConfig host;
                host.name = hostName;
                host.environment = name;
                readHost(host, value, config);
                env.hosts.append(host);
            });
        }
    }
    config.environments.append(env);
}

void SchemaWalker::readHost(HostConfig &host, const YAML::Node &node, const FleetConfig &config)
{
    const QString what = Text::tr("host '%1'").arg(host.name);
    host.address = host.name;
    host.port = config.ssh.port;
    host.user = config.ssh.user;
    host.userExplicit = !m_userFromLocal;
    host.portExplicit = m_portFromDefaults;
    host.identityFile = config.ssh.identityFile;
    host.knownHostsFile = config.ssh.knownHostsFile;
    if (node.IsNull()) {
        // "web-1:" alone: a host reached by its name with every default.
    } else if (!isMap(node, what)) {
        return;
    }
    const auto f = node.IsMap() ? fields(node,
                                         {{"address"}, {"port"}, {"user"}, {"identity_file"}, {"known_hosts"},
                                          {"jump"}, {"labels"}, {"services"}, {"apps"}, {"backups"}},
                                         what)
                                : QHash<QString, YAML::Node>{};
    if (f.contains(QStringLiteral("address"))) {
        if (auto v = checked(f.value(QStringLiteral("address")), Text::tr("host address"), RemoteValueRules::checkHostAddress)) {
            host.address = *v;
            host.addressExplicit = true;
        }
    } else if (const QString why = RemoteValueRules::checkHostAddress(host.name); !why.isEmpty()) {
        error(node, Text::tr("%1 has no address and its name is not a valid host name").arg(what));
    }
    if (f.contains(QStringLiteral("port"))) {
        if (auto v = integer(f.value(QStringLiteral("port")), Text::tr("port"), 1, 65535)) {
            host.port = int(*v);
            host.portExplicit = true;
        }
    }
    if (f.contains(QStringLiteral("user"))) {
        if (auto v = checked(f.value(QStringLiteral("user")), Text::tr("user name"), RemoteValueRules::checkUserName)) {
            host.user = *v;
            host.userExplicit = true;
        }
    } else if (const QString why = RemoteValueRules::checkUserName(host.user); !why.isEmpty()) {
        error(node, m_userFromLocal ? Text::tr("%1 has no user, and the local user name '%2' cannot be used: %3")
                                          .arg(what, host.user, why)
                                    : Text::tr("%1 has an invalid user: %2").arg(what, why));
    }
    if (f.contains(QStringLiteral("identity_file"))) {
        if (auto v = localPath(f.value(QStringLiteral("identity_file")), Text::tr("identity_file")))
            host.identityFile = *v;
    }
    if (f.contains(QStringLiteral("known_hosts"))) {
        if (auto v = localPath(f.value(QStringLiteral("known_hosts")), Text::tr("known_hosts")))
            host.knownHostsFile = *v;
    }
    if (f.contains(QStringLiteral("jump"))) {
        const YAML::Node j = f.value(QStringLiteral("jump"));
        if (auto v = checked(j, Text::tr("jump host name"), RemoteValueRules::checkName)) {
            host.jumpHost = *v;
            m_jumpMarks.insert(host.name, j.Mark());
        }
    }
    if (f.contains(QStringLiteral("labels"))) {
        const YAML::Node labelsNode = f.value(QStringLiteral("labels"));
        if (auto labels = stringList(labelsNode, Text::tr("labels"))) {
            for (qsizetype i = 0; i < labels->size(); ++i) {
                if (const QString why = RemoteValueRules::checkName(labels->at(i)); !why.isEmpty())
                    error(labelsNode[i], Text::tr("invalid label '%1': %2").arg(labels->at(i), why));
            }
            host.labels = *labels;
        }
    }
    if (f.contains(QStringLiteral("services"))) {
        const YAML::Node services = f.value(QStringLiteral("services"));
        if (isMap(services, Text::tr("services of %1").arg(what))) {
            namedEntries(services, Text::tr("service"), [&](const QString &name, const YAML::Node &, const YAML::Node &value) {
                ServiceConfig service;
                service.name = name;
                readService(service, value, config);
                host.services.append(service);
            });
        }
    }
    if (f.contains(QStringLiteral("apps"))) {
        const YAML::Node apps = f.value(QStringLiteral("apps"));
        if (isMap(apps, Text::tr("apps of %1").arg(what))) {
            namedEntries(apps, Text::tr("app"), [&](const QString &name, const YAML::Node &, const YAML::Node &value) {
                AppConfig app;
                app.name = name;
                readApp(app, value);
                host.apps.append(app);
            });
        }
    }
    if (f.contains(QStringLiteral("backups"))) {
        const YAML::Node backups = f.value(QStringLiteral("backups"));
        if (isMap(backups, Text::tr("backups of %1").arg(what))) {
            namedEntries(backups, Text::tr("backup"), [&](const QString &name, const YAML::Node &, const YAML::Node &value) {
                BackupConfig backup;
                backup.name = name;
                readBackup(backup, value, config);
                host.backups.append(backup);
            });
        }
    }
}

void SchemaWalker::readService(ServiceConfig &service, const YAML::Node &node, const FleetConfig &config)
{
    const QString what = Text::tr("service '%1'").arg(service.name);
    service.unit = RemoteValueRules::normalizeUnitName(service.name);
    if (node.IsNull())
        return;
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"unit"}, {"health"}, {"restart_command"}, {"sudo"}}, what);
    if (f.contains(QStringLiteral("unit"))) {
        const YAML::Node u = f.value(QStringLiteral("unit"));
        if (auto v = string(u, Text::tr("unit"))) {
            const QString unit = RemoteValueRules::normalizeUnitName(*v);
            if (const QString why = RemoteValueRules::checkUnitName(unit); !why.isEmpty())
                error(u, Text::tr("invalid unit '%1': %2").arg(shown(*v), why));
            else
                service.unit = unit;
        }
    } else if (const QString why = RemoteValueRules::checkUnitName(service.unit); !why.isEmpty()) {
        error(node, Text::tr("%1 needs a 'unit': its name is not a valid unit name").arg(what));
    }
    if (f.contains(QStringLiteral("health")))
        readHealth(service.health, f.value(QStringLiteral("health")), config);
    if (f.contains(QStringLiteral("restart_command"))) {
        const YAML::Node c = f.value(QStringLiteral("restart_command"));
        if (auto argv = stringList(c, Text::tr("restart_command"))) {
            if (argv->isEmpty())
                error(c, Text::tr("restart_command may not be an empty list"));
            for (qsizetype i = 0; i < argv->size(); ++i) {
                if (const QString why = RemoteValueRules::checkArgument(argv->at(i)); !why.isEmpty())
                    error(c[i], why);
            }
            service.restartCommand = *argv;
        }
    }
    if (f.contains(QStringLiteral("sudo"))) {
        if (auto v = boolean(f.value(QStringLiteral("sudo")), Text::tr("sudo")))
            service.useSudo = *v;
    }
}

void SchemaWalker::readHealth(QList<HealthCheckConfig> &checks, const YAML::Node &node, const FleetConfig &config)
{
    using namespace std::chrono_literals;
    auto readUrl = [&](const YAML::Node &urlNode, HealthCheckConfig &check) {
        auto text = string(urlNode, Text::tr("url"));
        if (!text)
            return false;
        const QUrl url(*text, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty()) {
            error(urlNode, Text::tr("'%1' is not a valid http:// or https:// URL").arg(*text));
            return false;
        }
        check.url = url.toString();
        return true;
    };
    auto readOne = [&](const YAML::Node &item) {
        HealthCheckConfig check;
        check.interval = config.healthInterval;
        check.timeout = config.healthTimeout;
        if (item.IsScalar()) {
            if (readUrl(item, check))
                checks.append(check);
            return;
        }
        if (!isMap(item, Text::tr("a health check")))
            return;
        const auto f = fields(item, {{"url", true}, {"format"}, {"interval"}, {"timeout"}}, Text::tr("a health check"));
        bool ok = f.contains(QStringLiteral("url")) && readUrl(f.value(QStringLiteral("url")), check);
        if (f.contains(QStringLiteral("format"))) {
            const YAML::Node fmt = f.value(QStringLiteral("format"));
            if (auto v = string(fmt, Text::tr("format"))) {
                if (auto format = healthFormatFromName(*v))
                    check.format = *format;
                else
                    error(fmt, Text::tr("format must be one of auto, seeds, ietf, spring, k8s, plain; found '%1'").arg(*v)), ok = false;
            }
        }
        if (f.contains(QStringLiteral("interval"))) {
            if (auto v = duration(f.value(QStringLiteral("interval")), Text::tr("interval"), 1s, 1h))
                check.interval = *v;
        }
        if (f.contains(QStringLiteral("timeout"))) {
            if (auto v = duration(f.value(QStringLiteral("timeout")), Text::tr("timeout"), 100ms, 5min))
                check.timeout = *v;
        }
        if (check.timeout >= check.interval) {
            error(f.contains(QStringLiteral("timeout")) ? f.value(QStringLiteral("timeout")) : item,
                  Text::tr("the health check timeout (%1) must be shorter than its interval (%2)")
                      .arg(Duration::format(check.timeout), Duration::format(check.interval)));
            ok = false;
        }
        if (ok)
            checks.append(check);
    };
    if (node.IsSequence()) {
        for (const auto &item : node) {
            if (!budget(item))
                return;
            readOne(item);
        }
    } else if (node.IsScalar()) {
        readOne(node);
    } else {
        error(node, Text::tr("health must be a URL or a list of health checks, found %1").arg(typeName(node)));
    }
}

void SchemaWalker::readApp(AppConfig &app, const YAML::Node &node)
{
    const QString what = Text::tr("app '%1'").arg(app.name);
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"path", true}, {"strategy"}, {"keep_releases"}}, what);
    if (f.contains(QStringLiteral("path"))) {
        if (auto v = checked(f.value(QStringLiteral("path")), Text::tr("path"), RemoteValueRules::checkRemotePath))
            app.path = QDir::cleanPath(*v);
    }
    if (f.contains(QStringLiteral("strategy"))) {
        const YAML::Node s = f.value(QStringLiteral("strategy"));
        if (auto v = string(s, Text::tr("strategy"))) {
            if (*v != QLatin1String("capistrano"))
                error(s, Text::tr("strategy must be 'capistrano', found '%1'").arg(*v));
        }
    }
    if (f.contains(QStringLiteral("keep_releases"))) {
        if (auto v = integer(f.value(QStringLiteral("keep_releases")), Text::tr("keep_releases"), 1, 100))
            app.keepReleases = int(*v);
    }
}

void SchemaWalker::readBackup(BackupConfig &backup, const YAML::Node &node, const FleetConfig &config)
{
    using namespace std::chrono_literals;
    const QString what = Text::tr("backup '%1'").arg(backup.name);
    backup.rpo = config.thresholds.backupMaxAge;
    backup.patterns = {QStringLiteral("*.gz")};
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"path", true}, {"patterns"}, {"retention"}, {"rpo"}}, what);
    if (f.contains(QStringLiteral("path"))) {
        if (auto v = checked(f.value(QStringLiteral("path")), Text::tr("path"), RemoteValueRules::checkRemotePath))
            backup.path = QDir::cleanPath(*v);
    }
    if (f.contains(QStringLiteral("patterns"))) {
        const YAML::Node p = f.value(QStringLiteral("patterns"));
        if (auto patterns = stringList(p, Text::tr("patterns"))) {
            if (patterns->isEmpty())
                error(p, Text::tr("patterns may not be an empty list"));
            for (qsizetype i = 0; i < patterns->size(); ++i) {
                if (const QString why = RemoteValueRules::checkGlob(patterns->at(i)); !why.isEmpty())
                    error(p[i], Text::tr("invalid pattern '%1': %2").arg(patterns->at(i), why));
            }
            backup.patterns = *patterns;
        }
    }
    if (f.contains(QStringLiteral("retention"))) {
        if (auto v = duration(f.value(QStringLiteral("retention")), Text::tr("retention"), 1h, 3650 * 24h))
            backup.retention = *v;
    }
    if (f.contains(QStringLiteral("rpo"))) {
        if (auto v = duration(f.value(QStringLiteral("rpo")), Text::tr("rpo"), 1min, 365 * 24h))
            backup.rpo = *v;
    }
}

void SchemaWalker::checkJumpHosts(const FleetConfig &config)
{
    for (auto it = m_jumpMarks.cbegin(); it != m_jumpMarks.cend(); ++it) {
        const HostConfig *host = config.findHost(it.key());
        if (!host)
            continue;
        if (!config.findHost(host->jumpHost)) {
            error(it.value(), Text::tr("jump host '%1' is not a host of this file").arg(host->jumpHost));
            continue;
        }
        QStringList chain{host->name};
        for (const HostConfig *hop = config.findHost(host->jumpHost); hop; hop = config.findHost(hop->jumpHost)) {
            const bool repeated = chain.contains(hop->name);
            chain.append(hop->name);
            if (repeated) {
                error(it.value(), Text::tr("jump hosts form a cycle: %1").arg(chain.join(QStringLiteral(" -> "))));
                break;
            }
            if (hop->jumpHost.isEmpty())
                break;
        }
    }
}

} // namespace

void FleetSchema::read(const std::string &text, const QString &displayName, const QString &baseDirectory,
                       ConfigLoadResult &result)
{
    const YAML::Node root = YAML::Load(text);
    if (root.IsNull()) {
        result.errors.append({displayName, 1, 1, Text::tr("file is empty")});
        return;
    }
    SchemaWalker walker(displayName, baseDirectory, result);
    result.config = walker.walk(root);
}

} // namespace opsdeck
