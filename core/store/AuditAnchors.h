#pragma once

// What a console remembers of the audit logs it verified (`opsdeck audit verify`), in its settings:
// per store identity (EventStore::storeId), the last row id and hash it verified, which a later run
// must still find; and per location, which store it last anchored there. So a store recreated at the
// same address is reported as such — "this is not the store that was anchored" — not as a rewritten
// history, and anchoring it anew is an explicit, audited step (`opsdeck audit anchor`). Anchors from
// before store identities (kept per location) are still checked, then kept per identity. Not
// thread-safe: one QSettings per thread.

#include "AuditChain.h"

#include <QDateTime>

#include <optional>

class QSettings;

namespace opsdeck {

struct AuditAnchor {
    QString storeId;   // empty: an anchor from before store identities
    qint64 id = 0;     // the last row verified
    QByteArray hash;   // its hash
    QDateTime at;      // when
    QString location;  // where the store was then
};

// What anchoring a store anew came to (AuditAnchors::anchorAnew).
struct AuditAnchoring {
    enum class Status {
        Anchored,         // recorded as audit.anchored, the chain verified again, the anchor kept
        Unreadable,       // the chain could not be read (error): nothing recorded
        NotIntact,        // the chain itself does not hold (report.findings): nothing recorded
        NotRecorded,      // the store did not record the anchoring (error): no anchor kept
        ChangedMeanwhile, // the chain did not hold when read again after the anchoring: no anchor kept
    };
    Status status = Status::Unreadable;
    QString error;
    AuditChain::Report report; // NotIntact: what is wrong; Anchored: the chain up to the anchoring row
    qint64 eventId = 0;        // Anchored: the audit.anchored event
};

class AuditAnchors final
{
public:
    explicit AuditAnchors(QSettings &settings);

    std::optional<AuditAnchor> forStore(const QString &storeId) const;
    // The store last anchored at location (by this console), whichever it was.
    std::optional<AuditAnchor> atLocation(const QString &location) const;

    // What a verification of the store at location must find: the anchor to check (id 0: none yet),
    // or, when another store was anchored there, that finding instead.
    struct Expectation {
        std::optional<AuditAnchor> anchor;
        std::optional<AuditChain::Finding> replaced; // Kind::Replaced
    };
    Expectation expectation(const QString &location, const QString &storeId) const;

    // Keeps anchor for its store and location (dropping an anchor from before store identities there).
    void save(const AuditAnchor &anchor);

    // Accepts the store anew (`opsdeck audit anchor`): its own chain must hold; the step is recorded
    // as audit.anchored with the reason and the anchor it replaces, the chain is read again and must
    // still hold, and only then is the new anchor kept. Blocking: the store's thread (or a verb's).
    AuditAnchoring anchorAnew(EventStore &store, const QString &reason);

private:
    QSettings &m_settings;
};

} // namespace opsdeck
