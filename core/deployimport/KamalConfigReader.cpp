#include "KamalConfigReader.h"

#include "config/RemoteValueRules.h"
#include "config/SchemaReader.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(KamalConfigReader)
};

bool isTrue(const YamlNode &node)
{
    return node.isScalar() && !node.quoted && node.scalar == QStringLiteral("true");
}

} // namespace

KamalConfigReader::KamalConfigReader(QString file, ImportedFleet &fleet, QString destination)
    : DeployFileReader(std::move(file), fleet)
    , m_destination(std::move(destination))
{
    m_user.guess = Text::tr("guessed: Kamal's default SSH user");
}

bool KamalConfigReader::recognizes(const YamlNode &root)
{
    if (!root.isMap())
        return false;
    for (const YamlEntry &entry : root.entries) {
        if (entry.key.isScalar() && entry.key.scalar == QStringLiteral("service"))
            return true;
    }
    return false;
}

void KamalConfigReader::read(const YamlNode &root)
{
    const YamlNode *servers = nullptr;
    const YamlNode *serviceKey = nullptr;
    for (const YamlEntry &entry : root.entries) {
        const QString key = entry.key.scalar;
        if (key == QStringLiteral("service")) {
            serviceKey = &entry.key;
            if (auto v = text(entry.value, Text::tr("service")))
                m_service = *v;
        } else if (key == QStringLiteral("servers")) {
            servers = &entry.value;
        } else if (key == QStringLiteral("primary_role")) {
            if (auto v = text(entry.value, Text::tr("primary_role")))
                m_primaryRole = *v;
        } else if (key == QStringLiteral("ssh")) {
            readSsh(entry.value);
        } else if (key == QStringLiteral("proxy")) {
            readProxy(entry.value);
        } else if (key == QStringLiteral("healthcheck")) {
            readHealthcheck(entry.value);
        } else if (key == QStringLiteral("image")) {
            keyNotMapped(entry, Text::tr("the versions are read from the hosts' containers (strategy: kamal), not from the image name"));
        } else if (key == QStringLiteral("retain_containers")) {
            keyNotMapped(entry, Text::tr("the containers Kamal keeps are Kamal releases, which this OpsDeck does not read"));
        } else if (key == QStringLiteral("accessories")) {
            keyNotMapped(entry, Text::tr("accessories are containers OpsDeck has no setting for"));
        } else if (key == QStringLiteral("registry") || key == QStringLiteral("builder") || key == QStringLiteral("env")
                   || key == QStringLiteral("aliases") || key == QStringLiteral("asset_path")) {
            keyNotMapped(entry, Text::tr("it concerns building and deploying, which OpsDeck does not do"));
        } else {
            keyNotMapped(entry, Text::tr("no fleet configuration setting corresponds"));
        }
    }
    if (m_service.isEmpty() || !serviceKey)
        return;
    if (!servers) {
        notMapped(*serviceKey, Text::tr("service %1 is not mapped: the file has no servers").arg(SchemaReader::shown(m_service)));
        return;
    }
    const QList<Role> roles = readServers(*servers);
    ImportedValue envName{m_destination, {}};
    if (m_destination.isEmpty())
        envName = {QStringLiteral("production"), Text::tr("guessed: deploy.yml without a destination")};
    if (!RemoteValueRules::checkName(envName.value).isEmpty()) {
        notMapped(*serviceKey, Text::tr("destination %1 is not a name OpsDeck accepts").arg(SchemaReader::shown(envName.value)));
        return;
    }
    ImportedEnvironment &env = m_fleet.environment(envName);
    QString jumpName;
    if (m_jump) {
        if (ImportedHost *jump = jumpHost(env))
            jumpName = jump->name.value;
    }
    
    for (const Role &role : roles) {
        const ImportedValue serviceName = nameFrom(m_service + u'-' + role.name);
        for (const YamlNode *node : role.hosts) {
            const YamlNode &addressNode = node->isMap() && node->entries.size() == 1 ? node->entries.front().key : *node;
            if (node->isMap() && node->entries.size() == 1)
                notMapped(node->entries.front().value, Text::tr("host tags are not mapped: they select Kamal environment variables"));
            const auto address = text(addressNode, Text::tr("a host"));
            if (!address)
                continue;
            ImportedHost *h = host(env, *address, addressNode);
            if (!h)
                continue;
            h->user = m_user;
            h->port = m_port;
            h->identityFile = m_identityFile;
            if (!jumpName.isEmpty() && jumpName != h->name.value)
                h->jump = {jumpName, {}};
            if (!h->labels.contains(role.name) && RemoteValueRules::checkName(role.name).isEmpty())
                h->labels.append(role.name);
            ImportedService &s = service(*h, serviceName, containerUnit(serviceName.value, QStringLiteral("Kamal")));
            s.sudo = true;
            if (role.name != m_primaryRole || !s.health.isEmpty())
                continue;
            addApp(*h, role.name);
            const QString path = m_healthPath.isEmpty() ? QStringLiteral("/up") : m_healthPath;
            QUrl url;
            ImportedValue health;
            url.setScheme(m_ssl ? QStringLiteral("https") : QStringLiteral("http"));
            url.setPath(path);
            // One whole message for each combination of what is guessed (the host, the path).
            if (m_proxyHost.isEmpty()) {
                url.setHost(*address);
                health = {url.toString(), m_healthPath.isEmpty() ? Text::tr("guessed: Kamal's default health path /up") : QString()};
            } else {
                url.setHost(m_proxyHost);
                health = {url.toString(),
                          (m_healthPath.isEmpty() ? Text::tr("guessed: kamal-proxy answers only for %1, so this reaches whichever "
                                                             "host that name resolves to; Kamal's default health path /up")
                                                  : Text::tr("guessed: kamal-proxy answers only for %1, so this reaches whichever "
                                                             "host that name resolves to"))
                              .arg(m_proxyHost)};
            }
            s.health.append(health);
        }
    }
}

