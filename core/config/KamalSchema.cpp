#include "KamalSchema.h"

#include "RemoteValueRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

#include <utility>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};
} // namespace

void KamalSchema::readNames(AppConfig &app, const SchemaFields &f, const YamlNode &node, bool kamal)
{
    // Kamal's names end up in container names and label filters: Kamal's own rule for a service
    // name, so that nothing else reaches a command.
    static const QRegularExpression kamalName(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,62}$"));
    app.kamalService = app.name;
    for (const auto &[key, slot] : {std::pair{"service", &app.kamalService}, std::pair{"role", &app.kamalRole},
                                    std::pair{"destination", &app.kamalDestination}}) {
        if (!f.has(key))
            continue;
        const YamlNode &n = f[key];
        if (!kamal) {
            m_reader.error(n, Text::tr("'%1' is for apps with strategy: kamal").arg(QLatin1String(key)));
            continue;
        }
        if (auto v = m_reader.string(n, QLatin1String(key))) {
            if (!kamalName.match(*v).hasMatch())
                m_reader.error(n, Text::tr("%1 '%2' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a letter or digit")
                                      .arg(QLatin1String(key), SchemaReader::shown(*v)));
            else
                *slot = *v;
        }
    }
    if (kamal && !kamalName.match(app.kamalService).hasMatch() && !f.has("service"))
        m_reader.error(node, Text::tr("%1 needs a 'service' (Kamal's service name): its name is not one").arg(Text::tr("app '%1'").arg(app.name)));
}

// kamal_control: {host: NAME, path: /srv/photo-api, timeout: 10m}. The host is checked against the
// whole file once every host is read (checkControls).
void KamalSchema::readControl(AppConfig &app, const YamlNode &node, const HostConfig &host, bool kamal)
{
    if (!kamal) {
        m_reader.error(node, Text::tr("'kamal_control' is for apps with strategy: kamal"));
        return;
    }
    const QString what = Text::tr("kamal_control of app '%1'").arg(app.name);
    if (!m_reader.isMap(node, what))
        return;
    const auto f = m_reader.fields(node, {{"host", true}, {"path", true}, {"timeout"}}, what);
    if (f.has("host")) {
        if (auto v = m_reader.checked(f["host"], Text::tr("kamal_control host"), RemoteValueRules::checkName)) {
            app.kamalControlHost = *v;
            m_controlMarks.append({host.name, app.name, {f["host"].line, f["host"].column}});
        }
    }
    if (f.has("path")) {
        if (auto v = m_reader.checked(f["path"], Text::tr("kamal_control path"), RemoteValueRules::checkRemotePath))
            app.kamalControlPath = QDir::cleanPath(*v);
    }
    if (f.has("timeout")) {
        if (auto v = m_reader.duration(f["timeout"], Text::tr("kamal_control timeout"), Milliseconds(10'000), Milliseconds(2 * 3'600'000)))
            app.kamalControlTimeout = *v;
    }
}

// A control host is a host of the file, and `kamal rollback` acts on every host of the app: each
// host of the app in the environment names the same control host, path and timeout.
void KamalSchema::checkControls(const FleetConfig &config)
{
    for (const ControlMark &mark : std::as_const(m_controlMarks)) {
        const HostConfig *host = config.findHost(mark.host);
        if (!host)
            continue;
        const AppConfig *app = nullptr;
        for (const AppConfig &a : host->apps) {
            if (a.name == mark.app)
                app = &a;
        }
        if (!app)
            continue;
        if (!config.findHost(app->kamalControlHost)) {
            m_reader.error(mark.at.line, mark.at.column,
                           Text::tr("kamal_control: host '%1' is not a host of this file").arg(app->kamalControlHost));
            continue;
        }
        for (const EnvironmentConfig &env : config.environments) {
            if (env.name != host->environment)
                continue;
            for (const HostConfig &other : env.hosts) {
                for (const AppConfig &a : other.apps) {
                    if (a.name != app->name || other.name == host->name)
                        continue;
                    if (a.kamalControlHost != app->kamalControlHost || a.kamalControlPath != app->kamalControlPath
                        || a.kamalControlTimeout != app->kamalControlTimeout)
                        m_reader.error(mark.at.line, mark.at.column,
                                       Text::tr("app '%1' has a kamal_control on host '%2' that host '%3' does not have: kamal rollback acts on "
                                                "every host of the app, so each of them names the same control host, path and timeout")
                                           .arg(app->name, host->name, other.name));
                }
            }
        }
    }
}

} // namespace opsdeck
