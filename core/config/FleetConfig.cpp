#include "FleetConfig.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

namespace opsdeck {

const HostConfig *FleetConfig::findHost(const QString &name) const
{
    for (const auto &env : environments) {
        for (const auto &host : env.hosts) {
            if (host.name == name)
                return &host;
        }
    }
    return nullptr;
}

int FleetConfig::hostCount() const
{
    int count = 0;
    for (const auto &env : environments)
        count += int(env.hosts.size());
    return count;
}

int FleetConfig::serviceCount() const
{
    int count = 0;
    for (const auto &env : environments) {
        for (const auto &host : env.hosts)
            count += int(host.services.size());
    }
    return count;
}

QString FleetConfig::summary() const
{
    // A list of counts, each a whole message, joined the way the locale lists things.
    return QLocale().createSeparatedList({QCoreApplication::translate("FleetConfig", "%n environment(s)", nullptr, int(environments.size())),
                                          QCoreApplication::translate("FleetConfig", "%n host(s)", nullptr, hostCount()),
                                          QCoreApplication::translate("FleetConfig", "%n service(s)", nullptr, serviceCount()),
                                          QCoreApplication::translate("FleetConfig", "%n person(s)", nullptr, int(people.size()))});
}

QString healthFormatName(HealthFormat format)
{
    switch (format) {
    case HealthFormat::Auto: return QStringLiteral("auto");
    case HealthFormat::Seeds: return QStringLiteral("seeds");
    case HealthFormat::Ietf: return QStringLiteral("ietf");
    case HealthFormat::Spring: return QStringLiteral("spring");
    case HealthFormat::Kubernetes: return QStringLiteral("k8s");
    case HealthFormat::Plain: return QStringLiteral("plain");
    }
    return {};
}

QString redactedUrl(const QString &url)
{
    // scheme://userinfo@host…: the authority ends at the first '/', '?' or '#'; its userinfo runs to
    // the last '@' in it (a careless password may hold an '@' of its own).
    static const QRegularExpression userInfo(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@"));
    QString shown = url;
    shown.replace(userInfo, QStringLiteral("\\1***@"));
    return shown;
}

std::optional<HealthFormat> healthFormatFromName(const QString &name)
{
    for (auto format : {HealthFormat::Auto, HealthFormat::Seeds, HealthFormat::Ietf, HealthFormat::Spring,
                        HealthFormat::Kubernetes, HealthFormat::Plain}) {
        if (healthFormatName(format) == name)
            return format;
    }
    return std::nullopt;
}

std::optional<QString> redirectHostFromText(const QString &text)
{
    if (text.isEmpty() || text.trimmed() != text || text.contains(u'/') || text.contains(u'@') || text.contains(u'?')
        || text.contains(u'#') || text.contains(u'\\'))
        return std::nullopt;
    const QUrl parsed(QStringLiteral("http://") + text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty() || !parsed.userInfo().isEmpty() || !parsed.path().isEmpty())
        return std::nullopt;
    QString host = parsed.host(QUrl::FullyEncoded);
    if (host.contains(u':'))
        host = u'[' + host + u']';
    return parsed.port() == -1 ? host : host + u':' + QString::number(parsed.port());
}

} // namespace opsdeck
