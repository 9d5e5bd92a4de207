#pragma once

// A deployment checklist template (docs/checklists.md) as plain values: sections of items, which
// role may tick an item, what evidence checks it automatically, and who must sign. The JSON form is
// what a run's plan embeds (and hashes), so a run never depends on the template file later.
// Immutable once loaded; cheap to copy across threads.

#include "config/FleetConfig.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck {

enum class EvidenceKind {
    None,
    Health,    // every health check of the plan's hosts (or of one service) passes
    BackupAge, // the newest backup of every backup location of the plan's hosts (or one) is younger than maxAge
    Command,   // a command exits 0 on every plan host (or those with a label)
    Release,   // the run's release is present on every plan host (releases/<version> of every app, or one)
    RestoreDrill, // every backup location with a drill target on the plan's hosts (or one) has a successful
                  // restore drill (backup.drill.finished) younger than maxAge that finished within its RTO
};

struct EvidenceSpec {
    EvidenceKind kind = EvidenceKind::None;
    QString service;        // Health: empty = every service
    QString backup;         // BackupAge, RestoreDrill: empty = every backup location
    Milliseconds maxAge{0}; // BackupAge, RestoreDrill
    QStringList argv;       // Command
    QString label;          // Command: empty = every plan host
    QString app;            // Release: empty = every app

    bool isAutomatic() const { return kind != EvidenceKind::None; }
    bool operator==(const EvidenceSpec &) const = default;
};

struct ChecklistItem {
    QString id;   // unique in the template
    QString text;
    QString help;
    QString role; // the team role that may tick it; empty = anyone
    bool required = true;
    EvidenceSpec evidence;

    bool operator==(const ChecklistItem &) const = default;
};

// Sections are kept flat, in document order; level gives the nesting (0 = top).
struct ChecklistSection {
    QString title;
    int level = 0;
    QList<ChecklistItem> items;

    bool operator==(const ChecklistSection &) const = default;
};

struct SignoffRole {
    QString role; // team role id: [a-z][a-z0-9_]*, the PostgreSQL role opsdeck_signer_<role>
    QString name; // "DevOps Lead"
    int count = 1;

    bool operator==(const SignoffRole &) const = default;
};

struct SignoffPolicy {
    QList<SignoffRole> roles;
    bool distinctSigners = true;  // one person signs for at most one role
    bool creatorMaySign = false;  // four eyes by default
    Milliseconds validity{24LL * 3'600'000}; // from the first signature

    bool operator==(const SignoffPolicy &) const = default;
};

struct ChecklistTemplate {
    QString id;
    QString name;
    QString description;
    QList<ChecklistSection> sections;
    SignoffPolicy signoff;
    QString source; // "builtin:production" or the file it came from; not part of a plan

    QList<ChecklistItem> items() const; // every item, in order
    const ChecklistItem *findItem(const QString &id) const;
    const SignoffRole *findRole(const QString &role) const;
    int requiredCount() const;

    QJsonObject toJson() const;
    static std::optional<ChecklistTemplate> fromJson(const QJsonObject &json);
};

QString evidenceKindName(EvidenceKind kind); // "", "health", "backup_age", "command", "release", "restore_drill"
QJsonObject evidenceToJson(const EvidenceSpec &spec);
EvidenceSpec evidenceFromJson(const QJsonObject &json);
QJsonObject itemToJson(const ChecklistItem &item);
// One line for people: "health of every service passes", "newest backup 'db' younger than 6h".
QString describeEvidence(const EvidenceSpec &spec);

} // namespace opsdeck
