// The Fleet area's filter driven like an operator would, offscreen: a host, a service, a label, a
// reachability state or several words; "problems only" (hosts unreachable or being retried, with
// their services), remembered with the text by a new panel; a sentence when nothing matches; Ctrl+F
// and Escape; the selection and the scroll position kept across a reachability change and a reload.

#include "FleetPanel.h"
#include "FleetTreeModel.h"
#include "OverviewFilterBar.h"
#include "config/ConfigLoader.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTreeView>

using namespace opsdeck;

namespace {

QByteArray fleetYaml(const QByteArray &canaryLabels)
{
    QByteArray yaml = "version: 1\n"
                      "defaults: {user: deploy}\n"
                      "environments:\n"
                      "  production:\n"
                      "    hosts:\n"
                      "      host-001:\n"
                      "        address: 192.0.2.11\n"
                      "        labels: [LABELS]\n"
                      "        services:\n"
                      "          web: {unit: web.service}\n"
                      "          worker: {unit: worker.service}\n"
                      "      host-002:\n"
                      "        address: 192.0.2.12\n"
                      "        labels: [worker]\n"
                      "        services:\n"
                      "          worker: {unit: worker.service}\n";
    for (int i = 3; i <= 30; ++i) // enough rows to scroll
        yaml += QStringLiteral("      host-%1: {address: 192.0.2.%2, services: {web: {unit: web.service}}}\n").arg(i, 3, 10, QLatin1Char('0')).arg(i + 10).toUtf8();
    yaml += "  staging:\n"
            "    hosts:\n"
            "      stg-1: {address: 192.0.2.9, services: {web: {unit: web-staging.service}}}\n";
    return yaml.replace("LABELS", canaryLabels);
}

FleetConfig fleet(const QByteArray &canaryLabels = "web, canary")
{
    const ConfigLoadResult loaded = ConfigLoader::loadBytes(fleetYaml(canaryLabels), QStringLiteral("fleet.yaml"), QString());
    if (!loaded.ok())
        qFatal("%s", qPrintable(loaded.errors.value(0).message));
    return *loaded.config;
}

// "env/host/service" of every service row shown, in the view's order.
QStringList shownServices(QAbstractItemModel *model)
{
    QStringList services;
    for (int e = 0; e < model->rowCount(); ++e) {
        const QModelIndex env = model->index(e, 0);
        for (int h = 0; h < model->rowCount(env); ++h) {
            const QModelIndex host = model->index(h, 0, env);
            for (int s = 0; s < model->rowCount(host); ++s)
                services << env.data().toString() + u'/' + host.data().toString() + u'/' + model->index(s, 0, host).data().toString();
        }
    }
    return services;
}

} // namespace

