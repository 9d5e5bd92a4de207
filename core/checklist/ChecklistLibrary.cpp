#include "ChecklistLibrary.h"

#include "ChecklistTemplateLoader.h"

#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistLibrary)
};
} // namespace

QStringList ChecklistLibrary::builtinIds()
{
    return {QStringLiteral("production"), QStringLiteral("staging")};
}

ChecklistLibrary ChecklistLibrary::load(const QString &directory)
{
    ChecklistLibrary library;
    for (const QString &id : builtinIds()) {
        const QString path = QStringLiteral(":/checklists/%1.yaml").arg(id);
        TemplateLoadResult loaded = ChecklistTemplateLoader::loadFile(path);
        if (!loaded.ok()) {
            // A build that ships a broken template is a bug the tests catch; say so loudly anyway.
            for (const ConfigError &error : std::as_const(loaded.errors))
                qCCritical(lcChecklist) << "built-in checklist:" << error.toString();
            library.m_errors += loaded.errors;
            continue;
        }
        loaded.checklist->source = QStringLiteral("builtin:") + id;
        library.m_templates.append(*loaded.checklist);
    }
    if (directory.isEmpty())
        return library;
    const QDir dir(directory);
    const QStringList files = dir.entryList({QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDir::Name);
    QHash<QString, QString> fromFile; // id -> file, to report an id used by two files
    for (const QString &name : files) {
        const QString path = dir.absoluteFilePath(name);
        const TemplateLoadResult loaded = ChecklistTemplateLoader::loadFile(path);
        if (!loaded.ok()) {
            library.m_errors += loaded.errors;
            continue;
        }
        const ChecklistTemplate &checklist = *loaded.checklist;
        if (fromFile.contains(checklist.id)) {
            library.m_errors.append({path, 0, 0,
                                     Text::tr("template id '%1' is also used by %2; this file is ignored")
                                         .arg(checklist.id, fromFile.value(checklist.id))});
            continue;
        }
        fromFile.insert(checklist.id, path);
        library.m_templates.removeIf([&](const ChecklistTemplate &t) { return t.id == checklist.id; });
        library.m_templates.append(checklist);
    }
    return library;
}

const ChecklistTemplate *ChecklistLibrary::find(const QString &id) const
{
    for (const ChecklistTemplate &t : m_templates) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

QStringList ChecklistLibrary::acceptedFor(const FleetConfig &config, const QString &environment) const
{
    for (const EnvironmentConfig &env : config.environments) {
        if (env.name == environment && !env.checklistTemplates.isEmpty())
            return env.checklistTemplates;
    }
    return {find(environment) ? environment : QStringLiteral("production")};
}

QString ChecklistLibrary::whyNotAccepted(const FleetConfig &config, const QString &environment, const QString &templateId) const
{
    const QStringList accepted = acceptedFor(config, environment);
    if (accepted.contains(templateId))
        return {};
    const bool named = std::any_of(config.environments.cbegin(), config.environments.cend(), [&](const EnvironmentConfig &e) {
        return e.name == environment && !e.checklistTemplates.isEmpty();
    });
    return Text::tr("a run of the checklist template '%1' cannot approve %2: %2 accepts only %3 (%4)")
        .arg(templateId, environment, accepted.join(QStringLiteral(", ")),
             named ? Text::tr("its checklist_templates in the fleet configuration")
                   : Text::tr("the default; name others under the environment's checklist_templates in the fleet configuration"));
}

QString ChecklistLibrary::whyNotRunCommands(const ChecklistTemplate &planned) const
{
    const ChecklistTemplate *mine = find(planned.id);
    if (!mine)
        return Text::tr("this console has no checklist template '%1', so it runs none of the run's commands").arg(planned.id);
    if (QJsonDocument(mine->toJson()).toJson(QJsonDocument::Compact) != QJsonDocument(planned.toJson()).toJson(QJsonDocument::Compact))
        return Text::tr("the run's checklist '%1' is not byte for byte this console's template '%1', so it runs none of the run's "
                        "commands")
            .arg(planned.id);
    return {};
}

QList<ChecklistLibrary::Check> ChecklistLibrary::checksFor(const ChecklistPlan &plan, const QStringList &only) const
{
    QList<Check> checks;
    const QString commandsNot = whyNotRunCommands(plan.checklist);
    const ChecklistTemplate *mine = find(plan.checklist.id);
    for (const ChecklistItem &item : plan.checklist.items()) {
        if (!item.evidence.isAutomatic() || (!only.isEmpty() && !only.contains(item.id)))
            continue;
        Check check{item, {}};
        if (item.evidence.kind == EvidenceKind::Command) {
            // Nothing from the store is executed: the command is this console's own, or none is run.
            const ChecklistItem *own = mine ? mine->findItem(item.id) : nullptr;
            if (!commandsNot.isEmpty() || !own || own->evidence.kind != EvidenceKind::Command)
                check.byHand = commandsNot.isEmpty() ? Text::tr("this console's template has no command for %1").arg(item.id) : commandsNot;
            else
                check.item = *own;
        }
        checks << check;
    }
    return checks;
}

} // namespace opsdeck
