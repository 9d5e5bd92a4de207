// opsdeck: with no verb, the console window; with a verb, that command headless.

#include "CommandLineHelp.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "Verb.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
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

// `opsdeck --write-man-page FILE` and `--write-bash-completion FILE`: the build writes opsdeck(1) and the
// completion with the program it just built, from the lists --help prints. English whatever the locale.
int writeGenerated(int argc, char *argv[], const QString &what, const QString &path)
{
    QCoreApplication app(argc, argv);
    setIdentity();
    auto *english = new QTranslator(&app);
    if (english->load(QStringLiteral(":/i18n/opsdeck_en")))
        QCoreApplication::installTranslator(english);
    const opsdeck::CommandLineHelp help(opsdeck::allVerbs());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        QTextStream(stderr) << "opsdeck: cannot write " << path << ": " << file.errorString() << '\n';
        return 1;
    }
    const QString text = what == QLatin1String("--write-man-page") ? help.manPage(QStringLiteral(OPSDECK_VERSION))
                                                                   : help.bashCompletion();
    file.write(text.toUtf8());
    return file.error() == QFileDevice::NoError ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    if (arguments.size() == 2
        && (arguments.constFirst() == QLatin1String("--write-man-page")
            || arguments.constFirst() == QLatin1String("--write-bash-completion")))
        return writeGenerated(argc, argv, arguments.constFirst(), arguments.constLast());
    // Which verb, and whether it needs fonts, is known before the application exists; the descriptions
    // --help prints are made again once the translators are installed.
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
                            << opsdeck::CommandLineHelp(opsdeck::allVerbs()).usage();
        return 64;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        installTranslations(app);
        QTextStream(stdout) << opsdeck::CommandLineHelp(opsdeck::allVerbs()).usage();
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
    parser.addOptions(opsdeck::CommandLineHelp::windowOptions());
    if (!parser.parse(app.arguments())) {
        QTextStream(stderr) << parser.errorText() << "\n\n" << opsdeck::CommandLineHelp(opsdeck::allVerbs()).usage();
        return 64;
    }
    const QString config = parser.value(QStringLiteral("config"));
    const QString store = parser.value(QStringLiteral("store"));
    const QString area = parser.value(QStringLiteral("area"));
    if (parser.isSet(QStringLiteral("area")) && !opsdeck::CommandLineHelp::areas().contains(area)) {
        QTextStream(stderr) << QCoreApplication::translate("main", "opsdeck: --area must be dashboard, alerts, timeline, incidents, checklists, fleet, services or configuration\n");
        return 64;
    }
    opsdeck::ConsoleApp console({config, store, area});
    console.window()->show();
    return QApplication::exec();
}
