#pragma once

// The one catalogue of event kinds: every kind OpsDeck writes or reads by name, each with its name in
// the store ("service.restart.started"), its family, the category it is shown and weighed under, and
// whether it belongs to the audit record of what people did (actions, approvals, sign-offs, access,
// configuration) rather than to what the fleet did (health, alerts, connections). Code names kinds
// through EventKind, never as text; the text is only for the store, filters typed by people and
// exports. A kind read from the store that this catalogue does not know (written by a newer OpsDeck,
// or by hand) stays a string: it is filtered, stored and shown as it is, with the family its prefix
// names, if any. Constant data; any thread.

#include <QLatin1String>
#include <QString>
#include <QStringView>

#include <optional>
#include <span>

namespace opsdeck {

enum class EventFamily {
    Service,   // service.*   restart, start, stop, reload, re-check
    Rollback,  // rollback.*  release switches (rollback and roll-forward)
    Backup,    // backup.*    runs and verifications
    Release,   // release.*   marks on releases
    Deploy,    // deploy.*    deploys seen by the inventory or in health answers
    Alert,     // alert.*
    Health,    // health.*
    Ssh,       // ssh.*       connections and host keys
    Config,    // config.*
    Checklist, // checklist.*
    Incident,  // incident.*
    Note,      // note
    Pin,       // event.pinned, event.unpinned
    Approval,  // approval.*
    Lock,      // lock.*
    Access,    // access.*    roles granted and revoked in the team store
    Audit,     // audit.*     the audit log itself
    Unknown,   // a kind whose prefix is no family OpsDeck knows
};

// How a kind is shown and weighed (incident suggestions): what the fleet signalled, what people did
// to it, how it is configured, how OpsDeck reached it, how people coordinated, the incident record,
// and the store's own bookkeeping.
enum class EventCategory { Signal, Action, Configuration, Connection, Coordination, IncidentRecord, Store, Unknown };

enum class EventKind {
    ServiceRestartStarted, ServiceRestart, ServiceStartStarted, ServiceStart, ServiceStopStarted, ServiceStop,
    ServiceReloadStarted, ServiceReload, ServiceRecheckStarted, ServiceRecheck,
    RollbackStarted, RollbackFinished, RollbackForwardStarted, RollbackForwardFinished,
    BackupRunStarted, BackupRunFinished, BackupVerified, BackupVerifyFailed, BackupDrillStarted, BackupDrillFinished,
    ReleaseMarkedBad, ReleaseUnmarked,
    DeployDetected,
    AlertRaised, AlertAcknowledged, AlertResolved, AlertThrottled,
    HealthChanged,
    SshConnected, SshReconnected, SshHostKeyTrusted,
    ConfigLoaded, ConfigRejected,
    ChecklistStarted, ChecklistTicked, ChecklistUnticked, ChecklistEvidence, ChecklistSigned, ChecklistRevoked,
    ChecklistVoided, ChecklistReplanned, ChecklistRefused,
    IncidentOpened, IncidentAttached, IncidentDetached, IncidentMitigated, IncidentResolved, IncidentReopened,
    Note, EventPinned, EventUnpinned,
    ApprovalRequested, ApprovalGranted, ApprovalDeclined, ApprovalExpired, ApprovalWithdrawn,
    LockBroken,
    AccessGranted, AccessRevoked,
    AuditAnchored,
};

struct EventKindInfo {
    EventKind kind;
    QLatin1String name;
    EventFamily family;
    EventCategory category;
    bool audit; // part of the record of what people did
};

namespace EventKinds {

// Every kind, in the order of the enum.
std::span<const EventKindInfo> all();
const EventKindInfo &info(EventKind kind);
// The name in the store: "service.restart.started". Compares and converts as a QString does.
QLatin1String name(EventKind kind);
// The catalogue's kind of a name, exactly (case-sensitive); nullopt for a kind it does not know.
std::optional<EventKind> fromName(QStringView name);
bool is(QStringView name, EventKind kind);

// The family's prefix as stored and filtered ("service."; "note" and the pins have their own).
QLatin1String prefix(EventFamily family);
// The family of any kind: the catalogue's for a known one, by prefix for an unknown one.
EventFamily familyOf(QStringView name);
// The category of any kind: the catalogue's for a known one, its family's usual one for an unknown
// kind of a known family, else Unknown.
EventCategory categoryOf(QStringView name);

// A kind as it is shown in a cell, a list or a terminal line: a known kind is its name; any other is
// shown verbatim with every control, line-ending and bidi character as a visible escape ("\n",
// "\u202e"), so a kind from the store can neither break the line nor reorder what follows it.
QString display(const QString &name);

} // namespace EventKinds
} // namespace opsdeck
