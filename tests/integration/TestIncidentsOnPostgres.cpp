// Incidents on the team store, against a real PostgreSQL 15: two consoles (an operator and a lead)
// see each other's incidents live; the operator's console refuses to resolve and says why in the
// Incidents area; when it is told otherwise, the database refuses and the refusal reaches the
// person; the lead resolves and both consoles agree.

#include "IncidentsPanel.h"
#include "MessageLabel.h"
#include "PostgresServer.h"
#include "store/EventStoreService.h"
#include "store/PostgresSchema.h"
#include "timeline/IncidentTracker.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace opsdeck;
using opsdeck::testing::PostgresServer;

namespace {
template<typename R>
StoreResult<R> await(QFuture<StoreResult<R>> future)
{
    QDeadlineTimer deadline(10'000);
    while (!future.isFinished() && !deadline.hasExpired())
        QTest::qWait(5);
    return future.isFinished() ? future.result() : StoreResult<R>::failure(QStringLiteral("timed out"));
}

struct Console {
    EventStoreService store;
    IncidentTracker tracker{&store};
    explicit Console(const QString &uri)
    {
        QSignalSpy loaded(&tracker, &IncidentTracker::loaded);
        store.open(uri);
        if (!loaded.wait(15'000))
            qWarning() << "console did not load:" << store.lastError() << tracker.loadError();
    }
};
} // namespace

class TestIncidentsOnPostgres final : public QObject
{
    Q_OBJECT
    std::unique_ptr<PostgresServer> m_pg;
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_DATA_HOME", m_home.path().toUtf8()); // the consoles' outboxes
        QStandardPaths::setTestModeEnabled(false);
        m_pg = std::make_unique<PostgresServer>();
        QVERIFY2(m_pg->ok(), qPrintable(m_pg->error()));
        QVERIFY(m_pg->createDatabase(QStringLiteral("incidents")));
        const QString admin = m_pg->conninfo(QStringLiteral("postgres"), QStringLiteral("incidents"));
        QCOMPARE(PostgresSchema::migrate(admin).error, QString());
        QCOMPARE(PostgresSchema::grant(admin, QStringLiteral("bob"), QStringLiteral("operator")), QString());
        QCOMPARE(PostgresSchema::grant(admin, QStringLiteral("lea"), QStringLiteral("lead")), QString());
    }

    void onlyALeadResolves()
    {
        Console bob(m_pg->uri(QStringLiteral("bob"), QStringLiteral("incidents")));
        Console lea(m_pg->uri(QStringLiteral("lea"), QStringLiteral("incidents")));
        QVERIFY2(bob.tracker.isLoaded(), qPrintable(bob.store.lastError()));
        QVERIFY2(lea.tracker.isLoaded(), qPrintable(lea.store.lastError()));
        QCOMPARE(bob.tracker.identity().actor, QStringLiteral("bob"));

        Event fail;
        fail.kind = QStringLiteral("health.changed");
        fail.environment = QStringLiteral("production");
        fail.host = QStringLiteral("web-1");
        fail.service = QStringLiteral("web");
        fail.summary = QStringLiteral("production/web-1/web: pass → fail");
        fail.details = {{QStringLiteral("from"), QStringLiteral("pass")}, {QStringLiteral("to"), QStringLiteral("fail")}};
        const auto stored = await(bob.store.record(fail));
        QVERIFY2(stored, qPrintable(stored.error));

        // Bob opens it; Lea's console has it within a second or two (LISTEN/NOTIFY).
        const auto opened = await(bob.tracker.open(QStringLiteral("Checkout down"), QStringLiteral("sev2"), {*stored.value}));
        QVERIFY2(opened, qPrintable(opened.error));
        const qint64 id = *opened.value;
        QTRY_VERIFY_WITH_TIMEOUT(lea.tracker.book().find(id) && lea.tracker.book().find(id)->attached.size() == 1, 3000);
        QCOMPARE(lea.tracker.book().find(id)->openedBy, QStringLiteral("bob"));
        QVERIFY(await(bob.tracker.setState(id, IncidentState::Mitigated)));

        // Bob's Incidents area: resolve is disabled and says why.
        IncidentsPanel panel(&bob.tracker);
        panel.show();
        panel.selectIncident(id);
        QTRY_VERIFY(panel.isDossierLoaded());
        auto *resolve = panel.findChild<QPushButton *>(QStringLiteral("resolve"));
        QVERIFY(!resolve->isEnabled());
        QVERIFY2(resolve->toolTip().contains(QStringLiteral("bob has opsdeck_operator")), qPrintable(resolve->toolTip()));

        // Were his console wrong about his roles, the database still refuses, and he is told.
        bob.tracker.setIdentityOverride(StoreIdentity{QStringLiteral("bob"), {QStringLiteral("opsdeck_lead")}});
        QVERIFY(resolve->isEnabled());
        QTest::mouseClick(resolve, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(panel.messageLabel()->isError(), 5000);
        QVERIFY2(panel.messageLabel()->text().contains(QStringLiteral("takes the role opsdeck_lead")),
                 qPrintable(panel.messageLabel()->text()));
        bob.tracker.setIdentityOverride(std::nullopt);
        QCOMPARE(bob.tracker.book().find(id)->state, IncidentState::Mitigated);

        // Lea may; both consoles agree.
        const auto resolved = await(lea.tracker.setState(id, IncidentState::Resolved));
        QVERIFY2(resolved, qPrintable(resolved.error));
        QTRY_COMPARE_WITH_TIMEOUT(bob.tracker.book().find(id)->state, IncidentState::Resolved, 3000);
        QCOMPARE(bob.tracker.book().find(id)->resolvedBy, QStringLiteral("lea"));
        QTRY_VERIFY(panel.dossier().incident.state == IncidentState::Resolved);
        QVERIFY(panel.dossier().times.toResolveMs.has_value());
    }
};

QTEST_MAIN(TestIncidentsOnPostgres)
#include "TestIncidentsOnPostgres.moc"
