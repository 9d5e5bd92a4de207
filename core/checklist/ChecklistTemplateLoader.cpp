#include "ChecklistTemplateLoader.h"

#include "config/RemoteValueRules.h"
#include "config/SchemaReader.h"
#include "config/YamlTree.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistTemplateLoader)
};

constexpr int kMaxText = 500;
constexpr int kMaxLongText = 2000;

// Walks a template's tree against its schema; keeps going after an error.
class TemplateWalker final : public SchemaReader
{
public:
    TemplateWalker(const QString &file, TemplateLoadResult &result)
        : SchemaReader(file, QString(), result.errors, result.suppressedErrors, ChecklistTemplateLoader::kMaxErrors)
    {
    }

    std::optional<ChecklistTemplate> walk(const YamlNode &root);

private:
    std::optional<QString> text(const YamlNode &node, const QString &what, int maxLength, bool mayBeEmpty = false);
    void readSection(const YamlNode &node, int level, ChecklistTemplate &checklist);
    void readItem(const YamlNode &node, ChecklistSection &section);
    void readEvidence(const YamlNode &node, ChecklistItem &item);
    void readSignoff(const YamlNode &node, SignoffPolicy &signoff);

    QHash<QString, int> m_itemLines;
    int m_itemCount = 0;
    bool m_tooManyReported = false;
};

std::optional<QString> TemplateWalker::text(const YamlNode &node, const QString &what, int maxLength, bool mayBeEmpty)
{
    auto value = string(node, what);
    if (!value)
        return std::nullopt;
    const QString trimmed = value->trimmed();
    if (trimmed.isEmpty() && !mayBeEmpty) {
        error(node, Text::tr("%1 may not be empty").arg(what));
        return std::nullopt;
    }
    if (trimmed.size() > maxLength) {
        error(node, Text::tr("%1 is too long (%2 characters, the limit is %3)").arg(what).arg(trimmed.size()).arg(maxLength));
        return std::nullopt;
    }
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\t') {
            error(node, Text::tr("%1 may not contain control characters").arg(what));
            return std::nullopt;
        }
    }
    return trimmed;
}

std::optional<ChecklistTemplate> TemplateWalker::walk(const YamlNode &root)
{
    if (!isMap(root, Text::tr("the top level")))
        return std::nullopt;
    ChecklistTemplate checklist;
    checklist.source = file();
    const auto top = fields(root,
                            {{"checklist", true}, {"id", true}, {"name", true}, {"description"}, {"sections", true}, {"signoff", true}},
                            Text::tr("the top level"));
    if (top.has("checklist")) {
        const YamlNode &v = top["checklist"];
        if (auto version = integer(v, Text::tr("checklist"), 0, 1'000'000); version && *version != 1)
            error(v, Text::tr("unsupported checklist format %1; this OpsDeck reads format 1").arg(*version));
    }
    if (top.has("id")) {
        if (auto v = checked(top["id"], Text::tr("template id"), ChecklistTemplateLoader::checkItemId))
            checklist.id = *v;
    }
    if (top.has("name")) {
        if (auto v = text(top["name"], Text::tr("name"), 200))
            checklist.name = *v;
    }
    if (top.has("description")) {
        if (auto v = text(top["description"], Text::tr("description"), kMaxLongText, true))
            checklist.description = *v;
    }
    if (top.has("sections")) {
        const YamlNode &sections = top["sections"];
        if (!sections.isSequence()) {
            error(sections, Text::tr("sections must be a list, found %1").arg(typeName(sections)));
        } else {
            for (const YamlNode &section : sections.items)
                readSection(section, 0, checklist);
            if (m_itemCount == 0 && !hasErrors())
                error(sections, Text::tr("a checklist needs at least one item"));
        }
    }
    if (top.has("signoff"))
        readSignoff(top["signoff"], checklist.signoff);
    if (hasErrors())
        return std::nullopt;
    return checklist;
}

void TemplateWalker::readSection(const YamlNode &node, int level, ChecklistTemplate &checklist)
{
    const QString what = Text::tr("a section");
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"title", true}, {"items"}, {"sections"}}, what);
    if (!f.has("items") && !f.has("sections"))
        error(node, Text::tr("a section needs items or sections"));
    ChecklistSection section;
    section.level = level;
    if (f.has("title")) {
        if (auto v = text(f["title"], Text::tr("title"), 200))
            section.title = *v;
    }
    if (f.has("items")) {
        const YamlNode &items = f["items"];
        if (!items.isSequence())
            error(items, Text::tr("items must be a list, found %1").arg(typeName(items)));
        else if (items.items.empty())
            error(items, Text::tr("items may not be an empty list"));
        else
            for (const YamlNode &item : items.items)
                readItem(item, section);
    }
    // The section comes before its subsections: the flat list stays in document order.
    checklist.sections.append(section);
    if (f.has("sections")) {
        const YamlNode &subsections = f["sections"];
        if (!subsections.isSequence())
            error(subsections, Text::tr("sections must be a list, found %1").arg(typeName(subsections)));
        else if (subsections.items.empty())
            error(subsections, Text::tr("sections may not be an empty list"));
        else
            for (const YamlNode &sub : subsections.items)
                readSection(sub, level + 1, checklist);
    }
}

