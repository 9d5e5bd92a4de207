// `kamal rollback VERSION` on a Kamal app's control host: the command is built only from values
// that pass their rules (a release name, a remote path, Kamal's destination rule), and every value
// reaches the control host's shell as one quoted argument.

#include "release/KamalControl.h"

#include <QTest>

using namespace opsdeck;

namespace {
AppConfig kamalApp(const QString &path, const QString &destination = {})
{
    AppConfig app;
    app.name = QStringLiteral("photo-api");
    app.strategy = QStringLiteral("kamal");
    app.kamalService = QStringLiteral("photo-api");
    app.kamalDestination = destination;
    app.kamalControlHost = QStringLiteral("deploy-1");
    app.kamalControlPath = path;
    return app;
}
} // namespace

class TestKamalControl final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void buildsTheCommandWithEveryValueQuoted_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("command");
        QTest::newRow("plain") << QStringLiteral("/srv/photo-api") << QString() << QStringLiteral("0a1b2c3d")
                               << QStringLiteral("'cd' '--' '/srv/photo-api' && 'kamal' 'rollback' '0a1b2c3d'");
        QTest::newRow("space in the path") << QStringLiteral("/srv/photo api") << QString() << QStringLiteral("0a1b2c3d")
                                           << QStringLiteral("'cd' '--' '/srv/photo api' && 'kamal' 'rollback' '0a1b2c3d'");
        QTest::newRow("destination") << QStringLiteral("/home/deploy/apps/photo-api") << QStringLiteral("production")
                                     << QStringLiteral("v1.2.0+build.7")
                                     << QStringLiteral("'cd' '--' '/home/deploy/apps/photo-api' && 'kamal' 'rollback' 'v1.2.0+build.7' '-d' 'production'");
    }
    void buildsTheCommandWithEveryValueQuoted()
    {
        QFETCH(QString, path);
        QFETCH(QString, destination);
        QFETCH(QString, version);
        QFETCH(QString, command);
        const AppConfig app = kamalApp(path, destination);
        QVERIFY(KamalControl::configured(app));
        QCOMPARE(KamalControl::check(app, version), QString());
        QCOMPARE(KamalControl::rollbackCommand(app, version), command);
        const QString preflight = KamalControl::preflightCommand(app);
        QVERIFY2(preflight.endsWith(QStringLiteral("'opsdeck-kamal-control' '%1' '%2'").arg(path, destination)), qPrintable(preflight));
    }

    // Hostile values never become a command: the check says why, and nothing is built.
    void refusesHostileValues_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("preflightBuilt"); // the version plays no part in the preflight
        const QString path = QStringLiteral("/srv/photo-api");
        QTest::newRow("command in the version") << path << QString() << QStringLiteral("$(touch pwned)") << true;
        QTest::newRow("version as an option") << path << QString() << QStringLiteral("-c/etc/passwd") << true;
        QTest::newRow("space in the version") << path << QString() << QStringLiteral("a b") << true;
        QTest::newRow("quote in the version") << path << QString() << QStringLiteral("a'b") << true;
        QTest::newRow("empty version") << path << QString() << QString() << true;
        QTest::newRow("relative path") << QStringLiteral("srv/photo-api") << QString() << QStringLiteral("abc123") << false;
        QTest::newRow("command in the path") << QStringLiteral("/srv/$(id)") << QString() << QStringLiteral("abc123") << false;
        QTest::newRow("path with a quote") << QStringLiteral("/srv/it's") << QString() << QStringLiteral("abc123") << false;
        QTest::newRow("path with a newline") << QStringLiteral("/srv/a\nrm -rf /") << QString() << QStringLiteral("abc123") << false;
        QTest::newRow("destination as an option") << path << QStringLiteral("-x") << QStringLiteral("abc123") << false;
        QTest::newRow("destination with a command") << path << QStringLiteral("prod;id") << QStringLiteral("abc123") << false;
    }
    void refusesHostileValues()
    {
        QFETCH(QString, path);
        QFETCH(QString, destination);
        QFETCH(QString, version);
        QFETCH(bool, preflightBuilt);
        const AppConfig app = kamalApp(path, destination);
        QVERIFY(!KamalControl::check(app, version).isEmpty());
        QCOMPARE(KamalControl::rollbackCommand(app, version), QString());
        QCOMPARE(!KamalControl::preflightCommand(app).isEmpty(), preflightBuilt);
    }

    void onlyAKamalAppWithAControlHostHasOne()
    {
        AppConfig app = kamalApp(QStringLiteral("/srv/photo-api"));
        app.kamalControlHost.clear();
        QVERIFY(!KamalControl::configured(app));
        QCOMPARE(KamalControl::rollbackCommand(app, QStringLiteral("abc123")), QString());
        app = kamalApp(QStringLiteral("/srv/photo-api"));
        app.strategy = QStringLiteral("capistrano");
        QVERIFY(!KamalControl::configured(app));
        QCOMPARE(KamalControl::rollbackCommand(app, QStringLiteral("abc123")), QString());
    }
};

QTEST_GUILESS_MAIN(TestKamalControl)
#include "TestKamalControl.moc"
