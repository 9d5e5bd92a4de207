// The verifier on synthetic chains: every kind of break is named once, at the right row. Anchoring a
// real store anew: the core records it once (audit.anchored) and keeps the anchor.

#include "store/AuditAnchors.h"
#include "store/AuditChain.h"
#include "store/EventKind.h"
#include "store/SqliteEventStore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {
QList<AuditRow> chain(int n)
{
    QList<AuditRow> rows;
    QByteArray previous = AuditChain::genesisHash();
    for (int i = 1; i <= n; ++i) {
        Event e;
        e.kind = QStringLiteral("note");
        e.summary = QStringLiteral("event %1").arg(i);
        e.actor = QStringLiteral("ann");
        const qint64 t = 1'700'000'000'000'000 + i * 1000;
        AuditRow row{i, t, AuditChain::canonical(t, e, "{}"), previous, {}};
        row.hash = AuditChain::link(previous, row.canonical);
        previous = row.hash;
        rows << row;
    }
    return rows;
}

AuditChain::Report verify(const QList<AuditRow> &rows, AuditHead head, qint64 anchorId = 0, const QByteArray &anchorHash = {})
{
    AuditChain::Verifier verifier;
    verifier.feed(rows.mid(0, 3));
    verifier.feed(rows.mid(3)); // batches do not matter
    return verifier.finish(head, anchorId, anchorHash);
}

AuditHead headOf(const QList<AuditRow> &rows)
{
    return {rows.constLast().id, rows.constLast().hash};
}

QString summary(const AuditChain::Report &report)
{
    QStringList parts;
    for (const auto &f : report.findings)
        parts << AuditChain::kindName(f.kind) + u'@' + QString::number(f.id);
    return parts.join(u' ');
}
} // namespace

