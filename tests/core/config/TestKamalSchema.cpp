// KamalSchema: an app's Kamal names (service, role, destination) and its kamal_control read from their
// nodes (values, errors at their positions, the keys refused on an app whose strategy is not kamal),
// and the control hosts checked once the whole file is read: a host of the file, the same for every
// host of the app in its environment, each problem reported at the host: entry that names it.

#include "config/KamalSchema.h"

#include "SchemaTesting.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestKamalSchema final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void names_data()
    {
        QTest::addColumn<QString>("app");        // the app's name
        QTest::addColumn<QByteArray>("yaml");    // the app's node
        QTest::addColumn<bool>("kamal");         // its strategy is kamal
        QTest::addColumn<QStringList>("errors"); // "line:column: message"
        QTest::addColumn<QStringList>("names");  // service, role, destination read

        QTest::newRow("the app's name as service") << QStringLiteral("api") << QByteArray("other: 1\n") << true << QStringList{}
                                                   << QStringList{QStringLiteral("api"), QStringLiteral("web"), QString()};
        QTest::newRow("all three") << QStringLiteral("Api") << QByteArray("service: photo-api\nrole: jobs\ndestination: eu_1\n") << true
                                   << QStringList{}
                                   << QStringList{QStringLiteral("photo-api"), QStringLiteral("jobs"), QStringLiteral("eu_1")};
        QTest::newRow("hostile values stay out")
            << QStringLiteral("api") << QByteArray("service: 'api;reboot'\nrole: '$(id)'\ndestination: \"a b\"\n") << true
            << QStringList{QStringLiteral("1:10: service 'api;reboot' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a "
                                          "letter or digit"),
                           QStringLiteral("2:7: role '$(id)' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a letter "
                                          "or digit"),
                           QStringLiteral("3:14: destination 'a b' must be 1-63 of lowercase letters, digits, '_' and '-', starting with a "
                                          "letter or digit")}
            << QStringList{QStringLiteral("api"), QStringLiteral("web"), QString()};
        QTest::newRow("a name that is no service")
            << QStringLiteral("Upper_Case") << QByteArray("other: 1\n") << true
            << QStringList{QStringLiteral("1:1: app 'Upper_Case' needs a 'service' (Kamal's service name): its name is not one")}
            << QStringList{QStringLiteral("Upper_Case"), QStringLiteral("web"), QString()};
        QTest::newRow("not a kamal app") << QStringLiteral("api") << QByteArray("role: jobs\n") << false
                                         << QStringList{QStringLiteral("1:7: 'role' is for apps with strategy: kamal")}
                                         << QStringList{QStringLiteral("api"), QStringLiteral("web"), QString()};
    }

    void names()
    {
        QFETCH(QString, app);
        QFETCH(QByteArray, yaml);
        QFETCH(bool, kamal);
        QFETCH(QStringList, errors);
        QFETCH(QStringList, names);
        ConfigErrors found;
        int suppressed = 0;
        SchemaReader reader(QStringLiteral("fleet.yaml"), QStringLiteral("/"), found, suppressed);
        KamalSchema schema(reader);
        const YamlNode node = parsedYaml(yaml);
        const SchemaFields f = reader.fields(node, {{"service"}, {"role"}, {"destination"}, {"other"}}, QStringLiteral("app"));
        AppConfig config;
        config.name = app;
        schema.readNames(config, f, node, kamal);
        QCOMPARE(errorTexts(found), errors);
        QCOMPARE((QStringList{config.kamalService, config.kamalRole, config.kamalDestination}), names);
        QCOMPARE(suppressed, 0);
    }

    void control_data()
    {
        QTest::addColumn<QByteArray>("yaml");    // the kamal_control node
        QTest::addColumn<bool>("kamal");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("path");

        QTest::newRow("host and path") << QByteArray("{host: deploy-1, path: /srv/photo-api/, timeout: 10m}") << true << QStringList{}
                                       << QStringLiteral("deploy-1") << QStringLiteral("/srv/photo-api");
        QTest::newRow("hostile values stay out")
            << QByteArray("{host: 'deploy-1;id', path: 'srv/evil$(id)', timeout: 1s}") << true
            << QStringList{QStringLiteral("1:8: invalid kamal_control host 'deploy-1;id': a name may contain only letters, digits, '-', '_' and '.'"),
                           QStringLiteral("1:29: invalid kamal_control path 'srv/evil$(id)': a remote path must be absolute (start with '/')"),
                           QStringLiteral("1:55: kamal_control timeout must be between 10s and 2h, found 1s")}
            << QString() << QString();
        QTest::newRow("no host") << QByteArray("{path: /srv/a}") << true
                                 << QStringList{QStringLiteral("1:1: kamal_control of app 'api' is missing the required key 'host'")} << QString()
                                 << QStringLiteral("/srv/a");
        QTest::newRow("not a mapping") << QByteArray("deploy-1") << true
                                       << QStringList{QStringLiteral("1:1: kamal_control of app 'api' must be a mapping, found a scalar")}
                                       << QString() << QString();
        QTest::newRow("not a kamal app") << QByteArray("{host: deploy-1, path: /srv/a}") << false
                                         << QStringList{QStringLiteral("1:1: 'kamal_control' is for apps with strategy: kamal")} << QString()
                                         << QString();
    }

    void control()
    {
        QFETCH(QByteArray, yaml);
        QFETCH(bool, kamal);
        QFETCH(QStringList, errors);
        QFETCH(QString, host);
        QFETCH(QString, path);
        ConfigErrors found;
        int suppressed = 0;
        SchemaReader reader(QStringLiteral("fleet.yaml"), QStringLiteral("/"), found, suppressed);
        KamalSchema schema(reader);
        AppConfig app;
        app.name = QStringLiteral("api");
        HostConfig web;
        web.name = QStringLiteral("web-1");
        schema.readControl(app, parsedYaml(yaml), web, kamal);
        QCOMPARE(errorTexts(found), errors);
        QCOMPARE(app.kamalControlHost, host);
        QCOMPARE(app.kamalControlPath, path);
    }

    // Two hosts of the app in one environment: the control host must be a host of the file, and the
    // host whose kamal_control differs from the other's is reported at its own host: entry.
    void controlsCheckedAgainstTheFile_data()
    {
        QTest::addColumn<QByteArray>("second");  // web-2's kamal_control (web-1's: {host: deploy-1, path: /srv/a})
        QTest::addColumn<QStringList>("errors");

        QTest::newRow("the same") << QByteArray("{host: deploy-1, path: /srv/a}") << QStringList{};
        QTest::newRow("another path")
            << QByteArray("{host: deploy-1, path: /srv/b}")
            << QStringList{QStringLiteral("1:8: app 'api' has a kamal_control on host 'web-1' that host 'web-2' does not have: kamal rollback "
                                          "acts on every host of the app, so each of them names the same control host, path and timeout"),
                           QStringLiteral("2:8: app 'api' has a kamal_control on host 'web-2' that host 'web-1' does not have: kamal rollback "
                                          "acts on every host of the app, so each of them names the same control host, path and timeout")};
        QTest::newRow("a host not in the file")
            << QByteArray("{host: nowhere, path: /srv/a}")
            << QStringList{QStringLiteral("1:8: app 'api' has a kamal_control on host 'web-1' that host 'web-2' does not have: kamal rollback "
                                          "acts on every host of the app, so each of them names the same control host, path and timeout"),
                           QStringLiteral("2:8: kamal_control: host 'nowhere' is not a host of this file")};
    }

    void controlsCheckedAgainstTheFile()
    {
        QFETCH(QByteArray, second);
        QFETCH(QStringList, errors);
        ConfigErrors found;
        int suppressed = 0;
        SchemaReader reader(QStringLiteral("fleet.yaml"), QStringLiteral("/"), found, suppressed);
        KamalSchema schema(reader);
        EnvironmentConfig env;
        env.name = QStringLiteral("production");
        for (const QString &name : {QStringLiteral("web-1"), QStringLiteral("web-2"), QStringLiteral("deploy-1")}) {
            HostConfig host;
            host.name = name;
            host.environment = env.name;
            env.hosts << host;
        }
        const QByteArray yaml[] = {QByteArray("{host: deploy-1, path: /srv/a}"), QByteArray("\n") + second.trimmed()};
        for (int i = 0; i < 2; ++i) {
            AppConfig app;
            app.name = QStringLiteral("api");
            schema.readControl(app, parsedYaml(yaml[i]), env.hosts[i], true);
            env.hosts[i].apps << app;
        }
        QVERIFY2(found.isEmpty(), qPrintable(errorTexts(found).join(u'\n')));
        FleetConfig config;
        config.environments = {env};
        schema.checkControls(config);
        QCOMPARE(errorTexts(found), errors);
    }
};

QTEST_GUILESS_MAIN(TestKamalSchema)
#include "TestKamalSchema.moc"
