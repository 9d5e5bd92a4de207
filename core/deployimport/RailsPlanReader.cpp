#include "RailsPlanReader.h"

#include "DeployCommand.h"
#include "config/FleetConfig.h"
#include "config/RemoteValueRules.h"
#include "config/SchemaReader.h"

#include <QCoreApplication>
#include <QUrl>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(RailsPlanReader)
};

const YamlNode *valueOf(const YamlNode &map, const QString &key)
{
    for (const YamlEntry &entry : map.entries) {
        if (entry.key.isScalar() && entry.key.scalar == key)
            return &entry.value;
    }
    return nullptr;
}

bool isLoopback(const QString &host)
{
    return host == QStringLiteral("localhost") || host == QStringLiteral("127.0.0.1") || host == QStringLiteral("::1");
}

} // namespace

bool RailsPlanReader::recognizes(const YamlNode &root)
{
    if (!root.isMap() || root.entries.empty())
        return false;
    for (const YamlEntry &entry : root.entries) {
        if (!entry.value.isMap() || !(valueOf(entry.value, QStringLiteral("host")) || valueOf(entry.value, QStringLiteral("hosts"))))
            return false;
    }
    return true;
}

void RailsPlanReader::read(const YamlNode &root)
{
    for (const YamlEntry &entry : root.entries)
        readEnvironment(entry);
}

void RailsPlanReader::readEnvironment(const YamlEntry &entry)
{
    const auto envText = text(entry.key, Text::tr("an environment"));
    if (!envText)
        return;
    if (const QString why = RemoteValueRules::checkName(*envText); !why.isEmpty()) {
        notMapped(entry.key, Text::tr("environment %1 is not mapped: %2").arg(SchemaReader::shown(*envText), why));
        return;
    }
    const YamlNode &body = entry.value;
    QList<const YamlNode *> addresses;
    QString user;
    const YamlNode *path = nullptr;
    QList<ImportedService> restarted;
    QList<std::pair<QString, YamlNode>> urls;
    for (const YamlEntry &field : body.entries) {
        const QString key = field.key.scalar;
        if (key == QStringLiteral("host")) {
            addresses.append(&field.value);
        } else if (key == QStringLiteral("hosts")) {
            if (field.value.isSequence()) {
                for (const YamlNode &item : field.value.items)
                    addresses.append(&item);
            } else {
                notMapped(field.value, Text::tr("hosts is not mapped: expected a list"));
            }
        } else if (key == QStringLiteral("user")) {
            if (auto v = text(field.value, Text::tr("user"))) {
                if (const QString why = RemoteValueRules::checkUserName(*v); why.isEmpty())
                    user = *v;
                else
                    notMapped(field.value, Text::tr("user %1 is not mapped: %2").arg(SchemaReader::shown(*v), why));
            }
        } else if (key == QStringLiteral("path")) {
            path = &field.value;
        } else if (key == QStringLiteral("pre_deploy") || key == QStringLiteral("deploy") || key == QStringLiteral("post_deploy")) {
            if (!field.value.isSequence()) {
                notMapped(field.value, Text::tr("%1 is not mapped: expected a list of commands").arg(key));
                continue;
            }
            for (const YamlNode &command : field.value.items)
                readCommand(command, restarted, urls);
        } else if (key == QStringLiteral("branch")) {
            keyNotMapped(field, Text::tr("OpsDeck does not deploy, so it has no branch"));
        } else {
            keyNotMapped(field, Text::tr("not a key of the Rails plan's deploy.yml that OpsDeck reads"));
        }
    }

    ImportedEnvironment &env = m_fleet.environment({*envText, {}});
    std::optional<ImportedApp> app;
    if (path) {
        if (auto v = text(*path, Text::tr("path"))) {
            if (const QString why = RemoteValueRules::checkRemotePath(*v); !why.isEmpty()) {
                notMapped(*path, Text::tr("path %1 is not mapped: %2").arg(SchemaReader::shown(*v), why));
            } else {
                ImportedApp a;
                const QString last = v->section(u'/', -1, -1, QString::SectionSkipEmpty);
                a.name = nameFrom(last.isEmpty() ? QStringLiteral("app") : last);
                a.name.guess = Text::tr("guessed: the app is named after the last directory of its path");
                a.path = {*v, {}};
                a.strategy = {QStringLiteral("capistrano"),
                              Text::tr("guessed: a Capistrano layout (releases/ and current) under the path")};
                for (const ImportedService &s : restarted)
                    a.services.append(s.name.value);
                app = a;
            }
        }
    }
    int mapped = 0;
    for (const YamlNode *addressNode : addresses) {
        const auto address = text(*addressNode, Text::tr("host"));
        if (!address)
            continue;
        ImportedHost *h = host(env, *address, *addressNode);
        if (!h)
            continue;
        ++mapped;
        if (!user.isEmpty())
            h->user = {user, {}};
        for (const ImportedService &s : restarted) {
            ImportedService &added = service(*h, s.name, s.unit);
            added.sudo = s.sudo;
        }
        // The plan checks the URL after its restarts: it belongs to the first service restarted.
        for (const auto &[url, node] : urls) {
            if (h->services.isEmpty()) {
                notMapped(node, Text::tr("health URL %1 is not mapped: the environment restarts no service to attach it to")
                                    .arg(SchemaReader::shown(redactedUrl(url))));
                continue;
            }
            QUrl parsed(url);
            QStringList guesses;
            QString target = url;
            if (isLoopback(parsed.host())) {
                parsed.setHost(*address);
                target = parsed.toString();
                guesses << Text::tr("%1 on the host itself, reached at its address").arg(redactedUrl(url));
            }
            if (h->services.size() > 1)
                guesses << Text::tr("checked after the restarts, so given to the first service restarted");
            ImportedValue health{target, {}};
            if (!guesses.isEmpty())
                health.guess = Text::tr("guessed: %1").arg(guesses.join(QStringLiteral("; ")));
            ImportedService &first = h->services.first();
            first.health.append(health);
        }
        if (app)
            h->apps.append(*app);
    }
    if (addresses.isEmpty())
        notMapped(entry.key, Text::tr("environment %1 is not mapped: it names no host").arg(*envText));
    else if (mapped == 0 && (!restarted.isEmpty() || !urls.isEmpty() || app))
        notMapped(entry.key, Text::tr("environment %1 is not mapped: none of its hosts could be read, so its services, "
                                      "health URLs and app are left out").arg(*envText));
}

