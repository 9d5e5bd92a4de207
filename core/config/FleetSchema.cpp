// The fleet configuration's schema (docs/config.md): walks the document's tree (YamlTree) with the
// shared SchemaReader toolkit, collecting every error with its position and going on after one.

#include "FleetSchema.h"

#include "BackupLocationSchema.h"
#include "ComposeSchema.h"
#include "Duration.h"
#include "KamalSchema.h"
#include "RemoteValueRules.h"
#include "SchemaReader.h"
#include "checklist/ChecklistLibrary.h"
#include "checklist/ChecklistTemplateLoader.h"
#include "support/LocalAccount.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};

// Walks the fleet configuration's tree against its schema (docs/config.md).
class SchemaWalker final : public SchemaReader
{
public:
    SchemaWalker(QString file, const QString &baseDirectory, ConfigLoadResult &result)
        : SchemaReader(std::move(file), baseDirectory, result.errors, result.suppressedErrors, ConfigLoader::kMaxErrors),
          m_result(result)
    {
    }

    std::optional<FleetConfig> walk(const YamlNode &root);

private:
    struct Position {
        int line = 0;
        int column = 0;
    };

    void readDefaults(const YamlNode &node, FleetConfig &config);
    void readThresholds(const YamlNode &node, Thresholds &thresholds);
    void readRoles(const YamlNode &node, FleetConfig &config);
    void readPeople(const YamlNode &node, FleetConfig &config);
    void readEnvironment(const QString &name, const YamlNode &node, FleetConfig &config);
    void readHost(HostConfig &host, const YamlNode &node, const FleetConfig &config);
    void readService(ServiceConfig &service, const YamlNode &node, const FleetConfig &config);
    void readHealth(QList<HealthCheckConfig> &checks, const YamlNode &node, const FleetConfig &config);
    void readApp(AppConfig &app, const YamlNode &node, const HostConfig &host, const FleetConfig &config);
    void checkJumpHosts(const FleetConfig &config);
    void checkChecklistTemplates(const FleetConfig &config);

    ConfigLoadResult &m_result;
    struct TemplateMark {
        QString environment;
        QString id;
        Position at;
    };
    QList<TemplateMark> m_templateMarks; // every template id named under checklist_templates
    QHash<QString, Position> m_hostMarks;
    QHash<QString, Position> m_jumpMarks;
    BackupLocationSchema m_backups{*this};
    ComposeSchema m_compose{*this};
    KamalSchema m_kamal{*this};
    bool m_userFromLocal = false;
    bool m_portFromDefaults = false;
};

std::optional<FleetConfig> SchemaWalker::walk(const YamlNode &root)
{
    if (!isMap(root, Text::tr("the top level")))
        return std::nullopt;
    FleetConfig config;
    config.sourceFile = file();
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
    if (top.has("version")) {
        const YamlNode &v = top["version"];
        if (auto version = integer(v, Text::tr("version"), 0, 1'000'000); version && *version != 1)
            error(v, Text::tr("unsupported configuration version %1; this OpsDeck reads version 1").arg(*version));
    }
    if (top.has("defaults"))
        readDefaults(top["defaults"], config);
    if (top.has("thresholds"))
        readThresholds(top["thresholds"], config.thresholds);
    if (top.has("roles"))
        readRoles(top["roles"], config);
    if (top.has("people"))
        readPeople(top["people"], config);
    if (top.has("checklists")) {
        const YamlNode &node = top["checklists"];
        if (auto path = localPath(node, Text::tr("checklists"))) {
            if (!QFileInfo(*path).isDir())
                error(node, Text::tr("checklist directory '%1' does not exist").arg(*path));
            config.checklistDirectory = *path;
        }
    }
    if (top.has("environments")) {
        const YamlNode &envs = top["environments"];
        if (isMap(envs, Text::tr("environments"))) {
            if (envs.size() == 0)
                error(envs, Text::tr("at least one environment is required"));
            namedEntries(envs, Text::tr("environment"), [&](const QString &name, const YamlNode &, const YamlNode &value) {
                readEnvironment(name, value, config);
            });
        }
    }
    checkJumpHosts(config);
    m_kamal.checkControls(config);
    checkChecklistTemplates(config);
    m_backups.checkDrillTargets(config);
    if (!m_result.errors.isEmpty() || m_result.suppressedErrors > 0)
        return std::nullopt;
    return config;
}

