#include "ConfirmationPrompt.h"

#include "CliContext.h"
#include "ops/ConfirmationRule.h"
#include "support/DisplayText.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <unistd.h>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfirmationPrompt)
};
} // namespace

QString ConfirmationPrompt::ask(const EnvironmentConfig &environment, const QStringList &plan, const QCommandLineParser &parser,
                                CliContext &cli)
{
    const ConfirmationRule rule = ConfirmationRule::of(environment);
    QString given;
    if (parser.isSet(QStringLiteral("yes"))) {
        given = rule.typed() ? parser.value(QStringLiteral("confirm")) : ConfirmationRule::clicked();
    } else if (!isatty(STDIN_FILENO)) {
        cli.err << Text::tr("opsdeck: not confirmed; without a terminal, add %1").arg(rule.commandLineFlags()) << Qt::endl;
        return {};
    } else {
        for (const QString &line : plan)
            cli.out << DisplayText::terminal(line) << u'\n';
        cli.out << rule.terminalQuestion();
        cli.out.flush();
        QTextStream in(stdin);
        const QString answer = in.readLine().trimmed();
        if (rule.typed())
            given = answer;
        else if (answer == QLatin1String("y") || answer == QLatin1String("yes"))
            given = ConfirmationRule::clicked();
    }
    if (const QString why = rule.check(given); !why.isEmpty()) {
        cli.err << QStringLiteral("opsdeck: ")
                << (rule.typed() ? Text::tr("%1; add --confirm %2", "why the confirmation is refused, the environment").arg(why, environment.name) : why)
                << Qt::endl;
        return {};
    }
    return given;
}

} // namespace opsdeck
