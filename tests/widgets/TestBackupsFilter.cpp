// The Backups area's filter driven like an operator would, offscreen, in the window (nothing is
// listed by itself: the listings are given): a host, a location, a path, a label, a state or several
// words; "problems only" (stale, not listed, no complete set, a failed verification), remembered
// with the text by a new window; a sentence when nothing matches; the selected location kept across
// a listing and a reload; the newest set's column in view beside a long message, every header whole.

#include "BackupHostModel.h"
#include "BackupsPanel.h"
#include "ConsoleApp.h"
#include "MainWindow.h"
#include "OverviewFilterBar.h"
#include "config/ConfigLoader.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

namespace {

FleetConfig fleet(const QByteArray &host001Labels = "web, canary")
{
    QByteArray yaml = "version: 1\n"
                      "defaults: {user: deploy}\n"
                      "environments:\n"
                      "  production:\n"
                      "    hosts:\n"
                      "      host-001:\n"
                      "        address: 192.0.2.11\n"
                      "        labels: [LABELS]\n"
                      "        backups:\n"
                      "          nightly: {path: /var/backups/app, patterns: [\"database_*.sql.gz\"], retention: 7d, rpo: 24h}\n"
                      "      host-002:\n"
                      "        address: 192.0.2.12\n"
                      "        backups:\n"
                      "          nightly: {path: /var/backups/app, patterns: [\"database_*.sql.gz\"], retention: 7d, rpo: 24h}\n"
                      "  staging:\n"
                      "    hosts:\n"
                      "      stg-1:\n"
                      "        address: 192.0.2.21\n"
                      "        backups:\n"
                      "          db: {path: /srv/db-dumps, patterns: [\"*.dump\"], retention: 3d, rpo: 24h}\n";
    const ConfigLoadResult loaded = ConfigLoader::loadBytes(yaml.replace("LABELS", host001Labels), QStringLiteral("fleet.yaml"), QString());
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errors.value(0).message));
    return *loaded.config;
}

// host-002's location could not be listed; the others are still listing.
void listHost002(BackupsPanel *panel, const FleetConfig &config)
{
    BackupLocationReport report;
    report.environment = QStringLiteral("production");
    report.host = QStringLiteral("host-002");
    report.location = config.environments.at(0).hosts.at(1).backups.at(0);
    report.status = SftpListing::Status::NotFound;
    report.error = QStringLiteral("no such directory");
    panel->hostModel()->setReports(report.host, {report});
}

BackupsPanel *loaded(ConsoleApp &app, const FleetConfig &config = fleet())
{
    BackupsPanel *panel = app.window()->backupsPanel();
    panel->setConfig(config);
    listHost002(panel, config);
    return panel;
}

// "environment/host/location" of every row shown, sorted.
QStringList shown(QTableView *table)
{
    QStringList rows;
    for (int r = 0; r < table->model()->rowCount(); ++r)
        rows << table->model()->index(r, BackupHostModel::LocationColumn).data().toString();
    rows.sort();
    return rows;
}

QString selected(QTableView *table)
{
    return table->currentIndex().siblingAtColumn(BackupHostModel::LocationColumn).data().toString();
}

const QString kHost001 = QStringLiteral("production/host-001/nightly");
const QString kHost002 = QStringLiteral("production/host-002/nightly");
const QString kStaging = QStringLiteral("staging/stg-1/db");

} // namespace

