// What a docker compose host reports, read back: the services' containers from `docker compose ps
// --format json` (JSON Lines, or the JSON array older Compose printed), the tags from `docker image
// ls --format '{{json .}}'` — and what a hostile or broken host can make of it (tags and image
// names outside Docker's grammar, digests, services on different tags, a service not running, an
// answer cut short); Docker's reference grammar itself; and the switch, with every value quoted.

#include "release/ComposeStrategy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

// One line as `docker compose ps --format json` prints it.
QJsonObject container(const QString &service, const QString &image, const QString &state, const QString &health = {})
{
    return QJsonObject{{QStringLiteral("Command"), QStringLiteral("\"./bin/rails server\"")},
                       {QStringLiteral("CreatedAt"), QStringLiteral("2026-12-03 14:00:00 +0000 UTC")},
                       {QStringLiteral("ExitCode"), QJsonValue(0)},
                       {QStringLiteral("Health"), health},
                       {QStringLiteral("ID"), QStringLiteral("894b12858e14")},
                       {QStringLiteral("Image"), image},
                       {QStringLiteral("Name"), QString(QStringLiteral("shop-") + service + QStringLiteral("-1"))},
                       {QStringLiteral("Project"), QStringLiteral("shop")},
                       {QStringLiteral("Publishers"), QJsonArray{}},
                       {QStringLiteral("Service"), service},
                       {QStringLiteral("State"), state},
                       {QStringLiteral("Status"), QStringLiteral("Up 2 days")}};
}
QByteArray lines(const QList<QJsonObject> &rows)
{
    QByteArray out;
    for (const QJsonObject &o : rows)
        out += QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    return out;
}
// One line as `docker image ls --format '{{json .}}'` prints it.
QJsonObject image(const QString &repository, const QString &tag, const QString &createdAt)
{
    return QJsonObject{{QStringLiteral("Containers"), QStringLiteral("N/A")}, {QStringLiteral("CreatedAt"), createdAt},
                       {QStringLiteral("CreatedSince"), QStringLiteral("2 days ago")}, {QStringLiteral("Digest"), QStringLiteral("<none>")},
                       {QStringLiteral("ID"), QStringLiteral("0123456789ab")}, {QStringLiteral("Repository"), repository},
                       {QStringLiteral("SharedSize"), QStringLiteral("N/A")}, {QStringLiteral("Size"), QStringLiteral("412MB")},
                       {QStringLiteral("Tag"), tag}, {QStringLiteral("UniqueSize"), QStringLiteral("N/A")},
                       {QStringLiteral("VirtualSize"), QStringLiteral("412MB")}};
}
const QString kRepo = QStringLiteral("registry.example.com:5000/team/shop");

QByteArray standardImages()
{
    return lines({image(kRepo, QStringLiteral("v1.9.0"), QStringLiteral("2026-12-01 14:00:00 +0000 UTC")),
                  image(kRepo, QStringLiteral("v1.10.0"), QStringLiteral("2026-12-02 14:00:00 +0000 UTC")),
                  image(QStringLiteral("redis"), QStringLiteral("7.2"), QStringLiteral("2026-11-01 14:00:00 +0000 UTC"))});
}

QByteArray answer(const QByteArray &containers, const QByteArray &images = standardImages(), const QByteArray &services = "web worker")
{
    return tokens({"now", "1700000500", "services", services, "free", "2048000", "containers", containers, "images", images});
}
} // namespace

