#include "ConfirmationRule.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ConfirmationRule)
};
} // namespace

ConfirmationRule ConfirmationRule::of(const EnvironmentConfig &environment)
{
    ConfirmationRule rule;
    rule.m_environment = environment.name;
    rule.m_typed = environment.confirmation == ConfirmationMode::Typed;
    return rule;
}

QString ConfirmationRule::clicked()
{
    return QStringLiteral("yes");
}

QString ConfirmationRule::check(const QString &confirmation) const
{
    if (m_typed) {
        if (confirmation != m_environment)
            return Text::tr("%1 asks for its name to be typed to confirm").arg(m_environment);
        return {};
    }
    if (confirmation != clicked() && confirmation != m_environment)
        return Text::tr("the action was not confirmed");
    return {};
}

QString ConfirmationRule::terminalQuestion() const
{
    return m_typed ? Text::tr("Type the environment name (%1) to confirm: ").arg(m_environment) : Text::tr("Proceed? [y/N] ");
}

QString ConfirmationRule::commandLineFlags() const
{
    return m_typed ? QStringLiteral("--yes --confirm ") + m_environment : QStringLiteral("--yes");
}

} // namespace opsdeck
