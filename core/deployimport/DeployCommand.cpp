#include "DeployCommand.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck::DeployCommand {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(DeployCommand)
};

// Characters that give a POSIX shell command a meaning beyond its words.
const QString &shellSyntax()
{
    static const QString characters = QStringLiteral("'\"`$\\;&|<>()*?[]{}#!~");
    return characters;
}

void setWhy(QString *why, const QString &text)
{
    if (why)
        *why = text;
}

} // namespace

Words split(const QString &command)
{
    Words result;
    for (QChar c : command) {
        if (c.unicode() < 0x20 && c != u'\t') {
            result.refusal = Text::tr("a control character");
            return result;
        }
        if (shellSyntax().contains(c)) {
            result.refusal = Text::tr("shell syntax '%1'").arg(c);
            return result;
        }
    }
    result.words = command.split(QRegularExpression(QStringLiteral("[ \\t]+")), Qt::SkipEmptyParts);
    if (result.words.isEmpty())
        result.refusal = Text::tr("an empty command");
    return result;
}

std::optional<Restart> systemctlRestart(const QStringList &words, QString *why)
{
    Restart restart;
    qsizetype i = 0;
    if (words.value(i) == QStringLiteral("sudo")) {
        restart.sudo = true;
        ++i;
        if (words.value(i) == QStringLiteral("-n"))
            ++i;
    }
    if (words.value(i) != QStringLiteral("systemctl"))
        return std::nullopt;
    ++i;
    if (words.value(i) != QStringLiteral("restart")) {
        setWhy(why, Text::tr("systemctl %1 is not a restart").arg(words.value(i)));
        return std::nullopt;
    }
    for (++i; i < words.size(); ++i) {
        if (words.at(i).startsWith(u'-')) {
            setWhy(why, Text::tr("systemctl option %1 is not read").arg(words.at(i)));
            return std::nullopt;
        }
        restart.units.append(words.at(i));
    }
    if (restart.units.isEmpty()) {
        setWhy(why, Text::tr("systemctl restart names no unit"));
        return std::nullopt;
    }
    return restart;
}

std::optional<QString> probedUrl(const QStringList &words, QString *why)
{
    const QString tool = words.value(0);
    if (tool != QStringLiteral("curl") && tool != QStringLiteral("wget"))
        return std::nullopt;
    const bool curl = tool == QStringLiteral("curl");
    // Options that take the next word as their value, and those that take none.
    static const QStringList curlWithValue{QStringLiteral("-o"), QStringLiteral("--output"), QStringLiteral("-m"),
                                           QStringLiteral("--max-time"), QStringLiteral("--connect-timeout"),
                                           QStringLiteral("--retry"), QStringLiteral("--retry-delay"),
                                           QStringLiteral("-w"), QStringLiteral("--write-out")};
    static const QStringList curlFlags{QStringLiteral("--fail"), QStringLiteral("--silent"),
                                       QStringLiteral("--show-error"), QStringLiteral("--location"),
                                       QStringLiteral("--head")};
    static const QString curlShort = QStringLiteral("fsSLI");
    static const QStringList wgetWithValue{QStringLiteral("-O"), QStringLiteral("-T"), QStringLiteral("-t")};
    static const QStringList wgetFlags{QStringLiteral("--spider"), QStringLiteral("--quiet"),
                                       QStringLiteral("--no-verbose"), QStringLiteral("-nv")};
    static const QString wgetShort = QStringLiteral("qS");
    bool fails = !curl; // wget exits non-zero on an HTTP error by itself; curl only with -f
    QString url;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        if (!word.startsWith(u'-')) {
            if (!url.isEmpty()) {
                setWhy(why, Text::tr("%1 fetches more than one URL").arg(tool));
                return std::nullopt;
            }
            url = word;
            continue;
        }
        if ((curl ? curlWithValue : wgetWithValue).contains(word)) {
            ++i;
            continue;
        }
        if (curl && word == QStringLiteral("--fail")) {
            fails = true;
            continue;
        }
        if ((curl ? curlFlags : wgetFlags).contains(word))
            continue;
        if (!curl && (word.startsWith(QStringLiteral("--tries=")) || word.startsWith(QStringLiteral("--timeout="))
                      || word == QStringLiteral("-O-") || word == QStringLiteral("-qO-")))
            continue;
        const QString letters = word.mid(1);
        const QString &known = curl ? curlShort : wgetShort;
        const bool shortFlags = !word.startsWith(QStringLiteral("--")) && !letters.isEmpty()
                                && std::all_of(letters.cbegin(), letters.cend(), [&](QChar c) { return known.contains(c); });
        if (!shortFlags) {
            // Only the option's name: what follows it may be a credential (-uadmin:secret).
            const QString option = word.startsWith(QStringLiteral("--")) ? word.section(u'=', 0, 0) : word.left(2);
            setWhy(why, Text::tr("%1 option %2 is not read").arg(tool, option));
            return std::nullopt;
        }
        if (curl && letters.contains(u'f'))
            fails = true;
    }
    if (url.isEmpty()) {
        setWhy(why, Text::tr("%1 names no URL").arg(tool));
        return std::nullopt;
    }
    if (!fails) {
        setWhy(why, Text::tr("curl without -f does not fail on an HTTP error, so it checks no health"));
        return std::nullopt;
    }
    return url;
}

} // namespace opsdeck::DeployCommand
