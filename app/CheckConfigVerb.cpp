#include "CheckConfigVerb.h"

#include "CliContext.h"
#include "config/ConfigLoader.h"
#include "config/DrillTargetRule.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace opsdeck {

namespace {

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("CheckConfigVerb", "Check a fleet configuration file."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("CheckConfigVerb", "The YAML configuration file."));
    parser.process(QStringList{QStringLiteral("opsdeck check-config")} + arguments);
    CliContext cli; // text through DisplayText::terminal: a file's bytes quoted in an error stay visible text
    QTextStream &out = cli.out;
    QTextStream &err = cli.err;
    if (parser.positionalArguments().size() != 1) {
        err << QCoreApplication::translate("CheckConfigVerb", "usage: opsdeck check-config FILE") << Qt::endl;
        return 64;
    }
    const QString file = parser.positionalArguments().constFirst();
    const ConfigLoadResult result = ConfigLoader::loadFile(file);
    if (!result.ok()) {
        for (const ConfigError &error : result.errors)
            err << error.toString() << u'\n';
        if (result.suppressedErrors > 0)
            err << QCoreApplication::translate("CheckConfigVerb", "%1: %2 more errors not shown")
                       .arg(file)
                       .arg(result.suppressedErrors)
                << u'\n';
        err << QCoreApplication::translate("CheckConfigVerb", "%1: %n error(s)", nullptr,
                                           int(result.errors.size()) + result.suppressedErrors)
                   .arg(file)
            << Qt::endl;
        return 1;
    }
    // The file's own check compares names as written; here they are resolved too (a drill target
    // named db-scratch.internal that resolves to the live server's address is refused).
    const QStringList drills = DrillTargetRule::conflicts(*result.config, DrillTargetRule::resolvedAddresses);
    if (!drills.isEmpty()) {
        for (const QString &why : drills)
            err << file << QStringLiteral(": ") << why << u'\n';
        err << QCoreApplication::translate("CheckConfigVerb", "%1: %n error(s)", nullptr, int(drills.size())).arg(file) << Qt::endl;
        return 1;
    }
    out << QCoreApplication::translate("CheckConfigVerb", "%1: OK, %2").arg(file, result.config->summary()) << Qt::endl;
    return 0;
}

} // namespace

Verb checkConfigVerb()
{
    return {QStringLiteral("check-config"), QStringLiteral("check-config FILE"),
            QCoreApplication::translate("CheckConfigVerb", "Check a fleet configuration; print every error with its position"),
            run};
}

} // namespace opsdeck
