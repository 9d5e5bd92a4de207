#pragma once

// The checklist templates a console offers: the built-in ones (the seeds' production checklist and a
// staging one, compiled in from resources/checklists) and every *.yaml / *.yml file of the fleet
// configuration's `checklists` directory. A file whose id is a built-in's replaces the built-in.
// A file with errors is left out and its errors are kept. Loading reads files: not on the UI thread.

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

private:
    QList<ChecklistTemplate> m_templates;
    ConfigErrors m_errors;
};

} // namespace opsdeck
