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

namespace {
bool scalar(const QJsonValue &value)
{
    return value.isBool() || value.isDouble() || value.isNull() || value.isUndefined();
}

QString shown(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("(none)");
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QStringLiteral("null");
}

void compare(const QJsonObject &approved, const QJsonObject &now, const QString &prefix, QStringList &out)
{
    QStringList keys = approved.keys();
    for (const QString &key : now.keys()) {
        if (!keys.contains(key))
            keys << key;
    }
    for (const QString &key : std::as_const(keys)) {
        const QJsonValue before = approved.value(key);
        const QJsonValue after = now.value(key);
        if (before == after)
            continue;
        if (before.isObject() && after.isObject()) {
            compare(before.toObject(), after.toObject(), prefix + key + u'.', out);
            continue;
        }
        // Numbers and flags are shown; texts and lists (commands, hosts, names from a host) are only named.
        if (scalar(before) && scalar(after))
            out << QStringLiteral("%1%2: %3 → %4").arg(prefix, key, shown(before), shown(after));
        else
            out << prefix + key;
    }
}
} // namespace

QStringList differences(const QString &approvedPlan, const QString &planNow)
{
    QStringList out;
    const QJsonDocument approved = QJsonDocument::fromJson(approvedPlan.toUtf8());
    const QJsonDocument now = QJsonDocument::fromJson(planNow.toUtf8());
    if (!approved.isObject() || !now.isObject()) {
        if (approvedPlan != planNow)
            out << QStringLiteral("plan");
        return out;
    }
    compare(approved.object(), now.object(), {}, out);
    return out;
}

QString requiredRole()
{
    return QStringLiteral("opsdeck_lead");
}

} // namespace opsdeck::ApprovalPlan
