// ColumnFitter: a hidden view is never measured (it is fitted when shown), a burst of changes is one
// fit, the next fit waits ten times the last one's cost, and each column is measured over at most
// kRowsMeasured rows — what keeps a 1,000-row Backups table and the Fleet tree from measuring every
// row on every host answer while another area is on screen.

#include "ColumnFitter.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTreeView>

using namespace opsdeck;

class TestColumnFitter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aHiddenViewIsFittedWhenShown();
    void aBurstOfChangesIsOneFit();
    void fitsArePacedByTheirCost();
    void columnsAreMeasuredOverAtMostSomeRows();
};

namespace {

QStandardItemModel *rows(int count, QObject *parent)
{
    auto *model = new QStandardItemModel(count, 2, parent);
    for (int r = 0; r < count; ++r)
        model->setItem(r, 0, new QStandardItem(QStringLiteral("host-%1").arg(r, 4, 10, QLatin1Char('0'))));
    return model;
}

} // namespace

void TestColumnFitter::aHiddenViewIsFittedWhenShown()
{
    QTableView view;
    QStandardItemModel *model = rows(10, &view);
    view.setModel(model);
    int fits = 0;
    ColumnFitter fitter(&view, model, [&fits] { ++fits; });
    model->item(3, 0)->setText(QStringLiteral("a much longer host name than the others"));
    model->appendRow(new QStandardItem(QStringLiteral("host-new")));
    QTest::qWait(50);
    QCOMPARE(fits, 0); // not shown: nothing measured

    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTRY_COMPARE(fits, 1);
    QTest::qWait(50);
    QCOMPARE(fits, 1); // once for everything that changed while hidden

    view.hide();
    model->item(4, 0)->setText(QStringLiteral("another long host name"));
    QTest::qWait(50);
    QCOMPARE(fits, 1);
    view.show();
    QTRY_COMPARE(fits, 2);
}

void TestColumnFitter::aBurstOfChangesIsOneFit()
{
    QTableView view;
    QStandardItemModel *model = rows(100, &view);
    view.setModel(model);
    int fits = 0;
    ColumnFitter fitter(&view, model, [&fits] { ++fits; });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::qWait(50); // whatever showing asked for is done
    const int before = fits;
    for (int r = 0; r < 100; ++r)
        model->item(r, 0)->setText(QStringLiteral("answer %1").arg(r));
    QTRY_COMPARE(fits, before + 1);
    QTest::qWait(50);
    QCOMPARE(fits, before + 1);
}

void TestColumnFitter::fitsArePacedByTheirCost()
{
    QTableView view;
    QStandardItemModel *model = rows(10, &view);
    view.setModel(model);
    int fits = 0;
    ColumnFitter fitter(&view, model, [&fits] {
        ++fits;
        QThread::msleep(40); // a fit as costly as measuring a big table
    });
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    model->item(0, 0)->setText(QStringLiteral("first"));
    QTRY_VERIFY(fits >= 1);
    const int before = fits;
    QVERIFY2(fitter.intervalMs() >= 400, qPrintable(QString::number(fitter.intervalMs())));
    QVERIFY(fitter.intervalMs() <= int(ColumnFitter::kMaxIntervalMs));

    // Changes right after a fit wait out its interval, then are fitted once.
    model->item(1, 0)->setText(QStringLiteral("second"));
    model->item(2, 0)->setText(QStringLiteral("third"));
    QTest::qWait(150);
    QCOMPARE(fits, before);
    QTRY_COMPARE_WITH_TIMEOUT(fits, before + 1, 5000);
}

void TestColumnFitter::columnsAreMeasuredOverAtMostSomeRows()
{
    QTableView table;
    QTreeView tree;
    QStandardItemModel *model = rows(3, &table);
    table.setModel(model);
    tree.setModel(model);
    QCOMPARE(table.verticalHeader()->resizeContentsPrecision(), 1000); // Qt's default: every row of a big table
    QCOMPARE(table.horizontalHeader()->resizeContentsPrecision(), 1000);
    ColumnFitter forTable(&table, model, [] {});
    ColumnFitter forTree(&tree, model, [] {});
    QCOMPARE(table.verticalHeader()->resizeContentsPrecision(), ColumnFitter::kRowsMeasured);
    QCOMPARE(table.horizontalHeader()->resizeContentsPrecision(), ColumnFitter::kRowsMeasured); // a row over so many cells
    QCOMPARE(tree.header()->resizeContentsPrecision(), ColumnFitter::kRowsMeasured);
}

QTEST_MAIN(TestColumnFitter)
#include "TestColumnFitter.moc"
