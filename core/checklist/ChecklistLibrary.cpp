#include "ChecklistLibrary.h"

#include "ChecklistTemplateLoader.h"

#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>

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

} // namespace opsdeck
