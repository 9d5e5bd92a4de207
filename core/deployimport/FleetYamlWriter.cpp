#include "FleetYamlWriter.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace opsdeck::FleetYamlWriter {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(FleetYamlWriter)
};

// A comment ends at the line's end: nothing read from a file may start a new line in it.
QString commentText(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text)
        out.append(c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator || c == QChar::ParagraphSeparator
                       ? u' '
                       : c);
    return out;
}

QString withComment(const QString &line, const QString &guess)
{
    if (guess.isEmpty())
        return line + u'\n';
    return line + QStringLiteral("  # ") + commentText(guess) + u'\n';
}

QString keyLine(int indent, const QString &key, const ImportedValue &value)
{
    return withComment(QString(indent, u' ') + key + QStringLiteral(": ") + scalar(value.value), value.guess);
}

QString list(const QStringList &values)
{
    QStringList quoted;
    for (const QString &v : values)
        quoted.append(scalar(v));
    return u'[' + quoted.join(QStringLiteral(", ")) + u']';
}

void writeHost(QString &out, const ImportedHost &host)
{
    out += withComment(QStringLiteral("      ") + scalar(host.name.value) + u':', host.name.guess);
    out += keyLine(8, QStringLiteral("address"), host.address);
    if (host.user.isSet())
        out += keyLine(8, QStringLiteral("user"), host.user);
    if (host.port.isSet()) // a number, written plain
        out += withComment(QStringLiteral("        port: ") + host.port.value, host.port.guess);
    if (host.identityFile.isSet())
        out += keyLine(8, QStringLiteral("identity_file"), host.identityFile);
    if (host.jump.isSet())
        out += keyLine(8, QStringLiteral("jump"), host.jump);
    if (!host.labels.isEmpty())
        out += QStringLiteral("        labels: ") + list(host.labels) + u'\n';
    if (!host.services.isEmpty()) {
        out += QStringLiteral("        services:\n");
        for (const ImportedService &service : host.services) {
            out += withComment(QStringLiteral("          ") + scalar(service.name.value) + u':', service.name.guess);
            out += keyLine(12, QStringLiteral("unit"), service.unit);
            if (!service.sudo)
                out += QStringLiteral("            sudo: false\n");
            if (!service.health.isEmpty()) {
                out += QStringLiteral("            health:\n");
                for (const ImportedValue &url : service.health)
                    out += withComment(QStringLiteral("              - url: ") + scalar(url.value), url.guess);
            }
        }
    }
    if (!host.apps.isEmpty()) {
        out += QStringLiteral("        apps:\n");
        for (const ImportedApp &app : host.apps) {
            out += withComment(QStringLiteral("          ") + scalar(app.name.value) + u':', app.name.guess);
            if (app.path.isSet())
                out += keyLine(12, QStringLiteral("path"), app.path);
            out += keyLine(12, QStringLiteral("strategy"), app.strategy);
            if (app.kamalRole.isSet())
                out += keyLine(12, QStringLiteral("role"), app.kamalRole);
            if (app.kamalDestination.isSet())
                out += keyLine(12, QStringLiteral("destination"), app.kamalDestination);
            if (app.composeFile.isSet())
                out += keyLine(12, QStringLiteral("compose_file"), app.composeFile);
            if (app.composeProject.isSet())
                out += keyLine(12, QStringLiteral("compose_project"), app.composeProject);
            if (!app.composeServices.isEmpty())
                out += withComment(QStringLiteral("            compose_services: ") + list(app.composeServices), app.composeServicesGuess);
            if (!app.services.isEmpty())
                out += QStringLiteral("            services: ") + list(app.services) + u'\n';
        }
    }
}

} // namespace

QString scalar(const QString &value)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_/~][A-Za-z0-9_./~@+-]*$"));
    static const QRegularExpression special(
        QStringLiteral("^(true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+)$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!value.isEmpty() && plain.match(value).hasMatch() && !special.match(value).hasMatch())
        return value;
    QString out = QStringLiteral("\"");
    for (QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

QString write(const ImportedFleet &fleet)
{
    QString out = Text::tr("# Fleet configuration written by `opsdeck import` from:\n");
    for (const QString &source : fleet.sources)
        out += QStringLiteral("#   ") + commentText(source) + u'\n';
    out += Text::tr("# Every value marked \"guessed\" was not in those files: check it. Then check the whole file with\n"
                    "# `opsdeck check-config FILE`.\n");
    out += QStringLiteral("version: 1\nenvironments:\n");
    for (const ImportedEnvironment &env : fleet.environments) {
        if (env.hosts.isEmpty())
            continue;
        out += withComment(QStringLiteral("  ") + scalar(env.name.value) + u':', env.name.guess);
        out += QStringLiteral("    hosts:\n");
        for (const ImportedHost &host : env.hosts)
            writeHost(out, host);
    }
    if (!fleet.unmapped.isEmpty()) {
        out += u'\n' + Text::tr("# Not mapped (%1): parts of the deploy files with no place in a fleet configuration")
                           .arg(fleet.unmapped.size())
               + u'\n';
        for (const ConfigError &item : fleet.unmapped)
            out += QStringLiteral("#   ") + commentText(item.toString()) + u'\n';
    }
    return out;
}

} // namespace opsdeck::FleetYamlWriter
