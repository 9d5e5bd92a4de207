// The post-mortem export: the Markdown of an incident against a golden file, escaping of whatever
// people and events wrote, strict order, a time range, and a real PDF.

#include "CommonMark.h"
#include "TimelineTestEvents.h"
#include "timeline/IncidentBook.h"
#include "timeline/TimelineExport.h"

#include <QFile>
#include <QGuiApplication>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace opsdeck;
using namespace opsdeck::testing;
namespace TE = opsdeck::TimelineEvents;

namespace {
const QString kGolden = QStringLiteral(OPSDECK_SOURCE_DIR "/tests/core/timeline/golden/incident.md");

IncidentDossier sampleDossier()
{
    Event fail = health(101, "09:58", QStringLiteral("fail"));
    fail.summary = QStringLiteral("production/web-1/web: pass → fail (HTTP 503: database | pool exhausted)");
    Event alert = ev(102, "10:00", QStringLiteral("alert.raised"), {}, QStringLiteral("production"), QStringLiteral("web-1"),
                        QStringLiteral("web"));
    alert.actor = QStringLiteral("opsdeck");
    alert.summary = QStringLiteral("critical alert: web-1 web *down* for 2 min");
    Event restart = ev(104, "10:12", QStringLiteral("service.restart"), {{QStringLiteral("outcome"), QStringLiteral("succeeded")}},
                          QStringLiteral("production"), QStringLiteral("web-1"), QStringLiteral("web"));
    restart.actor = QStringLiteral("bob_the_operator");
    restart.summary = QStringLiteral("restart of production/web succeeded on 1 host, verified");
    const QList<Event> log{fail,
                           alert,
                           opened(103, "10:02", QStringLiteral("Checkout returns 502 | *partial* outage")),
                           restart,
                           about(105, "10:13", EventKinds::name(EventKind::IncidentAttached), 103, 101),
                           about(106, "10:13", EventKinds::name(EventKind::IncidentAttached), 103, 102),
                           about(107, "10:13", EventKinds::name(EventKind::IncidentAttached), 103, 104),
                           ev(108, "10:15", EventKinds::name(EventKind::Note),
                                 {{QStringLiteral("text"), QStringLiteral("Pool size was 5.\nRaised to <b>20</b> & restarted; see [runbook](x)")},
                                  {QStringLiteral("incident"), 103}}),
                           about(109, "10:20", EventKinds::name(EventKind::IncidentMitigated), 103),
                           about(110, "11:03", EventKinds::name(EventKind::IncidentResolved), 103)};
    // The incident's own events carry the summaries the tracker writes.
    Incident shell;
    shell.id = 103;
    shell.title = QStringLiteral("Checkout returns 502 | *partial* outage");
    shell.environment = QStringLiteral("production");
    QList<Event> written = log;
    for (Event &e : written) {
        if (e.kind == EventKinds::name(EventKind::IncidentOpened))
            e.summary = TE::opened(shell.title, QStringLiteral("sev2"), shell.environment).summary;
        else if (e.kind == EventKinds::name(EventKind::IncidentMitigated))
            e.summary = TE::stateChange(shell, IncidentState::Mitigated).summary;
        else if (e.kind == EventKinds::name(EventKind::IncidentResolved))
            e.summary = TE::stateChange(shell, IncidentState::Resolved).summary;
    }
    IncidentBook book;
    book.apply(written);
    IncidentDossier dossier;
    dossier.incident = *book.find(103);
    dossier.attached = {fail, alert, restart};
    for (qint64 id : dossier.incident.history)
        dossier.changes << book.events().value(id);
    dossier.notes = book.notesFor(dossier.incident);
    dossier.times = IncidentTimes::of(dossier.incident, dossier.attached);
    return dossier;
}

// Cells of a Markdown table row, split at unescaped pipes.
QStringList cells(const QString &line)
{
    static const QRegularExpression pipe(QStringLiteral("(?<!\\\\)\\|"));
    QStringList parts = line.split(pipe);
    return parts.mid(1, parts.size() - 2);
}
} // namespace

