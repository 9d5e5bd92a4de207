// Times as typed on the command line: ISO 8601 (UTC unless an offset says otherwise) and "ago".

#include "timeline/TimeArgument.h"

#include <QTest>

using namespace opsdeck;

class TestTimeArgument final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        auto utc = [](int d, int h, int m, int s = 0, int ms = 0) { return QDateTime(QDate(2024, 5, d), QTime(h, m, s, ms), Qt::UTC); };
        QTest::newRow("now") << QStringLiteral("now") << now;
        QTest::newRow("seconds") << QStringLiteral("90s") << now.addSecs(-90);
        QTest::newRow("minutes") << QStringLiteral("15m") << now.addSecs(-15 * 60);
        QTest::newRow("min") << QStringLiteral("15min") << now.addSecs(-15 * 60);
        QTest::newRow("hours") << QStringLiteral("2h") << now.addSecs(-2 * 3600);
        QTest::newRow("days") << QStringLiteral("1d") << now.addDays(-1);
        QTest::newRow("weeks") << QStringLiteral(" 2w ") << now.addDays(-14);
        QTest::newRow("iso Z") << QStringLiteral("2024-05-01T09:58:00Z") << utc(1, 9, 58);
        QTest::newRow("iso millis") << QStringLiteral("2024-05-01T09:58:00.250Z") << utc(1, 9, 58, 0, 250);
        QTest::newRow("iso offset") << QStringLiteral("2024-05-01T11:58+02:00") << utc(1, 9, 58);
        QTest::newRow("iso negative offset") << QStringLiteral("2024-04-30T21:58:00-1200") << utc(1, 9, 58);
        QTest::newRow("no zone is UTC") << QStringLiteral("2024-05-01 09:58") << utc(1, 9, 58);
        QTest::newRow("date") << QStringLiteral("2024-05-02") << utc(2, 0, 0);
        QTest::newRow("empty") << QString() << QDateTime();
        QTest::newRow("unit missing") << QStringLiteral("15") << QDateTime();
        QTest::newRow("unknown unit") << QStringLiteral("3y") << QDateTime();
        QTest::newRow("negative") << QStringLiteral("-2h") << QDateTime();
        QTest::newRow("bad date") << QStringLiteral("2024-02-30") << QDateTime();
        QTest::newRow("bad time") << QStringLiteral("2024-05-01T25:00") << QDateTime();
        QTest::newRow("words") << QStringLiteral("yesterday") << QDateTime();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime now(QDate(2024, 5, 1), QTime(12, 0), Qt::UTC);
        const auto parsed = TimeArgument::parse(text, now);
        QCOMPARE(parsed.has_value(), expected.isValid());
        if (parsed) {
            QCOMPARE(*parsed, expected);
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeArgument)
#include "TestTimeArgument.moc"