class TestFleetPanel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-fleet-test"));
        QSettings().remove(QStringLiteral("fleet"));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("host") << QStringLiteral("host-002") << QStringList{QStringLiteral("production/host-002/worker")};
        QTest::newRow("service") << QStringLiteral("worker")
                                 << QStringList{QStringLiteral("production/host-001/worker"), QStringLiteral("production/host-002/worker")};
        QTest::newRow("label") << QStringLiteral("canary")
                               << QStringList{QStringLiteral("production/host-001/web"), QStringLiteral("production/host-001/worker")};
        QTest::newRow("state") << QStringLiteral("Unreachable") << QStringList{QStringLiteral("staging/stg-1/web")};
        QTest::newRow("label and service") << QStringLiteral("canary worker") << QStringList{QStringLiteral("production/host-001/worker")};
        QTest::newRow("environment") << QStringLiteral("staging") << QStringList{QStringLiteral("staging/stg-1/web")};
    }

    void filters()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, shown);
        FleetPanel panel;
        QAbstractItemModelTester tester(panel.treeView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setConfig(fleet());
        panel.model()->setReachability(QStringLiteral("stg-1"), Reachability::Unreachable);
        panel.model()->setReachability(QStringLiteral("host-001"), Reachability::Reachable);
        QCOMPARE(shownServices(panel.treeView()->model()).size(), 32);
        QTest::keyClicks(panel.filterEdit(), text);
        QCOMPARE(shownServices(panel.treeView()->model()), shown);
        QVERIFY(panel.filter()->emptyMessage()->isHidden());
    }

    void problemsOnlyIsRememberedWithTheText()
    {
        {
            FleetPanel panel;
            panel.setConfig(fleet());
            QVERIFY(!panel.filter()->problemsToggle()->accessibleName().isEmpty());
            QVERIFY(!panel.filterEdit()->accessibleName().isEmpty());
            panel.model()->setReachability(QStringLiteral("stg-1"), Reachability::Unreachable);
            panel.model()->setReachability(QStringLiteral("host-002"), Reachability::Retrying);
            panel.model()->setReachability(QStringLiteral("host-001"), Reachability::Reachable);
            QTest::mouseClick(panel.filter()->problemsToggle(), Qt::LeftButton);
            QCOMPARE(shownServices(panel.treeView()->model()),
                     (QStringList{QStringLiteral("production/host-002/worker"), QStringLiteral("staging/stg-1/web")}));
            // A host that is back is no problem any more.
            panel.model()->setReachability(QStringLiteral("host-002"), Reachability::Reachable);
            QCOMPARE(shownServices(panel.treeView()->model()), QStringList{QStringLiteral("staging/stg-1/web")});
            QTest::keyClicks(panel.filterEdit(), QStringLiteral("stg"));
        }
        FleetPanel panel;
        panel.setConfig(fleet());
        panel.model()->setReachability(QStringLiteral("stg-1"), Reachability::Unreachable);
        QVERIFY(panel.filter()->problemsToggle()->isChecked());
        QCOMPARE(panel.filterEdit()->text(), QStringLiteral("stg"));
        QCOMPARE(shownServices(panel.treeView()->model()), QStringList{QStringLiteral("staging/stg-1/web")});
        QTest::mouseClick(panel.filter()->problemsToggle(), Qt::LeftButton);
        panel.filterEdit()->clear();
        QCOMPARE(shownServices(panel.treeView()->model()).size(), 32);
        QCOMPARE(QSettings().value(QStringLiteral("fleet/problemsOnly")).toBool(), false);
    }

    void saysWhenNothingMatches()
    {
        FleetPanel panel;
        panel.setConfig(fleet());
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("xyz"));
        QCOMPARE(panel.treeView()->model()->rowCount(), 0);
        QVERIFY(!panel.filter()->emptyMessage()->isHidden());
        QCOMPARE(panel.filter()->emptyMessage()->text(), QStringLiteral("No host matches “xyz”."));
        QTest::mouseClick(panel.filter()->problemsToggle(), Qt::LeftButton);
        QCOMPARE(panel.filter()->emptyMessage()->text(), QStringLiteral("No host with a problem matches “xyz”."));
        panel.filterEdit()->clear();
        QCOMPARE(panel.filter()->emptyMessage()->text(), QStringLiteral("No host has a problem."));
        QTest::mouseClick(panel.filter()->problemsToggle(), Qt::LeftButton);
        QVERIFY(panel.filter()->emptyMessage()->isHidden());
    }

    void ctrlFAndEscape()
    {
        FleetPanel panel;
        panel.setConfig(fleet());
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.treeView()->setFocus();
        QTest::keyClick(panel.treeView(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(panel.filterEdit()->hasFocus());
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("stg"));
        QCOMPARE(shownServices(panel.treeView()->model()).size(), 1);
        QTest::keyClick(panel.filterEdit(), Qt::Key_Escape);
        QVERIFY(panel.filterEdit()->text().isEmpty());
        QCOMPARE(shownServices(panel.treeView()->model()).size(), 32);
    }

    void keepsSelectionAndScrollAcrossUpdates()
    {
        FleetPanel panel;
        panel.resize(600, 200);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        panel.setConfig(fleet());
        QTreeView *tree = panel.treeView();
        panel.selectPath(QStringLiteral("production/host-030/web"));
        QCOMPARE(tree->currentIndex().data(FleetTreeModel::PathRole).toString(), QStringLiteral("production/host-030/web"));
        tree->verticalScrollBar()->setValue(tree->verticalScrollBar()->maximum());
        const int scrolled = tree->verticalScrollBar()->value();
        QVERIFY(scrolled > 0);

        // A host's reachability changes: the same selection, the same place.
        panel.model()->setReachability(QStringLiteral("host-030"), Reachability::Retrying);
        panel.model()->setReachability(QStringLiteral("host-001"), Reachability::Unreachable);
        QCOMPARE(tree->currentIndex().data(FleetTreeModel::PathRole).toString(), QStringLiteral("production/host-030/web"));
        QCOMPARE(tree->verticalScrollBar()->value(), scrolled);

        // A reload that changes the fleet rebuilds the tree: still the same selection and place.
        panel.setConfig(fleet("web, canary, blue"));
        QCOMPARE(tree->currentIndex().data(FleetTreeModel::PathRole).toString(), QStringLiteral("production/host-030/web"));
        QCOMPARE(tree->verticalScrollBar()->value(), scrolled);
        // The reachability known before the reload still counts.
        QTest::keyClicks(panel.filterEdit(), QStringLiteral("blue unreachable"));
        QCOMPARE(shownServices(tree->model()).size(), 2);
    }
};

QTEST_MAIN(TestFleetPanel)
#include "TestFleetPanel.moc"
