// What a second person approves: the same action gives the same canonical plan and hash, and
// ApprovalPlan::differences names what changed between the approved plan and the plan now —
// numbers and flags with both values, lists and texts (commands, hosts) by name only.

#include "ops/ApprovalPlan.h"
#include "ops/GuardedAction.h"

#include <QTest>

using namespace opsdeck;

namespace {
class PlannedAction final : public GuardedAction
{
public:
    QString environment() const override { return QStringLiteral("production"); }
    EventKind startedEventKind() const override { return EventKind::RollbackStarted; }
    EventKind finishedEventKind() const override { return EventKind::RollbackFinished; }
    QString title() const override { return QStringLiteral("rollback of production/app"); }
    QStringList lockTargets() const override { return {QStringLiteral("production/web-1/app:app")}; }
    QStringList hosts() const override { return hostList; }
    int batchSize() const override { return batch; }
    QStringList commands() const override { return {command}; }
    QJsonObject details() const override
    {
        return {{QStringLiteral("batch_size"), batch}, {QStringLiteral("target"), target}, {QStringLiteral("forward"), forward}};
    }
    void preflight(std::function<void(const QString &)> done) override { done({}); }
    void runHost(const QString &host, std::function<void(const GuardedHostResult &)> done) override
    {
        done({host, ActionOutcome::Succeeded, {}, {}, 0});
    }
    QStringList hostList{QStringLiteral("web-1"), QStringLiteral("web-2")};
    int batch = 1;
    QString command = QStringLiteral("mv -T current.new current");
    QString target = QStringLiteral("20250101120000");
    bool forward = false;
};
} // namespace

class TestApprovalPlan final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameActionSamePlan()
    {
        PlannedAction a;
        PlannedAction b;
        QCOMPARE(ApprovalPlan::canonical(a), ApprovalPlan::canonical(b));
        QCOMPARE(ApprovalPlan::hashOf(ApprovalPlan::canonical(a)).size(), 64);
        QVERIFY(ApprovalPlan::differences(ApprovalPlan::canonical(a), ApprovalPlan::canonical(b)).isEmpty());
    }
    void differences_data()
    {
        QTest::addColumn<int>("batch");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("target");
        QTest::addColumn<bool>("forward");
        QTest::addColumn<bool>("oneHost");
        QTest::addColumn<QStringList>("expected");
        const QString cmd = QStringLiteral("mv -T current.new current");
        const QString rel = QStringLiteral("20250101120000");
        QTest::newRow("nothing") << 1 << cmd << rel << false << false << QStringList{};
        QTest::newRow("batch size") << 3 << cmd << rel << false << false << QStringList{QStringLiteral("details.batch_size: 1 → 3")};
        QTest::newRow("flag") << 1 << cmd << rel << true << false << QStringList{QStringLiteral("details.forward: false → true")};
        QTest::newRow("command, named only") << 1 << QStringLiteral("rm -rf /") << rel << false << false << QStringList{QStringLiteral("commands")};
        QTest::newRow("release, named only") << 1 << cmd << QStringLiteral("x; y") << false << false << QStringList{QStringLiteral("details.target")};
        QTest::newRow("hosts and batch") << 2 << cmd << rel << false << true
                                         << QStringList{QStringLiteral("details.batch_size: 1 → 2"), QStringLiteral("hosts")};
    }
    void differences()
    {
        QFETCH(int, batch);
        QFETCH(QString, command);
        QFETCH(QString, target);
        QFETCH(bool, forward);
        QFETCH(bool, oneHost);
        QFETCH(QStringList, expected);
        PlannedAction approved;
        PlannedAction now;
        now.batch = batch;
        now.command = command;
        now.target = target;
        now.forward = forward;
        if (oneHost)
            now.hostList = {QStringLiteral("web-1")};
        const QString before = ApprovalPlan::canonical(approved);
        const QString after = ApprovalPlan::canonical(now);
        QCOMPARE(ApprovalPlan::differences(before, after), expected);
        QCOMPARE(ApprovalPlan::hashOf(before) == ApprovalPlan::hashOf(after), expected.isEmpty());
    }
    void notAPlan()
    {
        QCOMPARE(ApprovalPlan::differences(QStringLiteral("{"), QStringLiteral("{}")), QStringList{QStringLiteral("plan")});
        QVERIFY(ApprovalPlan::differences(QStringLiteral("x"), QStringLiteral("x")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApprovalPlan)
#include "TestApprovalPlan.moc"