void TemplateWalker::readItem(const YamlNode &node, ChecklistSection &section)
{
    const QString what = Text::tr("an item");
    if (!isMap(node, what))
        return;
    if (++m_itemCount > ChecklistTemplateLoader::kMaxItems) {
        if (!m_tooManyReported)
            error(node, Text::tr("a checklist may have at most %1 items").arg(ChecklistTemplateLoader::kMaxItems));
        m_tooManyReported = true;
        return;
    }
    const auto f = fields(node, {{"id", true}, {"text", true}, {"required"}, {"role"}, {"help"}, {"evidence"}}, what);
    ChecklistItem item;
    bool ok = true;
    if (f.has("id")) {
        const YamlNode &idNode = f["id"];
        if (auto v = checked(idNode, Text::tr("item id"), ChecklistTemplateLoader::checkItemId)) {
            if (m_itemLines.contains(*v)) {
                error(idNode, Text::tr("item id '%1' is already used on line %2").arg(*v).arg(m_itemLines.value(*v)));
                ok = false;
            } else {
                m_itemLines.insert(*v, idNode.line);
                item.id = *v;
            }
        } else {
            ok = false;
        }
    }
    if (f.has("text")) {
        if (auto v = text(f["text"], Text::tr("item text"), kMaxText))
            item.text = *v;
    }
    if (f.has("required")) {
        if (auto v = boolean(f["required"], Text::tr("required")))
            item.required = *v;
    }
    if (f.has("role")) {
        if (auto v = checked(f["role"], Text::tr("role"), ChecklistTemplateLoader::checkRoleId))
            item.role = *v;
    }
    if (f.has("help")) {
        if (auto v = text(f["help"], Text::tr("help"), kMaxLongText, true))
            item.help = *v;
    }
    if (f.has("evidence"))
        readEvidence(f["evidence"], item);
    if (ok)
        section.items.append(item);
}

void TemplateWalker::readEvidence(const YamlNode &node, ChecklistItem &item)
{
    using namespace std::chrono_literals;
    const QString what = Text::tr("evidence");
    if (!isMap(node, what))
        return;
    const auto f = fields(node, {{"health"}, {"backup_age"}, {"restore_drill"}, {"command"}, {"release"}}, what);
    const int given = int(f.has("health")) + int(f.has("backup_age")) + int(f.has("restore_drill")) + int(f.has("command")) + int(f.has("release"));
    if (given != 1) {
        // An evidence of only unknown keys was reported already, key by key.
        if (given > 1 || node.entries.empty())
            error(node, Text::tr("evidence needs exactly one of health, backup_age, restore_drill, command, release"));
        return;
    }
    EvidenceSpec &spec = item.evidence;
    // An optional mapping: "health:" alone means every health check.
    auto optionalMap = [&](const YamlNode &value, const QString &kind) {
        return value.isNull() || isMap(value, kind);
    };
    if (f.has("health")) {
        const YamlNode &v = f["health"];
        spec.kind = EvidenceKind::Health;
        if (optionalMap(v, QStringLiteral("health")) && v.isMap()) {
            const auto h = fields(v, {{"service"}}, QStringLiteral("health"));
            if (h.has("service")) {
                if (auto s = checked(h["service"], Text::tr("service name"), RemoteValueRules::checkName))
                    spec.service = *s;
            }
        }
    } else if (f.has("backup_age") || f.has("restore_drill")) {
        const bool drill = f.has("restore_drill");
        const QString key = drill ? QStringLiteral("restore_drill") : QStringLiteral("backup_age");
        const YamlNode &v = f[drill ? "restore_drill" : "backup_age"];
        spec.kind = drill ? EvidenceKind::RestoreDrill : EvidenceKind::BackupAge;
        if (isMap(v, key)) {
            const auto b = fields(v, {{"max", true}, {"backup"}}, key);
            if (b.has("max")) {
                if (auto age = duration(b["max"], QStringLiteral("max"), 1min, drill ? 366 * 24h : 90 * 24h))
                    spec.maxAge = *age;
            }
            if (b.has("backup")) {
                if (auto s = checked(b["backup"], Text::tr("backup name"), RemoteValueRules::checkName))
                    spec.backup = *s;
            }
        }
    } else if (f.has("command")) {
        const YamlNode &v = f["command"];
        spec.kind = EvidenceKind::Command;
        if (isMap(v, QStringLiteral("command"))) {
            const auto c = fields(v, {{"run", true}, {"label"}}, QStringLiteral("command"));
            if (c.has("run")) {
                const YamlNode &run = c["run"];
                if (auto argv = stringList(run, QStringLiteral("run"))) {
                    if (argv->isEmpty())
                        error(run, Text::tr("run may not be an empty list"));
                    for (qsizetype i = 0; i < argv->size(); ++i) {
                        if (const QString why = RemoteValueRules::checkArgument(argv->at(i)); !why.isEmpty())
                            error(run.items[std::size_t(i)], why);
                    }
                    spec.argv = *argv;
                }
            }
            if (c.has("label")) {
                if (auto s = checked(c["label"], Text::tr("label"), RemoteValueRules::checkName))
                    spec.label = *s;
            }
        }
    } else {
        const YamlNode &v = f["release"];
        spec.kind = EvidenceKind::Release;
        if (optionalMap(v, QStringLiteral("release")) && v.isMap()) {
            const auto r = fields(v, {{"app"}}, QStringLiteral("release"));
            if (r.has("app")) {
                if (auto s = checked(r["app"], Text::tr("app name"), RemoteValueRules::checkName))
                    spec.app = *s;
            }
        }
    }
}