QList<KamalConfigReader::Role> KamalConfigReader::readServers(const YamlNode &servers)
{
    QList<Role> roles;
    if (servers.isSequence()) {
        Role web{QStringLiteral("web"), {}};
        for (const YamlNode &item : servers.items)
            web.hosts.append(&item);
        roles.append(web);
        return roles;
    }
    if (!servers.isMap()) {
        notMapped(servers, Text::tr("servers is not mapped: expected a list of hosts or a mapping of roles"));
        return roles;
    }
    for (const YamlEntry &entry : servers.entries) {
        const auto name = text(entry.key, Text::tr("a role"));
        if (!name)
            continue;
        if (const QString why = RemoteValueRules::checkName(*name); !why.isEmpty()) {
            notMapped(entry.key, Text::tr("role %1 is not mapped: %2").arg(SchemaReader::shown(*name), why));
            continue;
        }
        Role role{*name, {}};
        const YamlNode *hosts = &entry.value;
        if (entry.value.isMap()) {
            hosts = nullptr;
            for (const YamlEntry &field : entry.value.entries) {
                if (field.key.scalar == QStringLiteral("hosts"))
                    hosts = &field.value;
                else
                    keyNotMapped(field, Text::tr("role settings are Kamal's container settings"));
            }
        }
        if (!hosts || !hosts->isSequence()) {
            notMapped(entry.key, Text::tr("role %1 is not mapped: expected a list of hosts").arg(*name));
            continue;
        }
        for (const YamlNode &item : hosts->items)
            role.hosts.append(&item);
        roles.append(role);
    }
    return roles;
}

void KamalConfigReader::addApp(ImportedHost &host, const QString &role)
{
    // The names Kamal puts in container names (FleetSchema checks them by the same rule).
    static const QRegularExpression kamalName(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,62}")));
    if (!kamalName.match(m_service).hasMatch() || !kamalName.match(role).hasMatch()
        || (!m_destination.isEmpty() && !kamalName.match(m_destination).hasMatch())) {
        return; // the service, role or destination is not one: FleetSchema would refuse the app
    }
    for (const ImportedApp &a : std::as_const(host.apps)) {
        if (a.name.value == m_service)
            return;
    }
    ImportedApp app;
    app.name = {m_service, {}};
    app.strategy = {QStringLiteral("kamal"), {}};
    if (role != QStringLiteral("web"))
        app.kamalRole = {role, {}};
    if (!m_destination.isEmpty())
        app.kamalDestination = {m_destination, {}};
    host.apps.append(app);
}

void KamalConfigReader::readSsh(const YamlNode &ssh)
{
    if (!ssh.isMap()) {
        notMapped(ssh, Text::tr("ssh is not mapped: expected a mapping"));
        return;
    }
    for (const YamlEntry &field : ssh.entries) {
        const QString key = field.key.scalar;
        if (key == QStringLiteral("user")) {
            if (auto v = text(field.value, Text::tr("ssh user"))) {
                if (const QString why = RemoteValueRules::checkUserName(*v); why.isEmpty())
                    m_user = {*v, {}};
                else
                    notMapped(field.value, Text::tr("ssh user %1 is not mapped: %2").arg(SchemaReader::shown(*v), why));
            }
        } else if (key == QStringLiteral("port")) {
            bool ok = false;
            const int port = field.value.scalar.toInt(&ok);
            if (field.value.isScalar() && ok && port >= 1 && port <= 65535)
                m_port = {QString::number(port), {}};
            else
                notMapped(field.value, Text::tr("ssh port is not mapped: expected a port number"));
        } else if (key == QStringLiteral("proxy")) {
            m_jump = &field.value;
        } else if (key == QStringLiteral("keys")) {
            if (!field.value.isSequence() || field.value.items.empty() || !field.value.items.front().isScalar()) {
                notMapped(field.value, Text::tr("ssh keys are not mapped: expected a list of key files"));
                continue;
            }
            m_identityFile = {field.value.items.front().scalar, {}};
            for (std::size_t i = 1; i < field.value.items.size(); ++i)
                notMapped(field.value.items.at(i), Text::tr("key file is not mapped: OpsDeck takes one identity file per host"));
        } else if (key == QStringLiteral("key_data")) {
            keyNotMapped(field, Text::tr("OpsDeck reads keys from files or ssh-agent only"));
        } else {
            keyNotMapped(field, Text::tr("no fleet configuration setting corresponds"));
        }
    }
}

