#include "AuditChain.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace opsdeck::AuditChain {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(AuditChain)
};

void field(QByteArray &out, const QByteArray &bytes)
{
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}
} // namespace

QByteArray genesisHash()
{
    return QByteArray(64, '0');
}

QByteArray canonical(qint64 timeMicros, const Event &event, const QByteArray &detailsJson)
{
    QByteArray out;
    out.reserve(256 + detailsJson.size() + event.summary.size());
    field(out, QByteArray::number(timeMicros));
    field(out, event.kind.toUtf8());
    field(out, event.environment.toUtf8());
    field(out, event.host.toUtf8());
    field(out, event.service.toUtf8());
    field(out, event.actor.toUtf8());
    field(out, event.actorRoles.toUtf8());
    field(out, event.summary.toUtf8());
    field(out, detailsJson);
    field(out, event.key.toUtf8());
    return out;
}

QByteArray link(const QByteArray &previousHash, const QByteArray &canonicalText)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash);
    hash.addData(QByteArrayView("|"));
    hash.addData(canonicalText);
    return hash.result().toHex();
}

QByteArray detailsText(const QJsonObject &details)
{
    return QJsonDocument(details).toJson(QJsonDocument::Compact);
}

QString kindName(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Edited:
        return QStringLiteral("edited");
    case Finding::Kind::Deleted:
        return QStringLiteral("deleted");
    case Finding::Kind::Inserted:
        return QStringLiteral("inserted");
    case Finding::Kind::Reordered:
        return QStringLiteral("reordered");
    case Finding::Kind::Replaced:
        return QStringLiteral("replaced");
    }
    return {};
}

void Verifier::add(Finding::Kind kind, qint64 id, QString message)
{
    m_report.findings.append({kind, id, std::move(message)});
}

void Verifier::feed(const QList<AuditRow> &rows)
{
    for (const AuditRow &row : rows) {
        ++m_report.rowsChecked;
        // 1. The row's content must still produce its stored hash.
        if (link(row.prevHash, row.canonical) != row.hash)
            add(Finding::Kind::Edited, row.id,
                Text::tr("row %1 was edited: its content no longer matches its hash").arg(row.id));
        // 2. The row must link to the row before it.
        if (row.prevHash != m_previousHash) {
            if (!m_beforePreviousHash.isEmpty() && row.prevHash == m_beforePreviousHash)
                m_skipped.append({m_previousId, m_previousHash, row.id}); // inserted, or moved: decided at the end
            else if (m_storedHashes.contains(row.prevHash))
                add(Finding::Kind::Reordered, row.id,
                    Text::tr("row %1 was reordered: it follows row %2 in the chain, not row %3")
                        .arg(row.id)
                        .arg(m_storedHashes.value(row.prevHash))
                        .arg(m_previousId));
            else
                m_danglingLinks.append({row.prevHash, row.id, m_previousId}); // decided at the end
        }
        // 3. Ids are gapless and times strictly increasing in a chain no one touched.
        if (m_previousId != 0 && row.id != m_previousId + 1 && row.prevHash == m_previousHash)
            add(Finding::Kind::Deleted, row.id,
                Text::tr("row ids jump from %1 to %2: rows were deleted and the chain re-linked").arg(m_previousId).arg(row.id));
        m_linkedTo.insert(row.prevHash);
        if (m_previousId != 0 && row.timeMicros < m_previousTime)
            add(Finding::Kind::Reordered, row.id,
                Text::tr("row %1 is older than row %2 before it").arg(row.id).arg(m_previousId));
        m_storedHashes.insert(row.hash, row.id);
        m_beforePreviousHash = m_previousHash;
        m_previousHash = row.hash;
        m_previousId = row.id;
        m_previousTime = row.timeMicros;
    }
}

Report Verifier::finish(const AuditHead &head, qint64 anchorId, const QByteArray &anchorHash)
{
    for (const Skipped &skipped : std::as_const(m_skipped)) {
        if (m_linkedTo.contains(skipped.hash))
            add(Finding::Kind::Reordered, skipped.id,
                Text::tr("row %1 was reordered: row %2 links past it").arg(skipped.id).arg(skipped.linkedPastBy));
        else
            add(Finding::Kind::Inserted, skipped.id,
                Text::tr("row %1 was inserted: no row links to it and row %2 links past it")
                    .arg(skipped.id)
                    .arg(skipped.linkedPastBy));
    }
    for (const Dangling &dangling : std::as_const(m_danglingLinks)) {
        if (m_storedHashes.contains(dangling.prevHash))
            add(Finding::Kind::Reordered, dangling.id,
                Text::tr("row %1 was reordered: it links to row %2, which comes after it")
                    .arg(dangling.id)
                    .arg(m_storedHashes.value(dangling.prevHash)));
        else if (dangling.previousId != 0 && dangling.id == dangling.previousId + 1)
            add(Finding::Kind::Edited, dangling.previousId,
                Text::tr("row %1 was edited and re-hashed: row %2 no longer links to it")
                    .arg(dangling.previousId)
                    .arg(dangling.id));
        else
            add(Finding::Kind::Deleted, dangling.id,
                Text::tr("rows were deleted before row %1: the row it links to is gone").arg(dangling.id));
    }
    if (head.lastId > m_previousId)
        add(Finding::Kind::Deleted, head.lastId,
            Text::tr("rows %1 to %2 were deleted from the end of the log").arg(m_previousId + 1).arg(head.lastId));
    else if (head.lastId < m_previousId)
        add(Finding::Kind::Inserted, head.lastId + 1,
            Text::tr("rows %1 to %2 are past the chain head the store recorded (%3)")
                .arg(head.lastId + 1)
                .arg(m_previousId)
                .arg(head.lastId));
    else if (head.lastId == m_previousId && head.lastId != 0 && head.lastHash != m_previousHash)
        add(Finding::Kind::Edited, head.lastId,
            Text::tr("the last row %1 does not match the chain head the store recorded").arg(head.lastId));
    if (anchorId > 0) {
        if (anchorId > m_previousId)
            add(Finding::Kind::Deleted, anchorId,
                Text::tr("row %1, seen earlier by this console, is gone").arg(anchorId));
        else if (m_storedHashes.value(anchorHash, -1) != anchorId)
            add(Finding::Kind::Edited, anchorId,
                Text::tr("row %1 differs from what this console saw earlier: the chain was rewritten").arg(anchorId));
    }
    std::sort(m_report.findings.begin(), m_report.findings.end(),
              [](const Finding &a, const Finding &b) { return a.id < b.id; });
    m_report.lastId = m_previousId;
    m_report.lastHash = m_previousHash;
    return m_report;
}

StoreResult<Report> verify(EventStore &store, qint64 anchorId, const QByteArray &anchorHash)
{
    using Result = StoreResult<Report>;
    Verifier verifier;
    qint64 after = 0;
    for (;;) {
        const auto rows = store.auditRows(after, 5000);
        if (!rows)
            return Result::failure(Text::tr("cannot read the audit log: %1").arg(rows.error));
        if (rows.value->isEmpty())
            break;
        verifier.feed(*rows.value);
        after = rows.value->constLast().id;
    }
    const auto head = store.auditHead();
    if (!head)
        return Result::failure(Text::tr("cannot read the chain head: %1").arg(head.error));
    return Result::success(verifier.finish(*head.value, anchorId, anchorHash));
}

} // namespace opsdeck::AuditChain
