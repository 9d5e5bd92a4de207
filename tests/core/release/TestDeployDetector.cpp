// DeployDetector's baseline, host by host, without hosts or a store: the hosts an inventory reached
// have a baseline (baselineHosts), a host not reached keeps what was seen of it before, and a host
// reached for the first time takes its baseline then, so a release already there is no deploy to it;
// a later change on a host with a baseline is.

#include "release/DeployDetector.h"

#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;

namespace {
HostReleaseState host(const QString &name, bool reached, const QString &current = {})
{
    HostReleaseState h;
    h.host = name;
    h.reached = reached;
    h.current = current;
    if (!current.isEmpty()) {
        ReleaseOnHost r;
        r.name = current;
        h.releases << r;
    }
    return h;
}

// production: web-1 and web-2, each with the app shop restarting its service web.
FleetConfig config()
{
    EnvironmentConfig env;
    env.name = QStringLiteral("production");
    for (const QString &name : {QStringLiteral("web-1"), QStringLiteral("web-2")}) {
        HostConfig h;
        h.name = name;
        h.environment = env.name;
        AppConfig app;
        app.name = QStringLiteral("shop");
        app.path = QStringLiteral("/srv/shop");
        app.services = {QStringLiteral("web")};
        h.apps << app;
        env.hosts << h;
    }
    FleetConfig config;
    config.environments = {env};
    return config;
}

AppReleaseInventory inventory(const QList<HostReleaseState> &hosts)
{
    AppReleaseInventory i;
    i.environment = QStringLiteral("production");
    i.app = QStringLiteral("shop");
    i.hosts = hosts;
    return i;
}
} // namespace

class TestDeployDetector final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void baselineHostByHost()
    {
        DeployDetector detector(nullptr, nullptr);
        detector.setPollInterval(Milliseconds(0));
        detector.setConfig(config());
        QSignalSpy muted(&detector, &DeployDetector::muteRequested); // emitted for every deploy detected
        QSignalSpy checked(&detector, &DeployDetector::inventoryChecked);
        const QString env = QStringLiteral("production");
        const QString app = QStringLiteral("shop");
        QCOMPARE(detector.baselineHosts(env, app), QStringList{});

        // The first poll reaches web-1 only.
        detector.observeInventory(inventory({host(QStringLiteral("web-1"), true, QStringLiteral("r1")), host(QStringLiteral("web-2"), false)}));
        QCOMPARE(checked.size(), 1);
        QCOMPARE(detector.baselineHosts(env, app), QStringList{QStringLiteral("web-1")});
        QCOMPARE(detector.baselineHosts(env, QStringLiteral("other")), QStringList{});

        // r2 was deployed to web-2 before it was first reached: its baseline, no deploy; web-1, not
        // reached now, keeps its baseline.
        detector.observeInventory(inventory({host(QStringLiteral("web-1"), false), host(QStringLiteral("web-2"), true, QStringLiteral("r2"))}));
        QCOMPARE(detector.baselineHosts(env, app), (QStringList{QStringLiteral("web-1"), QStringLiteral("web-2")}));
        QCOMPARE(muted.size(), 0);

        // Seen again as before: nothing; then r3 on web-2, which has a baseline: a deploy.
        detector.observeInventory(inventory({host(QStringLiteral("web-1"), true, QStringLiteral("r1")), host(QStringLiteral("web-2"), true, QStringLiteral("r2"))}));
        QCOMPARE(muted.size(), 0);
        detector.observeInventory(inventory({host(QStringLiteral("web-1"), true, QStringLiteral("r1")), host(QStringLiteral("web-2"), true, QStringLiteral("r3"))}));
        QCOMPARE(muted.size(), 1);
        QCOMPARE(muted.constFirst().constFirst().toStringList(),
                 (QStringList{QStringLiteral("production/web-1/web"), QStringLiteral("production/web-2/web")}));
        QCOMPARE(checked.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDeployDetector)
#include "TestDeployDetector.moc"
