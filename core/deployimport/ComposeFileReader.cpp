#include "ComposeFileReader.h"

#include "DeployCommand.h"
#include "config/FleetConfig.h"
#include "config/RemoteValueRules.h"
#include "config/SchemaReader.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QUrl>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ComposeFileReader)
};

bool isLoopback(const QString &host)
{
    return host == QStringLiteral("localhost") || host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1")
           || host == QStringLiteral("0.0.0.0");
}

// The host port publishing a container port, from `ports` ("8080:80", "127.0.0.1:8080:80/tcp", or
// {target: 80, published: 8080}); 0 when it is not published on a fixed port.
int publishedPort(const YamlNode *ports, int containerPort)
{
    if (!ports || !ports->isSequence())
        return 0;
    for (const YamlNode &item : ports->items) {
        if (item.isMap()) {
            int target = 0;
            int published = 0;
            for (const YamlEntry &e : item.entries) {
                if (e.key.scalar == QStringLiteral("target"))
                    target = e.value.scalar.toInt();
                else if (e.key.scalar == QStringLiteral("published"))
                    published = e.value.scalar.toInt();
            }
            if (target == containerPort && published > 0)
                return published;
            continue;
        }
        if (!item.isScalar())
            continue;
        QString spec = item.scalar.section(u'/', 0, 0);
        QStringList parts = spec.split(u':');
        if (parts.size() < 2)
            continue; // a container port alone is published on a random host port
        bool targetOk = false;
        bool publishedOk = false;
        const int target = parts.constLast().toInt(&targetOk);
        const int published = parts.at(parts.size() - 2).toInt(&publishedOk);
        if (targetOk && publishedOk && target == containerPort && published > 0 && published <= 65535)
            return published;
    }
    return 0;
}

// An image reference's repository: without its digest and its tag.
QString imageRepository(const QString &image)
{
    const QString name = image.section(u'@', 0, 0);
    const qsizetype colon = name.lastIndexOf(u':');
    return colon > name.lastIndexOf(u'/') ? name.left(colon) : name;
}

} // namespace

ComposeFileReader::ComposeFileReader(QString file, ImportedFleet &fleet, QString project)
    : DeployFileReader(std::move(file), fleet)
    , m_project(std::move(project))
{
}

bool ComposeFileReader::recognizes(const YamlNode &root)
{
    if (!root.isMap())
        return false;
    for (const YamlEntry &entry : root.entries) {
        if (entry.key.isScalar() && entry.key.scalar == QStringLiteral("services") && entry.value.isMap())
            return true;
    }
    return false;
}

void ComposeFileReader::read(const YamlNode &root)
{
    const YamlEntry *services = nullptr;
    QString project = m_project;
    for (const YamlEntry &entry : root.entries) {
        const QString key = entry.key.scalar;
        if (key == QStringLiteral("services")) {
            services = &entry;
        } else if (key == QStringLiteral("name")) {
            if (auto v = text(entry.value, Text::tr("name")))
                project = *v;
        } else if (key == QStringLiteral("version")) {
            keyNotMapped(entry, Text::tr("Compose ignores it"));
        } else {
            keyNotMapped(entry, Text::tr("no fleet configuration setting corresponds"));
        }
    }
    if (!services)
        return;
    ImportedValue hostName = nameFrom(project.isEmpty() ? QStringLiteral("compose") : project.toLower());
    hostName.guess = Text::tr("guessed: the file names no host; this is its project's name — set the address of the "
                              "host that runs it");
    ImportedEnvironment &env = m_fleet.environment(
        {QStringLiteral("production"), Text::tr("guessed: a Compose file names no environment")});
    ImportedHost *h = host(env, hostName.value, services->key);
    if (!h)
        return;
    h->name = hostName;
    h->address.guess = hostName.guess;
    for (const YamlEntry &entry : services->value.entries)
        readService(entry, *h);
    addApp(services->value, *h, project);
}

