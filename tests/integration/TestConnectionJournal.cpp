// Connection summaries end to end on the sandbox fleet: the start is one ssh.connected event; a blip
// that freezes two hosts' sshd (listener and sessions stopped, as a network that stops answering)
// until their polls fail, then lets them go on, is one ssh.reconnected event once both are back —
// and nothing is written about one host. Loopback only.

#include "SandboxFleet.h"
#include "metrics/ConnectionJournal.h"
#include "metrics/HostMetricsPoller.h"
#include "ssh/SshEngine.h"
#include "ssh/SshPrompts.h"
#include "store/EventStoreService.h"
#include "store/SqliteEventStore.h"

#include <QSignalSpy>

#include <csignal>

using namespace opsdeck;
using namespace opsdeck::testing;

namespace {
// Sends sig to a host's sshd listener and every process under it (its sessions).
void signalSshd(qint64 listener, int sig)
{
    QDirIterator it(QStringLiteral("/proc"), QDir::Dirs | QDir::NoDotAndDotDot);
    while (it.hasNext()) {
        const QString dir = it.next();
        QFile stat(dir + QStringLiteral("/stat"));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == listener)
            ::kill(pid_t(QFileInfo(dir).fileName().toInt()), sig);
    }
    ::kill(pid_t(listener), sig);
}
} // namespace

class TestConnectionJournal final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startAndBlipAreOneEventEach()
    {
        SandboxFleet fleet({QStringLiteral("--hosts"), QStringLiteral("3")});
        QVERIFY2(fleet.ok(), qPrintable(fleet.error()));
        FleetConfig config = fleet.config();
        config.ssh.commandTimeout = Milliseconds(2000); // a frozen host's poll fails soon
        const QString storePath = fleet.scratch(QStringLiteral("journal.db"));
        RefusingPrompts prompts;
        EventStoreService store;
        store.open(QStringLiteral("sqlite://") + storePath);
        SshEngine ssh(&prompts, &prompts);
        ssh.setConfig(config);
        HostMetricsPoller metrics(&ssh);
        metrics.setInterval(Milliseconds(1000));
        ConnectionJournal journal(&metrics, &store);
        QSignalSpy summaries(&journal, &ConnectionJournal::summarised);
        metrics.setConfig(config);
        journal.setConfig(config);

        QTRY_COMPARE_WITH_TIMEOUT(summaries.size(), 1, 30'000);
        const auto start = summaries.at(0).at(0).value<ConnectionSummary>();
        QCOMPARE(start.kind, ConnectionSummary::Kind::Start);
        QCOMPARE(start.connected, 3);

        const QStringList frozen{QStringLiteral("host-001"), QStringLiteral("host-002")};
        for (const QString &host : frozen)
            signalSshd(fleet.sshdPid(host), SIGSTOP);
        auto bothRetrying = [&] {
            return std::all_of(frozen.cbegin(), frozen.cend(), [&](const QString &host) {
                return metrics.reachability(host).reachability == Reachability::Retrying;
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(bothRetrying(), 15'000);
        for (const QString &host : frozen)
            signalSshd(fleet.sshdPid(host), SIGCONT);

        QTRY_COMPARE_WITH_TIMEOUT(summaries.size(), 2, 40'000);
        const auto blip = summaries.at(1).at(0).value<ConnectionSummary>();
        QCOMPARE(blip.kind, ConnectionSummary::Kind::Blip);
        QCOMPARE(blip.hosts, 2);
        QCOMPARE(blip.connected, 2);
        QCOMPARE(blip.unreachable, 0);
        QCOMPARE(metrics.reachability(QStringLiteral("host-003")).reachability, Reachability::Reachable);

        QTest::qWait(300); // the store's writer catches up
        auto reader = SqliteEventStore::open(storePath, QStringLiteral("reader"));
        EventFilter filter;
        filter.kind = QStringLiteral("ssh.");
        QStringList written;
        const QList<Event> events = *(*reader.value)->events(filter).value;
        for (const Event &e : events) {
            written << e.kind;
            QVERIFY2(e.host.isEmpty(), qPrintable(e.summary));
        }
        QCOMPARE(written, (QStringList{QStringLiteral("ssh.connected"), QStringLiteral("ssh.reconnected")}));
    }
};

QTEST_GUILESS_MAIN(TestConnectionJournal)
#include "TestConnectionJournal.moc"
