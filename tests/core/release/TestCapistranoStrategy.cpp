// What a Capistrano host reports, read back: releases, current, revisions.log — and what a hostile
// or broken host can make of it (names that would be shell syntax or paths, a current that points
// elsewhere, an answer cut short).

#include "release/CapistranoStrategy.h"

#include <QTest>

using namespace opsdeck;

namespace {
QByteArray tokens(const QList<QByteArray> &pairs)
{
    QByteArray out;
    for (const QByteArray &t : pairs)
        out += t + '\0';
    return out;
}

QByteArray release(const QByteArray &name, const QByteArray &revision = "abc123", qint64 mtime = 1700000000)
{
    return tokens({"release", name, "mtime", QByteArray::number(mtime), "revision", revision + "\n",
                   "revtime", QByteArray::number(mtime - 60) + "\n"});
}
} // namespace

class TestCapistranoStrategy final : public QObject
{
    Q_OBJECT
    CapistranoStrategy m_strategy;

private Q_SLOTS:
    void commandQuotesThePath()
    {
        AppConfig app;
        app.path = QStringLiteral("/var/www/it's");
        const QString command = m_strategy.inventoryCommand(app);
        QVERIFY(command.startsWith(QStringLiteral("'sh' '-c' '")));
        QVERIFY2(command.endsWith(QStringLiteral("'opsdeck-inventory' '/var/www/it'\\''s'")), qPrintable(command));
    }

    void readsReleasesCurrentAndLog()
    {
        const QByteArray out = tokens({"now", "1700000500", "free", "123456", "link", "/srv/app/releases/20240103000000",
                                       "resolved", "/srv/app/releases/20240103000000", "releases", "/srv/app/releases"})
                               + release("20240101000000", "aaa") + release("20240103000000", "ccc")
                               + tokens({"migration", "20240102_add_users.rb", "migration", "20240101_init.rb"})
                               + release("20240102000000", "bbb")
                               + tokens({"log", "Branch main (at ccc) deployed as release 20240103000000 by ann\n"
                                                "deploy rolled back to release 20240102000000\n"
                                                "something else\n"});
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("web-1"), out);
        QVERIFY(s.reached);
        QCOMPARE(s.host, QStringLiteral("web-1"));
        QCOMPARE(s.current, QStringLiteral("20240103000000"));
        QVERIFY(s.currentProblem.isEmpty());
        QCOMPARE(s.freeKiB, 123456);
        QCOMPARE(s.hostNow, QDateTime::fromSecsSinceEpoch(1700000500, Qt::UTC));
        QCOMPARE(s.releases.size(), 3);
        QCOMPARE(s.releases.at(0).name, QStringLiteral("20240103000000")); // newest first
        QCOMPARE(s.releases.at(0).revision, QStringLiteral("ccc"));
        QCOMPARE(s.releases.at(0).migrations,
                 (QStringList{QStringLiteral("20240101_init.rb"), QStringLiteral("20240102_add_users.rb")}));
        QVERIFY(s.releases.at(0).complete());
        QCOMPARE(s.releases.at(2).name, QStringLiteral("20240101000000"));
        QCOMPARE(s.releases.at(2).revisionTime, QDateTime::fromSecsSinceEpoch(1700000000 - 60, Qt::UTC));
        QCOMPARE(s.deployLog.size(), 3);
        QCOMPARE(s.deployLog.at(0).user, QStringLiteral("ann"));
        QCOMPARE(s.deployLog.at(0).release, QStringLiteral("20240103000000"));
        QCOMPARE(s.deployLog.at(0).branch, QStringLiteral("main"));
        QVERIFY(s.deployLog.at(1).rollback);
        QCOMPARE(s.deployLog.at(1).release, QStringLiteral("20240102000000"));
        QVERIFY(s.deployLog.at(2).release.isEmpty());
    }

    void incompleteRelease()
    {
        const QByteArray out = tokens({"releases", "/a/releases", "release", "20240101000000", "mtime", "1700000000",
                                       "release", "20240102000000", "mtime", "1700000000", "revision", "x",
                                       "broken", "log", "broken", ".env.production"});
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("h"), out);
        QCOMPARE(s.releases.size(), 2);
        QVERIFY(!s.release(QStringLiteral("20240101000000"))->complete()); // no REVISION
        QVERIFY(!s.release(QStringLiteral("20240101000000"))->hasRevisionFile);
        QCOMPARE(s.release(QStringLiteral("20240101000000"))->revisionTime, QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
        const ReleaseOnHost *second = s.release(QStringLiteral("20240102000000"));
        QCOMPARE(second->brokenLinks, (QStringList{QStringLiteral("log"), QStringLiteral(".env.production")}));
        QVERIFY(!second->complete());
        QVERIFY(s.current.isEmpty());
        QVERIFY(!s.currentProblem.isEmpty());
    }

    void hostileNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("space") << QByteArray("2024 01");
        QTest::newRow("newline") << QByteArray("20240101\n20240102");
        QTest::newRow("semicolon") << QByteArray("x;reboot");
        QTest::newRow("dotdot") << QByteArray("..");
        QTest::newRow("dotdot inside") << QByteArray("a..b");
        QTest::newRow("slash") << QByteArray("../../etc");
        QTest::newRow("dollar") << QByteArray("$(id)");
        QTest::newRow("leading dash") << QByteArray("-rf");
        QTest::newRow("quote") << QByteArray("it's");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("too long") << QByteArray(129, 'a');
    }
    void hostileNames()
    {
        QFETCH(QByteArray, name);
        const QByteArray out = tokens({"resolved", "/a/releases/" + name, "releases", "/a/releases"})
                               + release(name) + release("20240101000000");
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("h"), out);
        QCOMPARE(s.releases.size(), 1); // only the good one; the hostile one is not a release
        QCOMPARE(s.releases.constFirst().name, QStringLiteral("20240101000000"));
        QCOMPARE(s.releases.constFirst().revision, QStringLiteral("abc123")); // fields went to the right release
        QCOMPARE(s.rejectedNames, QStringList{QString::fromUtf8(name)});
        QVERIFY(s.current.isEmpty()); // current on a hostile name is no current
    }

    void currentOutsideReleases()
    {
        const QByteArray out = tokens({"link", "/tmp/evil", "resolved", "/tmp/20240101000000", "releases", "/a/releases"})
                               + release("20240101000000");
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("h"), out);
        QVERIFY(s.current.isEmpty());
        QVERIFY(s.currentProblem.contains(QStringLiteral("/tmp/evil")));
    }

    void truncatedAnswer()
    {
        QByteArray out = tokens({"releases", "/a/releases"}) + release("20240101000000") + tokens({"release"});
        out += "20240102"; // cut mid-name, no terminating NUL
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("h"), out);
        QCOMPARE(s.releases.size(), 1);
        QCOMPARE(s.releases.constFirst().name, QStringLiteral("20240101000000"));
    }

    void deployLogNamesNoHostileRelease()
    {
        const DeployLogEntry e = CapistranoStrategy::parseDeployLogLine(QStringLiteral("Branch main (at a) deployed as release ;id by x"));
        QVERIFY(e.release.isEmpty());
        QCOMPARE(e.user, QStringLiteral("x"));
    }
};

QTEST_GUILESS_MAIN(TestCapistranoStrategy)
#include "TestCapistranoStrategy.moc"