class TestTimelineExport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("test")); }

    void incidentMarkdownMatchesGolden()
    {
        const TimelineReport report = TimelineReport::forIncident(sampleDossier(), at("12:00"));
        const QString md = TimelineExport::markdown(report);
        if (qEnvironmentVariableIsSet("OPSDECK_UPDATE_GOLDEN")) {
            QFile out(kGolden);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(md.toUtf8());
        }
        QFile golden(kGolden);
        QVERIFY2(golden.open(QIODevice::ReadOnly), qPrintable(kGolden));
        const QString expected = QString::fromUtf8(golden.readAll());
        if (md != expected) {
            const QStringList got = md.split(u'\n');
            const QStringList want = expected.split(u'\n');
            for (qsizetype i = 0; i < std::max(got.size(), want.size()); ++i)
                QCOMPARE(got.value(i), want.value(i));
        }
    }

    void everyRowHasItsCellsInStrictOrder()
    {
        const QString md = TimelineExport::markdown(TimelineReport::forIncident(sampleDossier(), at("12:00")));
        const QStringList lines = md.split(u'\n');
        const qsizetype header = lines.indexOf(QStringLiteral("| \\# | Time (UTC) | Actor | Target | Kind | Outcome | Summary |"));
        QVERIFY(header > 0);
        QList<qint64> ids;
        for (qsizetype i = header + 2; i < lines.size() && lines.at(i).startsWith(u'|'); ++i) {
            const QStringList row = cells(lines.at(i));
            QCOMPARE(row.size(), 7); // a '|' in a summary or title did not split the row
            ids << row.at(0).trimmed().toLongLong();
        }
        // Attached events, the incident's changes and its note, by id; attach events are not rows.
        QCOMPARE(ids, (QList<qint64>{101, 102, 103, 104, 108, 109, 110}));
        // Markup from people and events stays text.
        QVERIFY(md.contains(QStringLiteral("\\<b\\>20\\</b\\> \\& restarted; see \\[runbook\\](x)")));
        QVERIFY(md.contains(QStringLiteral("Pool size was 5.<br>Raised")));
        QVERIFY(md.contains(QStringLiteral("\\*down\\*")));
        QVERIFY(md.contains(QStringLiteral("bob\\_the\\_operator")));
    }

    // A note or a host's stderr holding lone carriage returns (CommonMark line endings) and markup: the
    // rendered post-mortem has exactly the export's own headings, and the text shows as written.
    void noteForgesNoHeadingWhenRendered()
    {
        IncidentDossier dossier = sampleDossier();
        IncidentNote note;
        note.id = 111;
        note.time = at("10:16");
        note.actor = QStringLiteral("mallory");
        note.incident = 103;
        note.text = QStringLiteral("ok\r\r## Root cause\r\rThe intern did it.\r\r- [ ] fire them\u2028> quoted");
        dossier.notes << note;
        IncidentNote bare = note;
        bare.id = 113;
        bare.text = QStringLiteral("\r\r## Root cause\r\r");
        dossier.notes << bare;
        Event restart = dossier.attached.at(2);
        restart.id = 112;
        restart.summary = QStringLiteral("restart failed: \r# stderr\r1. \u001b[31mred\u001b[0m\u202e");
        dossier.attached << restart;
        const QString md = TimelineExport::markdown(TimelineReport::forIncident(dossier, at("12:00")));
        QVERIFY(!md.contains(u'\r'));
        QVERIFY(!md.contains(QChar(0x1b)));
        QVERIFY(!md.contains(QChar(0x202e)));
        QString why;
        const auto html = renderCommonMark(md, &why);
        QVERIFY2(html, qPrintable(why));
        QCOMPARE(blockTags(*html), QStringList({QStringLiteral("<h1>"), QStringLiteral("<h2>")}));
        QVERIFY2(html->contains(QStringLiteral("ok<br><br>## Root cause<br><br>The intern did it.")), qPrintable(*html));
        QVERIFY2(html->contains(QStringLiteral("restart failed: <br># stderr<br>1. [31mred[0m")), qPrintable(*html));
    }

    void rangeReport()
    {
        EventFilter filter;
        filter.since = at("09:00");
        filter.until = at("10:00");
        filter.environment = QStringLiteral("production");
        const QList<Event> events{health(2, "09:10", QStringLiteral("fail")), health(1, "09:05", QStringLiteral("warn"))};
        const TimelineReport report = TimelineReport::forRange(events, filter, true, at("12:00"));
        QCOMPARE(report.title, QStringLiteral("Timeline 2024-05-01T09:00:00Z – 2024-05-01T10:00:00Z"));
        QCOMPARE(report.rows.size(), 2);
        QCOMPARE(report.rows.at(0).id, 1);
        QCOMPARE(report.rows.at(0).outcome, QStringLiteral("pass → warn"));
        QCOMPARE(report.rows.at(0).target, QStringLiteral("production/web-1/web"));
        const QString md = TimelineExport::markdown(report);
        QVERIFY(md.contains(QStringLiteral("| Environment | production |")));
        QVERIFY2(md.contains(QStringLiteral("Only the first 2 event")), qPrintable(md));
    }

    void outcomes_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QString>("outcome");
        QTest::newRow("action outcome") << QStringLiteral("service.restart") << QJsonObject{{QStringLiteral("outcome"), QStringLiteral("unknown")}} << QStringLiteral("unknown");
        QTest::newRow("started") << QStringLiteral("service.restart.started") << QJsonObject{} << QStringLiteral("started");
        QTest::newRow("alert") << QStringLiteral("alert.acknowledged") << QJsonObject{} << QStringLiteral("acknowledged");
        QTest::newRow("health") << QStringLiteral("health.changed") << QJsonObject{{QStringLiteral("from"), QStringLiteral("fail")}, {QStringLiteral("to"), QStringLiteral("pass")}} << QStringLiteral("fail → pass");
        QTest::newRow("note") << QStringLiteral("note") << QJsonObject{} << QString();
        QTest::newRow("other") << QStringLiteral("ssh.hostkey.trusted") << QJsonObject{} << QStringLiteral("trusted");
    }

    void outcomes()
    {
        QFETCH(QString, kind);
        QFETCH(QJsonObject, details);
        QFETCH(QString, outcome);
        QCOMPARE(TimelineReport::outcome(ev(1, "10:00", kind, details)), outcome);
    }

    void pdfIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("incident.pdf"));
        const QString error = TimelineExport::write(TimelineReport::forIncident(sampleDossier(), at("12:00")),
                                                    TimelineExport::Format::Pdf, path);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY(bytes.size() > 2000);
        QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    }

    void unwritablePathIsAnError()
    {
        const QString error = TimelineExport::write(TimelineReport::forIncident(sampleDossier(), at("12:00")),
                                                    TimelineExport::Format::Markdown, QStringLiteral("/nonexistent/dir/x.md"));
        QVERIFY(error.contains(QStringLiteral("/nonexistent/dir/x.md")));
    }
};

QTEST_MAIN(TestTimelineExport)
#include "TestTimelineExport.moc"
