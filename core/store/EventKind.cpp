#include "EventKind.h"

#include "support/DisplayText.h"

#include <array>

namespace opsdeck::EventKinds {

namespace {
using F = EventFamily;
using C = EventCategory;
using K = EventKind;

constexpr std::array kCatalogue{
    EventKindInfo{K::ServiceRestartStarted, QLatin1String("service.restart.started"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceRestart, QLatin1String("service.restart"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceStartStarted, QLatin1String("service.start.started"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceStart, QLatin1String("service.start"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceStopStarted, QLatin1String("service.stop.started"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceStop, QLatin1String("service.stop"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceReloadStarted, QLatin1String("service.reload.started"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceReload, QLatin1String("service.reload"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceRecheckStarted, QLatin1String("service.recheck.started"), F::Service, C::Action, true},
    EventKindInfo{K::ServiceRecheck, QLatin1String("service.recheck"), F::Service, C::Action, true},
    EventKindInfo{K::RollbackStarted, QLatin1String("rollback.started"), F::Rollback, C::Action, true},
    EventKindInfo{K::RollbackFinished, QLatin1String("rollback.finished"), F::Rollback, C::Action, true},
    EventKindInfo{K::RollbackForwardStarted, QLatin1String("rollback.forward.started"), F::Rollback, C::Action, true},
    EventKindInfo{K::RollbackForwardFinished, QLatin1String("rollback.forward.finished"), F::Rollback, C::Action, true},
    EventKindInfo{K::BackupRunStarted, QLatin1String("backup.run.started"), F::Backup, C::Action, true},
    EventKindInfo{K::BackupRunFinished, QLatin1String("backup.run.finished"), F::Backup, C::Action, true},
    EventKindInfo{K::BackupVerified, QLatin1String("backup.verified"), F::Backup, C::Signal, false},
    EventKindInfo{K::BackupVerifyFailed, QLatin1String("backup.verify_failed"), F::Backup, C::Signal, false},
    EventKindInfo{K::BackupDrillStarted, QLatin1String("backup.drill.started"), F::Backup, C::Action, true},
    EventKindInfo{K::BackupDrillFinished, QLatin1String("backup.drill.finished"), F::Backup, C::Action, true},
    EventKindInfo{K::ReleaseMarkedBad, QLatin1String("release.marked_bad"), F::Release, C::Action, true},
    EventKindInfo{K::ReleaseUnmarked, QLatin1String("release.unmarked"), F::Release, C::Action, true},
    EventKindInfo{K::DeployDetected, QLatin1String("deploy.detected"), F::Deploy, C::Action, false},
    EventKindInfo{K::AlertRaised, QLatin1String("alert.raised"), F::Alert, C::Signal, false},
    EventKindInfo{K::AlertAcknowledged, QLatin1String("alert.acknowledged"), F::Alert, C::Signal, true},
    EventKindInfo{K::AlertResolved, QLatin1String("alert.resolved"), F::Alert, C::Signal, false},
    EventKindInfo{K::AlertThrottled, QLatin1String("alert.throttled"), F::Alert, C::Signal, false},
    EventKindInfo{K::HealthChanged, QLatin1String("health.changed"), F::Health, C::Signal, false},
    EventKindInfo{K::SshConnected, QLatin1String("ssh.connected"), F::Ssh, C::Connection, false},
    EventKindInfo{K::SshReconnected, QLatin1String("ssh.reconnected"), F::Ssh, C::Connection, false},
    EventKindInfo{K::SshHostKeyTrusted, QLatin1String("ssh.hostkey.trusted"), F::Ssh, C::Configuration, true},
    EventKindInfo{K::ConfigLoaded, QLatin1String("config.loaded"), F::Config, C::Configuration, true},
    EventKindInfo{K::ConfigRejected, QLatin1String("config.rejected"), F::Config, C::Configuration, true},
    EventKindInfo{K::ChecklistStarted, QLatin1String("checklist.started"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistTicked, QLatin1String("checklist.ticked"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistUnticked, QLatin1String("checklist.unticked"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistEvidence, QLatin1String("checklist.evidence"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistSigned, QLatin1String("checklist.signed"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistRevoked, QLatin1String("checklist.revoked"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistVoided, QLatin1String("checklist.voided"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistReplanned, QLatin1String("checklist.replanned"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::ChecklistRefused, QLatin1String("checklist.refused"), F::Checklist, C::Coordination, true},
    EventKindInfo{K::IncidentOpened, QLatin1String("incident.opened"), F::Incident, C::IncidentRecord, true},
    EventKindInfo{K::IncidentAttached, QLatin1String("incident.attached"), F::Incident, C::IncidentRecord, false},
    EventKindInfo{K::IncidentDetached, QLatin1String("incident.detached"), F::Incident, C::IncidentRecord, false},
    EventKindInfo{K::IncidentMitigated, QLatin1String("incident.mitigated"), F::Incident, C::IncidentRecord, true},
    EventKindInfo{K::IncidentResolved, QLatin1String("incident.resolved"), F::Incident, C::IncidentRecord, true},
    EventKindInfo{K::IncidentReopened, QLatin1String("incident.reopened"), F::Incident, C::IncidentRecord, true},
    EventKindInfo{K::Note, QLatin1String("note"), F::Note, C::IncidentRecord, false},
    EventKindInfo{K::EventPinned, QLatin1String("event.pinned"), F::Pin, C::IncidentRecord, false},
    EventKindInfo{K::EventUnpinned, QLatin1String("event.unpinned"), F::Pin, C::IncidentRecord, false},
    EventKindInfo{K::ApprovalRequested, QLatin1String("approval.requested"), F::Approval, C::Coordination, true},
    EventKindInfo{K::ApprovalGranted, QLatin1String("approval.granted"), F::Approval, C::Coordination, true},
    EventKindInfo{K::ApprovalDeclined, QLatin1String("approval.declined"), F::Approval, C::Coordination, true},
    EventKindInfo{K::ApprovalExpired, QLatin1String("approval.expired"), F::Approval, C::Coordination, true},
    EventKindInfo{K::ApprovalWithdrawn, QLatin1String("approval.withdrawn"), F::Approval, C::Coordination, true},
    EventKindInfo{K::LockBroken, QLatin1String("lock.broken"), F::Lock, C::Coordination, true},
    EventKindInfo{K::AccessGranted, QLatin1String("access.granted"), F::Access, C::Store, true},
    EventKindInfo{K::AccessRevoked, QLatin1String("access.revoked"), F::Access, C::Store, true},
    EventKindInfo{K::AuditAnchored, QLatin1String("audit.anchored"), F::Audit, C::Store, true},
};

constexpr bool inEnumOrder()
{
    for (std::size_t i = 0; i < kCatalogue.size(); ++i) {
        if (std::size_t(kCatalogue[i].kind) != i)
            return false;
    }
    return std::size_t(kCatalogue.back().kind) == std::size_t(K::AuditAnchored);
}
static_assert(inEnumOrder(), "the catalogue lists every EventKind once, in the order of the enum");

struct FamilyPrefix {
    EventFamily family;
    QLatin1String prefix;
    EventCategory usual;
};

constexpr std::array kFamilies{
    FamilyPrefix{F::Service, QLatin1String("service."), C::Action},
    FamilyPrefix{F::Rollback, QLatin1String("rollback."), C::Action},
    FamilyPrefix{F::Backup, QLatin1String("backup."), C::Action},
    FamilyPrefix{F::Release, QLatin1String("release."), C::Action},
    FamilyPrefix{F::Deploy, QLatin1String("deploy."), C::Action},
    FamilyPrefix{F::Alert, QLatin1String("alert."), C::Signal},
    FamilyPrefix{F::Health, QLatin1String("health."), C::Signal},
    FamilyPrefix{F::Ssh, QLatin1String("ssh."), C::Connection},
    FamilyPrefix{F::Config, QLatin1String("config."), C::Configuration},
    FamilyPrefix{F::Checklist, QLatin1String("checklist."), C::Coordination},
    FamilyPrefix{F::Incident, QLatin1String("incident."), C::IncidentRecord},
    FamilyPrefix{F::Note, QLatin1String("note"), C::IncidentRecord},
    FamilyPrefix{F::Pin, QLatin1String("event."), C::IncidentRecord},
    FamilyPrefix{F::Approval, QLatin1String("approval."), C::Coordination},
    FamilyPrefix{F::Lock, QLatin1String("lock."), C::Coordination},
    FamilyPrefix{F::Access, QLatin1String("access."), C::Store},
    FamilyPrefix{F::Audit, QLatin1String("audit."), C::Store},
};

const FamilyPrefix *familyEntry(QStringView name)
{
    for (const FamilyPrefix &f : kFamilies) {
        // "note" is a kind of its own, not a prefix: "notes.x" is no note.
        if (f.family == F::Note ? name == f.prefix : name.startsWith(f.prefix))
            return &f;
    }
    return nullptr;
}
} // namespace

std::span<const EventKindInfo> all()
{
    return kCatalogue;
}

const EventKindInfo &info(EventKind kind)
{
    return kCatalogue[std::size_t(kind)];
}

QLatin1String name(EventKind kind)
{
    return info(kind).name;
}

std::optional<EventKind> fromName(QStringView name)
{
    for (const EventKindInfo &entry : kCatalogue) {
        if (name == entry.name)
            return entry.kind;
    }
    return std::nullopt;
}

bool is(QStringView name, EventKind kind)
{
    return name == info(kind).name;
}

QLatin1String prefix(EventFamily family)
{
    for (const FamilyPrefix &f : kFamilies) {
        if (f.family == family)
            return f.prefix;
    }
    return {};
}

EventFamily familyOf(QStringView name)
{
    if (const auto known = fromName(name))
        return info(*known).family;
    const FamilyPrefix *f = familyEntry(name);
    return f ? f->family : F::Unknown;
}

EventCategory categoryOf(QStringView name)
{
    if (const auto known = fromName(name))
        return info(*known).category;
    const FamilyPrefix *f = familyEntry(name);
    return f ? f->usual : C::Unknown;
}

QString display(const QString &name)
{
    if (const auto known = fromName(name))
        return EventKinds::name(*known);
    return DisplayText::terminal(name, DisplayText::Lines::Escape);
}

} // namespace opsdeck::EventKinds
