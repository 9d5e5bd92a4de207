// What a switch back (a rollback) or ahead (a roll-forward) leaves in place, said before confirming:
// whole sentences, each naming the kind of switch, never a predicate for the caller to complete.

#include "release/ReleaseRollback.h"

#include <QLocale>
#include <QTest>

using namespace opsdeck;

namespace {
ReleaseOnHost rel(const QString &name, const QStringList &migrations)
{
    ReleaseOnHost r;
    r.name = name;
    r.hasRevisionFile = true;
    r.revision = QStringLiteral("sha-") + name;
    r.migrations = migrations;
    return r;
}

// r2 is current and carries two migrations r1 lacks.
AppReleaseInventory inventory(const QString &strategy)
{
    AppReleaseInventory inv;
    inv.environment = QStringLiteral("production");
    inv.app = QStringLiteral("app");
    inv.strategy = strategy;
    HostReleaseState h;
    h.host = QStringLiteral("web-1");
    h.reached = true;
    h.current = QStringLiteral("r2");
    h.releases << rel(QStringLiteral("r2"), {QStringLiteral("1_a.rb"), QStringLiteral("2_b.rb"), QStringLiteral("3_c.rb")})
               << rel(QStringLiteral("r1"), {QStringLiteral("1_a.rb")});
    inv.hosts << h;
    return inv;
}
} // namespace

class TestRollbackPlan final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void sentencesAreWhole_data()
    {
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<QStringList>("sentences");
        QTest::newRow("capistrano rollback")
            << QStringLiteral("capistrano") << false
            << QStringList{QStringLiteral("This rollback does not revert 2 migration(s): 2_b.rb and 3_c.rb."),
                           QStringLiteral("This rollback does not revert shared/ (uploads, logs) or the environment files linked from it.")};
        QTest::newRow("capistrano roll-forward")
            << QStringLiteral("capistrano") << true
            << QStringList{QStringLiteral("This roll-forward does not revert 2 migration(s): 2_b.rb and 3_c.rb."),
                           QStringLiteral("This roll-forward does not revert shared/ (uploads, logs) or the environment files linked from it.")};
        QTest::newRow("kamal rollback")
            << QStringLiteral("kamal") << false
            << QStringList{QStringLiteral("This rollback does not revert 2 migration(s): 2_b.rb and 3_c.rb."),
                           QStringLiteral("This rollback does not revert volumes, accessories (databases, Redis) or the environment and "
                                          "secrets the containers read.")};
    }
    void sentencesAreWhole()
    {
        QFETCH(QString, strategy);
        QFETCH(bool, forward);
        QFETCH(QStringList, sentences);
        RollbackRequest request;
        request.environment = QStringLiteral("production");
        request.app = QStringLiteral("app");
        request.target = QStringLiteral("r1");
        request.forward = forward;
        request.acknowledgeMigrations = true;
        const RollbackPlan plan = ReleaseRollback::plan(inventory(strategy), request);
        QVERIFY2(plan.why.isEmpty(), qPrintable(plan.why));
        QCOMPARE(plan.notReverted(), sentences);
    }

    // Without the acknowledgement the plan refuses, naming the migrations in one whole message.
    void unacknowledgedMigrationsRefuse()
    {
        RollbackRequest request;
        request.environment = QStringLiteral("production");
        request.app = QStringLiteral("app");
        request.target = QStringLiteral("r1");
        const RollbackPlan plan = ReleaseRollback::plan(inventory(QStringLiteral("capistrano")), request);
        QCOMPARE(plan.why, QStringLiteral("the switch does not revert 2 migration(s): 2_b.rb and 3_c.rb; acknowledge it to go ahead"));
    }
};

QTEST_GUILESS_MAIN(TestRollbackPlan)
#include "TestRollbackPlan.moc"
