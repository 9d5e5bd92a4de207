// ComposeSchema: an app's compose_* keys read from its mapping (values, errors at their positions),
// and the same keys refused on an app whose strategy is not compose.

#include "config/ComposeSchema.h"

#include "SchemaTesting.h"

#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

class TestComposeSchema final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void read_data()
    {
        QTest::addColumn<QString>("app");         // the app's name
        QTest::addColumn<QByteArray>("yaml");     // the app's node
        QTest::addColumn<bool>("compose");        // its strategy is compose
        QTest::addColumn<QStringList>("errors");  // "line:column: message"
        QTest::addColumn<QString>("file");        // composeFile read
        QTest::addColumn<QString>("project");     // composeProject read
        QTest::addColumn<QStringList>("services");

        QTest::newRow("all three") << QStringLiteral("shop")
                                   << QByteArray("compose_file: /srv/shop/./docker-compose.yml\ncompose_project: shop-prod\n"
                                                 "compose_services: [web, worker.1]\n")
                                   << true << QStringList{} << QStringLiteral("/srv/shop/docker-compose.yml")
                                   << QStringLiteral("shop-prod") << QStringList{QStringLiteral("web"), QStringLiteral("worker.1")};
        QTest::newRow("the app's name as project")
            << QStringLiteral("shop") << QByteArray("compose_file: /srv/shop/compose.yml\ncompose_services: [web]\n") << true
            << QStringList{} << QStringLiteral("/srv/shop/compose.yml") << QString() << QStringList{QStringLiteral("web")};
        QTest::newRow("nothing given")
            << QStringLiteral("Shop") << QByteArray("other: 1\n") << true
            << QStringList{QStringLiteral("1:1: app 'Shop' needs a 'compose_file' (the path of its compose file on the host)"),
                           QStringLiteral("1:1: app 'Shop' needs a 'compose_project' (Compose's project name): its name is not one"),
                           QStringLiteral("1:1: app 'Shop' needs 'compose_services' (the Compose services whose image tag is the release)")}
            << QString() << QString() << QStringList{};
        QTest::newRow("hostile values stay out")
            << QStringLiteral("shop")
            << QByteArray("compose_file: /srv/shop/compose.yml\ncompose_project: 'shop;id'\n"
                          "compose_services: ['$(id)', web, web, 'a b']\n")
            << true
            << QStringList{QStringLiteral("2:18: compose_project 'shop;id' must be 1-63 of lowercase letters, digits, '_' and '-', "
                                          "starting with a letter or digit"),
                           QStringLiteral("3:20: compose service '$(id)' must be 1-63 of letters, digits, '.', '_' and '-', starting with a "
                                          "letter or digit"),
                           QStringLiteral("3:34: compose service 'web' is listed twice"),
                           QStringLiteral("3:39: compose service 'a b' must be 1-63 of letters, digits, '.', '_' and '-', starting with a "
                                          "letter or digit")}
            << QStringLiteral("/srv/shop/compose.yml") << QString() << QStringList{QStringLiteral("web")};
        QTest::newRow("empty services") << QStringLiteral("shop") << QByteArray("compose_file: /srv/c.yml\ncompose_services: []\n") << true
                                        << QStringList{QStringLiteral("2:19: compose_services may not be an empty list")}
                                        << QStringLiteral("/srv/c.yml") << QString() << QStringList{};
        QTest::newRow("not a compose app")
            << QStringLiteral("shop") << QByteArray("compose_file: /srv/c.yml\ncompose_services: [web]\n") << false
            << QStringList{QStringLiteral("1:15: 'compose_file' is for apps with strategy: compose"),
                           QStringLiteral("2:19: 'compose_services' is for apps with strategy: compose")}
            << QString() << QString() << QStringList{};
        QTest::newRow("not a compose app, no keys") << QStringLiteral("shop") << QByteArray("other: 1\n") << false << QStringList{}
                                                    << QString() << QString() << QStringList{};
    }

    void read()
    {
        QFETCH(QString, app);
        QFETCH(QByteArray, yaml);
        QFETCH(bool, compose);
        QFETCH(QStringList, errors);
        QFETCH(QString, file);
        QFETCH(QString, project);
        QFETCH(QStringList, services);
        ConfigErrors found;
        int suppressed = 0;
        SchemaReader reader(QStringLiteral("fleet.yaml"), QStringLiteral("/"), found, suppressed);
        ComposeSchema schema(reader);
        const YamlNode node = parsedYaml(yaml);
        const SchemaFields f = reader.fields(node, {{"compose_file"}, {"compose_project"}, {"compose_services"}, {"other"}},
                                             QStringLiteral("app"));
        AppConfig config;
        config.name = app;
        schema.read(config, f, node, compose);
        QCOMPARE(errorTexts(found), errors);
        QCOMPARE(config.composeFile, file);
        QCOMPARE(config.composeProject, project);
        QCOMPARE(config.composeServices, services);
        QCOMPARE(suppressed, 0);
    }
};

QTEST_GUILESS_MAIN(TestComposeSchema)
#include "TestComposeSchema.moc"
