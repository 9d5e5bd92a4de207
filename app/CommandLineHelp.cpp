#include "CommandLineHelp.h"

#include <QRegularExpression>
#include <QStringBuilder>

#include <algorithm>

namespace opsdeck {

namespace {

constexpr qsizetype kHelpWidth = 100;

// Words of text, wrapped at kHelpWidth, every line after the first indented like the first.
QString wrapped(const QString &text, qsizetype indent)
{
    QString result = QString(indent, u' ');
    qsizetype column = indent;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0 && column + 1 + words[i].size() > kHelpWidth) {
            result += u'\n' % QString(indent, u' ');
            column = indent;
        } else if (i > 0) {
            result += u' ';
            ++column;
        }
        result += words[i];
        column += words[i].size();
    }
    return result;
}

// Text as roff: a backslash and a hyphen (options) literal, no line read as a request.
QString roff(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\e")).replace(u'-', QStringLiteral("\\-"));
    QStringList lines = escaped.split(u'\n');
    for (QString &line : lines) {
        if (line.startsWith(u'.') || line.startsWith(u'\''))
            line.prepend(QStringLiteral("\\&"));
    }
    return lines.join(u'\n');
}

QString dashed(const QString &name)
{
    return (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
}

QString manOption(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << QStringLiteral("\\fB") % roff(dashed(name)) % QStringLiteral("\\fR");
    QString line = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        line += QStringLiteral(" \\fI") % roff(option.valueName()) % QStringLiteral("\\fR");
    return line;
}

QString manEntries(const QList<QCommandLineOption> &options)
{
    QString text;
    for (const QCommandLineOption &option : options)
        text += QStringLiteral(".TP\n") % manOption(option) % u'\n' % roff(option.description()) % u'\n';
    return text;
}

// Every spelling of the options, for the completion's word lists.
QString spellings(const QList<QCommandLineOption> &options, bool withValueOnly = false)
{
    QStringList words;
    for (const QCommandLineOption &option : options) {
        if (withValueOnly && option.valueName().isEmpty())
            continue;
        for (const QString &name : option.names())
            words << dashed(name);
    }
    return words.join(u' ');
}

QString fileSpellings(const QList<QCommandLineOption> &options)
{
    QList<QCommandLineOption> files;
    std::copy_if(options.cbegin(), options.cend(), std::back_inserter(files),
                 [](const QCommandLineOption &option) { return option.valueName() == QLatin1String("FILE"); });
    return spellings(files);
}

} // namespace

CommandLineHelp::CommandLineHelp(QList<Verb> verbs)
    : m_verbs(std::move(verbs))
{
}

QList<QCommandLineOption> CommandLineHelp::windowOptions()
{
    return {{QStringLiteral("config"), tr("The fleet configuration to open."), QStringLiteral("FILE")},
            {QStringLiteral("store"),
             tr("sqlite:///PATH, postgresql://… or host=… dbname=… (default: $OPSDECK_STORE, else an SQLite file in the "
                "user's data directory)."),
             QStringLiteral("URI")},
            {QStringLiteral("area"), tr("Open on this area: %1.").arg(areas().join(QStringLiteral(", "))),
             QStringLiteral("AREA")}};
}

QList<QCommandLineOption> CommandLineHelp::generalOptions()
{
    return {{QStringLiteral("help"), tr("This text; opsdeck VERB --help for a verb.")},
            {QStringLiteral("version"), tr("The version.")}};
}

QStringList CommandLineHelp::areas()
{
    return {QStringLiteral("dashboard"), QStringLiteral("alerts"),     QStringLiteral("timeline"),
            QStringLiteral("incidents"), QStringLiteral("checklists"), QStringLiteral("fleet"),
            QStringLiteral("services"),  QStringLiteral("configuration"), QStringLiteral("releases"),
            QStringLiteral("backups")};
}

