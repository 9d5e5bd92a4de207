// HostChoiceModel: the hosts keep the configuration's order, checked hosts that are not there are
// dropped, a check box click changes one host and says so.

#include "HostChoiceModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

class TestHostChoiceModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void setHosts_data()
    {
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<QStringList>("checked");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<bool>("all");
        const QStringList three{QStringLiteral("web-2"), QStringLiteral("web-1"), QStringLiteral("db-1")};
        QTest::newRow("all") << three << three << three << true;
        QTest::newRow("in the model's order") << three << QStringList{QStringLiteral("db-1"), QStringLiteral("web-2")}
                                              << QStringList{QStringLiteral("web-2"), QStringLiteral("db-1")} << false;
        QTest::newRow("unknown host dropped") << three << QStringList{QStringLiteral("web-9"), QStringLiteral("web-1")}
                                              << QStringList{QStringLiteral("web-1")} << false;
        QTest::newRow("none") << three << QStringList{} << QStringList{} << false;
        QTest::newRow("no hosts") << QStringList{} << QStringList{QStringLiteral("web-1")} << QStringList{} << false;
    }

    void setHosts()
    {
        QFETCH(QStringList, hosts);
        QFETCH(QStringList, checked);
        QFETCH(QStringList, expected);
        QFETCH(bool, all);
        HostChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &HostChoiceModel::checkedChanged);
        model.setHosts(hosts, checked);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), hosts.size());
        QCOMPARE(model.checkedHosts(), expected);
        QCOMPARE(model.allChecked(), all);
        for (int row = 0; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row).data().toString(), hosts.at(row));
            QCOMPARE(model.index(row).data(Qt::CheckStateRole).toInt(), int(expected.contains(hosts.at(row)) ? Qt::Checked : Qt::Unchecked));
            QVERIFY(model.flags(model.index(row)) & Qt::ItemIsUserCheckable);
        }
    }

    void checkOne()
    {
        HostChoiceModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setHosts({QStringLiteral("web-1"), QStringLiteral("web-2")}, {QStringLiteral("web-1")});
        QSignalSpy changed(&model, &HostChoiceModel::checkedChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.checkedHosts(), (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2")}));
        QVERIFY(model.allChecked());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(data.constFirst().at(0).toModelIndex(), model.index(1));
        // Checking a checked host changes nothing and says nothing.
        QVERIFY(model.setData(model.index(1), Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checkedHosts(), QStringList{QStringLiteral("web-2")});
        QVERIFY(!model.setData(model.index(0), QStringLiteral("db-1"), Qt::EditRole));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("web-1"));
    }
};

QTEST_MAIN(TestHostChoiceModel)
#include "TestHostChoiceModel.moc"
