// DockerOutput: an inventory script's NUL-separated tokens (the host's clock and free space, the
// other keys by name, a last token cut short dropped) and docker's JSON output (one object per line,
// or the one array of older Compose), with malformed lines skipped and hostile host text (names with
// spaces, quotes, newlines, shell syntax) returned as the data it is, unchanged and unsplit.

#include "release/DockerOutput.h"

#include <QJsonDocument>
#include <QTest>

using namespace opsdeck;

namespace {
QByteArray tokens(const QList<QByteArray> &parts)
{
    QByteArray out;
    for (const QByteArray &t : parts)
        out += t + '\0';
    return out;
}

QByteArray line(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}
} // namespace

class TestDockerOutput final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readTokens_data()
    {
        QTest::addColumn<QByteArray>("out");
        QTest::addColumn<qint64>("now");         // state.hostNow in seconds; 0: not set
        QTest::addColumn<qint64>("freeKiB");
        QTest::addColumn<QStringList>("values"); // "key=value" of the other keys, sorted

        QTest::newRow("every key") << tokens({"now", "1764800000\n", "free", " 2048", "proxy", "running", "containers", "{}\n{}\n"})
                                   << qint64(1764800000) << qint64(2048)
                                   << QStringList{QStringLiteral("containers={}\n{}\n"), QStringLiteral("proxy=running")};
        QTest::newRow("nothing") << QByteArray() << qint64(0) << qint64(-1) << QStringList{};
        QTest::newRow("clock and space that are no numbers")
            << tokens({"now", "yesterday", "free", "lots", "destination", ""}) << qint64(0) << qint64(-1)
            << QStringList{QStringLiteral("destination=")};
        QTest::newRow("a clock before the epoch") << tokens({"now", "-5"}) << qint64(0) << qint64(-1) << QStringList{};
        QTest::newRow("the last token cut by a bound")
            << tokens({"now", "1764800000", "containers"}) + QByteArray("{\"Names\":\"photo-api-web-4f1e") << qint64(1764800000)
            << qint64(-1) << QStringList{};
        QTest::newRow("a key without its value") << tokens({"proxy", "running", "images"}) << qint64(0) << qint64(-1)
                                                 << QStringList{QStringLiteral("proxy=running")};
        QTest::newRow("a repeated key: the last one") << tokens({"proxy", "exited", "proxy", "running"}) << qint64(0) << qint64(-1)
                                                      << QStringList{QStringLiteral("proxy=running")};
        QTest::newRow("hostile text is data")
            << tokens({"services", "web $(reboot) 'a b'", "destination", "eu\n; rm -rf / #\"", "x y", "z"}) << qint64(0) << qint64(-1)
            << QStringList{QStringLiteral("destination=eu\n; rm -rf / #\""), QStringLiteral("services=web $(reboot) 'a b'"),
                           QStringLiteral("x y=z")};
        QTest::newRow("not UTF-8") << tokens({"proxy", "\xff\xfe run"}) << qint64(0) << qint64(-1)
                                   << QStringList{QStringLiteral("proxy=\uFFFD\uFFFD run")};
    }

    void readTokens()
    {
        QFETCH(QByteArray, out);
        QFETCH(qint64, now);
        QFETCH(qint64, freeKiB);
        QFETCH(QStringList, values);
        HostReleaseState state;
        const QHash<QByteArray, QString> read = DockerOutput::readTokens(out, state);
        QCOMPARE(state.hostNow.isValid() ? state.hostNow.toSecsSinceEpoch() : 0, now);
        if (state.hostNow.isValid())
            QCOMPARE(state.hostNow.timeSpec(), Qt::UTC);
        QCOMPARE(state.freeKiB, freeKiB);
        QStringList shown;
        for (auto it = read.cbegin(); it != read.cend(); ++it)
            shown << QString::fromUtf8(it.key()) + u'=' + it.value();
        shown.sort();
        QCOMPARE(shown, values);
    }

    void jsonLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("names"); // the Names of the objects read, in order
        QTest::addColumn<bool>("asArray");      // jsonRows reads it as Compose's one array

        const QJsonObject hostile{{QStringLiteral("Names"), QStringLiteral("photo-api-web-$(reboot); echo \"x\"\nsecond line 'q'")}};
        QTest::newRow("one object a line")
            << QString::fromUtf8(line({{QStringLiteral("Names"), QStringLiteral("a")}}) + '\n'
                                 + line({{QStringLiteral("Names"), QStringLiteral("b c")}}) + '\n')
            << QStringList{QStringLiteral("a"), QStringLiteral("b c")} << false;
        QTest::newRow("malformed lines are skipped")
            << QString::fromUtf8("not json\n{\"Names\":\"cut\n" + line({{QStringLiteral("Names"), QStringLiteral("ok")}})
                                 + "\n[1,2]\n\"a string\"\n{}\n\n{\"Names\": broken}\n")
            << QStringList{QStringLiteral("ok")} << false;
        QTest::newRow("hostile names are data") << QString::fromUtf8(line(hostile) + '\n')
                                                << QStringList{hostile.value(QStringLiteral("Names")).toString()} << false;
        QTest::newRow("a newline breaks an object into two bad lines")
            << QStringLiteral("{\"Names\":\"a\nb\"}\n{\"Names\":\"c\"}") << QStringList{QStringLiteral("c")} << false;
        QTest::newRow("nothing") << QString() << QStringList{} << false;
        QTest::newRow("Compose before 2.21: one array")
            << QStringLiteral("  [{\"Names\":\"x\"},{\"Names\":\"y z\"}]\n") << QStringList{QStringLiteral("x"), QStringLiteral("y z")}
            << true;
    }

    void jsonLines()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, names);
        QFETCH(bool, asArray);
        auto namesOf = [](const QList<QJsonObject> &rows) {
            QStringList out;
            for (const QJsonObject &o : rows)
                out << o.value(QStringLiteral("Names")).toString();
            return out;
        };
        QCOMPARE(namesOf(DockerOutput::jsonRows(text)), names);
        // One object a line only: an array is no object.
        QCOMPARE(namesOf(DockerOutput::jsonLines(text)), asArray ? QStringList{} : names);
    }
};

QTEST_GUILESS_MAIN(TestDockerOutput)
#include "TestDockerOutput.moc"
