#pragma once

// A headless command: `opsdeck <verb> …`. Each verb parses its own arguments and returns the exit
// code. Runs on the main thread of a QCoreApplication (no display needed).

#include <QStringList>

#include <functional>

namespace opsdeck {

struct Verb {
    QString name;
    QString synopsis;    // "check-config FILE"
    QString description; // one line for --help
    std::function<int(const QStringList &arguments)> run; // arguments after the verb
};

// Every verb this build has, in the order --help lists them.
QList<Verb> allVerbs();

} // namespace opsdeck
