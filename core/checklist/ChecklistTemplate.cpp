#include "ChecklistTemplate.h"

#include "config/Duration.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplate)
};

QStringList stringsFrom(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}
} // namespace

QList<ChecklistItem> ChecklistTemplate::items() const
{
    QList<ChecklistItem> out;
    for (const ChecklistSection &section : sections)
        out += section.items;
    return out;
}

const ChecklistItem *ChecklistTemplate::findItem(const QString &itemId) const
{
    for (const ChecklistSection &section : sections) {
        for (const ChecklistItem &item : section.items) {
            if (item.id == itemId)
                return &item;
        }
    }
    return nullptr;
}

const SignoffRole *ChecklistTemplate::findRole(const QString &role) const
{
    for (const SignoffRole &r : signoff.roles) {
        if (r.role == role)
            return &r;
    }
    return nullptr;
}

int ChecklistTemplate::requiredCount() const
{
    int n = 0;
    for (const ChecklistSection &section : sections) {
        for (const ChecklistItem &item : section.items)
            n += item.required ? 1 : 0;
    }
    return n;
}

QString evidenceKindName(EvidenceKind kind)
{
    switch (kind) {
    case EvidenceKind::None: return {};
    case EvidenceKind::Health: return QStringLiteral("health");
    case EvidenceKind::BackupAge: return QStringLiteral("backup_age");
    case EvidenceKind::Command: return QStringLiteral("command");
    case EvidenceKind::Release: return QStringLiteral("release");
    case EvidenceKind::RestoreDrill: return QStringLiteral("restore_drill");
    }
    return {};
}

// Only the fields a kind uses, so an unused field can never make two equal checks differ.
QJsonObject evidenceToJson(const EvidenceSpec &spec)
{
    QJsonObject json{{QStringLiteral("kind"), evidenceKindName(spec.kind)}};
    switch (spec.kind) {
    case EvidenceKind::None: break;
    case EvidenceKind::Health: json.insert(QStringLiteral("service"), spec.service); break;
    case EvidenceKind::BackupAge:
    case EvidenceKind::RestoreDrill:
        json.insert(QStringLiteral("backup"), spec.backup);
        json.insert(QStringLiteral("maxAgeSeconds"), qint64(spec.maxAge.count() / 1000));
        break;
    case EvidenceKind::Command:
        json.insert(QStringLiteral("argv"), QJsonArray::fromStringList(spec.argv));
        json.insert(QStringLiteral("label"), spec.label);
        break;
    case EvidenceKind::Release: json.insert(QStringLiteral("app"), spec.app); break;
    }
    return json;
}

EvidenceSpec evidenceFromJson(const QJsonObject &json)
{
    EvidenceSpec spec;
    const QString kind = json.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("health")) {
        spec.kind = EvidenceKind::Health;
        spec.service = json.value(QStringLiteral("service")).toString();
    } else if (kind == QLatin1String("backup_age") || kind == QLatin1String("restore_drill")) {
        spec.kind = kind == QLatin1String("backup_age") ? EvidenceKind::BackupAge : EvidenceKind::RestoreDrill;
        spec.backup = json.value(QStringLiteral("backup")).toString();
        spec.maxAge = Milliseconds(json.value(QStringLiteral("maxAgeSeconds")).toInteger() * 1000);
    } else if (kind == QLatin1String("command")) {
        spec.kind = EvidenceKind::Command;
        spec.argv = stringsFrom(json.value(QStringLiteral("argv")));
        spec.label = json.value(QStringLiteral("label")).toString();
    } else if (kind == QLatin1String("release")) {
        spec.kind = EvidenceKind::Release;
        spec.app = json.value(QStringLiteral("app")).toString();
    }
    return spec;
}

QJsonObject itemToJson(const ChecklistItem &item)
{
    QJsonObject json{{QStringLiteral("id"), item.id},
                     {QStringLiteral("text"), item.text},
                     {QStringLiteral("help"), item.help},
                     {QStringLiteral("role"), item.role},
                     {QStringLiteral("required"), item.required}};
    if (item.evidence.isAutomatic())
        json.insert(QStringLiteral("evidence"), evidenceToJson(item.evidence));
    return json;
}

