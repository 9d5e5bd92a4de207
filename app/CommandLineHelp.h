#pragma once

// The command line described once. `opsdeck --help`, the man page opsdeck(1) and the bash completion
// are all written from the same data: the verbs (name, synopsis, description, the options their parser
// accepts) and the window's own options. The man page and the completion are generated at build time
// by running the built program, so they cannot say something --help does not. Main thread.

#include "Verb.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace opsdeck {

class CommandLineHelp final
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineHelp)

public:
    explicit CommandLineHelp(QList<Verb> verbs);

    // --config, --store, --area: what the window accepts (main's parser uses this list).
    static QList<QCommandLineOption> windowOptions();
    // The areas --area names, in the window's order.
    static QStringList areas();
    // The subcommands a verb's synopsis names ("service show|restart|… ENV/SERVICE" → show, restart, …).
    static QStringList subcommands(const Verb &verb);

    QString usage() const;                              // opsdeck --help
    QString manPage(const QString &version) const;      // roff for man(1)
    QString bashCompletion() const;                     // a bash-completion script

private:
    static QList<QCommandLineOption> generalOptions();  // --help, --version
    static QString optionSynopsis(const QCommandLineOption &option);

    QList<Verb> m_verbs;
};

} // namespace opsdeck
