// Rollback of a docker compose app as a script meets it, on real hosts (sandbox fleet sshd, the
// docker stand-in's `docker compose` with the project's .env and healthchecks, health served for
// the tag the web container runs): verified on every host with the tag pinned in OpsDeck's own
// override file and the team's compose file untouched; refused with no host changed when the tag's
// image is missing on one; a tag whose healthcheck fails → failed, roll-forward restores it;
// services on different tags are drift; a hostile tag is never offered.

#include "SandboxFleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
const QString kApp = QStringLiteral("production/shop");
const QString kImage = QStringLiteral("registry.example.com/shop:");
const QStringList kHosts{QStringLiteral("host-001"), QStringLiteral("host-002"), QStringLiteral("host-003")};
} // namespace

class TestComposeRollback final : public QObject
{
    Q_OBJECT
    std::unique_ptr<SandboxFleet> m_fleet;
    QString m_store;

    ProcessResult cli(const QStringList &arguments)
    {
        return runOpsdeck(arguments + QStringList{QStringLiteral("--store"), m_store}, m_fleet->cliEnvironment(), 120'000);
    }
    QStringList rollbackArgs(const QStringList &extra = {}) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("rollback"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("bad deploy"), QStringLiteral("--yes"), QStringLiteral("--confirm"),
                           QStringLiteral("production"), QStringLiteral("--verify-timeout"), QStringLiteral("10")}
               + extra;
    }
    QStringList forwardArgs(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("release"), QStringLiteral("forward"), kApp, QStringLiteral("--reason"),
                           QStringLiteral("revert"), QStringLiteral("--yes"), QStringLiteral("--confirm"), QStringLiteral("production")}
               + extra;
    }
    QString dir(const QString &host) const
    {
        return m_fleet->hostDir(host) + QStringLiteral("/srv/shop");
    }
    QByteArray read(const QString &path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    // The tag the web and worker containers of a host run, as `docker compose ps` says ("web=…
    // worker=…" when they differ).
    QString running(const QString &host) const
    {
        const ProcessResult r = m_fleet->docker(host, {QStringLiteral("compose"), QStringLiteral("-f"), dir(host) + QStringLiteral("/docker-compose.yml"),
                                                       QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Service}}={{.Image}}"),
                                                       QStringLiteral("web"), QStringLiteral("worker")});
        QStringList tags;
        for (const QString &line : r.out.split(u'\n', Qt::SkipEmptyParts))
            tags << line.section(u'=', 0, 0) + u'=' + line.section(u':', -1);
        if (tags.size() == 2 && tags.at(0).section(u'=', 1) == tags.at(1).section(u'=', 1))
            return tags.at(0).section(u'=', 1);
        return tags.join(u' ');
    }
    QStringList runnings() const
    {
        QStringList out;
        for (const QString &h : kHosts)
            out << running(h);
        return out;
    }
    QJsonObject listed()
    {
        const ProcessResult r = cli({QStringLiteral("release"), QStringLiteral("list"), kApp, QStringLiteral("--json")});
        return QJsonDocument::fromJson(r.out.toUtf8()).array().at(0).toObject();
    }
    static QStringList strings(const QJsonValue &v)
    {
        QStringList out;
        for (const QJsonValue &x : v.toArray())
            out << x.toString();
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fleet = std::make_unique<SandboxFleet>(QStringList{QStringLiteral("--hosts"), QStringLiteral("3"), QStringLiteral("--compose"),
                                                             QStringLiteral("--start-seconds"), QStringLiteral("1")});
        QVERIFY2(m_fleet->ok(), qPrintable(m_fleet->error()));
        m_store = QStringLiteral("sqlite://") + m_fleet->scratch(QStringLiteral("store.db"));
        QCOMPARE(runnings(), (QStringList{QStringLiteral("v1.3.0"), QStringLiteral("v1.3.0"), QStringLiteral("v1.3.0")}));
    }
    void cleanupTestCase() { m_fleet.reset(); }

    void listedWithTheRunningTagAndTheKeptOnes()
    {
        const QJsonObject app = listed();
        QCOMPARE(app.value(QStringLiteral("strategy")).toString(), QStringLiteral("compose"));
        QCOMPARE(app.value(QStringLiteral("current")).toString(), QStringLiteral("v1.3.0"));
        // Newest first, by when the tag's image was created; redis's tag is not the app's.
        QCOMPARE(strings(app.value(QStringLiteral("offerable"))),
                 (QStringList{QStringLiteral("v1.2.0"), QStringLiteral("v1.1.0"), QStringLiteral("v1.0.0")}));
        QVERIFY(strings(app.value(QStringLiteral("drift"))).isEmpty());
    }

    void refusedWithNoHostChangedWhenTheTagIsMissingOnOne()
    {
        const QStringList before = runnings();
        const ProcessResult rm = m_fleet->docker(QStringLiteral("host-002"), {QStringLiteral("image"), QStringLiteral("rm"), kImage + QStringLiteral("v1.1.0")});
        QVERIFY2(rm.exitCode == 0, qPrintable(rm.err));
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), QStringLiteral("v1.1.0")}));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QStringLiteral("release v1.1.0 is not on host-002")), qPrintable(r.err));
        QCOMPARE(runnings(), before);
        for (const QString &h : kHosts)
            QVERIFY2(!QFile::exists(dir(h) + QStringLiteral("/opsdeck.override.yml")), qPrintable(h));
    }

    void rollbackIsVerifiedOnEveryHost()
    {
        const QByteArray composeFile = read(dir(QStringLiteral("host-001")) + QStringLiteral("/docker-compose.yml"));
        const QByteArray env = read(dir(QStringLiteral("host-001")) + QStringLiteral("/.env"));
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--batch"), QStringLiteral("3")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        // The plan names what runs on each host.
        QVERIFY2(r.out.contains(QStringLiteral("'up' '-d' '--no-deps' '--wait' 'web' 'worker'")), qPrintable(r.out));
        QCOMPARE(r.out.count(QStringLiteral(": succeeded")), 3);
        QVERIFY2(r.out.contains(QStringLiteral("rollback of production/shop to v1.2.0 succeeded on 3 hosts, verified")), qPrintable(r.out));
        QCOMPARE(runnings(), (QStringList{QStringLiteral("v1.2.0"), QStringLiteral("v1.2.0"), QStringLiteral("v1.2.0")}));
        // Pinned in OpsDeck's own file; the team's compose file and .env are as they were.
        for (const QString &h : kHosts) {
            const QByteArray pin = read(dir(h) + QStringLiteral("/opsdeck.override.yml"));
            QVERIFY2(pin.contains("\"web\":\n    image: \"registry.example.com/shop:v1.2.0\""), pin.constData());
            QVERIFY2(pin.contains("\"worker\":\n    image: \"registry.example.com/shop:v1.2.0\""), pin.constData());
        }
        QCOMPARE(read(dir(QStringLiteral("host-001")) + QStringLiteral("/docker-compose.yml")), composeFile);
        QCOMPARE(read(dir(QStringLiteral("host-001")) + QStringLiteral("/.env")), env);
        // The compose healthcheck passes on the tag now running.
        const ProcessResult health = m_fleet->docker(QStringLiteral("host-002"), {QStringLiteral("compose"), QStringLiteral("-f"),
                                                                                  dir(QStringLiteral("host-002")) + QStringLiteral("/docker-compose.yml"),
                                                                                  QStringLiteral("ps"), QStringLiteral("--format"), QStringLiteral("{{.Health}}"),
                                                                                  QStringLiteral("web")});
        QCOMPARE(health.out.trimmed(), QStringLiteral("healthy"));
        const ProcessResult timeline = cli({QStringLiteral("timeline"), QStringLiteral("--kind"), QStringLiteral("release.")});
        QVERIFY2(timeline.out.contains(QStringLiteral("Release v1.3.0 of production/shop marked bad")), qPrintable(timeline.out));
        const ProcessResult forward = cli(forwardArgs({QStringLiteral("--batch"), QStringLiteral("3")}));
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QCOMPARE(runnings(), (QStringList{QStringLiteral("v1.3.0"), QStringLiteral("v1.3.0"), QStringLiteral("v1.3.0")}));
        QVERIFY(cli({QStringLiteral("release"), QStringLiteral("unmark"), kApp, QStringLiteral("v1.3.0"), QStringLiteral("--reason"), QStringLiteral("ok")}).exitCode == 0);
    }

    void failingTagStopsAndRollForwardRestores()
    {
        const QString from = runnings().constFirst();
        // A tag on every host whose web healthcheck (and /health) fails once it runs.
        const QString bad = QStringLiteral("v2.0.0-rc1");
        QCOMPARE(m_fleet->composeDeploy({QStringLiteral("--tag"), bad, QStringLiteral("--unhealthy"), QStringLiteral("--no-switch")}), bad);
        const ProcessResult r = cli(rollbackArgs({QStringLiteral("--to"), bad, QStringLiteral("--verify-timeout"), QStringLiteral("6")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("host-001: failed")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("container shop-web-1 is unhealthy")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("host-001: on %1").arg(bad)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("host-002: not attempted, on %1").arg(from)), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("opsdeck release forward production/shop --to %1 --host host-001").arg(from)), qPrintable(r.out));
        QCOMPARE(runnings(), (QStringList{bad, from, from}));
        const ProcessResult forward = cli(forwardArgs({QStringLiteral("--to"), from, QStringLiteral("--host"), QStringLiteral("host-001")}));
        QVERIFY2(forward.exitCode == 0, qPrintable(forward.out + forward.err));
        QCOMPARE(runnings(), (QStringList{from, from, from}));
        QVERIFY(read(dir(QStringLiteral("host-001")) + QStringLiteral("/opsdeck.override.yml")).contains(QByteArray("shop:" + from.toUtf8() + '"')));
    }

    void servicesOnDifferentTagsAreDrift()
    {
        // Someone recreated the worker on host-003 from an older tag.
        const QString d = dir(QStringLiteral("host-003"));
        QFile env(d + QStringLiteral("/.env"));
        const QByteArray was = read(env.fileName());
        QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
        env.write("SHOP_TAG=v1.0.0\n");
        env.close();
        const ProcessResult up = m_fleet->docker(QStringLiteral("host-003"), {QStringLiteral("compose"), QStringLiteral("-f"), d + QStringLiteral("/docker-compose.yml"),
                                                                              QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"), QStringLiteral("worker")});
        QVERIFY2(up.exitCode == 0, qPrintable(up.err));
        const QJsonObject app = listed();
        QVERIFY(app.value(QStringLiteral("current")).toString().isEmpty());
        const QJsonObject host = app.value(QStringLiteral("hosts")).toArray().at(2).toObject();
        QVERIFY2(host.value(QStringLiteral("currentProblem")).toString().contains(QStringLiteral("the services run different tags: web: v1.3.0; worker: v1.0.0")),
                 QJsonDocument(host).toJson().constData());
        QVERIFY(!strings(app.value(QStringLiteral("drift"))).isEmpty());
        QVERIFY(env.open(QIODevice::WriteOnly | QIODevice::Truncate));
        env.write(was);
        env.close();
        QCOMPARE(m_fleet->docker(QStringLiteral("host-003"), {QStringLiteral("compose"), QStringLiteral("-f"), d + QStringLiteral("/docker-compose.yml"),
                                                              QStringLiteral("up"), QStringLiteral("-d"), QStringLiteral("--no-deps"), QStringLiteral("worker")})
                     .exitCode,
                 0);
        QCOMPARE(running(QStringLiteral("host-003")), QStringLiteral("v1.3.0"));
    }

    void hostileTagsAreNeverOffered()
    {
        // An image of the app's repository whose tag is a command: listed as ignored, never offered.
        const QString images = m_fleet->hostDir(QStringLiteral("host-001")) + QStringLiteral("/docker/images.json");
        const QByteArray was = read(images);
        QJsonArray list = QJsonDocument::fromJson(was).array();
        list.append(QJsonObject{{QStringLiteral("Repository"), QStringLiteral("registry.example.com/shop")},
                                {QStringLiteral("Tag"), QStringLiteral("$(touch pwned)")},
                                {QStringLiteral("Id"), QStringLiteral("ab12ab12ab12ab12ab12")},
                                {QStringLiteral("Created"), 1},
                                {QStringLiteral("Size"), QStringLiteral("1MB")}});
        QFile file(images);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(list).toJson());
        file.close();
        const QJsonObject app = listed();
        for (const QString &v : strings(app.value(QStringLiteral("offerable"))))
            QVERIFY(!v.contains(u'$'));
        const QJsonObject host = app.value(QStringLiteral("hosts")).toArray().at(0).toObject();
        QVERIFY2(strings(host.value(QStringLiteral("rejectedNames"))).contains(QStringLiteral("registry.example.com/shop:$(touch pwned)")),
                 QJsonDocument(host).toJson().constData());
        const ProcessResult refused = cli(rollbackArgs({QStringLiteral("--to"), QStringLiteral("$(touch pwned)")}));
        QCOMPARE(refused.exitCode, 64); // a usage error: the name is refused before any host is asked
        QVERIFY(!QFile::exists(dir(QStringLiteral("host-001")) + QStringLiteral("/pwned")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(was);
        file.close();
    }
};

QTEST_GUILESS_MAIN(TestComposeRollback)
#include "TestComposeRollback.moc"