void ComposeFileReader::addApp(const YamlNode &services, ImportedHost &host, const QString &project)
{
    // The app's own services: those built here, and those running an image one of them builds; without
    // any build, those whose image is not one of Docker's official images (no '/' in its name).
    QHash<QString, QString> repositoryOf;
    QStringList built;
    for (const YamlEntry &entry : services.entries) {
        if (!entry.key.isScalar() || !entry.value.isMap() || !RemoteValueRules::checkName(entry.key.scalar).isEmpty())
            continue;
        for (const YamlEntry &field : entry.value.entries) {
            if (field.key.scalar == QStringLiteral("build"))
                built << entry.key.scalar;
            else if (field.key.scalar == QStringLiteral("image") && field.value.isScalar())
                repositoryOf.insert(entry.key.scalar, imageRepository(field.value.scalar));
        }
    }
    QStringList releaseServices;
    QString guess;
    QStringList builtRepositories;
    for (const QString &s : std::as_const(built)) {
        if (repositoryOf.contains(s))
            builtRepositories << repositoryOf.value(s);
    }
    static const QRegularExpression serviceName(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}")));
    for (const YamlEntry &entry : services.entries) {
        const QString s = entry.key.scalar;
        if (!serviceName.match(s).hasMatch() || !repositoryOf.contains(s))
            continue;
        const bool own = built.isEmpty() ? repositoryOf.value(s).contains(u'/') : builtRepositories.contains(repositoryOf.value(s));
        if (own)
            releaseServices << s;
    }
    if (releaseServices.isEmpty()) {
        notMapped(services, Text::tr("no app is written: no service runs an image of the project's own (built here, or from a registry path)"));
        return;
    }
    guess = built.isEmpty() ? Text::tr("guessed: the services whose image is not one of Docker's official images; their image tag is the release")
                            : Text::tr("guessed: the services running the image built here; their image tag is the release");
    static const QRegularExpression projectName(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,62}")));
    const QString composeProject = project.isEmpty() ? QStringLiteral("compose") : project;
    if (!projectName.match(composeProject).hasMatch()) {
        notMapped(services, Text::tr("no app is written: the project name %1 is not one Compose accepts").arg(SchemaReader::shown(composeProject)));
        return;
    }
    ImportedApp app;
    app.name = nameFrom(composeProject);
    app.strategy = {QStringLiteral("compose"), {}};
    app.composeFile = {QStringLiteral("/srv/") + composeProject + u'/' + m_file.section(u'/', -1),
                       Text::tr("guessed: the file does not say where it lies on the host; set the path of this compose file there")};
    if (app.name.value != composeProject)
        app.composeProject = {composeProject, {}};
    app.composeServices = releaseServices;
    app.composeServicesGuess = guess;
    host.apps.append(app);
}

void ComposeFileReader::readService(const YamlEntry &entry, ImportedHost &host)
{
    const auto name = text(entry.key, Text::tr("a service"));
    if (!name)
        return;
    if (const QString why = RemoteValueRules::checkName(*name); !why.isEmpty()) {
        notMapped(entry.key, Text::tr("service %1 is not mapped: %2").arg(SchemaReader::shown(*name), why));
        return;
    }
    if (host.findService(*name)) {
        notMapped(entry.key, Text::tr("service %1 is not mapped: the host already has a service of that name").arg(*name));
        return;
    }
    if (!entry.value.isMap()) {
        notMapped(entry.value, Text::tr("service %1 is not mapped: expected a mapping").arg(*name));
        return;
    }
    const YamlNode *ports = nullptr;
    const YamlEntry *portsEntry = nullptr;
    const YamlNode *test = nullptr;
    for (const YamlEntry &field : entry.value.entries) {
        if (field.key.scalar == QStringLiteral("ports")) {
            ports = &field.value;
            portsEntry = &field;
        }
    }
    
    ImportedService &s = service(host, {*name, {}}, containerUnit(host.name.value + u'-' + *name, QStringLiteral("Compose")));
    bool portsUsed = false;
    for (const YamlEntry &field : entry.value.entries) {
        const QString key = field.key.scalar;
        if (key == QStringLiteral("ports"))
            continue;
        if (key == QStringLiteral("image"))
            continue; // chooses the app's compose_services (addApp); the tag running is read from the host
        if (key != QStringLiteral("healthcheck")) {
            keyNotMapped(field, Text::tr("a container setting OpsDeck has no place for"));
            continue;
        }
        if (!field.value.isMap()) {
            notMapped(field.value, Text::tr("healthcheck is not mapped: expected a mapping"));
            continue;
        }
        for (const YamlEntry &h : field.value.entries) {
            if (h.key.scalar == QStringLiteral("test"))
                test = &h.value;
            else if (h.key.scalar != QStringLiteral("disable"))
                keyNotMapped(h, Text::tr("Docker's own health check timing; OpsDeck polls at health_interval"));
        }
        if (!test)
            continue;
        if (auto health = healthFromTest(*test, ports, host.address.value)) {
            s.health.append(*health);
            portsUsed = portsUsed || !health->guess.isEmpty();
        }
    }
    if (portsEntry && !portsUsed)
        keyNotMapped(*portsEntry, Text::tr("no health check probes a published port"));
}

