#pragma once

// A headless command: `opsdeck <verb> …`. Each verb parses its own arguments and returns the exit
// code. Runs on the main thread of a QCoreApplication (no display needed).

#include <QCommandLineOption>
#include <QStringList>

#include <functional>

namespace opsdeck {

struct Verb {
    QString name;
    QString synopsis;    // "check-config FILE"
    QString description; // one line for --help
    std::function<int(const QStringList &arguments)> run; // arguments after the verb
    // Whether these arguments render a document (PDF), which needs fonts: then the verb runs under a
    // QGuiApplication on the offscreen platform instead of a QCoreApplication. Still no display needed.
    bool (*rendersDocument)(const QStringList &arguments) = nullptr;
    // The options its parser accepts (the same list run() gives its QCommandLineParser): the man page and
    // the bash completion are made from them.
    QList<QCommandLineOption> options = {};
};

// Every verb this build has, in the order --help lists them. Call it once translators are installed:
// the descriptions are translated when the verbs are made.
QList<Verb> allVerbs();

} // namespace opsdeck
