// The overviews' shared filter, without a window: the matching rule (every word found in a host,
// service, label or state term, in any case); the proxy over 1,000 hosts shows what matches and,
// with "problems only", only the problems; a change of the filter filters each row once, and a burst
// of 1,000 results filters each changed row once, never the whole model per result (counted, not
// timed); in a tree a matching host brings its services.

#include "FilterQuery.h"
#include "OverviewFilterProxy.h"

#include <QAbstractItemModelTester>
#include <QStandardItemModel>
#include <QTest>

using namespace opsdeck;

namespace {

// Counts how often the proxy decides about a row.
class CountingProxy final : public OverviewFilterProxy
{
public:
    using OverviewFilterProxy::OverviewFilterProxy;
    mutable int calls = 0;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        ++calls;
        return OverviewFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
    }
};

// host-0000 … host-0999, labelled "canary" every 100th, failing every 10th.
class HostRows final : public QAbstractListModel
{
public:
    explicit HostRows(int count) : m_failing(count)
    {
        for (int i = 0; i < count; ++i)
            m_failing[i] = i % 10 == 0;
    }
    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_failing.size()); }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const QString name = QStringLiteral("host-%1").arg(index.row(), 4, 10, QLatin1Char('0'));
        switch (role) {
        case Qt::DisplayRole: return name;
        case OverviewFilterProxy::TermsRole:
            return QStringList{name, index.row() % 100 == 0 ? QStringLiteral("canary") : QStringLiteral("web"),
                               m_failing.at(index.row()) ? QStringLiteral("failed") : QStringLiteral("active")};
        case OverviewFilterProxy::ProblemRole: return bool(m_failing.at(index.row()));
        default: return {};
        }
    }
    void setFailing(int row, bool failing)
    {
        m_failing[row] = failing;
        Q_EMIT dataChanged(index(row), index(row));
    }

private:
    QList<bool> m_failing;
};

} // namespace

class TestOverviewFilterProxy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchingRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::addColumn<bool>("matches");
        const QStringList row{QStringLiteral("production"), QStringLiteral("host-003"), QStringLiteral("web"), QStringLiteral("canary"),
                              QStringLiteral("✖ failed")};
        QTest::newRow("nothing typed") << QString() << row << true;
        QTest::newRow("blanks only") << QStringLiteral("   ") << row << true;
        QTest::newRow("host") << QStringLiteral("host-003") << row << true;
        QTest::newRow("part of a host") << QStringLiteral("st-00") << row << true;
        QTest::newRow("label, other case") << QStringLiteral("CANARY") << row << true;
        QTest::newRow("state") << QStringLiteral("failed") << row << true;
        QTest::newRow("every word") << QStringLiteral("  web   failed ") << row << true;
        QTest::newRow("one word missing") << QStringLiteral("web passed") << row << false;
        QTest::newRow("across terms is not one word") << QStringLiteral("host-003web") << row << false;
        QTest::newRow("no terms") << QStringLiteral("web") << QStringList{} << false;
    }

    void matchingRule()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QFETCH(bool, matches);
        QCOMPARE(FilterQuery(text).matches(terms), matches);
        QCOMPARE(FilterQuery(text), FilterQuery(text + QStringLiteral("  ")));
    }

    void filtersAThousandHostsOncePerChange()
    {
        HostRows hosts(1000);
        CountingProxy proxy;
        proxy.setSourceModel(&hosts);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(proxy.rowCount(), 1000);

        proxy.calls = 0;
        proxy.setText(QStringLiteral("failed"));
        QCOMPARE(proxy.rowCount(), 100);
        QVERIFY2(proxy.calls <= 1000, qPrintable(QString::number(proxy.calls)));
        proxy.calls = 0;
        proxy.setText(QStringLiteral("failed  ")); // the same words: nothing to do
        QCOMPARE(proxy.calls, 0);

        proxy.setText(QStringLiteral("canary"));
        QCOMPARE(proxy.rowCount(), 10);
        proxy.setText(QStringLiteral("canary failed"));
        QCOMPARE(proxy.rowCount(), 10); // every 100th is also every 10th
        proxy.setText(QString());
        proxy.setProblemsOnly(true);
        QCOMPARE(proxy.rowCount(), 100);
        QVERIFY(proxy.isFiltering());

        // A burst of results, one host at a time: each changed host is decided again, once.
        proxy.calls = 0;
        for (int row = 0; row < 1000; ++row)
            hosts.setFailing(row, row % 2 == 0);
        QCOMPARE(proxy.rowCount(), 500);
        QVERIFY2(proxy.calls <= 1000, qPrintable(QStringLiteral("%1 decisions for 1,000 results").arg(proxy.calls)));
        proxy.setProblemsOnly(false);
        QCOMPARE(proxy.rowCount(), 1000);
        QVERIFY(!proxy.isFiltering());
    }

    void aMatchingHostBringsItsServices()
    {
        QStandardItemModel tree;
        auto item = [](const QString &name, const QStringList &terms, bool problem) {
            auto *i = new QStandardItem(name);
            i->setData(terms, OverviewFilterProxy::TermsRole);
            i->setData(problem, OverviewFilterProxy::ProblemRole);
            return i;
        };
        QStandardItem *env = item(QStringLiteral("production"), {QStringLiteral("production")}, false);
        tree.appendRow(env);
        for (const QString &host : {QStringLiteral("host-001"), QStringLiteral("host-002")}) {
            const bool down = host == QStringLiteral("host-002");
            const QString state = down ? QStringLiteral("unreachable") : QStringLiteral("reachable");
            QStandardItem *h = item(host, {host, state}, down);
            env->appendRow(h);
            for (const QString &service : {QStringLiteral("web"), QStringLiteral("worker")})
                h->appendRow(item(service, {host, state, service}, down));
        }
        OverviewFilterProxy proxy;
        proxy.setSourceModel(&tree);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setText(QStringLiteral("host-002"));
        const QModelIndex production = proxy.index(0, 0);
        QCOMPARE(proxy.rowCount(production), 1);
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, production)), 2);
        proxy.setText(QStringLiteral("host-001 worker"));
        QCOMPARE(proxy.rowCount(production), 1);
        QCOMPARE(proxy.index(0, 0, production).data().toString(), QStringLiteral("host-001"));
        QCOMPARE(proxy.rowCount(proxy.index(0, 0, production)), 1);
        proxy.setText(QString());
        proxy.setProblemsOnly(true);
        QCOMPARE(proxy.rowCount(production), 1);
        QCOMPARE(proxy.index(0, 0, production).data().toString(), QStringLiteral("host-002"));
        proxy.setText(QStringLiteral("nothing-like-it"));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestOverviewFilterProxy)
#include "TestOverviewFilterProxy.moc"
