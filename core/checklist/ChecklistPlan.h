#pragma once

// What a run approves: a template's content, an environment, and a release (version and hosts).
// Fixed when the run starts; its canonical form (compact JSON, keys sorted, hosts sorted) is what is
// hashed (SHA-256) and what every signature names, so a signature cannot be carried over to another
// release, host set or checklist. Pure values; thread-safe.

#include "ChecklistTemplate.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck {

struct ChecklistPlan {
    QString environment;
    QString version;   // the release: a Capistrano release directory name, a tag, a commit
    QStringList hosts; // sorted, without duplicates
    ChecklistTemplate checklist;

    QByteArray canonical() const;
    QString hash() const; // hex SHA-256 of canonical()

    // The plan for a template, an environment of the configuration and a release; hosts empty means
    // every host of the environment. Returns why not when the values do not fit the configuration.
    static std::optional<ChecklistPlan> make(const ChecklistTemplate &checklist, const FleetConfig &config,
                                             const QString &environment, const QString &version,
                                             const QStringList &hosts, QString *why);
    static std::optional<ChecklistPlan> fromCanonical(const QByteArray &canonical);
    static QString hashOf(const QByteArray &bytes);
};

} // namespace opsdeck
