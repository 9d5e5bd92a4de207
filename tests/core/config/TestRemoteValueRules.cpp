#include "config/RemoteValueRules.h"

#include <QProcess>
#include <QTest>

using namespace opsdeck;

class TestRemoteValueRules final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unitNames_data()
    {
        QTest::addColumn<QString>("unit");
        QTest::addColumn<bool>("valid");
        QTest::newRow("service") << "family-photo-share.service" << true;
        QTest::newRow("template instance") << "puma@main.service" << true;
        QTest::newRow("escaped") << "dev-disk-by\\x2duuid.device" << true;
        QTest::newRow("timer") << "backup.timer" << true;
        QTest::newRow("semicolon") << "nginx;reboot.service" << false;
        QTest::newRow("command substitution") << "$(id).service" << false;
        QTest::newRow("backtick") << "`id`.service" << false;
        QTest::newRow("space") << "a b.service" << false;
        QTest::newRow("newline") << "a\n.service" << false;
        QTest::newRow("option") << "-H.service" << false;
        QTest::newRow("no suffix") << "nginx" << false;
        QTest::newRow("suffix only") << ".service" << false;
        QTest::newRow("unknown suffix") << "nginx.exe" << false;
        QTest::newRow("too long") << QString(248, u'a') + QStringLiteral(".service") << false;
        QTest::newRow("max length") << QString(247, u'a') + QStringLiteral(".service") << true;
    }
    void unitNames()
    {
        QFETCH(QString, unit);
        QFETCH(bool, valid);
        QCOMPARE(RemoteValueRules::checkUnitName(unit).isEmpty(), valid);
    }

    void hostAddresses_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("valid");
        QTest::newRow("name") << "web-1.example.com" << true;
        QTest::newRow("ipv4") << "192.0.2.1" << true;
        QTest::newRow("ipv6") << "2001:db8::1" << true;
        QTest::newRow("option") << "-oProxyCommand=x" << false;
        QTest::newRow("space") << "a b" << false;
        QTest::newRow("bad ipv6") << "::g" << false;
        QTest::newRow("empty label") << "a..b" << false;
        QTest::newRow("label dash") << "a-.b" << false;
        QTest::newRow("user@host") << "root@host" << false;
        QTest::newRow("semicolon") << "host;id" << false;
    }
    void hostAddresses()
    {
        QFETCH(QString, host);
        QFETCH(bool, valid);
        QCOMPARE(RemoteValueRules::checkHostAddress(host).isEmpty(), valid);
    }

    void remotePaths_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << "/var/www/app" << true;
        QTest::newRow("space") << "/srv/my app" << true;
        QTest::newRow("relative") << "var/www" << false;
        QTest::newRow("dotdot") << "/var/../etc" << false;
        QTest::newRow("dollar") << "/var/$HOME" << false;
        QTest::newRow("quote") << "/var/it's" << false;
        QTest::newRow("glob") << "/var/*" << false;
        QTest::newRow("newline") << "/var/a\nb" << false;
    }
    void remotePaths()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QCOMPARE(RemoteValueRules::checkRemotePath(path).isEmpty(), valid);
    }

    void userNames_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("valid");
        QTest::newRow("deploy") << "deploy" << true;
        QTest::newRow("underscore") << "_svc" << true;
        QTest::newRow("upper") << "Deploy" << false;
        QTest::newRow("option") << "-l" << false;
        QTest::newRow("semicolon") << "root;id" << false;
        QTest::newRow("too long") << QString(33, u'a') << false;
    }
    void userNames()
    {
        QFETCH(QString, user);
        QFETCH(bool, valid);
        QCOMPARE(RemoteValueRules::checkUserName(user).isEmpty(), valid);
    }

    // The quoting is checked against a real shell: what comes out is exactly what went in.
    void shellQuoteSurvivesARealShell_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "nginx.service";
        QTest::newRow("single quote") << "it's";
        QTest::newRow("substitution") << "$(touch /tmp/opsdeck-pwned)";
        QTest::newRow("backticks") << "`id`";
        QTest::newRow("separators") << "a; b && c | d";
        QTest::newRow("empty") << "";
        QTest::newRow("unicode") << QStringLiteral("café ☕");
    }
    void shellQuoteSurvivesARealShell()
    {
        QFETCH(QString, value);
        QProcess shell;
        shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("printf %s ") + RemoteValueRules::shellQuote(value)});
        QVERIFY(shell.waitForFinished(5000));
        QCOMPARE(QString::fromUtf8(shell.readAllStandardOutput()), value);
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/opsdeck-pwned")));
    }

    void normalizeUnitName()
    {
        QCOMPARE(RemoteValueRules::normalizeUnitName(QStringLiteral("nginx")), QStringLiteral("nginx.service"));
        QCOMPARE(RemoteValueRules::normalizeUnitName(QStringLiteral("backup.timer")), QStringLiteral("backup.timer"));
    }
};

QTEST_GUILESS_MAIN(TestRemoteValueRules)
#include "TestRemoteValueRules.moc"
