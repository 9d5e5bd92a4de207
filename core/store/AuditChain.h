#pragma once

// The tamper-evident chain every store keeps over its events. Each row stores the hash of the row
// before it and its own hash over (previous hash, canonical content). The canonical form is defined
// here once; the PostgreSQL trigger computes the same bytes in SQL (PostgresSchema.cpp) and the
// verifier recomputes them independently of any database function a superuser could replace.
//
// canonical = for each field in order: <byte length>:<UTF-8 bytes>;
//   fields: time in microseconds since the epoch (decimal), kind, environment, host, service, actor,
//           actor roles, summary, details (the stored JSON text, byte for byte), key
// hash      = lowercase hex SHA-256 of  <previous hash hex> | <canonical>
// The first row's previous hash is 64 zeros.

#include "Event.h"
#include "EventStore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace opsdeck {

namespace AuditChain {

QByteArray genesisHash();
QByteArray canonical(qint64 timeMicros, const Event &event, const QByteArray &detailsJson);
QByteArray link(const QByteArray &previousHash, const QByteArray &canonical);
// The details as every store writes them: compact JSON, keys sorted (QJsonDocument's order).
QByteArray detailsText(const QJsonObject &details);

struct Finding {
    // Replaced: the store is not the one this console anchored at its location (AuditAnchors).
    enum class Kind { Edited, Deleted, Inserted, Reordered, Replaced };
    Kind kind;
    qint64 id = 0;   // the row where the break shows
    QString message; // for people: what is wrong and where
};

struct Report {
    qint64 rowsChecked = 0;
    qint64 lastId = 0;
    QByteArray lastHash;
    QList<Finding> findings;
    bool intact() const { return findings.isEmpty(); }
};

QString kindName(Finding::Kind kind);

// Walks the chain in id order. Feed rows in batches (oldest first), then finish() with the store's
// head and, when known, an anchor this console saw earlier (id + hash) that must still be there.
class Verifier
{
public:
    void feed(const QList<AuditRow> &rows);
    Report finish(const AuditHead &head, qint64 anchorId = 0, const QByteArray &anchorHash = {});

private:
    void add(Finding::Kind kind, qint64 id, QString message);

    Report m_report;
    QByteArray m_previousHash = genesisHash();
    QByteArray m_beforePreviousHash; // to recognise a row inserted between two linked rows
    qint64 m_previousId = 0;
    qint64 m_previousTime = 0;
    QHash<QByteArray, qint64> m_storedHashes; // hash -> id, to recognise links to rows further back
    struct Dangling {
        QByteArray prevHash; // names no row seen so far
        qint64 id;           // the row that names it
        qint64 previousId;   // the row before it
    };
    QList<Dangling> m_danglingLinks;
    QSet<QByteArray> m_linkedTo;                // every prev hash some row names
    struct Skipped {
        qint64 id;
        QByteArray hash;
        qint64 linkedPastBy;
    };
    QList<Skipped> m_skipped; // rows the chain links past: inserted unless something else links to them
};

// Reads and checks the store's whole chain, in batches; anchorId/anchorHash as Verifier::finish takes
// them. Fails when the store cannot be read.
StoreResult<Report> verify(EventStore &store, qint64 anchorId = 0, const QByteArray &anchorHash = {});

} // namespace AuditChain

} // namespace opsdeck
