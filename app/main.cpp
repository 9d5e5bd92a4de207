// opsdeck: with no verb, the console window; with a verb, that command headless.

#include "CommandLineHelp.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "UiTheme.h"
#include "Verb.h"
#include "support/UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <memory>

namespace {

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
    const opsdeck::UiLanguage english; // English only: the plural forms, never the user's language
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
        opsdeck::UiLanguage language; // a verb speaks the system's language (LANG, LC_MESSAGES, LANGUAGE)
        language.apply(QString());
        if (verb != verbs.cend())
            return verb->run(arguments.mid(1));
        QTextStream(stderr) << QCoreApplication::translate("main", "opsdeck: unknown verb '%1'\n\n").arg(arguments.constFirst())
                            << opsdeck::CommandLineHelp(opsdeck::allVerbs()).usage();
        return 64;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        QCoreApplication app(argc, argv);
        setIdentity();
        opsdeck::UiLanguage language;
        language.apply(QString());
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
    // The window speaks the language its setting names, else the system's; the setting can change
    // while it runs (View ▸ Language).
    opsdeck::UiLanguage language;
    language.apply(opsdeck::UiLanguage::setting());

    // The look View ▸ Theme chose; by default the system's (its palette, light or dark, followed while it runs).
    opsdeck::UiTheme::apply(opsdeck::UiTheme::setting());

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
        // The list from the one place that also names them in --help, the man page and the completion.
        QTextStream(stderr) << QCoreApplication::translate("main", "opsdeck: --area must be one of: %1\n")
                                   .arg(opsdeck::CommandLineHelp::areas().join(QStringLiteral(", ")));
        return 64;
    }
    opsdeck::ConsoleApp console({config, store, area});
    console.window()->setLanguage(&language);
    console.window()->show();
    return QApplication::exec();
}
