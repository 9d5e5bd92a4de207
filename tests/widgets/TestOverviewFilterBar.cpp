// The overviews' filter row driven by keys, offscreen: the text and "problems only" are remembered per
// area (a new bar of the same area has them, another area does not; the Dashboard's only the
// toggle); when the filters leave nothing, a whole sentence says so; Escape clears the box; Ctrl+F
// goes to the box from anywhere in the window, and only the bar that is shown answers it.

#include "OverviewFilterBar.h"
#include "OverviewFilterProxy.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTest>
#include <QVBoxLayout>

using namespace opsdeck;

namespace {

void fill(QStandardItemModel *model)
{
    for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002")}) {
        auto *item = new QStandardItem(host);
        item->setData(QStringList{host}, OverviewFilterProxy::TermsRole);
        item->setData(false, OverviewFilterProxy::ProblemRole);
        model->appendRow(item);
    }
}

} // namespace

class TestOverviewFilterBar final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-filterbar-test"));
        for (const QString &group : {QStringLiteral("areaA"), QStringLiteral("areaB"), QStringLiteral("home")})
            QSettings().remove(group);
    }

    void remembersPerArea()
    {
        {
            OverviewFilterBar bar(QStringLiteral("areaA"), OverviewFilterBar::Remember::TextAndProblemsOnly);
            QVERIFY(bar.text().isEmpty());
            QVERIFY(!bar.problemsOnly());
            QSignalSpy text(&bar, &OverviewFilterBar::textChanged);
            QSignalSpy problems(&bar, &OverviewFilterBar::problemsOnlyChanged);
            QTest::keyClicks(bar.edit(), QStringLiteral("web"));
            bar.problemsToggle()->click();
            QCOMPARE(text.last().at(0).toString(), QStringLiteral("web"));
            QCOMPARE(problems.last().at(0).toBool(), true);
        }
        const OverviewFilterBar again(QStringLiteral("areaA"), OverviewFilterBar::Remember::TextAndProblemsOnly);
        QCOMPARE(again.text(), QStringLiteral("web"));
        QVERIFY(again.problemsOnly());
        const OverviewFilterBar other(QStringLiteral("areaB"), OverviewFilterBar::Remember::TextAndProblemsOnly);
        QVERIFY(other.text().isEmpty());
        QVERIFY(!other.problemsOnly());

        // The Dashboard's way: the toggle is kept, the text is not.
        {
            OverviewFilterBar bar(QStringLiteral("home"), OverviewFilterBar::Remember::ProblemsOnly);
            QTest::keyClicks(bar.edit(), QStringLiteral("web"));
            bar.problemsToggle()->click();
        }
        const OverviewFilterBar home(QStringLiteral("home"), OverviewFilterBar::Remember::ProblemsOnly);
        QVERIFY(home.text().isEmpty());
        QVERIFY(home.problemsOnly());
        QCOMPARE(QSettings().value(QStringLiteral("home/problemsOnly")).toBool(), true);
        QVERIFY(!QSettings().contains(QStringLiteral("home/filterText")));
    }

    void saysWhenNothingIsLeftAndKeysWork()
    {
        QSettings().remove(QStringLiteral("areaB"));
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *bar = new OverviewFilterBar(QStringLiteral("areaB"), OverviewFilterBar::Remember::TextAndProblemsOnly, &window);
        QStandardItemModel hosts;
        OverviewFilterProxy proxy;
        proxy.setSourceModel(&hosts);
        connect(bar, &OverviewFilterBar::textChanged, &proxy, &OverviewFilterProxy::setText);
        connect(bar, &OverviewFilterBar::problemsOnlyChanged, &proxy, &OverviewFilterProxy::setProblemsOnly);
        bar->watch(&proxy);
        bar->setEmptyMessages(QStringLiteral("No host matches “%1”."), QStringLiteral("No host has a problem."),
                              QStringLiteral("No host with a problem matches “%1”."));
        auto *view = new QListView(&window);
        view->setModel(&proxy);
        layout->addWidget(bar);
        layout->addWidget(view);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Nothing configured: the filter hides nothing, so nothing is said.
        QTest::keyClicks(bar->edit(), QStringLiteral("xyz"));
        QVERIFY(bar->emptyMessage()->isHidden());
        fill(&hosts);
        QCOMPARE(proxy.rowCount(), 0);
        QVERIFY(!bar->emptyMessage()->isHidden());
        QCOMPARE(bar->emptyMessage()->text(), QStringLiteral("No host matches “xyz”."));
        bar->problemsToggle()->click();
        QCOMPARE(bar->emptyMessage()->text(), QStringLiteral("No host with a problem matches “xyz”."));

        // Escape in the box clears it.
        bar->edit()->setFocus();
        QTest::keyClick(bar->edit(), Qt::Key_Escape);
        QVERIFY(bar->text().isEmpty());
        QCOMPARE(bar->emptyMessage()->text(), QStringLiteral("No host has a problem."));
        bar->problemsToggle()->click();
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(bar->emptyMessage()->isHidden());

        // Ctrl+F from the list goes to the box, its text selected to be typed over.
        QTest::keyClicks(bar->edit(), QStringLiteral("host"));
        view->setFocus();
        QVERIFY(view->hasFocus());
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->edit()->hasFocus());
        QCOMPARE(bar->edit()->selectedText(), QStringLiteral("host"));

        // A bar that is not shown (another area) does not take Ctrl+F.
        auto *hidden = new OverviewFilterBar(QStringLiteral("areaA"), OverviewFilterBar::Remember::TextAndProblemsOnly, &window);
        layout->addWidget(hidden);
        hidden->hide();
        view->setFocus();
        QTest::keyClick(view, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(bar->edit()->hasFocus());
        QVERIFY(!hidden->edit()->hasFocus());
        QVERIFY(!bar->edit()->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestOverviewFilterBar)
#include "TestOverviewFilterBar.moc"
