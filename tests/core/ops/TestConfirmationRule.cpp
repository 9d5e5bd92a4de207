// The one confirmation rule every front end asks: an environment with typed confirmation accepts
// only its name, exactly; a click-confirmed one accepts the click (or its name); nothing is no
// confirmation. The terminal question and the flags follow the rule.

#include "ops/ConfirmationRule.h"

#include <QTest>

using namespace opsdeck;

class TestConfirmationRule final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::addColumn<QString>("given");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("why");
        QTest::newRow("typed: the name") << true << QStringLiteral("production") << true << QString();
        QTest::newRow("typed: a click is not enough") << true << ConfirmationRule::clicked() << false
                                                      << QStringLiteral("production asks for its name to be typed to confirm");
        QTest::newRow("typed: almost the name") << true << QStringLiteral("productio") << false
                                                << QStringLiteral("production asks for its name to be typed to confirm");
        QTest::newRow("typed: another case") << true << QStringLiteral("Production") << false
                                             << QStringLiteral("production asks for its name to be typed to confirm");
        QTest::newRow("typed: nothing") << true << QString() << false << QStringLiteral("production asks for its name to be typed to confirm");
        QTest::newRow("click: the click") << false << ConfirmationRule::clicked() << true << QString();
        QTest::newRow("click: the name typed anyway") << false << QStringLiteral("production") << true << QString();
        QTest::newRow("click: nothing") << false << QString() << false << QStringLiteral("the action was not confirmed");
        QTest::newRow("click: something else") << false << QStringLiteral("no") << false << QStringLiteral("the action was not confirmed");
    }
    void check()
    {
        QFETCH(bool, typed);
        QFETCH(QString, given);
        QFETCH(bool, accepted);
        QFETCH(QString, why);
        EnvironmentConfig env;
        env.name = QStringLiteral("production");
        env.confirmation = typed ? ConfirmationMode::Typed : ConfirmationMode::Click;
        const ConfirmationRule rule = ConfirmationRule::of(env);
        QCOMPARE(rule.typed(), typed);
        QCOMPARE(rule.accepts(given), accepted);
        QCOMPARE(rule.check(given), why);
    }

    void askedTheSameWayEverywhere_data()
    {
        QTest::addColumn<bool>("typed");
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("flags");
        QTest::newRow("typed") << true << QStringLiteral("Type the environment name (production) to confirm: ")
                               << QStringLiteral("--yes --confirm production");
        QTest::newRow("click") << false << QStringLiteral("Proceed? [y/N] ") << QStringLiteral("--yes");
    }
    void askedTheSameWayEverywhere()
    {
        QFETCH(bool, typed);
        QFETCH(QString, question);
        QFETCH(QString, flags);
        EnvironmentConfig env;
        env.name = QStringLiteral("production");
        env.confirmation = typed ? ConfirmationMode::Typed : ConfirmationMode::Click;
        const ConfirmationRule rule = ConfirmationRule::of(env);
        QCOMPARE(rule.terminalQuestion(), question);
        QCOMPARE(rule.commandLineFlags(), flags);
        QCOMPARE(rule.expected(), QStringLiteral("production"));
    }
};

QTEST_GUILESS_MAIN(TestConfirmationRule)
#include "TestConfirmationRule.moc"