class TestAuditChain final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalFormIsLengthPrefixed()
    {
        Event e;
        e.kind = QStringLiteral("a;b");
        e.summary = QStringLiteral("é");
        QCOMPARE(AuditChain::canonical(42, e, "{}"), QByteArray("2:42;3:a;b;0:;0:;0:;0:;0:;2:\xc3\xa9;2:{};0:;"));
        QCOMPARE(AuditChain::link(AuditChain::genesisHash(), "x").size(), 64);
    }

    void intactChain()
    {
        const auto rows = chain(10);
        const auto report = verify(rows, headOf(rows));
        QVERIFY2(report.intact(), qPrintable(summary(report)));
        QCOMPARE(report.rowsChecked, 10);
        QCOMPARE(report.lastId, 10);
    }

    void breaks_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("edited") << 0 << QStringLiteral("edited@4");
        QTest::newRow("edited and re-hashed") << 1 << QStringLiteral("edited@4");
        QTest::newRow("deleted in the middle") << 2 << QStringLiteral("deleted@5");
        QTest::newRow("deleted at the end") << 3 << QStringLiteral("deleted@10");
        QTest::newRow("inserted") << 4 << QStringLiteral("inserted@5");
        QTest::newRow("time goes back") << 5 << QStringLiteral("reordered@6");
    }
    void breaks()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        auto rows = chain(10);
        AuditHead head = headOf(rows);
        switch (kind) {
        case 0:
            rows[3].canonical.replace("event 4", "event X");
            break;
        case 1:
            rows[3].canonical.replace("event 4", "event X");
            rows[3].hash = AuditChain::link(rows[3].prevHash, rows[3].canonical);
            break;
        case 2:
            rows.removeAt(3);
            break;
        case 3:
            rows = rows.mid(0, 8);
            break;
        case 4: {
            // A forged row between 4 and 5, linked to 4 and hashed correctly; later ids shifted.
            AuditRow forged{5, rows[3].timeMicros + 1, "forged", rows[3].hash, {}};
            forged.hash = AuditChain::link(forged.prevHash, forged.canonical);
            for (int i = 4; i < rows.size(); ++i)
                ++rows[i].id;
            rows.insert(4, forged);
            head.lastId += 1;
            break;
        }
        case 5:
            rows[5].timeMicros = rows[4].timeMicros - 5;
            break;
        }
        const auto report = verify(rows, head);
        QCOMPARE(summary(report), expected);
    }

    void swappedRowsAreReordered()
    {
        auto rows = chain(10);
        std::swap(rows[3], rows[4]);
        std::swap(rows[3].id, rows[4].id);
        const auto report = verify(rows, headOf(chain(10)));
        QVERIFY(!report.intact());
        for (const auto &f : report.findings)
            QVERIFY2(f.kind == AuditChain::Finding::Kind::Reordered, qPrintable(summary(report)));
    }

    void aRewrittenHistoryMissesTheAnchor()
    {
        const auto original = chain(10);
        // Someone rebuilt a fully consistent chain with different content.
        QList<AuditRow> rewritten;
        QByteArray previous = AuditChain::genesisHash();
        for (AuditRow row : original) {
            row.canonical.replace("event", "EVENT");
            row.prevHash = previous;
            row.hash = AuditChain::link(previous, row.canonical);
            previous = row.hash;
            rewritten << row;
        }
        QVERIFY(verify(rewritten, headOf(rewritten)).intact());
        const auto report = verify(rewritten, headOf(rewritten), 6, original[5].hash);
        QCOMPARE(summary(report), QStringLiteral("edited@6"));
        // And an anchor past the end: rows seen before are gone.
        QCOMPARE(summary(verify(original.mid(0, 5), headOf(original.mid(0, 5)), 6, original[5].hash)), QStringLiteral("deleted@6"));
    }

    // Issue 12 (9): anchors per store identity; another store at an anchored location is its own
    // finding, not a rewritten chain; anchors from before identities are still checked, then moved.
    void anchorsBelongToAStoreNotToAnAddress()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("opsdeck.ini")), QSettings::IniFormat);
        AuditAnchors anchors(settings);
        const QString where = QStringLiteral("postgresql://auditor@db/opsdeck");
        const QString first = QStringLiteral("11111111-2222-4333-8444-555555555555");
        const QString second = QStringLiteral("99999999-2222-4333-8444-555555555555");
        QVERIFY(!anchors.expectation(where, first).anchor);
        QVERIFY(!anchors.expectation(where, first).replaced);
        const QList<AuditRow> rows = chain(6);
        anchors.save({first, 6, rows[5].hash, QDateTime(QDate(2024, 5, 2), QTime(9, 0), Qt::UTC), where});

        AuditAnchors::Expectation same = anchors.expectation(where, first);
        QVERIFY(same.anchor && !same.replaced);
        QCOMPARE(same.anchor->id, 6);
        QCOMPARE(same.anchor->hash, rows[5].hash);
        // The same store somewhere else is still that store.
        QCOMPARE(anchors.expectation(QStringLiteral("postgresql://auditor@db2/opsdeck"), first).anchor->id, 6);

        // Recreated at the same address: a chain of its own, longer than the anchored one.
        const AuditAnchors::Expectation other = anchors.expectation(where, second);
        QVERIFY(!other.anchor);
        QVERIFY(other.replaced);
        QCOMPARE(other.replaced->kind, AuditChain::Finding::Kind::Replaced);
        QCOMPARE(AuditChain::kindName(other.replaced->kind), QStringLiteral("replaced"));
        QVERIFY2(other.replaced->message.startsWith(QStringLiteral("this is not the store that was anchored: ") + where
                                                    + QStringLiteral(" was store 11111111 (verified up to row 6 on 2024-05-02T09:00:00Z), it is now store 99999999")),
                 qPrintable(other.replaced->message));
        // Anchored anew (opsdeck audit anchor): from then on this store is expected there.
        anchors.save({second, 9, chain(9)[8].hash, QDateTime::currentDateTimeUtc(), where});
        QCOMPARE(anchors.expectation(where, second).anchor->id, 9);
        QCOMPARE(anchors.expectation(where, first).anchor->id, 6); // the first store, should it come back, is itself

        // An anchor from before identities (kept per address) is checked as before, then moved.
        const QString old = QStringLiteral("sqlite:///home/ann/opsdeck.db");
        settings.setValue(QStringLiteral("audit/anchors/") + QString::fromLatin1(old.toUtf8().toBase64(QByteArray::Base64UrlEncoding)),
                          QString(QStringLiteral("4:") + QString::fromLatin1(rows[3].hash)));
        const QString third = QStringLiteral("22222222-2222-4333-8444-555555555555");
        const AuditAnchors::Expectation legacy = anchors.expectation(old, third);
        QVERIFY(!legacy.replaced);
        QCOMPARE(legacy.anchor->id, 4);
        QVERIFY(legacy.anchor->storeId.isEmpty());
        anchors.save({third, 6, rows[5].hash, QDateTime::currentDateTimeUtc(), old});
        QCOMPARE(anchors.expectation(old, third).anchor->id, 6);
        QCOMPARE(settings.childGroups().contains(QStringLiteral("audit")), true);
        settings.beginGroup(QStringLiteral("audit/anchors"));
        QVERIFY(settings.childKeys().isEmpty());
        settings.endGroup();
    }

    // Issue 13: anchoring anew is the core's: one audit.anchored event with the reason and the anchor
    // it replaces, the chain verified again with it, and the new anchor kept — the verb only prints.
    void anchoringAnewIsRecordedOnce()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("opsdeck.ini")), QSettings::IniFormat);
        AuditAnchors anchors(settings);
        auto opened = SqliteEventStore::open(dir.filePath(QStringLiteral("events.db")), QStringLiteral("ann"));
        QVERIFY2(opened, qPrintable(opened.error));
        EventStore &store = **opened.value;
        for (int i = 1; i <= 3; ++i) {
            Event e;
            e.kind = QStringLiteral("note");
            e.summary = QStringLiteral("event %1").arg(i);
            QVERIFY(store.append(e));
        }
        const auto first = AuditChain::verify(store);
        QVERIFY2(first, qPrintable(first.error));
        anchors.save({store.storeId(), first.value->lastId, first.value->lastHash, QDateTime::currentDateTimeUtc(), store.location()});

        const AuditAnchoring anchoring = anchors.anchorAnew(store, QStringLiteral("restored from the backup of May 2"));
        QCOMPARE(int(anchoring.status), int(AuditAnchoring::Status::Anchored));
        QCOMPARE(anchoring.report.lastId, qint64(4));
        QVERIFY(anchoring.report.intact());
        EventFilter filter;
        filter.kind = EventKinds::name(EventKind::AuditAnchored);
        const auto recorded = store.events(filter);
        QVERIFY(recorded);
        QCOMPARE(recorded.value->size(), qsizetype(1));
        const Event &e = recorded.value->constFirst();
        QCOMPARE(e.id, anchoring.eventId);
        QCOMPARE(e.actor, QStringLiteral("ann"));
        QCOMPARE(e.details.value(QStringLiteral("reason")).toString(), QStringLiteral("restored from the backup of May 2"));
        QCOMPARE(e.details.value(QStringLiteral("row")).toInteger(), qint64(3));
        QCOMPARE(e.details.value(QStringLiteral("previousRow")).toInteger(), qint64(3));
        QCOMPARE(e.details.value(QStringLiteral("previousHash")).toString(), QString::fromLatin1(first.value->lastHash));
        // The anchor kept is the chain with the anchoring row.
        const auto kept = anchors.forStore(store.storeId());
        QVERIFY(kept);
        QCOMPARE(kept->id, qint64(4));
        QCOMPARE(kept->hash, anchoring.report.lastHash);
    }
};

QTEST_GUILESS_MAIN(TestAuditChain)
#include "TestAuditChain.moc"