QJsonObject ChecklistTemplate::toJson() const
{
    QJsonArray sectionArray;
    for (const ChecklistSection &section : sections) {
        QJsonArray itemArray;
        for (const ChecklistItem &item : section.items)
            itemArray.append(itemToJson(item));
        sectionArray.append(QJsonObject{{QStringLiteral("title"), section.title},
                                        {QStringLiteral("level"), section.level},
                                        {QStringLiteral("items"), itemArray}});
    }
    QJsonArray roleArray;
    for (const SignoffRole &role : signoff.roles)
        roleArray.append(QJsonObject{{QStringLiteral("role"), role.role},
                                     {QStringLiteral("name"), role.name},
                                     {QStringLiteral("count"), role.count}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("description"), description},
            {QStringLiteral("sections"), sectionArray},
            {QStringLiteral("signoff"),
             QJsonObject{{QStringLiteral("roles"), roleArray},
                         {QStringLiteral("distinctSigners"), signoff.distinctSigners},
                         {QStringLiteral("creatorMaySign"), signoff.creatorMaySign},
                         {QStringLiteral("validitySeconds"), qint64(signoff.validity.count() / 1000)}}}};
}

std::optional<ChecklistTemplate> ChecklistTemplate::fromJson(const QJsonObject &json)
{
    ChecklistTemplate t;
    t.id = json.value(QStringLiteral("id")).toString();
    t.name = json.value(QStringLiteral("name")).toString();
    t.description = json.value(QStringLiteral("description")).toString();
    const QJsonArray sectionArray = json.value(QStringLiteral("sections")).toArray();
    for (const QJsonValue &sv : sectionArray) {
        const QJsonObject so = sv.toObject();
        ChecklistSection section;
        section.title = so.value(QStringLiteral("title")).toString();
        section.level = so.value(QStringLiteral("level")).toInt();
        for (const QJsonValue &iv : so.value(QStringLiteral("items")).toArray()) {
            const QJsonObject io = iv.toObject();
            ChecklistItem item;
            item.id = io.value(QStringLiteral("id")).toString();
            item.text = io.value(QStringLiteral("text")).toString();
            item.help = io.value(QStringLiteral("help")).toString();
            item.role = io.value(QStringLiteral("role")).toString();
            item.required = io.value(QStringLiteral("required")).toBool(true);
            if (io.contains(QStringLiteral("evidence")))
                item.evidence = evidenceFromJson(io.value(QStringLiteral("evidence")).toObject());
            if (item.id.isEmpty())
                return std::nullopt;
            section.items.append(item);
        }
        t.sections.append(section);
    }
    const QJsonObject so = json.value(QStringLiteral("signoff")).toObject();
    for (const QJsonValue &rv : so.value(QStringLiteral("roles")).toArray()) {
        const QJsonObject ro = rv.toObject();
        t.signoff.roles.append({ro.value(QStringLiteral("role")).toString(), ro.value(QStringLiteral("name")).toString(),
                                ro.value(QStringLiteral("count")).toInt(1)});
    }
    t.signoff.distinctSigners = so.value(QStringLiteral("distinctSigners")).toBool(true);
    t.signoff.creatorMaySign = so.value(QStringLiteral("creatorMaySign")).toBool(false);
    t.signoff.validity = Milliseconds(so.value(QStringLiteral("validitySeconds")).toInteger(86400) * 1000);
    if (t.sections.isEmpty() || t.signoff.roles.isEmpty())
        return std::nullopt;
    return t;
}

QString describeEvidence(const EvidenceSpec &spec)
{
    switch (spec.kind) {
    case EvidenceKind::None: return {};
    case EvidenceKind::Health:
        return spec.service.isEmpty() ? Text::tr("every health check of the run's hosts passes")
                                      : Text::tr("every health check of '%1' on the run's hosts passes").arg(spec.service);
    case EvidenceKind::BackupAge:
        return spec.backup.isEmpty()
                   ? Text::tr("the newest backup of every location on the run's hosts is younger than %1").arg(Duration::format(spec.maxAge))
                   : Text::tr("the newest backup in '%1' is younger than %2").arg(spec.backup, Duration::format(spec.maxAge));
    case EvidenceKind::Command:
        return spec.label.isEmpty() ? Text::tr("'%1' exits 0 on every host of the run").arg(spec.argv.join(u' '))
                                    : Text::tr("'%1' exits 0 on every host labelled %2").arg(spec.argv.join(u' '), spec.label);
    case EvidenceKind::RestoreDrill:
        return spec.backup.isEmpty()
                   ? Text::tr("every backup location with a drill target on the run's hosts had a successful restore drill within its RTO in the last %1")
                         .arg(Duration::format(spec.maxAge))
                   : Text::tr("'%1' had a successful restore drill within its RTO in the last %2").arg(spec.backup, Duration::format(spec.maxAge));
    case EvidenceKind::Release:
        return spec.app.isEmpty() ? Text::tr("the release is present on every host of the run")
                                  : Text::tr("the release of '%1' is present on every host of the run").arg(spec.app);
    }
    return {};
}

} // namespace opsdeck
