// The app-wide view of releases: what may be offered for rollback, the default target, and drift.

#include "release/ReleaseInventory.h"

#include <QTest>

using namespace opsdeck;

namespace {
ReleaseOnHost rel(const QString &name, bool complete = true)
{
    ReleaseOnHost r;
    r.name = name;
    r.hasRevisionFile = complete;
    r.revision = complete ? QStringLiteral("sha-") + name : QString();
    return r;
}

HostReleaseState host(const QString &name, const QString &current, const QStringList &releases)
{
    HostReleaseState h;
    h.host = name;
    h.reached = true;
    h.current = current;
    for (const QString &r : releases)
        h.releases << rel(r);
    return h;
}

AppReleaseInventory threeHosts()
{
    AppReleaseInventory inv;
    inv.environment = QStringLiteral("production");
    inv.app = QStringLiteral("app");
    const QStringList all{QStringLiteral("r4"), QStringLiteral("r3"), QStringLiteral("r2"), QStringLiteral("r1")};
    inv.hosts << host(QStringLiteral("web-1"), QStringLiteral("r4"), all) << host(QStringLiteral("web-2"), QStringLiteral("r4"), all)
              << host(QStringLiteral("web-3"), QStringLiteral("r4"), all);
    return inv;
}
} // namespace

class TestAppReleaseInventory final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everythingAligned()
    {
        const AppReleaseInventory inv = threeHosts();
        QCOMPARE(inv.commonCurrent(), QStringLiteral("r4"));
        QCOMPARE(inv.releaseNames(), (QStringList{QStringLiteral("r4"), QStringLiteral("r3"), QStringLiteral("r2"), QStringLiteral("r1")}));
        QCOMPARE(inv.offerable(), (QStringList{QStringLiteral("r3"), QStringLiteral("r2"), QStringLiteral("r1")}));
        QCOMPARE(inv.defaultRollbackTarget().value_or(QString()), QStringLiteral("r3"));
        QVERIFY(inv.drift().isEmpty());
        QVERIFY(!inv.whyNotTarget(QStringLiteral("r4")).isEmpty()); // already current everywhere
    }

    void missingOnOneHostIsNotOffered()
    {
        AppReleaseInventory inv = threeHosts();
        inv.hosts[1].releases.removeIf([](const ReleaseOnHost &r) { return r.name == QLatin1String("r3"); });
        QVERIFY(!inv.presentEverywhere(QStringLiteral("r3")));
        QCOMPARE(inv.defaultRollbackTarget().value_or(QString()), QStringLiteral("r2"));
        QVERIFY(inv.whyNotTarget(QStringLiteral("r3")).contains(QStringLiteral("web-2")));
        QCOMPARE(inv.drift(), QStringList{QStringLiteral("release r3 missing on web-2")});
    }

    void incompleteOrBrokenIsNotOffered()
    {
        AppReleaseInventory inv = threeHosts();
        inv.hosts[0].releases[1].hasRevisionFile = false; // r3 on web-1
        inv.hosts[2].releases[2].brokenLinks << QStringLiteral("log"); // r2 on web-3
        QCOMPARE(inv.offerable(), QStringList{QStringLiteral("r1")});
        QVERIFY(inv.whyNotTarget(QStringLiteral("r3")).contains(QStringLiteral("REVISION")));
        QVERIFY(inv.whyNotTarget(QStringLiteral("r2")).contains(QStringLiteral("log")));
    }

    void markedBadIsNotOffered()
    {
        AppReleaseInventory inv = threeHosts();
        inv.markedBad.insert(QStringLiteral("r3"));
        QCOMPARE(inv.defaultRollbackTarget().value_or(QString()), QStringLiteral("r2"));
        QVERIFY(inv.whyNotTarget(QStringLiteral("r3")).contains(QStringLiteral("marked bad")));
    }

    void unreachedHostBlocksEveryTarget()
    {
        AppReleaseInventory inv = threeHosts();
        inv.hosts[2].reached = false;
        inv.hosts[2].releases.clear();
        inv.hosts[2].error = QStringLiteral("connection refused");
        QVERIFY(inv.offerable().isEmpty());
        QVERIFY(!inv.defaultRollbackTarget());
        QVERIFY(inv.whyNotTarget(QStringLiteral("r3")).contains(QStringLiteral("web-3 was not reached: connection refused")));
        QCOMPARE(inv.drift().constFirst(), QStringLiteral("not reached: web-3"));
        QCOMPARE(inv.commonCurrent(), QStringLiteral("r4")); // of the hosts that answered
    }

    void currentDiffers()
    {
        AppReleaseInventory inv = threeHosts();
        inv.hosts[1].current = QStringLiteral("r3");
        QVERIFY(inv.commonCurrent().isEmpty());
        QVERIFY(!inv.defaultRollbackTarget()); // no single release to roll back from
        QCOMPARE(inv.drift(), QStringList{QStringLiteral("current differs: r4 on web-1, web-3; r3 on web-2")});
        QVERIFY(inv.whyNotTarget(QStringLiteral("r3")).isEmpty()); // still a valid explicit target
    }

    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("ok");
        QTest::newRow("timestamp") << QStringLiteral("20250101120000") << true;
        QTest::newRow("semver") << QStringLiteral("v1.2.3+build-4") << true;
        QTest::newRow("sha") << QStringLiteral("0a1b2c3d") << true;
        QTest::newRow("dotdot") << QStringLiteral("v1..2") << false;
        QTest::newRow("hidden") << QStringLiteral(".git") << false;
        QTest::newRow("space") << QStringLiteral("a b") << false;
        QTest::newRow("slash") << QStringLiteral("a/b") << false;
        QTest::newRow("unicode") << QStringLiteral("rélease") << false;
    }
    void names()
    {
        QFETCH(QString, name);
        QFETCH(bool, ok);
        QCOMPARE(ReleaseInventory::checkReleaseName(name).isEmpty(), ok);
    }
};

QTEST_GUILESS_MAIN(TestAppReleaseInventory)
#include "TestAppReleaseInventory.moc"
