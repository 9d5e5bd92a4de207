#pragma once

// What an environment asks before a dangerous action goes ahead: a click, or its name typed out.
// The one place the rule lives: the confirmation dialog asks it whether to show the typed field and
// when OK may be pressed, the verbs ask it what to prompt and which flags stand for the answer, and
// GuardedActionRunner refuses an action whose confirmation it does not accept. A plain value; any thread.

#include "config/FleetConfig.h"

namespace opsdeck {

class ConfirmationRule final
{
public:
    static ConfirmationRule of(const EnvironmentConfig &environment);

    // What a front end passes for a click (or "yes" on a terminal).
    static QString clicked();

    bool typed() const { return m_typed; }
    // The text to type, when typed(): the environment's name.
    QString expected() const { return m_environment; }
    // Empty when `confirmation` satisfies the rule, else what is missing, in one sentence.
    QString check(const QString &confirmation) const;
    bool accepts(const QString &confirmation) const { return check(confirmation).isEmpty(); }
    // The terminal's question: "Type the environment name (production) to confirm: " or "Proceed? [y/N] ".
    QString terminalQuestion() const;
    // The flags that confirm on a command line without a terminal: "--yes" or "--yes --confirm production".
    QString commandLineFlags() const;

private:
    QString m_environment;
    bool m_typed = false;
};

} // namespace opsdeck
