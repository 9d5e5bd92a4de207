// EventBudget, the per-host limit on alert events and notifications: at most the limit in a window,
// the rest counted and reported once when the window is over, and each host on its own.

#include "alerts/EventBudget.h"

#include <QTest>

using namespace opsdeck;

class TestEventBudget final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void limitsEachHostPerWindow()
    {
        EventBudget budget(20, 60'000);
        int written = 0;
        for (int i = 0; i < 5000; ++i)
            written += budget.spend(QStringLiteral("production/evil"), 1000 + i) ? 1 : 0;
        QCOMPARE(written, 20);
        QVERIFY(budget.spend(QStringLiteral("production/web-1"), 2000)); // another host has its own budget
        QVERIFY(budget.take(60'999).isEmpty());                           // the window is not over yet
        const QList<EventBudget::Dropped> dropped = budget.take(61'000);
        QCOMPARE(dropped.size(), 1);
        QCOMPARE(dropped.constFirst().key, QStringLiteral("production/evil"));
        QCOMPARE(dropped.constFirst().count, 4980);
        QVERIFY(budget.take(61'000).isEmpty()); // reported once
        QVERIFY(budget.spend(QStringLiteral("production/evil"), 61'001)); // a new window
    }
};

QTEST_GUILESS_MAIN(TestEventBudget)
#include "TestEventBudget.moc"