void SchemaWalker::readDefaults(const YamlNode &node, FleetConfig &config)
{
    if (!isMap(node, Text::tr("defaults")))
        return;
    const auto f = fields(node,
                          {{"user"}, {"port"}, {"identity_file"}, {"known_hosts"}, {"connect_timeout"},
                           {"command_timeout"}, {"idle_timeout"}, {"keepalive_interval"}, {"health_interval"},
                           {"health_timeout"}},
                          Text::tr("defaults"));
    using namespace std::chrono_literals;
    if (f.has("user")) {
        if (auto v = checked(f["user"], Text::tr("user name"), RemoteValueRules::checkUserName)) {
            config.ssh.user = *v;
            m_userFromLocal = false;
        }
    }
    if (f.has("port")) {
        if (auto v = integer(f["port"], Text::tr("port"), 1, 65535)) {
            config.ssh.port = int(*v);
            m_portFromDefaults = true;
        }
    }
    if (f.has("identity_file")) {
        if (auto v = localPath(f["identity_file"], Text::tr("identity_file")))
            config.ssh.identityFile = *v;
    }
    if (f.has("known_hosts")) {
        if (auto v = localPath(f["known_hosts"], Text::tr("known_hosts")))
            config.ssh.knownHostsFile = *v;
    }
    if (f.has("connect_timeout")) {
        if (auto v = duration(f["connect_timeout"], Text::tr("connect_timeout"), 1s, 5min))
            config.ssh.connectTimeout = *v;
    }
    if (f.has("command_timeout")) {
        if (auto v = duration(f["command_timeout"], Text::tr("command_timeout"), 1s, 1h))
            config.ssh.commandTimeout = *v;
    }
    if (f.has("idle_timeout")) {
        if (auto v = duration(f["idle_timeout"], Text::tr("idle_timeout"), 10s, 24h))
            config.ssh.idleTimeout = *v;
    }
    if (f.has("keepalive_interval")) {
        if (auto v = duration(f["keepalive_interval"], Text::tr("keepalive_interval"), 1s, 1h))
            config.ssh.keepaliveInterval = *v;
    }
    if (f.has("health_interval")) {
        if (auto v = duration(f["health_interval"], Text::tr("health_interval"), 1s, 1h))
            config.healthInterval = *v;
    }
    if (f.has("health_timeout")) {
        const YamlNode &t = f["health_timeout"];
        if (auto v = duration(t, Text::tr("health_timeout"), 100ms, 5min)) {
            if (*v >= config.healthInterval)
                error(t, Text::tr("health_timeout (%1) must be shorter than health_interval (%2)")
                             .arg(Duration::format(*v), Duration::format(config.healthInterval)));
            else
                config.healthTimeout = *v;
        }
    }
}

