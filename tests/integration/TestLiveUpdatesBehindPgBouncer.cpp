// Live updates of the team store through PgBouncer, against a real PostgreSQL 15 and a real PgBouncer
// that this test starts (loopback and a private socket only). In transaction pooling, LISTEN is
// accepted and never delivers: a console finds that out with a probe, catches up by id every 2 s
// instead, and its status bar says that updates arrive only by polling. Directly, and through session
// pooling, notifications arrive and nothing is said.

#include "ConsoleApp.h"
#include "MainWindow.h"
#include "PgBouncer.h"
#include "PostgresServer.h"
#include "store/EventStoreService.h"
#include "store/PostgresSchema.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;
using opsdeck::testing::PgBouncer;
using opsdeck::testing::PostgresServer;

namespace {
Event note(const QString &summary)
{
    Event e;
    e.kind = QStringLiteral("note");
    e.summary = summary;
    return e;
}

// How long a console waits for its notification probe before it decides (EventStoreWorker).
constexpr int kProbeMs = 3'000;
} // namespace

class TestLiveUpdatesBehindPgBouncer final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_home;
    const QString m_db = QStringLiteral("live");

    QString direct() const { return m_pg->conninfo(QStringLiteral("postgres"), m_db); }

    // What console `from` records reaches console `to`: returns how long the last of three took, or -1.
    static qint64 deliveryMs(EventStoreService &from, EventStoreService &to, int timeoutMs)
    {
        QStringList seen;
        const auto connection = QObject::connect(&to, &EventStoreService::appended, &to, [&](const Event &e) {
            if (!e.pending)
                seen << e.summary;
        });
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch());
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 3; ++i)
            from.append(note(tag + QStringLiteral(" #%1").arg(i)));
        QDeadlineTimer deadline(timeoutMs);
        while (seen.filter(tag).size() < 3 && !deadline.hasExpired())
            QTest::qWait(20);
        const qint64 took = seen.filter(tag).size() == 3 ? clock.elapsed() : -1;
        QTest::qWait(2'500); // another round of polling: nothing arrives twice
        QObject::disconnect(connection);
        return seen.filter(tag).size() == 3 ? took : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());     // outboxes
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8()); // the window's settings
        QStandardPaths::setTestModeEnabled(false);
        QCoreApplication::setOrganizationName(QStringLiteral("OpsDeckTest"));
        QCoreApplication::setApplicationName(QStringLiteral("opsdeck-pgbouncer-test"));
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->createDatabase(m_db));
        QCOMPARE(PostgresSchema::migrate(direct()).error, QString());
    }

    void directlyNotificationsArrive()
    {
        EventStoreService a;
        EventStoreService b;
        QSignalSpy live(&a, &EventStoreService::liveUpdatesChanged);
        a.open(direct());
        b.open(direct());
        QTRY_COMPARE(a.state(), EventStoreService::State::Open);
        QTRY_COMPARE(b.state(), EventStoreService::State::Open);
        QTest::qWait(kProbeMs + 500);
        QVERIFY(!a.updatesOnlyByPolling());
        QCOMPARE(live.size(), 0);
        const qint64 took = deliveryMs(b, a, 5'000);
        QVERIFY2(took >= 0 && took < 1'000, qPrintable(QString::number(took)));
    }

    void sessionPoolingNotifies()
    {
        PgBouncer bouncer(*m_pg, QStringLiteral("session"));
        QVERIFY2(bouncer.ok(), qPrintable(bouncer.error()));
        EventStoreService a;
        EventStoreService b;
        a.open(bouncer.conninfo(QStringLiteral("postgres"), m_db));
        b.open(direct());
        QTRY_COMPARE_WITH_TIMEOUT(a.state(), EventStoreService::State::Open, 15'000);
        QTRY_COMPARE(b.state(), EventStoreService::State::Open);
        QTest::qWait(kProbeMs + 500);
        QVERIFY2(!a.updatesOnlyByPolling(), qPrintable(a.pollingReason()));
        const qint64 took = deliveryMs(b, a, 5'000);
        QVERIFY2(took >= 0 && took < 1'000, qPrintable(QString::number(took)));
    }

    // LISTEN through a transaction-pooling PgBouncer "works" and delivers nothing: the console must
    // notice, poll instead, and say so.
    void transactionPoolingFallsBackToPollingAndSaysSo()
    {
        PgBouncer bouncer(*m_pg, QStringLiteral("transaction"));
        QVERIFY2(bouncer.ok(), qPrintable(bouncer.error()));
        const QString pooled = bouncer.conninfo(QStringLiteral("postgres"), m_db);
        EventStoreService a;
        EventStoreService b;
        a.open(pooled);
        b.open(direct());
        QTRY_COMPARE_WITH_TIMEOUT(a.state(), EventStoreService::State::Open, 15'000);
        QTRY_COMPARE(b.state(), EventStoreService::State::Open);
        QTRY_VERIFY_WITH_TIMEOUT(a.updatesOnlyByPolling(), kProbeMs + 5'000);
        QVERIFY2(a.pollingReason().contains(QStringLiteral("PgBouncer")), qPrintable(a.pollingReason()));
        // Another console's events still arrive, by id, every 2 s — once each.
        const qint64 took = deliveryMs(b, a, 6'000);
        QVERIFY2(took >= 0 && took < 4'000, qPrintable(QString::number(took)));
        // And a's own events reach b (directly connected) live.
        const qint64 back = deliveryMs(a, b, 5'000);
        QVERIFY2(back >= 0 && back < 1'000, qPrintable(QString::number(back)));

        // The window says so in its status bar.
        ConsoleApp app({QString(), pooled, QString()});
        QTRY_VERIFY_WITH_TIMEOUT(app.window()->storeStatus()->text().contains(QStringLiteral("updates by polling every 2 s only")),
                                 kProbeMs + 10'000);
        QVERIFY2(app.window()->storeStatus()->toolTip().contains(QStringLiteral("PgBouncer")),
                 qPrintable(app.window()->storeStatus()->toolTip()));
    }
};

QTEST_MAIN(TestLiveUpdatesBehindPgBouncer)
#include "TestLiveUpdatesBehindPgBouncer.moc"