class TestBackupsFilter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-backups-filter-test"));
        QSettings().remove(QStringLiteral("backups"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("rows");
        QTest::newRow("host") << QStringLiteral("host-002") << QStringList{kHost002};
        QTest::newRow("location") << QStringLiteral("DB") << QStringList{kStaging};
        QTest::newRow("path") << QStringLiteral("/srv/db-dumps") << QStringList{kStaging};
        QTest::newRow("label") << QStringLiteral("canary") << QStringList{kHost001};
        QTest::newRow("state") << QStringLiteral("listing") << QStringList{kHost001, kStaging};
        QTest::newRow("state in two words") << QStringLiteral("not listed") << QStringList{kHost002};
        QTest::newRow("environment and location") << QStringLiteral("production nightly") << QStringList{kHost001, kHost002};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, rows);
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        BackupsPanel *panel = loaded(app);
        QAbstractItemModelTester tester(panel->hostTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(shown(panel->hostTable()).size(), 3);
        QTest::keyClicks(panel->filter()->edit(), text);
        QCOMPARE(shown(panel->hostTable()), rows);
        QVERIFY(panel->filter()->emptyMessage()->isHidden());
    }

    void problemsOnlyIsRememberedWithTheText()
    {
        {
            QTemporaryDir dir;
            ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
            BackupsPanel *panel = loaded(app);
            auto *problems = panel->findChild<QCheckBox *>(QStringLiteral("backupsProblemsOnly"));
            QVERIFY(problems);
            QVERIFY(!problems->accessibleName().isEmpty());
            QVERIFY(!panel->filter()->edit()->accessibleName().isEmpty());
            QTest::mouseClick(problems, Qt::LeftButton);
            QCOMPARE(shown(panel->hostTable()), QStringList{kHost002});
            QTest::keyClicks(panel->filter()->edit(), QStringLiteral("production"));
            QCOMPARE(shown(panel->hostTable()), QStringList{kHost002});
        }
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        BackupsPanel *panel = loaded(app);
        QVERIFY(panel->filter()->problemsOnly());
        QCOMPARE(panel->filter()->text(), QStringLiteral("production"));
        QCOMPARE(shown(panel->hostTable()), QStringList{kHost002});
    }

    void saysWhenNothingMatches()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        BackupsPanel *panel = loaded(app);
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("xyz"));
        QCOMPARE(panel->hostTable()->model()->rowCount(), 0);
        QVERIFY(!panel->filter()->emptyMessage()->isHidden());
        QCOMPARE(panel->filter()->emptyMessage()->text(), QStringLiteral("No backup location matches “xyz”."));
    }

    void keepsSelectionAcrossUpdates()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::BackupsArea);
        BackupsPanel *panel = loaded(app);
        QVERIFY(panel->selectLocation(QStringLiteral("stg-1"), QStringLiteral("db")));
        QCOMPARE(selected(panel->hostTable()), kStaging);
        // A filter that keeps it, a listing of another host: still selected.
        QTest::keyClicks(panel->filter()->edit(), QStringLiteral("db"));
        QCOMPARE(selected(panel->hostTable()), kStaging);
        panel->filter()->edit()->clear();
        listHost002(panel, fleet());
        QCOMPARE(selected(panel->hostTable()), kStaging);
        QVERIFY(panel->locationLabel()->text().contains(QStringLiteral("stg-1")));
        // A reload rebuilds the rows: the same location stays selected.
        panel->setConfig(fleet("web, canary, blue"));
        QCOMPARE(selected(panel->hostTable()), kStaging);
        QVERIFY(panel->locationLabel()->text().contains(QStringLiteral("stg-1")));
    }

    // A location whose listing failed with a long message (or, alike, the longer German words): the
    // columns up to the newest set still fit the view, none narrower than its header.
    void newestSetStaysInView()
    {
        QTemporaryDir dir;
        ConsoleApp app({QString(), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("store.db")), QString()});
        MainWindow *window = app.window();
        window->resize(1152, 720);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->showArea(MainWindow::BackupsArea);
        BackupsPanel *panel = loaded(app);
        const FleetConfig config = fleet();
        BackupLocationReport report;
        report.environment = QStringLiteral("production");
        report.host = QStringLiteral("host-002");
        report.location = config.environments.at(0).hosts.at(1).backups.at(0);
        report.status = SftpListing::Status::Failed;
        report.error = QStringLiteral("the SFTP server closed the channel while the directory was read; ").repeated(3);
        panel->hostModel()->setReports(report.host, {report});

        QTableView *table = panel->hostTable();
        QHeaderView *header = table->horizontalHeader();
        const auto rightEdge = [header](int column) { return header->sectionViewportPosition(column) + header->sectionSize(column); };
        QTRY_VERIFY2(rightEdge(BackupHostModel::FirstSetColumn) <= table->viewport()->width(),
                     qPrintable(QStringLiteral("the newest set ends at %1 of %2").arg(rightEdge(BackupHostModel::FirstSetColumn)).arg(table->viewport()->width())));
        for (int column = 0; column < table->model()->columnCount(); ++column)
            QVERIFY2(header->sectionSize(column) >= header->sectionSizeHint(column), qPrintable(QString::number(column)));
        // what is cut short is whole in the tooltip
        const QModelIndex freshness = table->model()->index(0, BackupHostModel::FreshnessColumn);
        QVERIFY(shown(table).contains(kHost002));
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QModelIndex index = freshness.siblingAtRow(r);
            if (index.data().toString().contains(QStringLiteral("SFTP")))
                QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("SFTP")));
        }
    }
};

QTEST_MAIN(TestBackupsFilter)
#include "TestBackupsFilter.moc"
