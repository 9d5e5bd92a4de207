// The Releases area's filter driven like an operator would, offscreen, in the window (no host is read:
// the inventory is given): a host, the app, a release, a revision, a reported version, a state word
// or several; "problems only" (a release missing or incomplete on a host, current on some hosts
// only, current where health reports another version, marked bad and current), remembered with the
// text by a new window; a sentence when nothing matches; Ctrl+F; the selected release is the one
// shown selected, whatever the filter hides.

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "OverviewFilterBar.h"
#include "ReleaseGridModel.h"
#include "ReleasesPanel.h"
#include "release/ReleaseInventoryReader.h"
#include "store/EventStoreService.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

ReleaseOnHost release(const QString &name, const QString &revision)
{
    ReleaseOnHost r;
    r.name = name;
    r.revision = revision;
    r.hasRevisionFile = true;
    return r;
}

// web-1 and web-2 run R3; R4 is only on web-1; R1 is incomplete on web-2; R2 is marked bad (not
// current); web-3 was not reached.
AppReleaseInventory inventory()
{
    AppReleaseInventory inv;
    inv.environment = QStringLiteral("production");
    inv.app = QStringLiteral("shop");
    HostReleaseState a;
    a.host = QStringLiteral("web-1");
    a.reached = true;
    a.current = QStringLiteral("R3");
    a.releases = {release(QStringLiteral("R4"), QStringLiteral("4444aaaa")), release(QStringLiteral("R3"), QStringLiteral("3333bbbb")),
                  release(QStringLiteral("R2"), QStringLiteral("2222cccc")), release(QStringLiteral("R1"), QStringLiteral("1111dddd"))};
    HostReleaseState b = a;
    b.host = QStringLiteral("web-2");
    ReleaseOnHost broken = release(QStringLiteral("R1"), QStringLiteral("1111dddd"));
    broken.brokenLinks = {QStringLiteral("log")};
    b.releases = {release(QStringLiteral("R3"), QStringLiteral("3333bbbb")), release(QStringLiteral("R2"), QStringLiteral("2222cccc")), broken};
    HostReleaseState c;
    c.host = QStringLiteral("web-3");
    c.error = QStringLiteral("connection refused");
    inv.hosts = {a, b, c};
    inv.markedBad = {QStringLiteral("R2")};
    return inv;
}

