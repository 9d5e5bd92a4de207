// The deploy files' commands as `opsdeck import` reads them: only plain commands are split, only a
// systemctl restart and a curl -f / wget probe carry meaning, and nothing after shell syntax counts.

#include "deployimport/DeployCommand.h"

#include <QTest>

using namespace opsdeck;

class TestDeployCommand final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("plain") << QStringLiteral("sudo  systemctl\trestart app") << QStringList{QStringLiteral("sudo"), QStringLiteral("systemctl"), QStringLiteral("restart"), QStringLiteral("app")} << QString();
        QTest::newRow("list") << QStringLiteral("systemctl restart app; rm -rf /") << QStringList{} << QStringLiteral("shell syntax ';'");
        QTest::newRow("and") << QStringLiteral("curl -f http://x/health && rm -rf /") << QStringList{} << QStringLiteral("shell syntax '&'");
        QTest::newRow("pipe") << QStringLiteral("curl http://x | sh") << QStringList{} << QStringLiteral("shell syntax '|'");
        QTest::newRow("substitution") << QStringLiteral("systemctl restart $(id)") << QStringList{} << QStringLiteral("shell syntax '$'");
        QTest::newRow("backquote") << QStringLiteral("systemctl restart `id`") << QStringList{} << QStringLiteral("shell syntax '`'");
        QTest::newRow("quote") << QStringLiteral("systemctl restart 'a b'") << QStringList{} << QStringLiteral("shell syntax '''");
        QTest::newRow("redirect") << QStringLiteral("curl -f http://x >/tmp/x") << QStringList{} << QStringLiteral("shell syntax '>'");
        QTest::newRow("glob") << QStringLiteral("systemctl restart app*") << QStringList{} << QStringLiteral("shell syntax '*'");
        QTest::newRow("newline") << QStringLiteral("systemctl restart app\nreboot") << QStringList{} << QStringLiteral("a control character");
        QTest::newRow("empty") << QStringLiteral("   ") << QStringList{} << QStringLiteral("an empty command");
    }
    void split()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, words);
        QFETCH(QString, refusal);
        const DeployCommand::Words result = DeployCommand::split(command);
        QCOMPARE(result.words, words);
        QCOMPARE(result.refusal, refusal);
    }

    void restart_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("units"); // empty: not a restart
        QTest::addColumn<bool>("sudo");
        QTest::addColumn<QString>("why");
        QTest::newRow("sudo") << QStringLiteral("sudo systemctl restart family-photo-share") << QStringList{QStringLiteral("family-photo-share")} << true << QString();
        QTest::newRow("sudo -n, two units") << QStringLiteral("sudo -n systemctl restart a b.service") << QStringList{QStringLiteral("a"), QStringLiteral("b.service")} << true << QString();
        QTest::newRow("no sudo") << QStringLiteral("systemctl restart sidekiq") << QStringList{QStringLiteral("sidekiq")} << false << QString();
        QTest::newRow("reload") << QStringLiteral("sudo systemctl reload nginx") << QStringList{} << false << QStringLiteral("systemctl reload is not a restart");
        QTest::newRow("option") << QStringLiteral("systemctl restart --no-block x") << QStringList{} << false << QStringLiteral("systemctl option --no-block is not read");
        QTest::newRow("no unit") << QStringLiteral("systemctl restart") << QStringList{} << false << QStringLiteral("systemctl restart names no unit");
        QTest::newRow("other program") << QStringLiteral("rails db:migrate") << QStringList{} << false << QString();
        QTest::newRow("sudo other") << QStringLiteral("sudo service app restart") << QStringList{} << false << QString();
    }
    void restart()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, units);
        QFETCH(bool, sudo);
        QFETCH(QString, why);
        QString actualWhy;
        const auto result = DeployCommand::systemctlRestart(DeployCommand::split(command).words, &actualWhy);
        QCOMPARE(result.has_value(), !units.isEmpty());
        if (result) {
            QCOMPARE(result->units, units);
            QCOMPARE(result->sudo, sudo);
        }
        QCOMPARE(actualWhy, why);
    }

    void probe_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("url"); // empty: not a probe
        QTest::addColumn<QString>("why");
        QTest::newRow("curl -f") << QStringLiteral("curl -f http://localhost/health") << QStringLiteral("http://localhost/health") << QString();
        QTest::newRow("curl -fsS") << QStringLiteral("curl -fsS -m 5 http://h:3000/up") << QStringLiteral("http://h:3000/up") << QString();
        QTest::newRow("curl --fail -o") << QStringLiteral("curl --silent --fail -o /dev/null http://h/x") << QStringLiteral("http://h/x") << QString();
        QTest::newRow("curl without -f") << QStringLiteral("curl http://localhost/health") << QString()
                                         << QStringLiteral("curl without -f does not fail on an HTTP error, so it checks no health");
        QTest::newRow("curl credential option") << QStringLiteral("curl -f -uadmin:secret http://h/x") << QString()
                                                << QStringLiteral("curl option -u is not read");
        QTest::newRow("curl long option with value") << QStringLiteral("curl -f --user=admin:secret http://h/x") << QString()
                                                     << QStringLiteral("curl option --user is not read");
        QTest::newRow("curl two URLs") << QStringLiteral("curl -f http://a/ http://b/") << QString() << QStringLiteral("curl fetches more than one URL");
        QTest::newRow("wget spider") << QStringLiteral("wget --no-verbose --tries=1 --spider http://localhost/healthz")
                                     << QStringLiteral("http://localhost/healthz") << QString();
        QTest::newRow("wget -qO-") << QStringLiteral("wget -qO- http://localhost:8080/ready") << QStringLiteral("http://localhost:8080/ready") << QString();
        QTest::newRow("no URL") << QStringLiteral("curl -f") << QString() << QStringLiteral("curl names no URL");
        QTest::newRow("other program") << QStringLiteral("pg_isready -U app") << QString() << QString();
    }
    void probe()
    {
        QFETCH(QString, command);
        QFETCH(QString, url);
        QFETCH(QString, why);
        QString actualWhy;
        const auto result = DeployCommand::probedUrl(DeployCommand::split(command).words, &actualWhy);
        QCOMPARE(result.value_or(QString()), url);
        QCOMPARE(actualWhy, why);
    }
};

QTEST_GUILESS_MAIN(TestDeployCommand)
#include "TestDeployCommand.moc"