void SchemaWalker::readThresholds(const YamlNode &node, Thresholds &t)
{
    if (!isMap(node, Text::tr("thresholds")))
        return;
    using namespace std::chrono_literals;
    const auto f = fields(node,
                          {{"response_time_warning"}, {"memory_percent"}, {"cpu_percent"}, {"cpu_sustained"},
                           {"disk_free_percent"}, {"backup_max_age"}, {"unreachable_failures"}, {"unreachable_window"}},
                          Text::tr("thresholds"));
    if (f.has("response_time_warning")) {
        if (auto v = duration(f["response_time_warning"], Text::tr("response_time_warning"), 1ms, 5min))
            t.responseTimeWarning = *v;
    }
    if (f.has("memory_percent")) {
        if (auto v = number(f["memory_percent"], Text::tr("memory_percent"), 1, 100))
            t.memoryPercent = *v;
    }
    if (f.has("cpu_percent")) {
        if (auto v = number(f["cpu_percent"], Text::tr("cpu_percent"), 1, 100))
            t.cpuPercent = *v;
    }
    if (f.has("cpu_sustained")) {
        if (auto v = duration(f["cpu_sustained"], Text::tr("cpu_sustained"), 0s, 1h))
            t.cpuSustained = *v;
    }
    if (f.has("disk_free_percent")) {
        if (auto v = number(f["disk_free_percent"], Text::tr("disk_free_percent"), 0, 99))
            t.diskFreePercent = *v;
    }
    if (f.has("backup_max_age")) {
        if (auto v = duration(f["backup_max_age"], Text::tr("backup_max_age"), 1min, 90 * 24h))
            t.backupMaxAge = *v;
    }
    if (f.has("unreachable_failures")) {
        if (auto v = integer(f["unreachable_failures"], Text::tr("unreachable_failures"), 1, 10))
            t.unreachableFailures = int(*v);
    }
    if (f.has("unreachable_window")) {
        if (auto v = duration(f["unreachable_window"], Text::tr("unreachable_window"), 0s, 5min))
            t.unreachableWindow = *v;
    }
}

void SchemaWalker::readRoles(const YamlNode &node, FleetConfig &config)
{
    if (!isMap(node, Text::tr("roles")))
        return;
    namedEntries(node, Text::tr("role"), [&](const QString &id, const YamlNode &, const YamlNode &value) {
        if (auto display = string(value, Text::tr("role display name")))
            config.roles.append({id, display->isEmpty() ? id : *display});
    });
}

void SchemaWalker::readPeople(const YamlNode &node, FleetConfig &config)
{
    if (!isMap(node, Text::tr("people")))
        return;
    namedEntries(node, Text::tr("person"), [&](const QString &login, const YamlNode &, const YamlNode &value) {
        if (!isMap(value, Text::tr("person '%1'").arg(login)))
            return;
        Person person;
        person.login = login;
        const auto f = fields(value, {{"name", true}, {"roles"}}, Text::tr("person '%1'").arg(login));
        if (f.has("name")) {
            if (auto name = string(f["name"], Text::tr("name")))
                person.name = *name;
        }
        if (f.has("roles")) {
            const YamlNode &rolesNode = f["roles"];
            if (auto roles = stringList(rolesNode, Text::tr("roles"))) {
                qsizetype index = 0;
                for (const QString &role : *roles) {
                    const bool declared = std::any_of(config.roles.cbegin(), config.roles.cend(),
                                                      [&](const Role &r) { return r.id == role; });
                    if (!declared)
                        error(rolesNode.items[std::size_t(index)], Text::tr("role '%1' is not declared under 'roles'").arg(role));
                    ++index;
                }
                person.roles = *roles;
            }
        }
        config.people.append(person);
    });
}

