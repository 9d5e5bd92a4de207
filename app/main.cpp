// opsdeck: with no verb, the console window; with a verb, that command headless.

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "Verb.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>

namespace {

void installTranslations(QCoreApplication &app)
{
    // English first: it carries the plural forms ("1 host", "2 hosts") whatever the locale, even C.
    // The user's language, when there is one, is installed last and so wins.
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/opsdeck_en")))
        QCoreApplication::installTranslator(english);
    auto *local = new QTranslator(&app);
    if (QLocale().language() != QLocale::English
        && local->load(QLocale(), QStringLiteral("opsdeck"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(local);
}

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("OpsDeck"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("opsdeck.io"));
    QCoreApplication::setApplicationName(QStringLiteral("opsdeck"));
    QCoreApplication::setApplicationVersion(QStringLiteral(OPSDECK_VERSION));
}

QString usage(const QList<opsdeck::Verb> &verbs)
{
    QString text = QCoreApplication::translate("main", "Usage: opsdeck [--config FILE] [--store URI]\n"
                                                       "       opsdeck VERB [ARGUMENTS…]\n\n"
                                                       "With no verb, opens the console window.\n\nVerbs:\n");
    for (const auto &verb : verbs)
        text += QStringLiteral("  %1\n      %2\n").arg(verb.synopsis, verb.description);
    text += QCoreApplication::translate("main", "\nOptions:\n"
                                                "  --config FILE  fleet configuration to open\n"
                                                "  --store URI    sqlite:///PATH, postgresql://… or host=… dbname=… (default: $OPSDECK_STORE,\n"
                                                "                 else an SQLite file in the user's data directory)\n"
                                                "  --area AREA    open on dashboard, alerts, timeline, incidents, checklists, fleet,\n"
                                                "                 services, configuration or backups\n"
                                                "  --help         this text;  opsdeck VERB --help for a verb\n"
                                                "  --version      the version\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const QList<opsdeck::Verb> verbs = opsdeck::allVerbs();

    if (!arguments.isEmpty() && !arguments.constFirst().startsWith(u'-')) {
        const auto verb = std::find_if(verbs.cbegin(), verbs.cend(),
                                       [&](const opsdeck::Verb &v) { return v.name == arguments.constFirst(); });
        const bool gui = verb != verbs.cend() && verb->rendersDocument && verb->rendersDocument(arguments.mid(1));
        if (gui) // fonts for PDF, never a window: headless whatever the environment says
            qputenv("QT_QPA_PLATFORM", "offscreen");
        const std::unique_ptr<QCoreApplication> app =
            gui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
        setIdentity();
        installTranslations(*app);
        if (verb != verbs.cend())
            return verb->run(arguments.mid(1));
        QTextStream(stderr) << QCoreApplication::translate("main", "opsdeck: unknown verb '%1'\n\n").arg(arguments.constFirst())
                            << usage(verbs);
        return 64;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        QTextStream(stdout) << usage(verbs);
        return 0;
    }
    if (arguments.contains(QStringLiteral("--version"))) {
        QTextStream(stdout) << "opsdeck " << OPSDECK_VERSION << '\n';
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.opsdeck.OpsDeck.svg")));
    QApplication::setDesktopFileName(QStringLiteral("io.opsdeck.OpsDeck"));
    installTranslations(app);

    QCommandLineParser parser;
    QCommandLineOption config(QStringLiteral("config"), QStringLiteral("Fleet configuration"), QStringLiteral("FILE"));
    QCommandLineOption store(QStringLiteral("store"), QStringLiteral("Store URI"), QStringLiteral("URI"));
    QCommandLineOption area(QStringLiteral("area"), QStringLiteral("Area"), QStringLiteral("AREA"));
    parser.addOptions({config, store, area});
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << usage(verbs);
        return 64;
    }
    static const QStringList areas{QStringLiteral("dashboard"), QStringLiteral("alerts"),     QStringLiteral("timeline"),
                                   QStringLiteral("incidents"), QStringLiteral("checklists"), QStringLiteral("fleet"),
                                   QStringLiteral("services"),  QStringLiteral("configuration"), QStringLiteral("backups")};
    if (parser.isSet(area) && !areas.contains(parser.value(area))) {
        QTextStream(stderr) << QCoreApplication::translate("main", "opsdeck: --area must be dashboard, alerts, timeline, incidents, checklists, fleet, services, configuration or backups\n");
        return 64;
    }
    opsdeck::ConsoleApp console({parser.value(config), parser.value(store), parser.value(area)});
    console.window()->show();
    return QApplication::exec();
}
