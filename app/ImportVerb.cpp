#include "ImportVerb.h"

#include "CliContext.h"
#include "deployimport/DeployImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

namespace opsdeck {

namespace {

QCommandLineOption outputOption()
{
    return {{QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("ImportVerb", "Save the configuration to FILE instead of printing it."), QStringLiteral("FILE")};
}

QCommandLineOption forceOption()
{
    return {QStringLiteral("force"), QCoreApplication::translate("ImportVerb", "Replace FILE when it exists.")};
}

QList<QCommandLineOption> options()
{
    return {outputOption(), forceOption()};
}

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("ImportVerb", "Write a fleet configuration from existing deploy files: the Rails plan's "
                                        "config/deploy.yml, Kamal's config/deploy.yml, docker-compose.yml."));
    parser.addHelpOption();
    const QCommandLineOption output = outputOption();
    const QCommandLineOption force = forceOption();
    parser.addOptions({output, force});
    parser.addPositionalArgument(QStringLiteral("FILE…"), QCoreApplication::translate("ImportVerb", "The deploy files to read."));
    parser.process(QStringList{QStringLiteral("opsdeck import")} + arguments);
    CliContext cli;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        cli.err << QCoreApplication::translate("ImportVerb", "usage: opsdeck import FILE… [-o FILE] [--force]") << Qt::endl;
        return ExitCode::Usage;
    }
    const QString target = parser.value(output);
    if (!target.isEmpty() && !parser.isSet(force) && QFileInfo::exists(target)) {
        cli.err << QCoreApplication::translate("ImportVerb", "%1 exists; it is replaced only with --force").arg(target)
                << Qt::endl;
        return ExitCode::Failed;
    }
    const DeployImportResult result = DeployImport::importFiles(files, target);
    for (const ConfigError &error : result.errors)
        cli.err << error.toString() << u'\n';
    if (!result.ok()) {
        for (const ConfigError &item : result.unmapped)
            cli.err << QCoreApplication::translate("ImportVerb", "%1 (not mapped)").arg(item.toString()) << u'\n';
        cli.err << QCoreApplication::translate("ImportVerb", "nothing written") << Qt::endl;
        return ExitCode::Failed;
    }
    if (!result.unmapped.isEmpty()) {
        cli.err << QCoreApplication::translate("ImportVerb", "Not mapped (%1):").arg(result.unmapped.size()) << u'\n';
        for (const ConfigError &item : result.unmapped)
            cli.err << QStringLiteral("  ") << item.toString() << u'\n';
        cli.err.flush();
    }
    if (target.isEmpty()) {
        cli.out << result.yaml;
        cli.out.flush();
        return ExitCode::Succeeded;
    }
    if (const QString why = DeployImport::save(result.yaml, target, parser.isSet(force)); !why.isEmpty()) {
        cli.err << why << Qt::endl;
        return ExitCode::Failed;
    }
    cli.out << QCoreApplication::translate("ImportVerb", "Wrote %1: %2").arg(target, result.summary) << Qt::endl;
    return ExitCode::Succeeded;
}

} // namespace

Verb importVerb()
{
    return {QStringLiteral("import"), QStringLiteral("import FILE… [-o FILE] [--force]"),
            QCoreApplication::translate("ImportVerb", "Write a fleet configuration from deploy files (Rails plan, Kamal, docker compose)"),
            run, nullptr, options()};
}

} // namespace opsdeck
