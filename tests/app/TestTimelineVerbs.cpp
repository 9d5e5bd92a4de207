// `opsdeck timeline` and `opsdeck incident` as a user meets them: the real binary on a temporary
// SQLite store, JSON output, the life of an incident, Markdown and PDF exports without a display,
// and the errors with their exit codes.

#include "RunProcess.h"
#include "store/SqliteEventStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;

class TestTimelineVerbs final : public QObject
{
    Q_OBJECT
private:
    using Run = ::opsdeck::testing::ProcessResult;
    Run opsdeck(QStringList arguments, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
    {
        arguments << QStringLiteral("--store") << QStringLiteral("sqlite://") + m_store;
        return ::opsdeck::testing::runOpsdeck(arguments, env, 30'000);
    }
    static Event make(const QString &kind, const QString &env, const QString &host, const QString &summary)
    {
        Event e;
        e.kind = kind;
        e.environment = env;
        e.host = host;
        e.service = QStringLiteral("web");
        e.summary = summary;
        if (kind == QLatin1String("health.changed"))
            e.details = {{QStringLiteral("from"), QStringLiteral("pass")}, {QStringLiteral("to"), QStringLiteral("fail")}};
        return e;
    }

    QTemporaryDir m_dir;
    QString m_store;
    QList<Event> m_events;

private Q_SLOTS:
    void initTestCase()
    {
        m_store = m_dir.filePath(QStringLiteral("store.db"));
        auto store = SqliteEventStore::open(m_store, QStringLiteral("ann"));
        QVERIFY2(store, qPrintable(store.error));
        auto stored = (*store.value)->appendBatch(
            {make(QStringLiteral("health.changed"), QStringLiteral("production"), QStringLiteral("web-1"),
                  QStringLiteral("production/web-1/web: pass → fail (database | down)")),
             make(QStringLiteral("alert.raised"), QStringLiteral("production"), QStringLiteral("web-1"), QStringLiteral("critical alert: web-1")),
             make(QStringLiteral("health.changed"), QStringLiteral("staging"), QStringLiteral("stg-1"),
                  QStringLiteral("staging/stg-1/web: pass → fail")),
             make(QStringLiteral("service.restart"), QStringLiteral("production"), QStringLiteral("web-1"),
                  QStringLiteral("restart of production/web succeeded on 1 host, verified"))});
        QVERIFY2(stored, qPrintable(stored.error));
        m_events = *stored.value;
    }

    void timelineJson()
    {
        const Run all = opsdeck({QStringLiteral("timeline"), QStringLiteral("--json")});
        QCOMPARE(all.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(all.out.toUtf8()).array();
        QCOMPARE(events.size(), 4);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("id")).toInteger(), m_events.at(0).id); // oldest first
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("pass → fail"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("actor")).toString(), QStringLiteral("ann"));
        QVERIFY(events.at(0).toObject().value(QStringLiteral("time")).toString().endsWith(u'Z'));

        const Run filtered = opsdeck({QStringLiteral("timeline"), QStringLiteral("--json"), QStringLiteral("--kind"), QStringLiteral("health"),
                                      QStringLiteral("--env"), QStringLiteral("production"), QStringLiteral("--since"), QStringLiteral("1h")});
        QCOMPARE(filtered.exitCode, 0);
        const QJsonArray health = QJsonDocument::fromJson(filtered.out.toUtf8()).array();
        QCOMPARE(health.size(), 1);
        QCOMPARE(health.at(0).toObject().value(QStringLiteral("host")).toString(), QStringLiteral("web-1"));

        const Run text = opsdeck({QStringLiteral("timeline"), QStringLiteral("--text"), QStringLiteral("DATABASE"), QStringLiteral("--limit"), QStringLiteral("1")});
        QCOMPARE(text.exitCode, 0);
        QCOMPARE(text.out.count(u'\n'), 1);
        QVERIFY2(text.out.startsWith(QStringLiteral("#%1 ").arg(m_events.at(0).id)), qPrintable(text.out));
        const Run future = opsdeck({QStringLiteral("timeline"), QStringLiteral("--json"), QStringLiteral("--since"), QStringLiteral("2999-01-01")});
        QCOMPARE(QJsonDocument::fromJson(future.out.toUtf8()).array().size(), 0);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad time") << QStringList{QStringLiteral("timeline"), QStringLiteral("--since"), QStringLiteral("yesterday")} << QStringLiteral("not a time");
        QTest::newRow("bad limit") << QStringList{QStringLiteral("timeline"), QStringLiteral("--limit"), QStringLiteral("0")} << QStringLiteral("--limit");
        QTest::newRow("export without range") << QStringList{QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("-")} << QStringLiteral("--since");
        QTest::newRow("no severity") << QStringList{QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("x")} << QStringLiteral("--severity");
        QTest::newRow("bad severity") << QStringList{QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("x"), QStringLiteral("--severity"), QStringLiteral("critical")} << QStringLiteral("--severity");
        QTest::newRow("no id") << QStringList{QStringLiteral("incident"), QStringLiteral("mitigate")} << QStringLiteral("needs an incident ID");
        QTest::newRow("unknown") << QStringList{QStringLiteral("incident"), QStringLiteral("close"), QStringLiteral("1")} << QStringLiteral("unknown command");
        QTest::newRow("export format") << QStringList{QStringLiteral("incident"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("docx"), QStringLiteral("-o"), QStringLiteral("x")} << QStringLiteral("--format md");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = opsdeck(arguments);
        QCOMPARE(run.exitCode, 64);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.err.contains(QStringLiteral("usage: opsdeck")));
        QVERIFY(!run.err.contains(QStringLiteral("â")));
    }

