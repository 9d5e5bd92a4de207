// The one catalogue of event kinds: every kind listed once, with a unique name that lies in its
// family's prefix and reads back as the same kind; kinds the catalogue does not know (from a newer
// OpsDeck, or written by hand into the store) keep their family by prefix and are shown verbatim,
// escaped, never as anything else.

#include "store/EventKind.h"

#include <QSet>
#include <QTest>

using namespace opsdeck;

Q_DECLARE_METATYPE(opsdeck::EventKind)
Q_DECLARE_METATYPE(opsdeck::EventFamily)
Q_DECLARE_METATYPE(opsdeck::EventCategory)

class TestEventKind final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyKindOnceAndRoundTrips()
    {
        QSet<QString> names;
        int index = 0;
        for (const EventKindInfo &entry : EventKinds::all()) {
            const QString name = entry.name;
            QCOMPARE(int(entry.kind), index++);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(index)));
            QVERIFY2(!names.contains(name), qPrintable(QStringLiteral("listed twice: ") + name));
            names.insert(name);
            QCOMPARE(EventKinds::fromName(name), std::optional<EventKind>(entry.kind));
            QCOMPARE(QString(EventKinds::name(entry.kind)), name);
            QVERIFY(EventKinds::is(name, entry.kind));
            QCOMPARE(EventKinds::familyOf(name), entry.family);
            QCOMPARE(EventKinds::categoryOf(name), entry.category);
            QCOMPARE(EventKinds::display(name), name);
            // Every kind lies in its family's prefix, so a filter "service." finds every service kind.
            const QString prefix = EventKinds::prefix(entry.family);
            QVERIFY2(!prefix.isEmpty() && (prefix.endsWith(u'.') ? name.startsWith(prefix) : name == prefix),
                     qPrintable(name + QStringLiteral(" is not in ") + prefix));
            QVERIFY2(name.size() <= 200, qPrintable(name));
            for (const QChar c : name)
                QVERIFY2(c == u'.' || c == u'_' || (c >= u'a' && c <= u'z'), qPrintable(name));
        }
        QCOMPARE(int(names.size()), int(EventKind::AuditAnchored) + 1);
    }

    // Kinds written today by the store's own SQL and by the guarded path, named here as text once, to
    // show the catalogue reads the names the store holds.
    void knownNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<EventKind>("kind");
        QTest::newRow("service") << QStringLiteral("service.restart.started") << EventKind::ServiceRestartStarted;
        QTest::newRow("rollback") << QStringLiteral("rollback.forward.finished") << EventKind::RollbackForwardFinished;
        QTest::newRow("backup") << QStringLiteral("backup.run.finished") << EventKind::BackupRunFinished;
        QTest::newRow("checklist") << QStringLiteral("checklist.refused") << EventKind::ChecklistRefused;
        QTest::newRow("approval") << QStringLiteral("approval.granted") << EventKind::ApprovalGranted;
        QTest::newRow("access") << QStringLiteral("access.revoked") << EventKind::AccessRevoked;
        QTest::newRow("note") << QStringLiteral("note") << EventKind::Note;
        QTest::newRow("pin") << QStringLiteral("event.unpinned") << EventKind::EventUnpinned;
    }
    void knownNames()
    {
        QFETCH(QString, name);
        QFETCH(EventKind, kind);
        QCOMPARE(EventKinds::fromName(name), std::optional<EventKind>(kind));
    }

    void unknownKinds_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<EventFamily>("family");
        QTest::addColumn<EventCategory>("category");
        QTest::addColumn<QString>("shown");
        QTest::newRow("newer kind of a known family") << QStringLiteral("release.staged") << EventFamily::Release << EventCategory::Action
                                                      << QStringLiteral("release.staged");
        QTest::newRow("older service outcome") << QStringLiteral("service.restart.succeeded") << EventFamily::Service
                                               << EventCategory::Action << QStringLiteral("service.restart.succeeded");
        QTest::newRow("unknown family") << QStringLiteral("kamal.deployed") << EventFamily::Unknown << EventCategory::Unknown
                                        << QStringLiteral("kamal.deployed");
        QTest::newRow("case differs") << QStringLiteral("Alert.Raised") << EventFamily::Unknown << EventCategory::Unknown
                                      << QStringLiteral("Alert.Raised");
        QTest::newRow("not a note") << QStringLiteral("notes.x") << EventFamily::Unknown << EventCategory::Unknown << QStringLiteral("notes.x");
        QTest::newRow("line break and bidi") << QStringLiteral("deploy.x\nalert.raised\u202Eexe") << EventFamily::Deploy << EventCategory::Action
                                             << QStringLiteral("deploy.x\\nalert.raised\\u202eexe");
        QTest::newRow("terminal escape") << QStringLiteral("\x1b[31mhealth.changed") << EventFamily::Unknown << EventCategory::Unknown
                                         << QStringLiteral("\\e[31mhealth.changed");
        QTest::newRow("markup") << QStringLiteral("<b>x</b>") << EventFamily::Unknown << EventCategory::Unknown << QStringLiteral("<b>x</b>");
        QTest::newRow("empty") << QString() << EventFamily::Unknown << EventCategory::Unknown << QString();
    }
    void unknownKinds()
    {
        QFETCH(QString, name);
        QFETCH(EventFamily, family);
        QFETCH(EventCategory, category);
        QFETCH(QString, shown);
        QVERIFY(!EventKinds::fromName(name));
        QCOMPARE(EventKinds::familyOf(name), family);
        QCOMPARE(EventKinds::categoryOf(name), category);
        QCOMPARE(EventKinds::display(name), shown);
    }
};

QTEST_GUILESS_MAIN(TestEventKind)
#include "TestEventKind.moc"