class TestComposeStrategy final : public QObject
{
    Q_OBJECT
    ComposeStrategy m_strategy;

private Q_SLOTS:
    void readsTagsNewestFirstAndTheRunningOne()
    {
        const QByteArray out = answer(lines({container(QStringLiteral("redis"), QStringLiteral("redis:7.2"), QStringLiteral("running")),
                                             container(QStringLiteral("web"), kRepo + QStringLiteral(":v1.10.0"), QStringLiteral("running"),
                                                       QStringLiteral("healthy")),
                                             container(QStringLiteral("worker"), kRepo + QStringLiteral(":v1.10.0"), QStringLiteral("running"))}));
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("web-1"), out);
        QVERIFY(s.reached);
        QCOMPARE(s.current, QStringLiteral("v1.10.0"));
        QVERIFY2(s.currentProblem.isEmpty(), qPrintable(s.currentProblem));
        QCOMPARE(s.freeKiB, 2048000);
        QCOMPARE(s.hostNow, QDateTime::fromSecsSinceEpoch(1700000500, Qt::UTC));
        // By when the image was created: v1.10.0 is newer than v1.9.0; redis's tag is not the app's.
        QCOMPARE(s.releases.size(), 2);
        QCOMPARE(s.releases.at(0).name, QStringLiteral("v1.10.0"));
        QCOMPARE(s.releases.at(1).name, QStringLiteral("v1.9.0"));
        QCOMPARE(s.releases.at(1).revisionTime, QDateTime(QDate(2026, 12, 1), QTime(14, 0), Qt::UTC));
        QVERIFY(s.releases.at(1).complete());
        QVERIFY(s.rejectedNames.isEmpty());
    }

    void readsTheJsonArrayOfOlderCompose()
    {
        const QJsonArray rows{container(QStringLiteral("web"), kRepo + QStringLiteral(":v1.9.0"), QStringLiteral("running")),
                              container(QStringLiteral("worker"), kRepo + QStringLiteral(":v1.9.0"), QStringLiteral("running"))};
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("web-1"), answer(QJsonDocument(rows).toJson(QJsonDocument::Compact)));
        QCOMPARE(s.current, QStringLiteral("v1.9.0"));
    }

    void hostileAndDisagreeingHosts_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QStringList>("rejected");
        QTest::addColumn<QString>("problem");
        const QJsonObject web = container(QStringLiteral("web"), kRepo + QStringLiteral(":v1.10.0"), QStringLiteral("running"));
        const QJsonObject worker = container(QStringLiteral("worker"), kRepo + QStringLiteral(":v1.10.0"), QStringLiteral("running"));
        const QStringList both{QStringLiteral("v1.10.0"), QStringLiteral("v1.9.0")};

        QTest::newRow("services on different tags")
            << answer(lines({web, container(QStringLiteral("worker"), kRepo + QStringLiteral(":v1.9.0"), QStringLiteral("running"))}))
            << QString() << both << QStringList()
            << QStringLiteral("the services run different tags: web: v1.10.0; worker: v1.9.0");
        QTest::newRow("a service not running")
            << answer(lines({web, container(QStringLiteral("worker"), kRepo + QStringLiteral(":v1.10.0"), QStringLiteral("exited"))}))
            << QString() << both << QStringList() << QStringLiteral("service worker has no running container");
        QTest::newRow("a service without a container") << answer(lines({web})) << QString() << both << QStringList()
                                                        << QStringLiteral("service worker has no running container");
        QTest::newRow("a hostile tag in the image list")
            << answer(lines({web, worker}), standardImages() + lines({image(kRepo, QStringLiteral("$(touch pwned)"), QStringLiteral("2026-12-04 14:00:00 +0000 UTC")),
                                                                      image(kRepo, QStringLiteral("a\nb"), QStringLiteral("2026-12-04 14:00:00 +0000 UTC")),
                                                                      image(kRepo, QStringLiteral("x..y"), QStringLiteral("2026-12-04 14:00:00 +0000 UTC"))}))
            << QStringLiteral("v1.10.0") << both
            << QStringList{kRepo + QStringLiteral(":$(touch pwned)"), kRepo + QStringLiteral(":a\nb"), kRepo + QStringLiteral(":x..y")} << QString();
        QTest::newRow("a hostile image a container runs")
            << answer(lines({container(QStringLiteral("web"), QStringLiteral("shop;rm -rf /:v1"), QStringLiteral("running")), worker}))
            << QString() << both << QStringList{QStringLiteral("shop;rm -rf /:v1")}
            << QStringLiteral("service web runs an image OpsDeck does not handle: 'shop;rm -rf /' is not an image name by Docker's rules");
        QTest::newRow("an image pinned by digest")
            << answer(lines({container(QStringLiteral("web"), kRepo + QStringLiteral("@sha256:") + QString(64, u'a'), QStringLiteral("running")), worker}))
            << QString() << both << QStringList{kRepo + QStringLiteral("@sha256:") + QString(64, u'a')}
            << QStringLiteral("is pinned by digest, not by a tag");
        QTest::newRow("a tag only one repository has")
            << answer(lines({web, worker, container(QStringLiteral("jobs"), QStringLiteral("other/jobs:v1.10.0"), QStringLiteral("running"))}),
                      standardImages() + lines({image(QStringLiteral("other/jobs"), QStringLiteral("v1.10.0"), QStringLiteral("2026-12-02 15:00:00 +0000 UTC"))}),
                      "web worker jobs")
            << QStringLiteral("v1.10.0") << QStringList{QStringLiteral("v1.10.0")} << QStringList() << QString();
        QTest::newRow("containers of services not configured are ignored")
            << answer(lines({web, worker, container(QStringLiteral("redis"), QStringLiteral("redis:$(id)"), QStringLiteral("running"))}))
            << QStringLiteral("v1.10.0") << both << QStringList() << QString();
    }
    void hostileAndDisagreeingHosts()
    {
        QFETCH(QByteArray, out);
        QFETCH(QString, current);
        QFETCH(QStringList, tags);
        QFETCH(QStringList, rejected);
        QFETCH(QString, problem);
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("web-1"), out);
        QVERIFY(s.reached);
        QCOMPARE(s.current, current);
        QStringList names;
        for (const ReleaseOnHost &r : s.releases)
            names << r.name;
        QCOMPARE(names, tags);
        QCOMPARE(s.rejectedNames, rejected);
        if (problem.isEmpty())
            QVERIFY2(s.currentProblem.isEmpty(), qPrintable(s.currentProblem));
        else
            QVERIFY2(s.currentProblem.contains(problem), qPrintable(s.currentProblem));
    }

    void anAnswerCutShortIsNotReached()
    {
        QByteArray out = answer(lines({container(QStringLiteral("web"), kRepo + QStringLiteral(":v1.9.0"), QStringLiteral("running"))}));
        out.chop(out.size() - out.indexOf("images"));
        const HostReleaseState s = m_strategy.parseInventory(QStringLiteral("web-1"), out);
        QVERIFY(!s.reached);
        QVERIFY(s.releases.isEmpty());
        QVERIFY(!s.error.isEmpty());
    }

    void dockerReferenceGrammar_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("repository");
        QTest::addColumn<QString>("tag");
        QTest::newRow("registry with port") << QStringLiteral("registry.example.com:5000/team/shop:v1.2") << QStringLiteral("registry.example.com:5000/team/shop")
                                            << QStringLiteral("v1.2");
        QTest::newRow("no tag is latest") << QStringLiteral("registry.example.com:5000/shop") << QStringLiteral("registry.example.com:5000/shop")
                                          << QStringLiteral("latest");
        QTest::newRow("separators") << QStringLiteral("my_org/app__x.y-z:2026.12.04-abc_1") << QStringLiteral("my_org/app__x.y-z")
                                    << QStringLiteral("2026.12.04-abc_1");
        QTest::newRow("upper case repository") << QStringLiteral("Shop:v1") << QString() << QString();
        QTest::newRow("shell in the repository") << QStringLiteral("shop$(id):v1") << QString() << QString();
        QTest::newRow("tag too long") << QStringLiteral("shop:") + QString(129, u'a') << QString() << QString();
        QTest::newRow("tag with a plus") << QStringLiteral("shop:v1+build") << QString() << QString();
        QTest::newRow("tag starting with a dot") << QStringLiteral("shop:.v1") << QString() << QString();
        QTest::newRow("tag starting with an underscore") << QStringLiteral("shop:_v1") << QString() << QString(); // Docker's, but not a release name
        QTest::newRow("digest") << QStringLiteral("shop@sha256:abc") << QString() << QString();
        QTest::newRow("empty") << QString() << QString() << QString();
        QTest::newRow("newline") << QStringLiteral("shop:v1\nrm") << QString() << QString();
        QTest::newRow("trailing newline") << QStringLiteral("shop:v1\n") << QString() << QString();
        QTest::newRow("trailing newline in the repository") << QStringLiteral("shop\n:v1") << QString() << QString();
    }
    void dockerReferenceGrammar()
    {
        QFETCH(QString, reference);
        QFETCH(QString, repository);
        QFETCH(QString, tag);
        ImageReference ref;
        const QString why = ComposeStrategy::parseImage(reference, &ref);
        if (repository.isEmpty()) {
            QVERIFY2(!why.isEmpty(), qPrintable(reference));
            return;
        }
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QCOMPARE(ref.repository, repository);
        QCOMPARE(ref.tag, tag);
    }

    void switchQuotesEveryValue()
    {
        AppConfig app;
        app.name = QStringLiteral("shop");
        app.strategy = QStringLiteral("compose");
        app.composeFile = QStringLiteral("/srv/it's shop/docker-compose.yml");
        app.composeServices = {QStringLiteral("web"), QStringLiteral("worker")};
        QCOMPARE(ComposeStrategy::pinFile(app), QStringLiteral("/srv/it's shop/opsdeck.override.yml"));
        QCOMPARE(ComposeStrategy::project(app), QStringLiteral("shop"));
        app.composeProject = QStringLiteral("shop-prod");
        QCOMPARE(ComposeStrategy::project(app), QStringLiteral("shop-prod"));
        const QString command = m_strategy.switchCommand(app, QStringLiteral("v1.9.0"), QStringLiteral("v1.10.0"), QStringLiteral("alice"));
        QVERIFY2(command.endsWith(QStringLiteral("'opsdeck-switch' '/srv/it'\\''s shop/docker-compose.yml' '/srv/it'\\''s shop/opsdeck.override.yml' "
                                                 "'shop-prod' 'v1.9.0' 'v1.10.0' 'web' 'worker'")),
                 qPrintable(command));
        const QString steps = m_strategy.switchSteps(app, QStringLiteral("v1.9.0"), QStringLiteral("v1.10.0"));
        QVERIFY2(steps.contains(QStringLiteral("'docker' 'compose' '-f' '/srv/it'\\''s shop/docker-compose.yml' '-f' '/srv/it'\\''s shop/opsdeck.override.yml' "
                                               "'-p' 'shop-prod' 'up' '-d' '--no-deps' '--wait' 'web' 'worker'")),
                 qPrintable(steps));
        QVERIFY(m_strategy.switchChangedNothing(4));
        QVERIFY(!m_strategy.switchChangedNothing(6));
        QVERIFY(m_strategy.switchLeftTarget(9)); // recreated on the target, a healthcheck failed
        QVERIFY(!m_strategy.switchLeftTarget(6));
        QVERIFY(m_strategy.inventoryCommand(app).endsWith(QStringLiteral("'shop-prod' 'web' 'worker'")));
    }
};

QTEST_GUILESS_MAIN(TestComposeStrategy)
#include "TestComposeStrategy.moc"