    void incidentLifeAndExports()
    {
        const qint64 fail = m_events.at(0).id, alert = m_events.at(1).id;
        Run run = opsdeck({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("Checkout"), QStringLiteral("down"),
                           QStringLiteral("--severity"), QStringLiteral("sev2"), QStringLiteral("--event"), QString::number(fail)});
        QCOMPARE(run.exitCode, 0);
        const QRegularExpressionMatch opened = QRegularExpression(QStringLiteral("Incident #(\\d+) opened")).match(run.out);
        QVERIFY2(opened.hasMatch(), qPrintable(run.out + run.err));
        const QString id = opened.captured(1);

        run = opsdeck({QStringLiteral("incident"), QStringLiteral("attach"), id, QStringLiteral("99999")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("no event #99999")));
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("attach"), id, QString::number(alert)}).exitCode, 0);
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("note"), id, QStringLiteral("pool"), QStringLiteral("exhausted")}).exitCode, 0);
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("mitigate"), id}).exitCode, 0);
        run = opsdeck({QStringLiteral("incident"), QStringLiteral("mitigate"), id});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("only an open incident can be mitigated")));
        run = opsdeck({QStringLiteral("incident"), QStringLiteral("resolve"), id});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("Incident #%1 is resolved").arg(id));
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("show"), QStringLiteral("424242")}).exitCode, 1);

        run = opsdeck({QStringLiteral("incident"), QStringLiteral("show"), id, QStringLiteral("--json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject shown = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(shown.value(QStringLiteral("state")).toString(), QStringLiteral("resolved"));
        QCOMPARE(shown.value(QStringLiteral("attached")).toArray().size(), 2);
        QVERIFY(shown.value(QStringLiteral("time_to_resolve_ms")).isDouble());
        QCOMPARE(shown.value(QStringLiteral("notes")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("pool exhausted"));

        const Run list = opsdeck({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("resolved")});
        QCOMPARE(list.exitCode, 0);
        QVERIFY2(list.out.startsWith(QStringLiteral("#%1 SEV2 resolved  Checkout down").arg(id)), qPrintable(list.out));
        QCOMPARE(opsdeck({QStringLiteral("incident"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("open")}).out, QString());

        // Markdown to a file.
        const QString md = m_dir.filePath(QStringLiteral("incident.md"));
        run = opsdeck({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), md});
        QCOMPARE(run.exitCode, 0);
        QFile mdFile(md);
        QVERIFY(mdFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(mdFile.readAll());
        QVERIFY(text.startsWith(QStringLiteral("# Incident #%1: Checkout down\n").arg(id)));
        QVERIFY(text.contains(QStringLiteral("| State | resolved |")));
        QVERIFY(text.contains(QStringLiteral("(database \\| down)")));
        QVERIFY(text.indexOf(QStringLiteral("\n| %1 | ").arg(fail)) < text.indexOf(QStringLiteral("\n| %1 | ").arg(alert)));
        QVERIFY(text.contains(QStringLiteral(" |  | note |  | pool exhausted |")));

        // PDF with no display at all, whatever platform the environment asks for.
        QProcessEnvironment headless = QProcessEnvironment::systemEnvironment();
        headless.remove(QStringLiteral("DISPLAY"));
        headless.remove(QStringLiteral("WAYLAND_DISPLAY"));
        headless.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
        headless.insert(QStringLiteral("CI"), QStringLiteral("true"));
        const QString pdf = m_dir.filePath(QStringLiteral("incident.pdf"));
        run = opsdeck({QStringLiteral("incident"), QStringLiteral("export"), id, QStringLiteral("--format"), QStringLiteral("pdf"),
                       QStringLiteral("-o"), pdf}, headless);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdfFile.readAll();
        QVERIFY(bytes.startsWith("%PDF"));
        QVERIFY(bytes.size() > 2000);

        // A time range, to standard output and as PDF.
        run = opsdeck({QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("1h"),
                       QStringLiteral("--kind"), QStringLiteral("health"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith(QStringLiteral("# Timeline ")));
        QVERIFY(run.out.contains(QStringLiteral("| Kind | health. |")));
        QCOMPARE(run.out.count(QStringLiteral("| health.changed |")), 2);
        const QString rangePdf = m_dir.filePath(QStringLiteral("range.pdf"));
        run = opsdeck({QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("1d"),
                       QStringLiteral("--format=pdf"), QStringLiteral("-o"), rangePdf}, headless);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile rangeFile(rangePdf);
        QVERIFY(rangeFile.open(QIODevice::ReadOnly));
        QVERIFY(rangeFile.read(5) == "%PDF-");
    }

    // Stored text that would drive a terminal (retitle it, clear it, reorder what it shows) is printed
    // as visible escapes by every text verb; --json keeps the stored text as it is.
    void controlsInStoredTextNeverReachTheTerminal()
    {
        const QString hostile = QStringLiteral("x\u001b]2;pwned\u0007 \u001b[2J\u009b31m \u202egnp.exe\u2066 \r\n#1 forged");
        const QString store = QStringLiteral("sqlite://") + m_dir.filePath(QStringLiteral("hostile.db"));
        {
            auto opened = SqliteEventStore::open(m_dir.filePath(QStringLiteral("hostile.db")), QString(hostile).prepend(u'a'));
            QVERIFY2(opened, qPrintable(opened.error));
            QVERIFY((*opened.value)->append(make(QStringLiteral("service.restart"), QStringLiteral("production"), QStringLiteral("web-1"),
                                                 QStringLiteral("restart failed: ") + hostile)));
        }
        auto run = [&](QStringList arguments) {
            arguments << QStringLiteral("--store") << store;
            return ::opsdeck::testing::runOpsdeck(arguments, QProcessEnvironment::systemEnvironment(), 30'000);
        };
        Run opened = run({QStringLiteral("incident"), QStringLiteral("open"), QStringLiteral("Outage ") + hostile, QStringLiteral("--severity"),
                          QStringLiteral("sev2"), QStringLiteral("--event"), QStringLiteral("1")});
        QCOMPARE(opened.exitCode, 0);
        const QString id = QRegularExpression(QStringLiteral("Incident #(\\d+) opened")).match(opened.out).captured(1);
        QVERIFY2(!id.isEmpty(), qPrintable(opened.out + opened.err));
        QCOMPARE(run({QStringLiteral("incident"), QStringLiteral("note"), id, hostile}).exitCode, 0);

        const QList<QStringList> verbs{{QStringLiteral("timeline")},
                                       {QStringLiteral("incident"), QStringLiteral("show"), id},
                                       {QStringLiteral("incident"), QStringLiteral("list")}};
        for (const QStringList &verb : verbs) {
            const Run shown = run(verb);
            QCOMPARE(shown.exitCode, 0);
            const QString all = shown.out + shown.err;
            for (const QChar c : all) {
                const char16_t u = c.unicode();
                const bool control = (u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f);
                const bool bidi = u == 0x061c || u == 0x200e || u == 0x200f || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069);
                QVERIFY2(!control && !bidi, qPrintable(verb.join(u' ') + QStringLiteral(": U+%1 in\n").arg(int(u), 4, 16, QLatin1Char('0'))
                                                       + all.toHtmlEscaped()));
            }
            QVERIFY2(all.contains(QStringLiteral("x\\e]2;pwned\\x07 \\e[2J\\u009b31m \\u202egnp.exe\\u2066")), qPrintable(all));
            // A line ending in stored text does not start a line of its own.
            QVERIFY2(!all.contains(QStringLiteral("\n#1 forged")), qPrintable(all));
        }
        // --json is the stored text itself (QJsonDocument escapes what JSON must).
        const Run json = run({QStringLiteral("timeline"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray events = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("summary")).toString(), QStringLiteral("restart failed: ") + hostile);
    }

    void unwritableExportFails()
    {
        const Run run = opsdeck({QStringLiteral("timeline"), QStringLiteral("export"), QStringLiteral("--since"), QStringLiteral("1h"),
                                 QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"), QStringLiteral("/nonexistent/x.md")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("/nonexistent/x.md")));
    }
};

QTEST_GUILESS_MAIN(TestTimelineVerbs)
#include "TestTimelineVerbs.moc"
