#pragma once

// The checklist templates a console offers: the built-in ones (the seeds' production checklist and a
// staging one, compiled in from resources/checklists) and every *.yaml / *.yml file of the fleet
// configuration's `checklists` directory. A file whose id is a built-in's replaces the built-in.
// A file with errors is left out and its errors are kept. Loading reads files: not on the UI thread.

#include "ChecklistPlan.h"
#include "ChecklistTemplate.h"

#include "config/ConfigError.h"

namespace opsdeck {

class ChecklistLibrary final
{
public:
    // directory may be empty (built-ins only).
    static ChecklistLibrary load(const QString &directory);
    static QStringList builtinIds(); // "production", "staging"

    const QList<ChecklistTemplate> &templates() const { return m_templates; }
    const ChecklistTemplate *find(const QString &id) const;
    const ConfigErrors &errors() const { return m_errors; }

    // The templates whose signed runs approve a release or an action in environment: the ones its
    // checklist_templates names; without that key, the template named like the environment when there
    // is one ("staging" -> staging), else the built-in production template (docs/config.md).
    QStringList acceptedFor(const FleetConfig &config, const QString &environment) const;
    // Empty when a run of templateId can approve environment, else why not (naming the accepted ones).
    QString whyNotAccepted(const FleetConfig &config, const QString &environment, const QString &templateId) const;
    // Empty when this console may run the commands of plan's template (its own template, byte for
    // byte), else why not. A command check runs only then, with the argv of this library's template.
    QString whyNotRunCommands(const ChecklistTemplate &planned) const;

    // An automatic check as this console runs it: the item with the evidence spec it uses (a command
    // check's argv from this library, never from the stored plan), or why it is not run here.
    struct Check {
        ChecklistItem item;
        QString byHand; // not empty: "checked by hand here" — this console does not run it, and why
    };
    // The automatic items of plan (all, or those named in only), in plan order.
    QList<Check> checksFor(const ChecklistPlan &plan, const QStringList &only = {}) const;

private:
    QList<ChecklistTemplate> m_templates;
    ConfigErrors m_errors;
};

} // namespace opsdeck