std::optional<ImportedValue> ComposeFileReader::healthFromTest(const YamlNode &test, const YamlNode *ports,
                                                               const QString &hostAddress)
{
    QStringList words;
    QString command;
    if (test.isSequence() && !test.items.empty() && test.items.front().isScalar()) {
        const QString form = test.items.front().scalar;
        if (form == QStringLiteral("NONE"))
            return std::nullopt;
        QStringList rest;
        for (std::size_t i = 1; i < test.items.size(); ++i)
            rest.append(test.items.at(i).scalar);
        if (form == QStringLiteral("CMD")) {
            words = rest;
            command = rest.join(u' ');
        } else if (form == QStringLiteral("CMD-SHELL")) {
            command = rest.join(u' ');
        } else {
            notMapped(test, Text::tr("healthcheck test is not mapped: it starts with neither CMD, CMD-SHELL nor NONE"));
            return std::nullopt;
        }
    } else if (test.isScalar()) {
        command = test.scalar; // a string is CMD-SHELL
    } else {
        notMapped(test, Text::tr("healthcheck test is not mapped: expected a list or a text"));
        return std::nullopt;
    }
    if (words.isEmpty()) {
        // "curl -f URL || exit 1" is Docker's documented idiom: the || part only maps curl's exit code to 1.
        static const QString idiom = QStringLiteral("|| exit 1");
        QString plain = command.trimmed();
        if (plain.endsWith(idiom))
            plain = plain.chopped(idiom.size()).trimmed();
        const DeployCommand::Words split = DeployCommand::split(plain);
        if (!split.refusal.isEmpty()) {
            // The command itself is not repeated: it may hold a secret.
            notMapped(test, Text::tr("healthcheck test is not mapped: it has %1, and OpsDeck reads only plain commands")
                                .arg(split.refusal));
            return std::nullopt;
        }
        words = split.words;
    }
    QString why;
    const auto url = DeployCommand::probedUrl(words, &why);
    if (!url) {
        notMapped(test, why.isEmpty() ? Text::tr("healthcheck test %1 is not mapped: OpsDeck checks HTTP endpoints only")
                                            .arg(SchemaReader::shown(words.value(0)))
                                      : Text::tr("healthcheck test is not mapped: %1").arg(why));
        return std::nullopt;
    }
    if (!healthUrl(*url, test))
        return std::nullopt;
    QUrl parsed(*url);
    if (!isLoopback(parsed.host()))
        return ImportedValue{*url, {}};
    const int containerPort = parsed.port(parsed.scheme() == QStringLiteral("https") ? 443 : 80);
    const int published = publishedPort(ports, containerPort);
    if (published == 0) {
        notMapped(test, Text::tr("health URL %1 is not mapped: it is inside the container, and port %2 is not published")
                            .arg(SchemaReader::shown(redactedUrl(*url)))
                            .arg(containerPort));
        return std::nullopt;
    }
    parsed.setHost(hostAddress);
    parsed.setPort(published);
    return ImportedValue{parsed.toString(), Text::tr("guessed: the container's port %1 is published as %2 on the host")
                                                .arg(containerPort)
                                                .arg(published)};
}

} // namespace opsdeck
