#include "RemoteValueRules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

namespace opsdeck::RemoteValueRules {

namespace {

// lupdate and the runtime agree on the context through the macro.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(RemoteValueRules)
};

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 128 && c.isLetterOrNumber();
}

const QStringList &unitSuffixes()
{
    static const QStringList suffixes{QStringLiteral(".service"), QStringLiteral(".socket"),
                                      QStringLiteral(".target"),  QStringLiteral(".timer"),
                                      QStringLiteral(".mount"),   QStringLiteral(".automount"),
                                      QStringLiteral(".path"),    QStringLiteral(".slice"),
                                      QStringLiteral(".scope"),   QStringLiteral(".swap"),
                                      QStringLiteral(".device")};
    return suffixes;
}

bool hasControlCharacter(const QString &value)
{
    for (QChar c : value) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

} // namespace

QString checkName(const QString &name)
{
    if (name.isEmpty())
        return Text::tr("a name may not be empty");
    if (name.size() > 63)
        return Text::tr("a name may have at most 63 characters");
    if (!isAsciiAlnum(name.front()))
        return Text::tr("a name must start with a letter or digit");
    for (QChar c : name) {
        if (!isAsciiAlnum(c) && c != u'-' && c != u'_' && c != u'.')
            return Text::tr("a name may contain only letters, digits, '-', '_' and '.'");
    }
    return {};
}

QString checkHostAddress(const QString &host)
{
    if (host.isEmpty())
        return Text::tr("a host address may not be empty");
    if (host.startsWith(u'-'))
        return Text::tr("a host address may not start with '-'");
    if (host.contains(u':')) {
        QHostAddress address;
        if (address.setAddress(host) && address.protocol() == QAbstractSocket::IPv6Protocol)
            return {};
        return Text::tr("not a valid IPv6 address");
    }
    if (host.size() > 253)
        return Text::tr("a host name may have at most 253 characters");
    const QStringList labels = host.split(u'.');
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63)
            return Text::tr("each part of a host name must have 1 to 63 characters");
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Text::tr("a part of a host name may not start or end with '-'");
        for (QChar c : label) {
            if (!isAsciiAlnum(c) && c != u'-' && c != u'_')
                return Text::tr("a host name may contain only letters, digits, '-', '_' and '.'");
        }
    }
    return {};
}

QString checkUserName(const QString &user)
{
    if (user.isEmpty())
        return Text::tr("a user name may not be empty");
    if (user.size() > 32)
        return Text::tr("a user name may have at most 32 characters");
    const QChar first = user.front();
    if (!(first.unicode() < 128 && (first.isLower() || first == u'_')))
        return Text::tr("a user name must start with a lower-case letter or '_'");
    for (QChar c : user) {
        const bool ok = c.unicode() < 128 && (c.isLower() || c.isDigit() || c == u'_' || c == u'-');
        if (!ok)
            return Text::tr("a user name may contain only lower-case letters, digits, '_' and '-'");
    }
    return {};
}

QString checkUnitName(const QString &unit)
{
    if (unit.isEmpty())
        return Text::tr("a unit name may not be empty");
    if (unit.size() > 255)
        return Text::tr("a unit name may have at most 255 characters");
    if (unit.startsWith(u'-'))
        return Text::tr("a unit name may not start with '-'");
    for (QChar c : unit) {
        const bool ok = isAsciiAlnum(c) || c == u':' || c == u'-' || c == u'_' || c == u'.' || c == u'\\'
                        || c == u'@';
        if (!ok)
            return Text::tr("a unit name may contain only letters, digits and ':', '-', '_', '.', '\\', '@'");
    }
    const auto suffix = std::find_if(unitSuffixes().cbegin(), unitSuffixes().cend(),
                                     [&](const QString &s) { return unit.endsWith(s); });
    if (suffix == unitSuffixes().cend())
        return Text::tr("a unit name must end in a unit type such as .service, .socket or .timer");
    if (unit.size() == suffix->size())
        return Text::tr("a unit name needs a name before its type suffix");
    return {};
}

QString normalizeUnitName(const QString &unit)
{
    for (const QString &suffix : unitSuffixes()) {
        if (unit.endsWith(suffix))
            return unit;
    }
    return unit + QStringLiteral(".service");
}

QString checkRemotePath(const QString &path)
{
    if (path.isEmpty())
        return Text::tr("a path may not be empty");
    if (!path.startsWith(u'/'))
        return Text::tr("a remote path must be absolute (start with '/')");
    if (path.toUtf8().size() > 4096)
        return Text::tr("a path may have at most 4096 bytes");
    if (hasControlCharacter(path))
        return Text::tr("a path may not contain control characters");
    static const QString forbidden = QStringLiteral("'\"\\$`;&|<>*?");
    for (QChar c : path) {
        if (forbidden.contains(c))
            return Text::tr("a path may not contain quotes, '\\', '$', '`', ';', '&', '|', '<', '>', '*' or '?'");
    }
    const QStringList parts = path.split(u'/');
    if (parts.contains(QStringLiteral("..")))
        return Text::tr("a path may not contain a '..' component");
    return {};
}

QString checkGlob(const QString &pattern)
{
    if (pattern.isEmpty())
        return Text::tr("a pattern may not be empty");
    if (pattern.contains(u'/'))
        return Text::tr("a pattern matches file names and may not contain '/'");
    if (hasControlCharacter(pattern))
        return Text::tr("a pattern may not contain control characters");
    for (QChar c : pattern) {
        if (!isAsciiAlnum(c) && c != u'*' && c != u'?' && c != u'.' && c != u'-' && c != u'_' && c != u'+')
            return Text::tr("a pattern may contain only letters, digits, '.', '-', '_', '+', '*' and '?'");
    }
    return {};
}

QString checkArgument(const QString &argument)
{
    if (hasControlCharacter(argument))
        return Text::tr("a command argument may not contain control characters");
    if (argument.toUtf8().size() > 4096)
        return Text::tr("a command argument may have at most 4096 bytes");
    return {};
}

QString shellQuote(const QString &value)
{
    QString quoted = value;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

} // namespace opsdeck::RemoteValueRules
