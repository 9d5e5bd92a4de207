#include "ComposeSchema.h"

#include "RemoteValueRules.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfigLoader)
};
} // namespace

void ComposeSchema::read(AppConfig &app, const SchemaFields &f, const YamlNode &node, bool compose)
{
    const QString what = Text::tr("app '%1'").arg(app.name);
    for (const char *key : {"compose_file", "compose_project", "compose_services"}) {
        if (f.has(key) && !compose)
            m_reader.error(f[key], Text::tr("'%1' is for apps with strategy: compose").arg(QLatin1String(key)));
    }
    if (!compose)
        return;
    if (!f.has("compose_file"))
        m_reader.error(node, Text::tr("%1 needs a 'compose_file' (the path of its compose file on the host)").arg(what));
    else if (auto v = m_reader.checked(f["compose_file"], QStringLiteral("compose_file"), RemoteValueRules::checkRemotePath))
        app.composeFile = QDir::cleanPath(*v);
    // Compose's own rule for a project name, and for the services a conservative one: both end up
    // in commands and in the pin file OpsDeck writes.
    static const QRegularExpression projectName(QRegularExpression::anchoredPattern(QStringLiteral("[a-z0-9][a-z0-9_-]{0,62}")));
    static const QRegularExpression serviceName(QRegularExpression::anchoredPattern(QStringLiteral("[a-zA-Z0-9][a-zA-Z0-9._-]{0,62}")));
    if (f.has("compose_project")) {
        if (auto v = m_reader.string(f["compose_project"], QStringLiteral("compose_project"))) {
            if (!projectName.match(*v).hasMatch())
                m_reader.error(f["compose_project"],
                               Text::tr("compose_project '%1' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a letter or digit")
                                   .arg(SchemaReader::shown(*v)));
            else
                app.composeProject = *v;
        }
    } else if (!projectName.match(app.name).hasMatch()) {
        m_reader.error(node, Text::tr("%1 needs a 'compose_project' (Compose's project name): its name is not one").arg(what));
    }
    if (!f.has("compose_services")) {
        m_reader.error(node, Text::tr("%1 needs 'compose_services' (the Compose services whose image tag is the release)").arg(what));
        return;
    }
    const YamlNode &list = f["compose_services"];
    if (auto names = m_reader.stringList(list, QStringLiteral("compose_services"))) {
        if (names->isEmpty())
            m_reader.error(list, Text::tr("compose_services may not be an empty list"));
        for (qsizetype i = 0; i < names->size(); ++i) {
            const QString &n = names->at(i);
            if (!serviceName.match(n).hasMatch())
                m_reader.error(list.items[std::size_t(i)],
                               Text::tr("compose service '%1' must be 1-63 of letters, digits, '.', '_' and '-', starting with a letter or digit")
                                   .arg(SchemaReader::shown(n)));
            else if (app.composeServices.contains(n))
                m_reader.error(list.items[std::size_t(i)], Text::tr("compose service '%1' is listed twice").arg(n));
            else
                app.composeServices << n;
        }
    }
}

} // namespace opsdeck
