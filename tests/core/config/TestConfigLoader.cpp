// Golden cases: tests/core/config/golden/<case>/{input.yaml, expected.txt}. expected.txt holds either
// "OK: <summary>" or every error as "input.yaml:line:col: message". Regenerate after a deliberate
// change with OPSDECK_UPDATE_GOLDEN=1 and review the diff.

#include "config/ConfigLoader.h"

#include <QDir>
#include <QTest>

using namespace opsdeck;

class TestConfigLoader final : public QObject
{
    Q_OBJECT
private:
    static QString goldenRoot() { return QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/config/golden"); }

    static QString render(const ConfigLoadResult &result)
    {
        if (result.ok())
            return QStringLiteral("OK: ") + result.config->summary() + u'\n';
        QString text;
        for (const ConfigError &error : result.errors)
            text += error.toString() + u'\n';
        if (result.suppressedErrors > 0)
            text += QStringLiteral("(%1 more)\n").arg(result.suppressedErrors);
        return text;
    }

    static ConfigLoadResult loadGolden(const QString &dir)
    {
        QFile input(dir + QStringLiteral("/input.yaml"));
        if (!input.open(QIODevice::ReadOnly))
            qFatal("cannot read %s", qPrintable(input.fileName()));
        return ConfigLoader::loadBytes(input.readAll(), QStringLiteral("input.yaml"), dir);
    }

private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("dir");
        const QStringList cases = QDir(goldenRoot()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        QVERIFY(cases.size() >= 20);
        for (const QString &name : cases)
            QTest::newRow(qPrintable(name)) << goldenRoot() + u'/' + name;
    }

    void golden()
    {
        QFETCH(QString, dir);
        const QString actual = render(loadGolden(dir));
        QFile expectedFile(dir + QStringLiteral("/expected.txt"));
        if (qEnvironmentVariableIsSet("OPSDECK_UPDATE_GOLDEN")) {
            QVERIFY(expectedFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
            expectedFile.write(actual.toUtf8());
            return;
        }
        QVERIFY2(expectedFile.open(QIODevice::ReadOnly), qPrintable(expectedFile.fileName()));
        QCOMPARE(actual, QString::fromUtf8(expectedFile.readAll()));
    }

    // An app of each release strategy: Kamal's names and their defaults, the app's own health checks.
    void readsReleaseStrategies()
    {
        const ConfigLoadResult result = loadGolden(goldenRoot() + QStringLiteral("/release-strategies-valid"));
        QVERIFY(result.ok());
        const QList<AppConfig> apps = result.config->environments.constFirst().hosts.constFirst().apps;
        QCOMPARE(apps.size(), 5);
        QCOMPARE(apps.at(0).strategy, QStringLiteral("capistrano"));
        QCOMPARE(apps.at(0).services, QStringList{QStringLiteral("web")});
        const AppConfig &api = apps.at(1);
        QCOMPARE(api.strategy, QStringLiteral("kamal"));
        QVERIFY(api.path.isEmpty());
        QCOMPARE(api.kamalService, QStringLiteral("photo-api"));
        QCOMPARE(api.kamalRole, QStringLiteral("web"));
        QVERIFY(api.kamalDestination.isEmpty());
        QCOMPARE(api.appPort, 80);
        QVERIFY(api.services.isEmpty());
        QCOMPARE(api.health.size(), 2);
        QCOMPARE(api.health.at(0).url, QStringLiteral("http://10.0.0.1/up"));
        const AppConfig &chat = apps.at(2);
        QCOMPARE(chat.kamalDestination, QStringLiteral("production"));
        QCOMPARE(chat.appPort, 3000);
        const AppConfig &shop = apps.at(3);
        QCOMPARE(shop.strategy, QStringLiteral("compose"));
        QVERIFY(shop.path.isEmpty());
        QCOMPARE(shop.composeFile, QStringLiteral("/srv/shop/docker-compose.yml"));
        QVERIFY(shop.composeProject.isEmpty()); // compose is given the app's name
        QCOMPARE(shop.composeServices, (QStringList{QStringLiteral("web"), QStringLiteral("worker")}));
        QCOMPARE(shop.health.size(), 1);
        const AppConfig &eu = apps.at(4);
        QCOMPARE(eu.composeProject, QStringLiteral("shop_eu"));
        QCOMPARE(eu.composeServices, QStringList{QStringLiteral("web")});
    }

    // kamal_control: the control host and the project's directory (cleaned), with its own timeout;
    // an app without it has none.
    void readsKamalControl()
    {
        const ConfigLoadResult result = loadGolden(goldenRoot() + QStringLiteral("/kamal-control-valid"));
        QVERIFY(result.ok());
        for (const HostConfig &host : result.config->environments.constFirst().hosts) {
            if (host.name == QLatin1String("deploy-1"))
                continue;
            const AppConfig &api = host.apps.constFirst();
            QCOMPARE(api.kamalControlHost, QStringLiteral("deploy-1"));
            QCOMPARE(api.kamalControlPath, QStringLiteral("/srv/photo-api"));
            QCOMPARE(api.kamalControlTimeout, Milliseconds(15 * 60'000));
            QCOMPARE(api.kamalDestination, QStringLiteral("production"));
        }
        const ConfigLoadResult other = loadGolden(goldenRoot() + QStringLiteral("/release-strategies-valid"));
        QVERIFY(other.ok());
        QVERIFY(other.config->environments.constFirst().hosts.constFirst().apps.at(1).kamalControlHost.isEmpty());
    }

    // What the summary line cannot show: the values behind a valid file.
    void resolvesDefaultsAndPaths()
    {
        const QString dir = goldenRoot() + QStringLiteral("/valid-full");
        const ConfigLoadResult result = loadGolden(dir);
        QVERIFY(result.ok());
        const FleetConfig &config = *result.config;
        QCOMPARE(config.ssh.port, 2222);
        QCOMPARE(config.ssh.identityFile, dir + QStringLiteral("/keys/deploy_ed25519"));
        QCOMPARE(config.ssh.knownHostsFile, QDir::homePath() + QStringLiteral("/.ssh/known_hosts"));
        QCOMPARE(config.thresholds.memoryPercent, 85.5);
        QCOMPARE(config.ssh.idleTimeout, Milliseconds(600'000));
        QCOMPARE(config.ssh.keepaliveInterval, Milliseconds(30'000));
        QCOMPARE(config.thresholds.responseTimeWarning, Milliseconds(1500));
        QCOMPARE(config.thresholds.unreachableFailures, 3);
        QCOMPARE(config.thresholds.unreachableWindow, Milliseconds(20'000));
        const HostConfig *bastion = config.findHost(QStringLiteral("bastion"));
        QVERIFY(bastion);
        QCOMPARE(bastion->port, 2222);          // inherited
        QCOMPARE(bastion->user, QStringLiteral("deploy"));
        const HostConfig *web = config.findHost(QStringLiteral("web-1"));
        QVERIFY(web);
        QCOMPARE(web->port, 22);                 // overridden
        QCOMPARE(web->address, QStringLiteral("2001:db8::10"));
        QCOMPARE(web->jumpHost, QStringLiteral("bastion"));
        QCOMPARE(web->identityFile, QDir::homePath() + QStringLiteral("/.ssh/web"));
        QCOMPARE(web->services.size(), 2);
        const ServiceConfig &service = web->services.at(0);
        QCOMPARE(service.unit, QStringLiteral("puma@main.service"));
        QCOMPARE(service.health.size(), 2);
        QCOMPARE(service.health.at(0).format, HealthFormat::Seeds);
        QCOMPARE(service.health.at(0).interval, Milliseconds(20'000));
        QCOMPARE(service.health.at(0).redirectHosts,
                 QStringList({QStringLiteral("status.example.com"), QStringLiteral("login.example.com:8443"),
                              QStringLiteral("[2001:db8::1]:443")}));
        QVERIFY(service.health.at(1).redirectHosts.isEmpty());
        QCOMPARE(service.health.at(1).format, HealthFormat::Auto);
        QCOMPARE(service.health.at(1).interval, Milliseconds(15'000)); // from defaults
        QCOMPARE(service.health.at(1).timeout, Milliseconds(3'000));
        QCOMPARE(service.restartCommand.size(), 6);
        QVERIFY(!service.useSudo);
        QCOMPARE(web->services.at(1).unit, QStringLiteral("nginx.service")); // name without suffix
        QCOMPARE(web->apps.at(0).path, QStringLiteral("/var/www/shop"));
        QCOMPARE(web->apps.at(0).keepReleases, 10);
        QCOMPARE(web->backups.at(0).rpo, Milliseconds(3'600'000));
        QVERIFY(!web->backups.at(0).keep.enabled());
        QVERIFY(web->backups.at(0).command.isEmpty());
        QCOMPARE(web->backups.at(1).keep.daily, 7);
        QCOMPARE(web->backups.at(1).keep.weekly, 4);
        QCOMPARE(web->backups.at(1).keep.monthly, 6);
        QCOMPARE(web->backups.at(1).command, QStringList({QStringLiteral("/var/www/shop/current/bin/backup"), QStringLiteral("--all")}));
        QCOMPARE(web->backups.at(1).commandTimeout, Milliseconds(2 * 3'600'000));
        QCOMPARE(web->backups.at(0).verifyEvery, Milliseconds(0));
        QCOMPARE(web->backups.at(1).verifyEvery, Milliseconds(7 * 86'400'000LL));
        QCOMPARE(config.environments.at(0).confirmation, ConfirmationMode::Typed);
        QVERIFY(config.environments.at(0).requireApproval);
        QCOMPARE(config.environments.at(0).approvalExpiry, Milliseconds(30 * 60'000));
        QCOMPARE(config.environments.at(0).checklistTemplates, QStringList({QStringLiteral("production"), QStringLiteral("staging")}));
        QCOMPARE(config.people.at(0).roles, QStringList({QStringLiteral("devops_lead"), QStringLiteral("tech_lead")}));
    }

    void seedsExampleIsValid()
    {
        const ConfigLoadResult result = ConfigLoader::loadFile(QStringLiteral(OPSDECK_SOURCE_DIR "/examples/family-photo-share.yaml"));
        QVERIFY2(result.ok(), result.errors.isEmpty() ? "" : qPrintable(result.errors.constFirst().toString()));
        const HostConfig *app = result.config->findHost(QStringLiteral("app-1"));
        QVERIFY(app);
        QCOMPARE(app->backups.at(0).patterns.size(), 3);
        QCOMPARE(result.config->thresholds.responseTimeWarning, Milliseconds(2'000));
        QCOMPARE(result.config->thresholds.unreachableFailures, 2); // the defaults
        QCOMPARE(result.config->thresholds.unreachableWindow, Milliseconds(10'000));
    }

    void refusesHugeFileWithoutReadingIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.yaml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(100LL * 1024 * 1024)); // sparse: 100 MB on paper
        file.close();
        QElapsedTimer timer;
        timer.start();
        const ConfigLoadResult result = ConfigLoader::loadFile(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.errors.size(), 1);
        QVERIFY2(result.errors.at(0).message.startsWith(QStringLiteral("file is too large")),
                 qPrintable(result.errors.at(0).message));
    }

    void deepFlowNestingIsRefusedQuickly()
    {
        const QByteArray text = "version: 1\nenvironments: " + QByteArray(200'000, '[') + QByteArray(200'000, ']');
        const ConfigLoadResult result = ConfigLoader::loadBytes(text, QStringLiteral("deep.yaml"), QDir::tempPath());
        QVERIFY(!result.ok());
        QVERIFY(result.errors.at(0).message.startsWith(QStringLiteral("nesting is too deep")));
    }

    void errorCountIsCapped()
    {
        QByteArray text = "version: 1\nenvironments:\n  p:\n    hosts:\n";
        for (int i = 0; i < 500; ++i)
            text += "      h" + QByteArray::number(i) + ": {address: '-x', user: deploy}\n";
        const ConfigLoadResult result = ConfigLoader::loadBytes(text, QStringLiteral("many.yaml"), QDir::tempPath());
        QCOMPARE(result.errors.size(), ConfigLoader::kMaxErrors);
        QCOMPARE(result.suppressedErrors, 500 - ConfigLoader::kMaxErrors);
    }

    void missingFileIsAnError()
    {
        const ConfigLoadResult result = ConfigLoader::loadFile(QStringLiteral("/nonexistent/fleet.yaml"));
        QVERIFY(!result.ok());
        QVERIFY(result.errors.at(0).toString().startsWith(QStringLiteral("/nonexistent/fleet.yaml:1:1: cannot read the file")));
    }
};

QTEST_GUILESS_MAIN(TestConfigLoader)
#include "TestConfigLoader.moc"
