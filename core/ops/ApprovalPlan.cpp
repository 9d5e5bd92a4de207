#include "ApprovalPlan.h"

#include "GuardedAction.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace opsdeck::ApprovalPlan {

QString canonical(const GuardedAction &action)
{
    const QJsonObject plan{{QStringLiteral("environment"), action.environment()},
                           {QStringLiteral("action"), action.actionName()},
                           {QStringLiteral("event_family"), action.eventFamily()},
                           {QStringLiteral("title"), action.title()},
                           {QStringLiteral("lock_targets"), QJsonArray::fromStringList(action.lockTargets())},
                           {QStringLiteral("hosts"), QJsonArray::fromStringList(action.hosts())},
                           {QStringLiteral("commands"), QJsonArray::fromStringList(action.commands())},
                           {QStringLiteral("details"), action.details()}};
    return QString::fromUtf8(QJsonDocument(plan).toJson(QJsonDocument::Compact));
}

QString hashOf(const QString &canonicalPlan)
{
    return QString::fromLatin1(QCryptographicHash::hash(canonicalPlan.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString requiredRole()
{
    return QStringLiteral("opsdeck_lead");
}

} // namespace opsdeck::ApprovalPlan
