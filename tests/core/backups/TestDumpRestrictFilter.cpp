// DumpRestrictFilter: the stream psql reads starts with the drill's own \restrict; pg_dump's own
// \restrict line and its matching \unrestrict are left out wherever the input is cut; every other
// line, a backslash command of a hostile dump included, passes unchanged (psql refuses it).

#include "backups/DumpRestrictFilter.h"

#include <QRegularExpression>
#include <QTest>

using namespace opsdeck;

class TestDumpRestrictFilter final : public QObject
{
    Q_OBJECT

    // The filter's output for the input fed in pieces of `piece` bytes.
    static QByteArray filtered(const QByteArray &input, int piece, int *dropped = nullptr)
    {
        DumpRestrictFilter filter;
        QByteArray out;
        for (qsizetype i = 0; i < input.size(); i += piece)
            out += filter.feed(input.mid(i, piece));
        out += filter.finish();
        if (dropped)
            *dropped = filter.droppedLines();
        return out;
    }

private Q_SLOTS:
    void filters_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected"); // after the drill's own first line
        QTest::addColumn<int>("dropped");
        const QByteArray key = "oQVTsxaledepXUIfcoYWls4Ig4sriZczq4N5dF0PssZapi0F0ui36lNI6lHnAzT";
        QTest::newRow("pg_dump 15.18") << QByteArray("--\n-- PostgreSQL database dump\n--\n\n\\restrict " + key + "\n\nSET x = 1;\nCOPY t FROM stdin;\n1\n\\.\n\n\\unrestrict " + key + "\n")
                                       << QByteArray("--\n-- PostgreSQL database dump\n--\n\n\nSET x = 1;\nCOPY t FROM stdin;\n1\n\\.\n\n") << 2;
        QTest::newRow("older pg_dump") << QByteArray("SET x = 1;\nCREATE TABLE t (id int);\n") << QByteArray("SET x = 1;\nCREATE TABLE t (id int);\n") << 0;
        QTest::newRow("shell escape kept for psql to refuse") << QByteArray("SELECT 1;\n\\! touch /tmp/x\n")
                                                             << QByteArray("SELECT 1;\n\\! touch /tmp/x\n") << 0;
        QTest::newRow("a second restrict is not dropped") << QByteArray("\\restrict A\n\\restrict B\n\\unrestrict B\n\\unrestrict A\n")
                                                          << QByteArray("\\restrict B\n\\unrestrict B\n") << 2;
        QTest::newRow("another key's unrestrict stays") << QByteArray("\\restrict A\nSELECT 1;\n\\unrestrict Z\n")
                                                        << QByteArray("SELECT 1;\n\\unrestrict Z\n") << 1;
        QTest::newRow("restrict late in the dump stays") << QByteArray(QByteArray("SELECT 1;\n").repeated(50) + "\\restrict A\n")
                                                         << QByteArray(QByteArray("SELECT 1;\n").repeated(50) + "\\restrict A\n") << 0;
        QTest::newRow("no newline at the end") << QByteArray("\\restrict A\nSELECT 1;\n\\unrestrict A")
                                               << QByteArray("SELECT 1;\n") << 2;
        QTest::newRow("a long backslash line passes") << QByteArray(QByteArray("\\") + QByteArray(1000, 'x') + "\n")
                                                      << QByteArray(QByteArray("\\") + QByteArray(1000, 'x') + "\n") << 0;
    }
    void filters()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        QFETCH(int, dropped);
        for (int piece : {1, 2, 7, 64, 100000}) {
            int droppedLines = -1;
            const QByteArray out = filtered(input, piece, &droppedLines);
            const qsizetype firstLine = out.indexOf('\n');
            QVERIFY(firstLine > 0);
            QVERIFY2(QRegularExpression(QStringLiteral("^\\\\restrict [A-Za-z0-9]{48}$")).match(QString::fromLatin1(out.left(firstLine))).hasMatch(),
                     out.left(firstLine).constData());
            QCOMPARE(out.mid(firstLine + 1), expected);
            QCOMPARE(droppedLines, dropped);
        }
    }
    // Every drill has its own key: one dump cannot carry the key to lift the restriction.
    void keysDiffer()
    {
        QVERIFY(filtered("x\n", 10).left(58) != filtered("x\n", 10).left(58));
    }
};

QTEST_GUILESS_MAIN(TestDumpRestrictFilter)
#include "TestDumpRestrictFilter.moc"
