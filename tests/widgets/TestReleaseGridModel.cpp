// What each cell of the Releases grid says, in words and symbols (readable without colour): current,
// present, incomplete, missing, not reached; what the health endpoints report beside the release it
// should match; marks and the default target in the release column; host text (a revision) shown
// without its control characters and bounded.

#include "ReleaseGridModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {

ReleaseOnHost release(const QString &name, const QString &revision = QStringLiteral("abcdef0123456789"))
{
    ReleaseOnHost r;
    r.name = name;
    r.revision = revision;
    r.hasRevisionFile = true;
    return r;
}

// web-1 and web-2 run R3; R1 is missing on web-2 and incomplete on web-1; web-3 was not reached.
AppReleaseInventory inventory()
{
    AppReleaseInventory inv;
    inv.environment = QStringLiteral("production");
    inv.app = QStringLiteral("shop");
    HostReleaseState a;
    a.host = QStringLiteral("web-1");
    a.reached = true;
    a.current = QStringLiteral("R3");
    ReleaseOnHost broken = release(QStringLiteral("R1"));
    broken.brokenLinks = {QStringLiteral("log")};
    a.releases = {release(QStringLiteral("R3"), QStringLiteral("3333333333")), release(QStringLiteral("R2")), broken};
    HostReleaseState b = a;
    b.host = QStringLiteral("web-2");
    b.releases = {release(QStringLiteral("R3"), QStringLiteral("3333333333")), release(QStringLiteral("R2"))};
    HostReleaseState c;
    c.host = QStringLiteral("web-3");
    c.error = QStringLiteral("connection refused");
    inv.hosts = {a, b, c};
    return inv;
}

} // namespace

class TestReleaseGridModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("release");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("health");   // what the host's health reports ("" = nothing known)
        QTest::addColumn<QString>("expected");
        QTest::newRow("current") << "R3" << "web-1" << "" << "● current";
        QTest::newRow("present") << "R2" << "web-1" << "" << "✔ present";
        QTest::newRow("incomplete") << "R1" << "web-1" << "" << "⚠ incomplete";
        QTest::newRow("missing") << "R1" << "web-2" << "" << "✖ missing";
        QTest::newRow("not reached") << "R3" << "web-3" << "" << "? not reached";
        QTest::newRow("health matches by name") << "R3" << "web-1" << "R3" << "● current\nhealth ✔ reports R3";
        QTest::newRow("health matches by revision") << "R3" << "web-1" << "3333333333" << "● current\nhealth ✔ reports 3333333333";
        QTest::newRow("health reports another") << "R3" << "web-1" << "R2" << "● current\nhealth ✖ reports R2";
        QTest::newRow("beside the release it names") << "R2" << "web-1" << "R2" << "✔ present\n⚠ health reports this release";
        QTest::newRow("long version cut in the cell") << "R3" << "web-1" << "0123456789abcdefXYZ" << "● current\nhealth ✖ reports 0123456789ab…";
        QTest::newRow("hostile version shown as text") << "R3" << "web-2" << "R\n2\u202e" << "● current\nhealth ✖ reports R 2";
    }
    void cells()
    {
        QFETCH(QString, release);
        QFETCH(QString, host);
        QFETCH(QString, health);
        QFETCH(QString, expected);
        ReleaseGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inventory());
        if (!health.isEmpty())
            model.setHealthVersion(host, {health, {}});
        int column = -1;
        for (int c = ReleaseGridModel::FirstHostColumn; c < model.columnCount(); ++c) {
            if (model.hostAt(c) == host)
                column = c;
        }
        QVERIFY(column >= 0);
        const QModelIndex index = model.index(model.rowOf(release), column);
        QCOMPARE(index.data().toString(), expected);
        QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), expected);
    }

    // The answers of many hosts are one change: a view that sizes its columns to their contents lays
    // them out once (at 1,000 hosts, once per host froze the window for minutes).
    void manyHealthVersionsAreOneChange()
    {
        ReleaseGridModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setInventory(inventory());
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy cells(&model, &QAbstractItemModel::dataChanged);
        QHash<QString, ReleaseGridModel::HealthVersion> versions;
        for (int c = ReleaseGridModel::FirstHostColumn; c < model.columnCount(); ++c)
            versions.insert(model.hostAt(c), {QStringLiteral("R3"), {}});
        versions.insert(QStringLiteral("not-in-the-grid"), {QStringLiteral("R1"), {}});
        model.setHealthVersions(versions);
        QCOMPARE(headers.size(), 1);
        QCOMPARE(cells.size(), 1);
        QCOMPARE(headers.constFirst().at(1).toInt(), int(ReleaseGridModel::FirstHostColumn));
        QCOMPARE(headers.constFirst().at(2).toInt(), model.columnCount() - 1);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("R3")), ReleaseGridModel::FirstHostColumn).data().toString(),
                 QStringLiteral("● current\nhealth ✔ reports R3"));
        model.setHealthVersions({});
        QCOMPARE(headers.size(), 1);
    }

    void releaseColumnSaysMarksAndTheDefaultTarget()
    {
        ReleaseGridModel model;
        AppReleaseInventory inv = inventory();
        inv.hosts.removeLast(); // every host reached: R2 is the default target
        inv.markedBad = {QStringLiteral("R1")};
        model.setInventory(inv);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("R2")), ReleaseGridModel::ReleaseColumn).data().toString(),
                 QStringLiteral("R2  ↩ default rollback target"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("R1")), ReleaseGridModel::ReleaseColumn).data().toString(),
                 QStringLiteral("R1  ⚑ marked bad"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("R3")), ReleaseGridModel::ReleaseColumn).data().toString(), QStringLiteral("R3"));
        // Drift is said in the header: hosts on different releases.
        inv.hosts[1].current = QStringLiteral("R2");
        model.setInventory(inv);
        QCOMPARE(model.headerData(ReleaseGridModel::FirstHostColumn + 1, Qt::Horizontal).toString(),
                 QStringLiteral("web-2 (⚠ drift: on R2)"));
    }

    void hostRevisionIsBoundedText()
    {
        ReleaseGridModel model;
        AppReleaseInventory inv = inventory();
        inv.hosts[0].releases[0].revision = QStringLiteral("\x1b[31m") + QString(500, u'a');
        inv.hosts[1].releases[0].revision = inv.hosts[0].releases[0].revision;
        model.setInventory(inv);
        const QString shown = model.index(model.rowOf(QStringLiteral("R3")), ReleaseGridModel::RevisionColumn).data().toString();
        QVERIFY2(!shown.contains(QChar(0x1b)), qPrintable(shown));
        QVERIFY(shown.size() <= 8);
    }
};

QTEST_MAIN(TestReleaseGridModel)
#include "TestReleaseGridModel.moc"