void SchemaWalker::readEnvironment(const QString &name, const YamlNode &node, FleetConfig &config)
{
    using namespace std::chrono_literals;
    const QString what = Text::tr("environment '%1'").arg(name);
    if (!isMap(node, what))
        return;
    EnvironmentConfig env;
    env.name = name;
    const auto f = fields(node,
                          {{"confirm"}, {"require_approval"}, {"approval_expires"}, {"require_signed_checklist"}, {"checklist_templates"}, {"ca_file"},
                           {"hosts", true}},
                          what);
    if (f.has("confirm")) {
        const YamlNode &c = f["confirm"];
        if (auto v = string(c, Text::tr("confirm"))) {
            if (*v == QLatin1String("typed"))
                env.confirmation = ConfirmationMode::Typed;
            else if (*v == QLatin1String("click"))
                env.confirmation = ConfirmationMode::Click;
            else
                error(c, Text::tr("confirm must be 'click' or 'typed', found '%1'").arg(*v));
        }
    }
    if (f.has("require_approval")) {
        if (auto v = boolean(f["require_approval"], Text::tr("require_approval")))
            env.requireApproval = *v;
    }
    if (f.has("approval_expires")) {
        if (auto v = duration(f["approval_expires"], Text::tr("approval_expires"), 1min, 24h))
            env.approvalExpiry = *v;
    }
    if (f.has("require_signed_checklist")) {
        if (auto v = boolean(f["require_signed_checklist"], Text::tr("require_signed_checklist")))
            env.requireSignedChecklist = *v;
    }
    if (f.has("checklist_templates")) {
        const YamlNode &list = f["checklist_templates"];
        if (auto ids = stringList(list, Text::tr("checklist_templates"))) {
            if (ids->isEmpty())
                error(list, Text::tr("checklist_templates needs at least one template id: a run of one of them approves %1").arg(name));
            for (qsizetype i = 0; i < ids->size(); ++i) {
                const QString &id = ids->at(i);
                const YamlNode &at = list.items[std::size_t(i)];
                if (const QString why = ChecklistTemplateLoader::checkItemId(id); !why.isEmpty()) {
                    error(at, Text::tr("invalid checklist template id '%1': %2").arg(shown(id), why));
                    continue;
                }
                if (env.checklistTemplates.contains(id)) {
                    error(at, Text::tr("checklist template '%1' is named twice").arg(id));
                    continue;
                }
                env.checklistTemplates << id;
                m_templateMarks.append({name, id, {at.line, at.column}});
            }
        }
    }
    if (f.has("ca_file")) {
        if (auto v = localPath(f["ca_file"], Text::tr("ca_file")))
            env.caFile = *v;
    }
    if (f.has("hosts")) {
        const YamlNode &hosts = f["hosts"];
        if (isMap(hosts, Text::tr("hosts of %1").arg(what))) {
            if (hosts.size() == 0)
                error(hosts, Text::tr("%1 needs at least one host").arg(what));
            namedEntries(hosts, Text::tr("host"), [&](const QString &hostName, const YamlNode &key, const YamlNode &value) {
                if (m_hostMarks.contains(hostName)) {
                    error(key, Text::tr("host '%1' is already defined on line %2; host names must be unique in the file")
                                   .arg(hostName)
                                   .arg(m_hostMarks.value(hostName).line));
                    return;
                }
                m_hostMarks.insert(hostName, {key.line, key.column});
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

void SchemaWalker::readHost(HostConfig &host, const YamlNode &node, const FleetConfig &config)
{
    const QString what = Text::tr("host '%1'").arg(host.name);
    host.address = host.name;
    host.port = config.ssh.port;
    host.user = config.ssh.user;
    host.userExplicit = !m_userFromLocal;
    host.portExplicit = m_portFromDefaults;
    host.identityFile = config.ssh.identityFile;
    host.knownHostsFile = config.ssh.knownHostsFile;
    if (node.isNull()) {
        // "web-1:" alone: a host reached by its name with every default.
    } else if (!isMap(node, what)) {
        return;
    }
    const auto f = node.isMap() ? fields(node,
                                         {{"address"}, {"port"}, {"user"}, {"identity_file"}, {"known_hosts"},
                                          {"jump"}, {"labels"}, {"services"}, {"apps"}, {"backups"}},
                                         what)
                                : SchemaFields{};
    if (f.has("address")) {
        if (auto v = checked(f["address"], Text::tr("host address"), RemoteValueRules::checkHostAddress)) {
            host.address = *v;
            host.addressExplicit = true;
        }
    } else if (const QString why = RemoteValueRules::checkHostAddress(host.name); !why.isEmpty()) {
        error(node, Text::tr("%1 has no address and its name is not a valid host name").arg(what));
    }
    if (f.has("port")) {
        if (auto v = integer(f["port"], Text::tr("port"), 1, 65535)) {
            host.port = int(*v);
            host.portExplicit = true;
        }
    }
    if (f.has("user")) {
        if (auto v = checked(f["user"], Text::tr("user name"), RemoteValueRules::checkUserName)) {
            host.user = *v;
            host.userExplicit = true;
        }
    } else if (const QString why = RemoteValueRules::checkUserName(host.user); !why.isEmpty()) {
        error(node, m_userFromLocal ? Text::tr("%1 has no user, and the local user name '%2' cannot be used: %3")
                                          .arg(what, host.user, why)
                                    : Text::tr("%1 has an invalid user: %2").arg(what, why));
    }
    if (f.has("identity_file")) {
        if (auto v = localPath(f["identity_file"], Text::tr("identity_file")))
            host.identityFile = *v;
    }
    if (f.has("known_hosts")) {
        if (auto v = localPath(f["known_hosts"], Text::tr("known_hosts")))
            host.knownHostsFile = *v;
    }
    if (f.has("jump")) {
        const YamlNode &j = f["jump"];
        if (auto v = checked(j, Text::tr("jump host name"), RemoteValueRules::checkName)) {
            host.jumpHost = *v;
            m_jumpMarks.insert(host.name, {j.line, j.column});
        }
    }
    if (f.has("labels")) {
        const YamlNode &labelsNode = f["labels"];
        if (auto labels = stringList(labelsNode, Text::tr("labels"))) {
            for (qsizetype i = 0; i < labels->size(); ++i) {
                if (const QString why = RemoteValueRules::checkName(labels->at(i)); !why.isEmpty())
                    error(labelsNode.items[std::size_t(i)], Text::tr("invalid label '%1': %2").arg(labels->at(i), why));
            }
            host.labels = *labels;
        }
    }
    if (f.has("services")) {
        const YamlNode &services = f["services"];
        if (isMap(services, Text::tr("services of %1").arg(what))) {
            namedEntries(services, Text::tr("service"), [&](const QString &name, const YamlNode &, const YamlNode &value) {
                ServiceConfig service;
                service.name = name;
                readService(service, value, config);
                host.services.append(service);
            });
        }
    }
    if (f.has("apps")) {
        const YamlNode &apps = f["apps"];
        if (isMap(apps, Text::tr("apps of %1").arg(what))) {
            namedEntries(apps, Text::tr("app"), [&](const QString &name, const YamlNode &, const YamlNode &value) {
                AppConfig app;
                app.name = name;
                readApp(app, value, host, config);
                host.apps.append(app);
            });
        }
    }
    if (f.has("backups")) {
        const YamlNode &backups = f["backups"];
        if (isMap(backups, Text::tr("backups of %1").arg(what))) {
            namedEntries(backups, Text::tr("backup"), [&](const QString &name, const YamlNode &, const YamlNode &value) {
                host.backups.append(m_backups.read(name, value, host, config));
            });
        }
    }
}

void SchemaWalker::readService(ServiceConfig &service, const YamlNode &node, const FleetConfig &config)
{
    const QString what = Text::tr("service '%1'").arg(service.name);
    service.unit = RemoteValueRules::normalizeUnitName(service.name);
    if (node.isNull())
        return;
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"unit"}, {"health"}, {"restart_command"}, {"sudo"}}, what);
    if (f.has("unit")) {
        const YamlNode &u = f["unit"];
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
    if (f.has("health"))
        readHealth(service.health, f["health"], config);
    if (f.has("restart_command")) {
        const YamlNode &c = f["restart_command"];
        if (auto argv = stringList(c, Text::tr("restart_command"))) {
            if (argv->isEmpty())
                error(c, Text::tr("restart_command may not be an empty list"));
            for (qsizetype i = 0; i < argv->size(); ++i) {
                if (const QString why = RemoteValueRules::checkArgument(argv->at(i)); !why.isEmpty())
                    error(c.items[std::size_t(i)], why);
            }
            service.restartCommand = *argv;
        }
    }
    if (f.has("sudo")) {
        if (auto v = boolean(f["sudo"], Text::tr("sudo")))
            service.useSudo = *v;
    }
}

void SchemaWalker::readHealth(QList<HealthCheckConfig> &checks, const YamlNode &node, const FleetConfig &config)
{
    using namespace std::chrono_literals;
    auto readUrl = [&](const YamlNode &urlNode, HealthCheckConfig &check) {
        auto text = string(urlNode, Text::tr("url"));
        if (!text)
            return false;
        const QUrl url(*text, QUrl::StrictMode);
        const QString scheme = url.scheme();
        if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
            || url.host().isEmpty()) {
            error(urlNode, Text::tr("'%1' is not a valid http:// or https:// URL").arg(redactedUrl(*text)));
            return false;
        }
        check.url = url.toString();
        return true;
    };
    auto readOne = [&](const YamlNode &item) {
        HealthCheckConfig check;
        check.interval = config.healthInterval;
        check.timeout = config.healthTimeout;
        if (item.isScalar()) {
            if (readUrl(item, check))
                checks.append(check);
            return;
        }
        if (!isMap(item, Text::tr("a health check")))
            return;
        const auto f = fields(item, {{"url", true}, {"format"}, {"interval"}, {"timeout"}, {"allow_redirects_to"}},
                              Text::tr("a health check"));
        bool ok = f.has("url") && readUrl(f["url"], check);
        if (f.has("format")) {
            const YamlNode &fmt = f["format"];
            if (auto v = string(fmt, Text::tr("format"))) {
                if (auto format = healthFormatFromName(*v))
                    check.format = *format;
                else
                    error(fmt, Text::tr("format must be one of auto, seeds, ietf, spring, k8s, plain; found '%1'").arg(*v)), ok = false;
            }
        }
        if (f.has("interval")) {
            if (auto v = duration(f["interval"], Text::tr("interval"), 1s, 1h))
                check.interval = *v;
        }
        if (f.has("timeout")) {
            if (auto v = duration(f["timeout"], Text::tr("timeout"), 100ms, 5min))
                check.timeout = *v;
        }
        if (f.has("allow_redirects_to")) {
            const YamlNode &list = f["allow_redirects_to"];
            if (auto hosts = stringList(list, Text::tr("allow_redirects_to"))) {
                for (qsizetype i = 0; i < hosts->size(); ++i) {
                    if (auto host = redirectHostFromText(hosts->at(i))) {
                        check.redirectHosts.append(*host);
                    } else {
                        error(list.items[std::size_t(i)],
                              Text::tr("allow_redirects_to: '%1' is not a host name or host:port").arg(shown(hosts->at(i))));
                        ok = false;
                    }
                }
            } else {
                ok = false;
            }
        }
        if (check.timeout >= check.interval) {
            error(f.has("timeout") ? f["timeout"] : item,
                  Text::tr("the health check timeout (%1) must be shorter than its interval (%2)")
                      .arg(Duration::format(check.timeout), Duration::format(check.interval)));
            ok = false;
        }
        if (ok)
            checks.append(check);
    };
    if (node.isSequence()) {
        for (const YamlNode &item : node.items) {
            readOne(item);
        }
    } else if (node.isScalar()) {
        readOne(node);
    } else {
        error(node, Text::tr("health must be a URL or a list of health checks, found %1").arg(typeName(node)));
    }
}

void SchemaWalker::readApp(AppConfig &app, const YamlNode &node, const HostConfig &host, const FleetConfig &config)
{
    const QString what = Text::tr("app '%1'").arg(app.name);
    for (const ServiceConfig &service : host.services)
        app.services << service.name;
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"path"}, {"strategy"}, {"keep_releases"}, {"services"}, {"service"}, {"role"}, {"destination"},
                                 {"port"}, {"health"}, {"compose_file"}, {"compose_project"}, {"compose_services"},
                                 {"kamal_control"}},
                          what);
    if (f.has("services")) {
        const YamlNode &list = f["services"];
        if (auto names = stringList(list, Text::tr("services"))) {
            for (qsizetype i = 0; i < names->size(); ++i) {
                const bool known = std::any_of(host.services.cbegin(), host.services.cend(),
                                               [&](const ServiceConfig &s) { return s.name == names->at(i); });
                if (!known)
                    error(list.items[std::size_t(i)],
                          Text::tr("app '%1' restarts '%2', which is not a service of host '%3'").arg(app.name, names->at(i), host.name));
            }
            app.services = *names;
        }
    }
    if (f.has("path")) {
        if (auto v = checked(f["path"], Text::tr("path"), RemoteValueRules::checkRemotePath))
            app.path = QDir::cleanPath(*v);
    }
    if (f.has("strategy")) {
        const YamlNode &s = f["strategy"];
        // The strategies core/release knows (ReleaseStrategy::named).
        const QStringList strategies{QStringLiteral("capistrano"), QStringLiteral("kamal"), QStringLiteral("compose")};
        if (auto v = string(s, Text::tr("strategy"))) {
            if (!strategies.contains(*v))
                error(s, Text::tr("strategy must be one of %1, found '%2'").arg(strategies.join(QStringLiteral(", ")), shown(*v)));
            else
                app.strategy = *v;
        }
    }
    const bool kamal = app.strategy == QLatin1String("kamal");
    const bool compose = app.strategy == QLatin1String("compose");
    if (!kamal && !compose && !f.has("path"))
        error(node, Text::tr("%1 needs a 'path' (the %2 deploy path)").arg(what, app.strategy));
    m_kamal.readNames(app, f, node, kamal);
    m_compose.read(app, f, node, compose);
    if (f.has("kamal_control"))
        m_kamal.readControl(app, f["kamal_control"], host, kamal);
    if (f.has("port")) {
        if (auto v = integer(f["port"], Text::tr("port"), 1, 65535))
            app.appPort = int(*v);
    }
    if (f.has("health"))
        readHealth(app.health, f["health"], config);
    if (f.has("keep_releases")) {
        if (auto v = integer(f["keep_releases"], Text::tr("keep_releases"), 1, 100))
            app.keepReleases = int(*v);
    }
}

