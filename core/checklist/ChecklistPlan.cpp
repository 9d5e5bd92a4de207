#include "ChecklistPlan.h"

#include "config/RemoteValueRules.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistPlan)
};

constexpr int kFormat = 1;
} // namespace

QByteArray ChecklistPlan::canonical() const
{
    QStringList sortedHosts = hosts;
    sortedHosts.sort();
    sortedHosts.removeDuplicates();
    // QJsonObject keeps its keys sorted, so the compact text is canonical for these values.
    const QJsonObject json{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("environment"), environment},
                           {QStringLiteral("release"), QJsonObject{{QStringLiteral("version"), version},
                                                                   {QStringLiteral("hosts"), QJsonArray::fromStringList(sortedHosts)}}},
                           {QStringLiteral("template"), checklist.toJson()}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

QString ChecklistPlan::hashOf(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString ChecklistPlan::hash() const
{
    return hashOf(canonical());
}

std::optional<ChecklistPlan> ChecklistPlan::make(const ChecklistTemplate &checklist, const FleetConfig &config,
                                                 const QString &environment, const QString &version,
                                                 const QStringList &hosts, QString *why)
{
    const auto env = std::find_if(config.environments.cbegin(), config.environments.cend(),
                                  [&](const EnvironmentConfig &e) { return e.name == environment; });
    if (env == config.environments.cend()) {
        *why = Text::tr("there is no environment '%1'").arg(environment);
        return std::nullopt;
    }
    if (const QString invalid = RemoteValueRules::checkName(version); !invalid.isEmpty()) {
        *why = Text::tr("invalid release '%1': %2").arg(version, invalid);
        return std::nullopt;
    }
    QStringList envHosts;
    for (const HostConfig &host : env->hosts)
        envHosts << host.name;
    QStringList chosen = hosts.isEmpty() ? envHosts : hosts;
    for (const QString &host : std::as_const(chosen)) {
        if (!envHosts.contains(host)) {
            *why = Text::tr("host '%1' is not a host of %2").arg(host, environment);
            return std::nullopt;
        }
    }
    chosen.sort();
    chosen.removeDuplicates();
    ChecklistPlan plan;
    plan.environment = environment;
    plan.version = version;
    plan.hosts = chosen;
    plan.checklist = checklist;
    plan.checklist.source.clear();
    return plan;
}

std::optional<ChecklistPlan> ChecklistPlan::fromCanonical(const QByteArray &canonical)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(canonical, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    const QJsonObject json = document.object();
    if (json.value(QStringLiteral("format")).toInt() != kFormat)
        return std::nullopt;
    const auto checklist = ChecklistTemplate::fromJson(json.value(QStringLiteral("template")).toObject());
    if (!checklist)
        return std::nullopt;
    ChecklistPlan plan;
    plan.environment = json.value(QStringLiteral("environment")).toString();
    const QJsonObject release = json.value(QStringLiteral("release")).toObject();
    plan.version = release.value(QStringLiteral("version")).toString();
    for (const QJsonValue &host : release.value(QStringLiteral("hosts")).toArray())
        plan.hosts << host.toString();
    plan.checklist = *checklist;
    if (plan.environment.isEmpty() || plan.version.isEmpty())
        return std::nullopt;
    return plan;
}

} // namespace opsdeck