QStringList CommandLineHelp::subcommands(const Verb &verb)
{
    // Lower-case words of the synopsis are subcommands; placeholders are upper case, options start with
    // '-' and optional parts with '['.
    static const QRegularExpression word(QStringLiteral("^[a-z][a-z-]*$"));
    QStringList result;
    for (const QString &token : verb.synopsis.split(QRegularExpression(QStringLiteral("[\\s|]+")), Qt::SkipEmptyParts)) {
        if (token != verb.name && word.match(token).hasMatch() && !result.contains(token))
            result << token;
    }
    return result;
}

QString CommandLineHelp::optionSynopsis(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names << dashed(name);
    return option.valueName().isEmpty() ? names.join(QStringLiteral(", "))
                                        : names.join(QStringLiteral(", ")) % u' ' % option.valueName();
}

QString CommandLineHelp::usage() const
{
    QString text = tr("Usage:") % u'\n'
                   % QStringLiteral("  opsdeck [--config FILE] [--store URI] [--area AREA]\n"
                                    "  opsdeck VERB [ARGUMENTS…]\n\n")
                   % tr("With no verb, opens the console window.") % QStringLiteral("\n\n") % tr("Verbs:") % u'\n';
    for (const Verb &verb : m_verbs)
        text += QStringLiteral("  ") % verb.synopsis % u'\n' % wrapped(verb.description, 6) % u'\n';
    text += u'\n' % tr("Options:") % u'\n';
    const QList<QCommandLineOption> options = windowOptions() + generalOptions();
    qsizetype width = 0;
    for (const QCommandLineOption &option : options)
        width = std::max(width, optionSynopsis(option).size());
    for (const QCommandLineOption &option : options) {
        const QString first = QStringLiteral("  ") % optionSynopsis(option).leftJustified(width) % QStringLiteral("  ");
        text += first % wrapped(option.description(), first.size()).mid(first.size()) % u'\n';
    }
    return text;
}

QString CommandLineHelp::manPage(const QString &version) const
{
    // The man page is English: it is generated at build time without the user's translator.
    QString page = QStringLiteral(".TH OPSDECK 1 \"\" \"opsdeck ") % roff(version)
                   % QStringLiteral("\" \"User Commands\"\n"
                                    ".SH NAME\n"
                                    "opsdeck \\- operations console for the people who run production\n"
                                    ".SH SYNOPSIS\n"
                                    ".B opsdeck\n"
                                    "[\\fB\\-\\-config\\fR \\fIFILE\\fR] [\\fB\\-\\-store\\fR \\fIURI\\fR] "
                                    "[\\fB\\-\\-area\\fR \\fIAREA\\fR]\n"
                                    ".br\n"
                                    ".B opsdeck\n"
                                    "\\fIVERB\\fR [\\fIARGUMENTS\\fR...]\n"
                                    ".SH DESCRIPTION\n")
                   % roff(tr("With no verb, opens the console window."))
                   % QStringLiteral("\nWith a verb, runs that command headless (no display needed), through the same core "
                                    "code as the window. Every verb takes \\fB\\-\\-help\\fR.\n"
                                    ".SH VERBS\n");
    for (const Verb &verb : m_verbs) {
        page += QStringLiteral(".TP\n.B ") % roff(verb.synopsis) % u'\n' % roff(verb.description) % u'\n';
        if (!verb.options.isEmpty())
            page += QStringLiteral(".RS\n") % manEntries(verb.options) % QStringLiteral(".RE\n");
    }
    page += QStringLiteral(".SH OPTIONS\n") % manEntries(windowOptions() + generalOptions())
            % QStringLiteral(".SH ENVIRONMENT\n"
                             ".TP\n.B OPSDECK_CONFIG\n"
                             "The fleet configuration when \\fB\\-\\-config\\fR is not given.\n"
                             ".TP\n.B OPSDECK_STORE\n"
                             "The store when \\fB\\-\\-store\\fR is not given.\n"
                             ".TP\n.B LANG\\fR, \\fBLC_MESSAGES\\fR, \\fBLC_ALL\n"
                             "The language of the messages (English and German). The window follows it unless its View, Language "
                             "menu names a language.\n"
                             ".SH EXIT STATUS\n"
                             ".TP\n0\nSucceeded.\n"
                             ".TP\n1\nFailed (a check failed, an action did not succeed).\n"
                             ".TP\n2\nUnknown: the outcome could not be verified.\n"
                             ".TP\n3\nRefused: not attempted (locked, no store, unknown host key, ...).\n"
                             ".TP\n4\nThe configuration could not be loaded.\n"
                             ".TP\n64\nUsage error.\n"
                             ".SH SEE ALSO\n"
                             "The documentation in \\fI/usr/share/doc/opsdeck\\fR and at \\fIhttps://opsdeck.io\\fR.\n");
    return page;
}