void KamalConfigReader::readProxy(const YamlNode &proxy)
{
    if (!proxy.isMap()) {
        if (!(proxy.isScalar() && (proxy.scalar == QStringLiteral("true") || proxy.scalar == QStringLiteral("false"))))
            notMapped(proxy, Text::tr("proxy is not mapped: expected a mapping"));
        return;
    }
    for (const YamlEntry &field : proxy.entries) {
        const QString key = field.key.scalar;
        if (key == QStringLiteral("healthcheck")) {
            readHealthcheck(field.value);
        } else if (key == QStringLiteral("ssl")) {
            m_ssl = isTrue(field.value);
        } else if (key == QStringLiteral("host")) {
            if (auto v = text(field.value, Text::tr("proxy host"))) {
                if (RemoteValueRules::checkHostAddress(*v).isEmpty())
                    m_proxyHost = *v;
                else
                    notMapped(field.value, Text::tr("proxy host %1 is not mapped: not a host name").arg(SchemaReader::shown(*v)));
            }
        } else if (key == QStringLiteral("hosts") && field.value.isSequence() && !field.value.items.empty()) {
            if (auto v = text(field.value.items.front(), Text::tr("proxy host"));
                v && RemoteValueRules::checkHostAddress(*v).isEmpty())
                m_proxyHost = *v;
            for (std::size_t i = 1; i < field.value.items.size(); ++i)
                notMapped(field.value.items.at(i), Text::tr("proxy host is not mapped: the health check uses the first"));
        } else {
            keyNotMapped(field, Text::tr("kamal-proxy's own setting"));
        }
    }
}

void KamalConfigReader::readHealthcheck(const YamlNode &healthcheck)
{
    if (!healthcheck.isMap()) {
        notMapped(healthcheck, Text::tr("healthcheck is not mapped: expected a mapping"));
        return;
    }
    for (const YamlEntry &field : healthcheck.entries) {
        if (field.key.scalar == QStringLiteral("port")) {
            keyNotMapped(field, Text::tr("Kamal checks the container's own port, which the host does not publish"));
            continue;
        }
        if (field.key.scalar != QStringLiteral("path")) {
            keyNotMapped(field, Text::tr("Kamal's own health check timing; OpsDeck polls at health_interval"));
            continue;
        }
        const auto v = text(field.value, Text::tr("healthcheck path"));
        if (!v)
            continue;
        const QUrl path = QUrl::fromEncoded(v->toUtf8(), QUrl::StrictMode);
        if (!v->startsWith(u'/') || !path.isValid() || !path.isRelative() || !path.host().isEmpty())
            notMapped(field.value, Text::tr("healthcheck path %1 is not mapped: not a URL path").arg(SchemaReader::shown(*v)));
        else
            m_healthPath = *v;
    }
}

ImportedHost *KamalConfigReader::jumpHost(ImportedEnvironment &env)
{
    // [user@]host[:port], as Kamal (and ssh -J) write it.
    const auto spec = text(*m_jump, Text::tr("ssh proxy"));
    if (!spec)
        return nullptr;
    QString rest = *spec;
    QString user;
    if (const qsizetype at = rest.indexOf(u'@'); at >= 0) {
        user = rest.left(at);
        rest = rest.mid(at + 1);
    }
    QString port;
    if (const qsizetype colon = rest.lastIndexOf(u':'); colon >= 0 && !rest.contains(u']') && rest.count(u':') == 1) {
        port = rest.mid(colon + 1);
        rest = rest.left(colon);
    }
    bool portOk = port.isEmpty();
    if (!port.isEmpty()) {
        const int p = port.toInt(&portOk);
        portOk = portOk && p >= 1 && p <= 65535;
    }
    if ((!user.isEmpty() && !RemoteValueRules::checkUserName(user).isEmpty()) || !portOk) {
        notMapped(*m_jump, Text::tr("ssh proxy %1 is not mapped: expected [user@]host[:port]").arg(SchemaReader::shown(*spec)));
        return nullptr;
    }
    ImportedHost *jump = host(env, rest, *m_jump);
    if (!jump)
        return nullptr;
    jump->name.guess = Text::tr("guessed: Kamal's ssh proxy, used as the jump host of the others");
    jump->user = user.isEmpty() ? m_user : ImportedValue{user, {}};
    if (!port.isEmpty())
        jump->port = {port, {}};
    return jump;
}

} // namespace opsdeck
