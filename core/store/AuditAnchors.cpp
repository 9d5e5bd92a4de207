#include "AuditAnchors.h"

#include "EventKind.h"

#include <QCoreApplication>
#include <QSettings>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditAnchors)
};

QString locationKey(const QString &location)
{
    return QString::fromLatin1(location.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

// Before store identities: "audit/anchors/<location, base64url>" = "id:hash".
QString legacyKey(const QString &location)
{
    return QStringLiteral("audit/anchors/") + locationKey(location);
}

QString storeGroup(const QString &storeId)
{
    return QStringLiteral("audit/stores/") + storeId;
}

QString shortId(const QString &storeId)
{
    return storeId.left(8);
}
} // namespace

AuditAnchors::AuditAnchors(QSettings &settings) : m_settings(settings) {}

std::optional<AuditAnchor> AuditAnchors::forStore(const QString &storeId) const
{
    if (storeId.isEmpty())
        return std::nullopt;
    const QString group = storeGroup(storeId);
    const qint64 id = m_settings.value(group + QStringLiteral("/row")).toLongLong();
    if (id <= 0)
        return std::nullopt;
    return AuditAnchor{storeId, id, m_settings.value(group + QStringLiteral("/hash")).toString().toLatin1(),
                       m_settings.value(group + QStringLiteral("/at")).toDateTime(), m_settings.value(group + QStringLiteral("/location")).toString()};
}

std::optional<AuditAnchor> AuditAnchors::atLocation(const QString &location) const
{
    const QString storeId = m_settings.value(QStringLiteral("audit/locations/") + locationKey(location)).toString();
    if (const auto anchor = forStore(storeId))
        return anchor;
    const QStringList legacy = m_settings.value(legacyKey(location)).toString().split(u':');
    if (legacy.size() == 2 && legacy.at(0).toLongLong() > 0)
        return AuditAnchor{{}, legacy.at(0).toLongLong(), legacy.at(1).toLatin1(), {}, location};
    return std::nullopt;
}

AuditAnchors::Expectation AuditAnchors::expectation(const QString &location, const QString &storeId) const
{
    Expectation expected;
    if (const auto mine = forStore(storeId)) {
        expected.anchor = mine;
        return expected;
    }
    const auto there = atLocation(location);
    if (!there)
        return expected; // never verified here: this run anchors it
    if (there->storeId.isEmpty() || storeId.isEmpty()) {
        expected.anchor = there; // anchored before stores had identities: the row must still be there
        return expected;
    }
    // Another store was anchored at this location: its anchor says nothing about this one.
    // One whole message with the anchor's time and one for an anchor saved without it.
    const QString why =
        there->at.isValid()
            ? Text::tr("this is not the store that was anchored: %1 was store %2 (verified up to row %3 on %4), it is now store %5; "
                       "if it was recreated on purpose, anchor it anew: opsdeck audit anchor --reason TEXT")
                  .arg(location, shortId(there->storeId), QString::number(there->id), there->at.toUTC().toString(Qt::ISODate), shortId(storeId))
            : Text::tr("this is not the store that was anchored: %1 was store %2 (verified up to row %3), it is now store %4; "
                       "if it was recreated on purpose, anchor it anew: opsdeck audit anchor --reason TEXT")
                  .arg(location, shortId(there->storeId), QString::number(there->id), shortId(storeId));
    expected.replaced = AuditChain::Finding{AuditChain::Finding::Kind::Replaced, 0, why};
    return expected;
}

void AuditAnchors::save(const AuditAnchor &anchor)
{
    if (anchor.storeId.isEmpty()) {
        m_settings.setValue(legacyKey(anchor.location), QStringLiteral("%1:%2").arg(anchor.id).arg(QString::fromLatin1(anchor.hash)));
        return;
    }
    const QString group = storeGroup(anchor.storeId);
    m_settings.setValue(group + QStringLiteral("/row"), anchor.id);
    m_settings.setValue(group + QStringLiteral("/hash"), QString::fromLatin1(anchor.hash));
    m_settings.setValue(group + QStringLiteral("/at"), anchor.at);
    m_settings.setValue(group + QStringLiteral("/location"), anchor.location);
    m_settings.setValue(QStringLiteral("audit/locations/") + locationKey(anchor.location), anchor.storeId);
    m_settings.remove(legacyKey(anchor.location));
    m_settings.sync();
}

AuditAnchoring AuditAnchors::anchorAnew(EventStore &store, const QString &reason)
{
    AuditAnchoring result;
    // The chain itself must hold; only which anchor it is measured against changes, and that is audited.
    const auto own = AuditChain::verify(store);
    if (!own) {
        result.error = own.error;
        return result;
    }
    if (!own.value->intact()) {
        result.status = AuditAnchoring::Status::NotIntact;
        result.report = *own.value;
        return result;
    }
    const Expectation expected = expectation(store.location(), store.storeId());
    const std::optional<AuditAnchor> before = expected.anchor ? expected.anchor : atLocation(store.location());
    Event e;
    e.kind = EventKinds::name(EventKind::AuditAnchored);
    e.summary = Text::tr("Audit log anchored anew at row %1 of store %2: %3").arg(own.value->lastId).arg(store.storeId().left(8), reason);
    e.details = {{QStringLiteral("storeId"), store.storeId()},
                 {QStringLiteral("location"), store.location()},
                 {QStringLiteral("reason"), reason},
                 {QStringLiteral("row"), own.value->lastId},
                 {QStringLiteral("hash"), QString::fromLatin1(own.value->lastHash)},
                 {QStringLiteral("previousStoreId"), before ? before->storeId : QString()},
                 {QStringLiteral("previousRow"), before ? before->id : 0},
                 {QStringLiteral("previousHash"), before ? QString::fromLatin1(before->hash) : QString()}};
    const auto recorded = store.append(e);
    if (!recorded) {
        result.status = AuditAnchoring::Status::NotRecorded;
        result.error = recorded.error;
        return result;
    }
    const auto now = AuditChain::verify(store);
    if (!now || !now.value->intact()) {
        result.status = AuditAnchoring::Status::ChangedMeanwhile;
        return result;
    }
    save({store.storeId(), now.value->lastId, now.value->lastHash, QDateTime::currentDateTimeUtc(), store.location()});
    result.status = AuditAnchoring::Status::Anchored;
    result.report = *now.value;
    result.eventId = recorded.value->id;
    return result;
}

} // namespace opsdeck