QString CommandLineHelp::bashCompletion() const
{
    const QList<QCommandLineOption> window = windowOptions() + generalOptions();
    QStringList verbNames;
    QString cases;
    for (const Verb &verb : m_verbs) {
        verbNames << verb.name;
        const QList<QCommandLineOption> options = verb.options + QList<QCommandLineOption>{{QStringLiteral("help"), QString()}};
        cases += QStringLiteral("        ") % verb.name % QStringLiteral(")\n            options='") % spellings(options)
                 % QStringLiteral("'\n            valued='") % spellings(options, true)
                 % QStringLiteral("'\n            files='") % fileSpellings(options)
                 % QStringLiteral("'\n            subcommands='") % subcommands(verb).join(u' ')
                 % QStringLiteral("'\n            ;;\n");
    }
    return QStringLiteral("# bash completion for opsdeck(1): the verbs, their subcommands and options.\n"
                          "# Generated at build time by the opsdeck binary from the same lists as --help.\n"
                          "_opsdeck()\n"
                          "{\n"
                          "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
                          "    local options valued files subcommands\n"
                          "    if ((COMP_CWORD == 1)) && [[ $cur != -* ]]; then\n"
                          "        mapfile -t COMPREPLY < <(compgen -W '")
           % verbNames.join(u' ')
           % QStringLiteral("' -- \"$cur\")\n"
                            "        return\n"
                            "    fi\n"
                            "    case ${COMP_WORDS[1]} in\n")
           % cases
           % QStringLiteral("        *)\n            options='") % spellings(window)
           % QStringLiteral("'\n            valued='") % spellings(window, true)
           % QStringLiteral("'\n            files='") % fileSpellings(window)
           % QStringLiteral("'\n            subcommands=''\n"
                            "            ;;\n"
                            "    esac\n"
                            "    if [[ \" $valued \" == *\" $prev \"* ]]; then\n"
                            "        if [[ $prev == --area ]]; then\n"
                            "            mapfile -t COMPREPLY < <(compgen -W '")
           % areas().join(u' ')
           % QStringLiteral("' -- \"$cur\")\n"
                            "        elif [[ \" $files \" == *\" $prev \"* ]]; then\n"
                            "            mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
                            "        else\n"
                            "            COMPREPLY=()\n"
                            "        fi\n"
                            "        return\n"
                            "    fi\n"
                            "    if [[ $cur == -* ]]; then\n"
                            "        mapfile -t COMPREPLY < <(compgen -W \"$options\" -- \"$cur\")\n"
                            "    elif ((COMP_CWORD == 2)) && [[ -n $subcommands ]]; then\n"
                            "        mapfile -t COMPREPLY < <(compgen -W \"$subcommands\" -- \"$cur\")\n"
                            "    else\n"
                            "        mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n"
                            "    fi\n"
                            "}\n"
                            "complete -o filenames -F _opsdeck opsdeck\n");
}

} // namespace opsdeck