void TemplateWalker::readSignoff(const YamlNode &node, SignoffPolicy &signoff)
{
    using namespace std::chrono_literals;
    if (!isMap(node, QStringLiteral("signoff")))
        return;
    const auto f = fields(node, {{"roles", true}, {"distinct_signers"}, {"creator_may_sign"}, {"validity"}},
                          QStringLiteral("signoff"));
    if (f.has("roles")) {
        const YamlNode &roles = f["roles"];
        if (isMap(roles, Text::tr("sign-off roles"))) {
            if (roles.entries.empty())
                error(roles, Text::tr("at least one sign-off role is required"));
            forEachKey(roles, Text::tr("role"), [&](const QString &id, const YamlNode &keyNode, const YamlNode &value) {
                if (const QString why = ChecklistTemplateLoader::checkRoleId(id); !why.isEmpty()) {
                    error(keyNode, Text::tr("invalid role '%1': %2").arg(shown(id), why));
                    return;
                }
                const QString what = Text::tr("sign-off role '%1'").arg(id);
                if (!isMap(value, what))
                    return;
                SignoffRole role;
                role.role = id;
                const auto r = fields(value, {{"name", true}, {"count"}}, what);
                if (r.has("name")) {
                    if (auto v = text(r["name"], Text::tr("name"), 100))
                        role.name = *v;
                }
                if (r.has("count")) {
                    if (auto v = integer(r["count"], Text::tr("count"), 1, 10))
                        role.count = int(*v);
                }
                signoff.roles.append(role);
            });
        }
    }
    if (f.has("distinct_signers")) {
        if (auto v = boolean(f["distinct_signers"], QStringLiteral("distinct_signers")))
            signoff.distinctSigners = *v;
    }
    if (f.has("creator_may_sign")) {
        if (auto v = boolean(f["creator_may_sign"], QStringLiteral("creator_may_sign")))
            signoff.creatorMaySign = *v;
    }
    if (f.has("validity")) {
        if (auto v = duration(f["validity"], QStringLiteral("validity"), 1s, 30 * 24h))
            signoff.validity = *v;
    }
}

TemplateLoadResult fromTree(const YamlParseResult &parsed, const QString &displayName)
{
    TemplateLoadResult result;
    result.errors = parsed.errors;
    if (!parsed.root)
        return result;
    TemplateWalker walker(displayName, result);
    result.checklist = walker.walk(*parsed.root);
    if (!result.errors.isEmpty() || result.suppressedErrors > 0)
        result.checklist.reset();
    YamlTree::sortByPosition(result.errors);
    return result;
}

} // namespace

TemplateLoadResult ChecklistTemplateLoader::loadFile(const QString &path)
{
    return fromTree(YamlTree::parseFile(path), path);
}

TemplateLoadResult ChecklistTemplateLoader::loadBytes(const QByteArray &bytes, const QString &displayName)
{
    return fromTree(YamlTree::parse(bytes, displayName), displayName);
}

QString ChecklistTemplateLoader::checkRoleId(const QString &role)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]{0,47}$"));
    if (pattern.match(role).hasMatch())
        return {};
    return Text::tr("a role is 1 to 48 lower-case letters, digits and '_', starting with a letter");
}

QString ChecklistTemplateLoader::checkItemId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,79}$"));
    if (pattern.match(id).hasMatch())
        return {};
    return Text::tr("an id is 1 to 80 lower-case letters, digits, '.', '_' and '-', starting with a letter or digit");
}

} // namespace opsdeck
