// Deploys noticed on real hosts (sandbox fleet, `opsdeck-fleet deploy`): two consoles watching one
// store see the same deploy and it is recorded once, with who deployed it from revisions.log (hostile
// text from the host kept as bounded, visible text), and both mute the app's alerts for the
// verification window; polling again records nothing more; a version change in a health answer is
// a deploy too, named by the release whose REVISION it is; OpsDeck's own rollback is not a deploy; a
// Kamal deploy (a new container) is detected the same way.

#include "SandboxFleet.h"
#include "StoreSession.h"
#include "store/EventKind.h"

#include "health/HealthProbe.h"
#include "release/DeployDetector.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {

const QString kPhotoShare = QStringLiteral("family-photo-share"); // the Capistrano app of every sandbox host
const QString kPhotoApi = QStringLiteral("photo-api");           // the Kamal app (--kamal)

QList<Event> deploys(EventStoreService &store)
{
    EventFilter filter;
    filter.kind = EventKinds::name(EventKind::DeployDetected);
    const StoreResult<QList<Event>> events = StoreSession::await(store.query(filter));
    return events ? *events.value : QList<Event>{};
}

// Polls and waits until the detector has compared the app's inventory (the inventories of the
// fleet's other apps may come before or after it).
bool poll(DeployDetector &detector, const QString &app)
{
    QSignalSpy checked(&detector, &DeployDetector::inventoryChecked);
    detector.pollNow();
    QDeadlineTimer deadline(60'000);
    auto seen = [&] {
        return std::any_of(checked.cbegin(), checked.cend(), [&](const QList<QVariant> &args) { return args.at(1).toString() == app; });
    };
    while (!seen()) {
        if (deadline.hasExpired() || !checked.wait(int(std::max<qint64>(1, deadline.remainingTime()))))
            return seen();
    }
    return true;
}

// The production hosts the app is deployed on.
QStringList hostsOf(const SandboxFleet &fleet, const QString &app)
{
    QStringList hosts;
    for (const HostConfig &host : fleet.config().environments.constFirst().hosts) {
        if (std::any_of(host.apps.cbegin(), host.apps.cend(), [&](const AppConfig &a) { return a.name == app; }))
            hosts << host.name;
    }
    return hosts;
}

// A console: its own SSH sessions, store connection and detector.
struct Console {
    explicit Console(const SandboxFleet &fleet, const QString &store)
        : ssh(&prompts, &prompts), detector(&ssh, &events)
    {
        events.open(store);
        ssh.setConfig(fleet.config());
        detector.setPollInterval(Milliseconds(0)); // polled by the test
        detector.setVerificationWindow(Milliseconds(1500));
        detector.setConfig(fleet.config());
    }
    RefusingPrompts prompts;
    EventStoreService events;
    SshEngine ssh;
    DeployDetector detector;
};

// Polls until the detector has the app's baseline on every one of its hosts. A host an inventory
// did not reach (its session still connecting on a loaded machine, then in its reconnect backoff,
// which the detector's background reads honour) takes its baseline from a later one, and by the
// product's rule a deploy before that is not a deploy to it: so no test deploys before this is true.
// A host not reached is connected by a command of the test's own (a foreground command is never
// refused by the backoff) before the next poll.
bool baseline(Console &console, const SandboxFleet &fleet, const QString &app)
{
    const QStringList hosts = hostsOf(fleet, app);
    QDeadlineTimer deadline(150'000);
    while (!hosts.isEmpty() && !deadline.hasExpired()) {
        if (!poll(console.detector, app))
            return false;
        const QStringList have = console.detector.baselineHosts(QStringLiteral("production"), app);
        QStringList missing;
        for (const QString &host : hosts) {
            if (!have.contains(host))
                missing << host;
        }
        if (missing.isEmpty())
            return true;
        for (const QString &host : std::as_const(missing)) {
            const CommandResult r = StoreSession::await(console.ssh.run(host, QStringLiteral("true"), Milliseconds(30'000)));
            qInfo() << "no baseline of" << app << "on" << host << "yet; connected again:" << (r.succeeded() ? QStringLiteral("yes") : r.error);
        }
    }
    return false;
}

} // namespace

class TestDeployDetection final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordedOnceWhoeverSeesIt()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        const QString store = QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db"));
        Console a(fleet, store);
        Console b(fleet, store);
        QSignalSpy mutedA(&a.detector, &DeployDetector::muteRequested);
        QSignalSpy mutedB(&b.detector, &DeployDetector::muteRequested);
        QSignalSpy unmutedA(&a.detector, &DeployDetector::unmuteRequested);
        QVERIFY(baseline(a, fleet, kPhotoShare)); // the baselines: nothing before them is a deploy
        QVERIFY(baseline(b, fleet, kPhotoShare));
        QVERIFY(deploys(a.events).isEmpty());
        QCOMPARE(mutedA.size(), 0);

        // revisions.log says who: text from the host, with an escape sequence and a bidi override.
        const QString deployed = fleet.deploy({QStringLiteral("--user"), QStringLiteral("ann\x1b[31m\u202e")});
        QVERIFY(!deployed.isEmpty());
        QVERIFY(poll(a.detector, kPhotoShare));
        QVERIFY(poll(b.detector, kPhotoShare));
        QTRY_COMPARE_WITH_TIMEOUT(deploys(a.events).size(), 1, 10'000);
        const Event event = deploys(a.events).constFirst();
        QCOMPARE(event.environment, QStringLiteral("production"));
        QCOMPARE(event.details.value(QStringLiteral("release")).toString(), deployed);
        QCOMPARE(event.details.value(QStringLiteral("app")).toString(), QStringLiteral("family-photo-share"));
        QCOMPARE(event.details.value(QStringLiteral("source")).toString(), QStringLiteral("inventory"));
        QCOMPARE(event.details.value(QStringLiteral("deployed_by")).toString(), QStringLiteral("ann[31m"));
        QVERIFY2(event.summary.contains(QStringLiteral("release %1 on host-001, host-002, deployed by ann[31m (revisions.log)").arg(deployed)),
                 qPrintable(event.summary));
        QVERIFY(!event.summary.contains(QChar(0x1b)) && !event.summary.contains(QChar(0x202e)));
        QVERIFY(event.details.contains(QStringLiteral("deployed_at")));

        // Both consoles mute the app's services on its hosts, once, for the verification window.
        QTRY_COMPARE(mutedA.size(), 1);
        QTRY_COMPARE(mutedB.size(), 1);
        const QStringList targets = mutedA.constFirst().constFirst().toStringList();
        QVERIFY2(targets.contains(QStringLiteral("production/host-001/web")) && targets.contains(QStringLiteral("production/host-002/web")),
                 qPrintable(targets.join(u' ')));
        QVERIFY(unmutedA.wait(10'000));
        QCOMPARE(unmutedA.constFirst().constFirst().toStringList(), targets);

        // Seen again, by either console: nothing more.
        QVERIFY(poll(a.detector, kPhotoShare));
        QVERIFY(poll(b.detector, kPhotoShare));
        QTest::qWait(500);
        QCOMPARE(deploys(b.events).size(), 1);
        QCOMPARE(mutedA.size(), 1);

        // A release deployed without switching is a deploy too (a new directory).
        const QString staged = fleet.deploy({QStringLiteral("--no-switch"), QStringLiteral("--hosts"), QStringLiteral("host-002")});
        QVERIFY(!staged.isEmpty());
        QVERIFY(poll(b.detector, kPhotoShare));
        QTRY_COMPARE_WITH_TIMEOUT(deploys(a.events).size(), 2, 10'000);
        QCOMPARE(deploys(a.events).last().details.value(QStringLiteral("release")).toString(), staged);
        QVERIFY(deploys(a.events).last().summary.contains(QStringLiteral("on host-002")));
    }

    // Kamal: a new running container (kamal deploy) is a deploy of its version, and so is a version
    // only created (kept); the Capistrano app beside it records nothing.
    void aKamalDeployIsDetected()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("2"), QStringLiteral("--kamal")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        Console a(fleet, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")));
        QVERIFY(baseline(a, fleet, kPhotoApi));
        QVERIFY(deploys(a.events).isEmpty());
        const QString version = fleet.kamalDeploy({QStringLiteral("--version"), QStringLiteral("4f1e2d3c4b5a")});
        QCOMPARE(version, QStringLiteral("4f1e2d3c4b5a"));
        QVERIFY(poll(a.detector, kPhotoApi));
        QTRY_COMPARE_WITH_TIMEOUT(deploys(a.events).size(), 1, 10'000);
        const Event event = deploys(a.events).constFirst();
        QCOMPARE(event.details.value(QStringLiteral("app")).toString(), QStringLiteral("photo-api"));
        QCOMPARE(event.details.value(QStringLiteral("release")).toString(), version);
        // Named by the hosts where it was first seen: the inventory after the deploy sees both, a health
        // answer seen while the deploy went from host to host sees the first one switched.
        QVERIFY2(event.summary.contains(QStringLiteral("release %1 on host-001, host-002").arg(version))
                     || event.summary.contains(QStringLiteral("release %1 on host-001 ").arg(version))
                     || event.summary.contains(QStringLiteral("release %1 on host-002 ").arg(version)),
                 qPrintable(event.summary));
        const QString kept = fleet.kamalDeploy({QStringLiteral("--no-switch"), QStringLiteral("--hosts"), QStringLiteral("host-002")});
        QVERIFY(!kept.isEmpty());
        QVERIFY(poll(a.detector, kPhotoApi));
        QTRY_COMPARE_WITH_TIMEOUT(deploys(a.events).size(), 2, 10'000);
        QCOMPARE(deploys(a.events).last().details.value(QStringLiteral("release")).toString(), kept);
    }

    void aVersionChangeInAHealthAnswerIsADeploy()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        Console console(fleet, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")));
        // The seeds' /health reports the running revision.
        const HostConfig *host = fleet.config().findHost(QStringLiteral("host-001"));
        QVERIFY(host && !host->services.isEmpty() && !host->services.constFirst().health.isEmpty());
        HealthEndpoint endpoint;
        endpoint.id = QStringLiteral("production/host-001/web#version");
        endpoint.environment = QStringLiteral("production");
        endpoint.host = QStringLiteral("host-001");
        endpoint.service = host->services.constFirst().name;
        endpoint.check = host->services.constFirst().health.constFirst();
        endpoint.check.url.replace(QStringLiteral("/health/detailed"), QStringLiteral("/health"));
        HealthProbe probe;
        auto answer = [&] {
            HealthSnapshot snapshot;
            snapshot.endpoint = endpoint;
            snapshot.last = StoreSession::await(probe.check(endpoint.check));
            return snapshot;
        };
        const HealthSnapshot first = answer();
        QVERIFY2(!first.last.version.isEmpty(), qPrintable(first.last.reason));
        QSignalSpy checked(&console.detector, &DeployDetector::inventoryChecked);
        console.detector.observeHealth(first); // the first answer: a baseline
        console.detector.observeHealth(first);
        QTest::qWait(300);
        QCOMPARE(checked.size(), 0);

        const QString deployed = fleet.deploy({QStringLiteral("--user"), QStringLiteral("bob")});
        QVERIFY(!deployed.isEmpty());
        const HealthSnapshot second = answer();
        QVERIFY(second.last.version != first.last.version);
        console.detector.observeHealth(second);
        QVERIFY(checked.wait(60'000));
        QTRY_COMPARE_WITH_TIMEOUT(deploys(console.events).size(), 1, 10'000);
        const Event event = deploys(console.events).constFirst();
        QCOMPARE(event.details.value(QStringLiteral("source")).toString(), QStringLiteral("health"));
        QCOMPARE(event.details.value(QStringLiteral("release")).toString(), deployed); // named by its REVISION
        QCOMPARE(event.details.value(QStringLiteral("deployed_by")).toString(), QStringLiteral("bob"));

        // The next inventory poll sees the same deploy: still one event.
        QVERIFY(poll(console.detector, kPhotoShare));
        QTest::qWait(500);
        QCOMPARE(deploys(console.events).size(), 1);
    }

    void opsdecksOwnRollbackIsNotADeploy()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("1")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        Console console(fleet, QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("store.db")));
        QVERIFY(baseline(console, fleet, kPhotoShare));
        const QString before = QFileInfo(QFileInfo(fleet.appPath(QStringLiteral("host-001")) + QStringLiteral("/current")).symLinkTarget()).fileName();
        const QString target = QDir(fleet.appPath(QStringLiteral("host-001")) + QStringLiteral("/releases"))
                                   .entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name | QDir::Reversed)
                                   .at(1);
        QVERIFY(target != before);
        // What the guarded runner records before any host changes.
        Event started;
        started.kind = QStringLiteral("rollback.started");
        started.environment = QStringLiteral("production");
        started.summary = QStringLiteral("rollback started");
        started.details = {{QStringLiteral("app"), QStringLiteral("family-photo-share")}, {QStringLiteral("target"), target}};
        console.detector.observeEvent(started);
        const ProcessResult r = runOpsdeck({QStringLiteral("release"), QStringLiteral("rollback"), QStringLiteral("production/family-photo-share"),
                                            QStringLiteral("--to"), target, QStringLiteral("--reason"), QStringLiteral("test"), QStringLiteral("--yes"),
                                            QStringLiteral("--confirm"), QStringLiteral("production"), QStringLiteral("--config"), fleet.configFile(),
                                            QStringLiteral("--store"), QStringLiteral("sqlite://") + fleet.scratch(QStringLiteral("cli.db"))},
                                           [] {
                                               QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                                               env.insert(QStringLiteral("OPSDECK_SSH_CONFIG"), QString());
                                               return env;
                                           }(),
                                           120'000);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(poll(console.detector, kPhotoShare));
        QTest::qWait(500);
        QVERIFY(deploys(console.events).isEmpty());
    }
};

QTEST_MAIN(TestDeployDetection)
#include "TestDeployDetection.moc"
