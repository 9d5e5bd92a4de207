#include "DeployFileReader.h"

#include "config/FleetConfig.h"
#include "config/RemoteValueRules.h"
#include "config/SchemaReader.h"

#include <QCoreApplication>
#include <QUrl>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeployFileReader)
};

bool nameCharacter(QChar c)
{
    return (c.unicode() < 128 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c == u'.';
}

} // namespace

DeployFileReader::DeployFileReader(QString file, ImportedFleet &fleet)
    : m_file(std::move(file))
    , m_fleet(fleet)
{
}

void DeployFileReader::notMapped(const YamlNode &node, const QString &why)
{
    m_fleet.notMapped(m_file, node.line, node.column, why);
}

void DeployFileReader::keyNotMapped(const YamlEntry &entry, const QString &why)
{
    notMapped(entry.key, Text::tr("%1 is not mapped: %2").arg(SchemaReader::shown(entry.key.scalar), why));
}

QString DeployFileReader::origin(const YamlNode &node) const
{
    return QStringLiteral("%1:%2:%3").arg(m_file).arg(node.line).arg(node.column);
}

std::optional<QString> DeployFileReader::text(const YamlNode &node, const QString &what)
{
    if (node.isScalar() && !node.scalar.isEmpty())
        return node.scalar;
    notMapped(node, Text::tr("%1 is not mapped: expected a text, found %2").arg(what, SchemaReader::typeName(node)));
    return std::nullopt;
}

ImportedValue DeployFileReader::nameFrom(const QString &text)
{
    if (RemoteValueRules::checkName(text).isEmpty())
        return {text, {}};
    QString name;
    for (QChar c : text)
        name.append(nameCharacter(c) ? c : u'-');
    while (!name.isEmpty() && !nameCharacter(name.front()))
        name.remove(0, 1);
    while (!name.isEmpty() && (name.front() == u'-' || name.front() == u'_' || name.front() == u'.'))
        name.remove(0, 1);
    name.truncate(63);
    if (name.isEmpty())
        name = QStringLiteral("imported");
    return {name, Text::tr("a name made from '%1'").arg(SchemaReader::shown(text))};
}

ImportedHost *DeployFileReader::host(ImportedEnvironment &env, const QString &address, const YamlNode &at)
{
    if (const QString why = RemoteValueRules::checkHostAddress(address); !why.isEmpty()) {
        notMapped(at, Text::tr("host %1 is not mapped: %2").arg(SchemaReader::shown(address), why));
        return nullptr;
    }
    const ImportedValue name = nameFrom(address);
    QString otherEnvironment;
    if (ImportedHost *existing = m_fleet.findHost(name.value, &otherEnvironment)) {
        if (otherEnvironment == env.name.value)
            return existing;
        notMapped(at, Text::tr("host %1 is not mapped: it is already in environment %2 (from %3), and a host belongs "
                               "to one environment")
                          .arg(name.value, otherEnvironment, existing->origin));
        return nullptr;
    }
    ImportedHost added;
    added.name = name;
    added.address = {address, {}};
    added.origin = origin(at);
    env.hosts.append(added);
    return &env.hosts.last();
}

ImportedService &DeployFileReader::service(ImportedHost &host, const ImportedValue &name, const ImportedValue &unit)
{
    if (ImportedService *existing = host.findService(name.value))
        return *existing;
    ImportedService added;
    added.name = name;
    added.unit = unit;
    host.services.append(added);
    return host.services.last();
}

ImportedValue DeployFileReader::containerUnit(const QString &service, const QString &tool)
{
    return {service + QStringLiteral(".service"),
            Text::tr("guessed: no systemd unit runs a %1 container; the host reports this one as not found, so a restart "
                     "from OpsDeck fails instead of restarting Docker with every container of the host")
                .arg(tool)};
}

std::optional<QString> DeployFileReader::healthUrl(const QString &url, const YamlNode &node)
{
    const QUrl parsed(url, QUrl::StrictMode);
    const QString scheme = parsed.scheme();
    if (!parsed.isValid() || (scheme != QStringLiteral("http") && scheme != QStringLiteral("https"))
        || parsed.host().isEmpty()) {
        notMapped(node, Text::tr("health URL %1 is not mapped: not an http(s) URL with a host")
                            .arg(SchemaReader::shown(redactedUrl(url))));
        return std::nullopt;
    }
    return url;
}

} // namespace opsdeck