void SchemaWalker::checkJumpHosts(const FleetConfig &config)
{
    for (auto it = m_jumpMarks.cbegin(); it != m_jumpMarks.cend(); ++it) {
        const HostConfig *host = config.findHost(it.key());
        if (!host)
            continue;
        if (!config.findHost(host->jumpHost)) {
            error(it.value().line, it.value().column, Text::tr("jump host '%1' is not a host of this file").arg(host->jumpHost));
            continue;
        }
        QStringList chain{host->name};
        for (const HostConfig *hop = config.findHost(host->jumpHost); hop; hop = config.findHost(hop->jumpHost)) {
            const bool repeated = chain.contains(hop->name);
            chain.append(hop->name);
            if (repeated) {
                error(it.value().line, it.value().column, Text::tr("jump hosts form a cycle: %1").arg(chain.join(QStringLiteral(" -> "))));
                break;
            }
            if (hop->jumpHost.isEmpty())
                break;
        }
    }
}

// Every template named under checklist_templates must be one this console has: built in, or a file
// of the checklists directory that loads without errors.
void SchemaWalker::checkChecklistTemplates(const FleetConfig &config)
{
    if (m_templateMarks.isEmpty())
        return;
    const ChecklistLibrary library = ChecklistLibrary::load(config.checklistDirectory);
    for (const TemplateMark &mark : std::as_const(m_templateMarks)) {
        if (library.find(mark.id))
            continue;
        error(mark.at.line, mark.at.column,
              config.checklistDirectory.isEmpty()
                  ? Text::tr("environment '%1' names the checklist template '%2', which is not built in (%3) and there is no "
                             "checklists directory")
                        .arg(mark.environment, mark.id, ChecklistLibrary::builtinIds().join(QStringLiteral(", ")))
                  : Text::tr("environment '%1' names the checklist template '%2', which is neither built in nor a valid template "
                             "in %3 (opsdeck checklist templates lists them)")
                        .arg(mark.environment, mark.id, config.checklistDirectory));
    }
}

} // namespace

void FleetSchema::read(const YamlNode &root, const QString &displayName, const QString &baseDirectory,
                       ConfigLoadResult &result)
{
    SchemaWalker walker(displayName, baseDirectory, result);
    result.config = walker.walk(root);
}

} // namespace opsdeck
