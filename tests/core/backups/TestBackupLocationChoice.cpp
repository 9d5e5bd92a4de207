// BackupLocationChoice: the host of the request's environment and the location named, or the only
// able one when none is named; every other case is a problem of its own (and names the able ones
// when there are several), whichever action asks.

#include "backups/BackupLocationChoice.h"

#include <QTest>

using namespace opsdeck;

Q_DECLARE_METATYPE(opsdeck::BackupLocationChoice::Problem)

class TestBackupLocationChoice final : public QObject
{
    Q_OBJECT

    static BackupConfig location(const QString &name, bool able)
    {
        BackupConfig b;
        b.name = name;
        b.path = QStringLiteral("/var/backups/") + name;
        if (able)
            b.command = QStringList{QStringLiteral("bin/backup"), name};
        return b;
    }

    // production: web-1 (db: able, files: not able), web-2 (db, files: both able), web-3 (logs: not
    // able), web-4 (no location); staging: stage-1 (db: able).
    static FleetConfig fleet()
    {
        FleetConfig config;
        EnvironmentConfig production;
        production.name = QStringLiteral("production");
        HostConfig web1;
        web1.name = QStringLiteral("web-1");
        web1.environment = production.name;
        web1.backups = {location(QStringLiteral("db"), true), location(QStringLiteral("files"), false)};
        HostConfig web2;
        web2.name = QStringLiteral("web-2");
        web2.environment = production.name;
        web2.backups = {location(QStringLiteral("db"), true), location(QStringLiteral("files"), true)};
        HostConfig web3;
        web3.name = QStringLiteral("web-3");
        web3.environment = production.name;
        web3.backups = {location(QStringLiteral("logs"), false)};
        HostConfig web4;
        web4.name = QStringLiteral("web-4");
        web4.environment = production.name;
        production.hosts = {web1, web2, web3, web4};
        EnvironmentConfig staging;
        staging.name = QStringLiteral("staging");
        HostConfig stage1;
        stage1.name = QStringLiteral("stage-1");
        stage1.environment = staging.name;
        stage1.backups = {location(QStringLiteral("db"), true)};
        staging.hosts = {stage1};
        config.environments = {production, staging};
        return config;
    }

private Q_SLOTS:
    void choose_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("location");
        QTest::addColumn<BackupLocationChoice::Problem>("problem");
        QTest::addColumn<QString>("chosenName");  // locationName afterwards
        QTest::addColumn<QString>("chosenPath");  // the location's path; empty: none chosen
        QTest::addColumn<QStringList>("able");

        using P = BackupLocationChoice::Problem;
        const QStringList web1Able{QStringLiteral("db")};
        const QStringList web2Able{QStringLiteral("db"), QStringLiteral("files")};
        QTest::newRow("named and able") << "production" << "web-1" << "db" << P::None << "db" << "/var/backups/db" << web1Able;
        QTest::newRow("the only able one, none named") << "production" << "web-1" << "" << P::None << "db" << "/var/backups/db" << web1Able;
        QTest::newRow("named, not able") << "production" << "web-1" << "files" << P::NotAble << "files" << "/var/backups/files"
                                         << web1Able;
        QTest::newRow("named, not the host's") << "production" << "web-1" << "media" << P::NoSuchLocation << "media" << ""
                                               << web1Able;
        QTest::newRow("several able, none named") << "production" << "web-2" << "" << P::SeveralAble << "" << "" << web2Able;
        QTest::newRow("several able, one named") << "production" << "web-2" << "files" << P::None << "files"
                                                 << "/var/backups/files" << web2Able;
        QTest::newRow("none able, none named") << "production" << "web-3" << "" << P::NoneAble << "" << "" << QStringList{};
        QTest::newRow("no location at all") << "production" << "web-4" << "" << P::NoneAble << "" << "" << QStringList{};
        QTest::newRow("no location at all, one named") << "production" << "web-4" << "db" << P::NoSuchLocation << "db" << ""
                                                       << QStringList{};
        QTest::newRow("no such host") << "production" << "web-9" << "db" << P::NoSuchHost << "db" << "" << QStringList{};
        QTest::newRow("a host of another environment") << "production" << "stage-1" << "db" << P::NoSuchHost << "db" << ""
                                                       << QStringList{};
        QTest::newRow("no such environment") << "qa" << "web-1" << "" << P::NoSuchHost << "" << "" << QStringList{};
    }

    void choose()
    {
        QFETCH(QString, environment);
        QFETCH(QString, host);
        QFETCH(QString, location);
        QFETCH(BackupLocationChoice::Problem, problem);
        QFETCH(QString, chosenName);
        QFETCH(QString, chosenPath);
        QFETCH(QStringList, able);

        const FleetConfig config = fleet();
        const BackupLocationChoice choice =
            BackupLocationChoice::choose(config, environment, host, location, [](const BackupConfig &b) { return !b.command.isEmpty(); });
        QCOMPARE(choice.problem, problem);
        QCOMPARE(choice.locationName, chosenName);
        QCOMPARE(choice.location.path, chosenPath);
        QCOMPARE(choice.able, able);
        if (problem == BackupLocationChoice::Problem::NoSuchHost) {
            QVERIFY(!choice.host);
        } else {
            QVERIFY(choice.host);
            QCOMPARE(choice.host->name, host);
            QCOMPARE(choice.host->environment, environment);
            QCOMPARE(choice.host, config.findHost(host)); // points into the configuration given
        }
    }

    // The problem in a sentence: the action's words for what "able" means, the chooser's own for what
    // does not exist; nothing when there is no problem.
    void problemText_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("text");
        QTest::newRow("none") << "production" << "web-1" << "db" << "";
        QTest::newRow("no such host") << "production" << "stage-1" << "db" << "production has no host 'stage-1'";
        QTest::newRow("none able") << "production" << "web-3" << "" << "none able on production/web-3";
        QTest::newRow("several able") << "production" << "web-2" << "" << "several on production/web-2: db, files";
        QTest::newRow("no such location") << "production" << "web-1" << "media" << "production/web-1 has no backup location 'media'";
        QTest::newRow("not able") << "production" << "web-1" << "files" << "production/web-1/files cannot";
    }

    void problemText()
    {
        QFETCH(QString, environment);
        QFETCH(QString, host);
        QFETCH(QString, location);
        QFETCH(QString, text);
        const FleetConfig config = fleet();
        const auto choice =
            BackupLocationChoice::choose(config, environment, host, location, [](const BackupConfig &b) { return !b.command.isEmpty(); });
        const BackupLocationChoice::Wording wording{QStringLiteral("none able on %1/%2"), QStringLiteral("several on %1/%2: %3"),
                                                    QStringLiteral("%1/%2/%3 cannot")};
        QCOMPARE(choice.problemText(wording), text);
    }

    // Able is the action's word: the same host's choice differs with what the action needs.
    void ableIsTheCallersRule()
    {
        const FleetConfig config = fleet();
        const auto choice = BackupLocationChoice::choose(config, QStringLiteral("production"), QStringLiteral("web-1"), QString(),
                                                         [](const BackupConfig &b) { return b.name == QStringLiteral("files"); });
        QCOMPARE(choice.problem, BackupLocationChoice::Problem::None);
        QCOMPARE(choice.locationName, QStringLiteral("files"));
        QCOMPARE(choice.able, QStringList{QStringLiteral("files")});
    }
};

QTEST_GUILESS_MAIN(TestBackupLocationChoice)
#include "TestBackupLocationChoice.moc"
