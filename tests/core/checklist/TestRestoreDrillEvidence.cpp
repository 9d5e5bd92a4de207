// restore_drill evidence (FleetEvidenceSource::newestDrill): the newest successful drill of the
// location counts when it is younger than max and was within its RTO; failed drills, other
// locations and other kinds do not count.

#include "checklist/FleetEvidenceSource.h"
#include "store/Event.h"

#include <QJsonArray>
#include <QTest>

using namespace opsdeck;

class TestRestoreDrillEvidence final : public QObject
{
    Q_OBJECT

    static Event drill(const QString &location, const QString &outcome, const QDateTime &at, bool withinRto)
    {
        Event e;
        e.kind = QStringLiteral("backup.drill.finished");
        e.time = at;
        e.details = QJsonObject{{QStringLiteral("location"), location},
                                {QStringLiteral("outcome"), outcome},
                                {QStringLiteral("results"), QJsonArray{QJsonObject{{QStringLiteral("file"), QStringLiteral("database_20261203_020000.sql.gz")},
                                                                                   {QStringLiteral("duration_ms"), 1800},
                                                                                   {QStringLiteral("rto_ms"), 3'600'000},
                                                                                   {QStringLiteral("within_rto"), withinRto},
                                                                                   {QStringLiteral("rows"), 76}}}}};
        return e;
    }

private Q_SLOTS:
    void verdict_data()
    {
        const QDateTime now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        QTest::addColumn<QList<Event>>("newestFirst");
        QTest::addColumn<bool>("passed");
        QTest::addColumn<QString>("detail");
        const QString main = QStringLiteral("main");
        QTest::newRow("none") << QList<Event>{} << false << QStringLiteral("no successful restore drill recorded");
        QTest::newRow("recent") << QList<Event>{drill(main, QStringLiteral("succeeded"), now.addSecs(-7200), true)} << true
                                << QStringLiteral("database_20261203_020000.sql.gz restored 2h ago in 1.8 s (RTO 1h), 76 rows");
        QTest::newRow("a newer failure does not hide it") << QList<Event>{drill(main, QStringLiteral("failed"), now.addSecs(-60), true),
                                                                          drill(main, QStringLiteral("succeeded"), now.addSecs(-7200), true)}
                                                          << true << QStringLiteral("restored 2h ago");
        QTest::newRow("only failures") << QList<Event>{drill(main, QStringLiteral("failed"), now.addSecs(-60), true)} << false
                                       << QStringLiteral("no successful restore drill recorded");
        QTest::newRow("another location") << QList<Event>{drill(QStringLiteral("offsite"), QStringLiteral("succeeded"), now.addSecs(-60), true)}
                                          << false << QStringLiteral("no successful restore drill recorded");
        QTest::newRow("just inside max") << QList<Event>{drill(main, QStringLiteral("succeeded"), now.addSecs(-90 * 86400 + 1), true)} << true
                                         << QStringLiteral("restored ");
        QTest::newRow("at max") << QList<Event>{drill(main, QStringLiteral("succeeded"), now.addSecs(-90 * 86400), true)} << false
                                << QStringLiteral("older than 90d");
        QTest::newRow("past the RTO") << QList<Event>{drill(main, QStringLiteral("succeeded"), now.addSecs(-60), false)} << false
                                      << QStringLiteral("took longer than the RTO");
    }
    void verdict()
    {
        QFETCH(QList<Event>, newestFirst);
        QFETCH(bool, passed);
        QFETCH(QString, detail);
        const QDateTime now = QDateTime(QDate(2026, 12, 4), QTime(12, 0), Qt::UTC);
        const auto v = FleetEvidenceSource::newestDrill(newestFirst, QStringLiteral("main"), Milliseconds(90LL * 86'400'000), now);
        QCOMPARE(v.passed, passed);
        QVERIFY2(v.detail.contains(detail), qPrintable(v.detail));
    }
};

QTEST_GUILESS_MAIN(TestRestoreDrillEvidence)
#include "TestRestoreDrillEvidence.moc"