void RailsPlanReader::readCommand(const YamlNode &command, QList<ImportedService> &restarted,
                                  QList<std::pair<QString, YamlNode>> &urls)
{
    const auto line = text(command, Text::tr("a command"));
    if (!line)
        return;
    const DeployCommand::Words words = DeployCommand::split(*line);
    if (!words.refusal.isEmpty()) {
        // The command itself is not repeated: it may hold a secret.
        notMapped(command, Text::tr("command is not mapped: it has %1, and OpsDeck reads only plain commands")
                               .arg(words.refusal));
        return;
    }
    QString why;
    if (const auto restart = DeployCommand::systemctlRestart(words.words, &why)) {
        for (const QString &unitText : restart->units) {
            const QString unit = RemoteValueRules::normalizeUnitName(unitText);
            if (const QString bad = RemoteValueRules::checkUnitName(unit); !bad.isEmpty()) {
                notMapped(command, Text::tr("unit %1 is not mapped: %2").arg(SchemaReader::shown(unitText), bad));
                continue;
            }
            ImportedService s;
            QString name = unit;
            name.chop(unit.size() - unit.lastIndexOf(u'.'));
            s.name = nameFrom(name);
            s.unit = {unit, {}};
            s.sudo = restart->sudo;
            const bool known = std::any_of(restarted.cbegin(), restarted.cend(),
                                           [&](const ImportedService &r) { return r.unit.value == unit; });
            if (!known)
                restarted.append(s);
        }
        return;
    }
    if (why.isEmpty()) {
        if (const auto url = DeployCommand::probedUrl(words.words, &why)) {
            if (healthUrl(*url, command))
                urls.append({*url, command});
            return;
        }
    }
    notMapped(command, why.isEmpty() ? Text::tr("command %1 is not mapped: OpsDeck runs no deploy steps")
                                           .arg(SchemaReader::shown(words.words.constFirst()))
                                     : Text::tr("command is not mapped: %1").arg(why));
}

} // namespace opsdeck