// The window's Releases area with the inventory shown, once the store has opened (its opening reads
// the releases of the configuration's app, of which there is none).
ReleasesPanel *loaded(ConsoleApp &app, const AppReleaseInventory &inv = inventory())
{
    if (!QTest::qWaitFor([&] { return app.store()->state() == EventStoreService::State::Open; }, 30'000))
        return nullptr;
    ReleasesPanel *panel = app.window()->releasesPanel();
    panel->model()->setInventory(inv);
    return panel;
}

QStringList shown(QTableView *table)
{
    QStringList rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << table->model()->index(r, ReleaseGridModel::ReleaseColumn).data(ReleaseGridModel::ReleaseRole).toString();
    rows.sort();
    return rows;
}

QString storeUrl(const QTemporaryDir &dir)
{
    return QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db"));
}

} // namespace

class TestReleasesFilter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-releases-filter-test"));
        QSettings().remove(QStringLiteral("releases"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rows");
        const QStringList all{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R4")};
        QTest::newRow("host") << QStringLiteral("WEB-2") << QStringList{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3")};
        QTest::newRow("app") << QStringLiteral("shop") << all;
        QTest::newRow("environment and release") << QStringLiteral("production r2") << QStringList{QStringLiteral("R2")};
        QTest::newRow("revision") << QStringLiteral("4444") << QStringList{QStringLiteral("R4")};
        QTest::newRow("missing") << QStringLiteral("missing") << QStringList{QStringLiteral("R4")};
        QTest::newRow("incomplete") << QStringLiteral("incomplete") << QStringList{QStringLiteral("R1")};
        QTest::newRow("drift") << QStringLiteral("drift") << QStringList{QStringLiteral("R1"), QStringLiteral("R4")};
        QTest::newRow("marked bad") << QStringLiteral("marked bad") << QStringList{QStringLiteral("R2")};
        QTest::newRow("current") << QStringLiteral("current") << QStringList{QStringLiteral("R3")};
        QTest::newRow("not reached") << QStringLiteral("not reached") << all;
        QTest::newRow("host and state") << QStringLiteral("web-2 incomplete") << QStringList{QStringLiteral("R1")};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, rows);
        QTemporaryDir dir;
        ConsoleApp app({QString(), storeUrl(dir), QString()});
        ReleasesPanel *panel = loaded(app);
        QVERIFY(panel);
        QAbstractItemModelTester tester(panel->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown(panel->table()).size(), 4);
        QTest::keyClicks(panel->filter()->edit(), text);
        QCOMPARE(shown(panel->table()), rows);
        QVERIFY(panel->filter()->emptyMessage()->isHidden());
    }

    // Problem rows: drift (missing, incomplete, current on some hosts only, health reporting another
    // version than the current release) and a marked-bad release that is current.
    void problems_data()
    {
        QTest::addColumn<AppReleaseInventory>("inventory");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("missing and incomplete") << inventory() << QStringList{QStringLiteral("R1"), QStringLiteral("R4")};
        AppReleaseInventory badCurrent = inventory();
        badCurrent.markedBad = {QStringLiteral("R3")};
        QTest::newRow("marked bad and current") << badCurrent << QStringList{QStringLiteral("R1"), QStringLiteral("R3"), QStringLiteral("R4")};
        AppReleaseInventory currentDrift = inventory();
        currentDrift.hosts[1].current = QStringLiteral("R2");
        QTest::newRow("current on some hosts only")
            << currentDrift << QStringList{QStringLiteral("R1"), QStringLiteral("R2"), QStringLiteral("R3"), QStringLiteral("R4")};
        AppReleaseInventory same = inventory();
        same.hosts[0].releases.removeFirst();        // R4 nowhere
        same.hosts[1].releases[2].brokenLinks = {}; // R1 complete everywhere reached
        QTest::newRow("a bad release not current, an unreached host") << same << QStringList{};
    }

    void problems()
    {
        QFETCH(AppReleaseInventory, inventory);
        QFETCH(QStringList, rows);
        QTemporaryDir dir;
        ConsoleApp app({QString(), storeUrl(dir), QString()});
        ReleasesPanel *panel = loaded(app, inventory);
        QVERIFY(panel);
        auto *problems = panel->findChild<QCheckBox *>(QStringLiteral("releasesProblemsOnly"));
        QVERIFY(problems);
        QVERIFY(!problems->accessibleName().isEmpty());
        QVERIFY(!panel->filter()->edit()->accessibleName().isEmpty());
        QTest::mouseClick(problems, Qt::LeftButton);
        QCOMPARE(shown(panel->table()), rows);
        QCOMPARE(panel->filter()->emptyMessage()->isHidden(), !rows.isEmpty());
        if (rows.isEmpty())
            QCOMPARE(panel->filter()->emptyMessage()->text(), QStringLiteral("No release has a problem."));
    }

    // The health endpoints' answers arrive after the inventory: a host that reports another version
    // than its current release makes that release a problem, and the version is found by the box.
    void healthAnswersAreFiltered()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), storeUrl(dir), QString()});
        ReleasesPanel *panel = loaded(app);
        QVERIFY(panel);
        QTest::mouseClick(panel->filter()->problemsToggle(), Qt::LeftButton);
        QCOMPARE(shown(panel->table()), (QStringList{QStringLiteral("R1"), QStringLiteral("R4")}));
        panel->model()->setHealthVersions({{QStringLiteral("web-1"), {QStringLiteral("3333bbbb"), {}}},
                                           {QStringLiteral("web-2"), {QStringLiteral("v9.1.0"), {}}}});
        QCOMPARE(shown(panel->table()), (QStringList{QStringLiteral("R1"), QStringLiteral("R3"), QStringLiteral("R4")}));
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("9.1"));
        QCOMPARE(shown(panel->table()), QStringList{QStringLiteral("R3")});
    }

    void problemsOnlyIsRememberedWithTheText()
    {
        {
            QTemporaryDir dir;
            ConsoleApp app({QString(), storeUrl(dir), QString()});
            ReleasesPanel *panel = loaded(app);
            QVERIFY(panel);
            QTest::mouseClick(panel->filter()->problemsToggle(), Qt::LeftButton);
            QTest::keyClicks(panel->filter()->edit(), QStringLiteral("missing"));
            QCOMPARE(shown(panel->table()), QStringList{QStringLiteral("R4")});
        }
        QTemporaryDir dir;
        ConsoleApp app({QString(), storeUrl(dir), QString()});
        ReleasesPanel *panel = loaded(app);
        QVERIFY(panel);
        QVERIFY(panel->filter()->problemsOnly());
        QCOMPARE(panel->filter()->text(), QStringLiteral("missing"));
        QCOMPARE(shown(panel->table()), QStringList{QStringLiteral("R4")});
    }

    void saysWhenNothingMatches()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), storeUrl(dir), QString()});
        ReleasesPanel *panel = loaded(app);
        QVERIFY(panel);
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("xyz"));
        QCOMPARE(panel->table()->model()->rowCount(), 0);
        QVERIFY(!panel->filter()->emptyMessage()->isHidden());
        QCOMPARE(panel->filter()->emptyMessage()->text(), QStringLiteral("No release matches “xyz”."));
    }

    // Ctrl+F in the area focuses its box; the row selected under a filter is the release acted on.
    void byKeyboard()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), storeUrl(dir), QString()});
        MainWindow *window = app.window();
        window->show();
        window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(window));
        ReleasesPanel *panel = loaded(app);
        QVERIFY(panel);
        window->showArea(MainWindow::ReleasesArea);
        panel->table()->setFocus();
        QTest::keyClick(panel->table(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(panel->filter()->edit()->hasFocus());
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("bad"));
        QCOMPARE(shown(panel->table()), QStringList{QStringLiteral("R2")});
        QTest::keyClick(panel->filter()->edit(), Qt::Key_Tab); // the problems toggle
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the grid
        QCOMPARE(QApplication::focusWidget(), panel->table());
        QTest::keyClick(panel->table(), Qt::Key_Space);
        // R2 (the third release) is the one row shown: marked bad, it may be unmarked, not marked again.
        auto *unmark = panel->findChild<QPushButton *>(QStringLiteral("unmark"));
        auto *markBad = panel->findChild<QPushButton *>(QStringLiteral("markBad"));
        QVERIFY(unmark && markBad);
        QTRY_VERIFY(unmark->isEnabled());
        QVERIFY(!markBad->isEnabled());
        // A new answer of the health endpoints keeps it selected.
        panel->model()->setHealthVersions({{QStringLiteral("web-1"), {QStringLiteral("R3"), {}}}});
        QVERIFY(unmark->isEnabled());
        QTest::keyClick(panel->filter()->edit(), Qt::Key_Escape);
        QCOMPARE(shown(panel->table()).size(), 4);
        QVERIFY(unmark->isEnabled());
    }
};

QTEST_MAIN(TestReleasesFilter)
#include "TestReleasesFilter.moc"
