// Host and store text in widgets shows as the characters it is: a health body's component message, an
// alert's detail, an event's summary or a run's name holding "<b style=…>", "<font color=…>" or a
// 4000×4000 "<img>" is never rendered as rich text in a tooltip or a label (DisplayText::toolTip,
// Qt::PlainText labels). Offscreen.

#include "AlertListModel.h"
#include "BackupFileModel.h"
#include "BackupHostModel.h"
#include "HealthComponentModel.h"
#include "TimeSeriesChart.h"
#include "TimelineModel.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"

#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace opsdeck;

namespace {

const QString kHostile = QStringLiteral("<b style=\"font-size:200pt\">BIG</b><font color=red>red</font>"
                                        "<img src=\"data:image/png;base64,AAAA\" width=4000 height=4000>&amp;");

// What a person reads in a tooltip: Qt renders it as rich text when it looks like markup, else as it is.
QString shownInToolTip(const QString &tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setHtml(tip);
    if (document.toHtml().contains(QStringLiteral("<img")))
        return QStringLiteral("(an image)");
    return document.toPlainText();
}

} // namespace

class TestHostTextShownAsText final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void helperShowsMarkupLiterally_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << kHostile;
        QTest::newRow("plain") << QStringLiteral("database: connection refused");
        QTest::newRow("lines") << QStringLiteral("<b>a</b>\nb");
    }
    void helperShowsMarkupLiterally()
    {
        QFETCH(QString, text);
        QCOMPARE(shownInToolTip(DisplayText::toolTip(text)), text);
    }

    void healthComponentToolTips()
    {
        HealthComponentModel model;
        HealthVerdict verdict;
        verdict.components = {{kHostile, HealthStatus::Fail, kHostile}};
        model.setVerdict(verdict);
        QCOMPARE(shownInToolTip(model.index(0, HealthComponentModel::ComponentColumn).data(Qt::ToolTipRole).toString()), kHostile);
        QCOMPARE(shownInToolTip(model.index(0, HealthComponentModel::MessageColumn).data(Qt::ToolTipRole).toString()), kHostile);
        QCOMPARE(model.index(0, HealthComponentModel::MessageColumn).data(Qt::DisplayRole).toString(), kHostile);
    }

    void alertToolTip()
    {
        AlertListModel model;
        Alert alert;
        alert.key = QStringLiteral("health:production/web-1/web");
        alert.title = QStringLiteral("production/web-1/web failing");
        alert.detail = kHostile;
        alert.since = QDateTime::currentDateTimeUtc();
        model.setAlerts({alert});
        QCOMPARE(shownInToolTip(model.index(0, AlertListModel::DetailColumn).data(Qt::ToolTipRole).toString()), kHostile);
    }

    // A backup file's findings and a location's freshness come from the host.
    void backupToolTips()
    {
        BackupLocationReport report;
        report.environment = QStringLiteral("production");
        report.host = QStringLiteral("web-1");
        report.location.name = QStringLiteral("main");
        report.status = SftpListing::Status::Listed;
        report.freshness = kHostile;
        BackupFile file;
        file.name = QByteArrayLiteral("x.gz");
        file.displayName = QStringLiteral("x.gz");
        file.problems = {kHostile};
        report.files = {file};
        BackupFileModel files;
        files.setReport(report);
        QCOMPARE(shownInToolTip(files.index(0, BackupFileModel::FindingsColumn).data(Qt::ToolTipRole).toString()), kHostile);

        FleetConfig config;
        EnvironmentConfig env;
        env.name = report.environment;
        HostConfig host;
        host.name = report.host;
        host.environment = env.name;
        host.backups = {report.location};
        env.hosts = {host};
        config.environments = {env};
        BackupHostModel hosts;
        hosts.setConfig(config);
        hosts.setReports(host.name, {report});
        QCOMPARE(shownInToolTip(hosts.index(0, BackupHostModel::FreshnessColumn).data(Qt::ToolTipRole).toString()), kHostile);
    }

    void timelineToolTip()
    {
        QTemporaryDir dir;
        EventStoreService store;
        TimelineModel model(&store, nullptr);
        QSignalSpy loaded(&model, &TimelineModel::pageLoaded);
        store.open(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("s.db")));
        QVERIFY(loaded.wait(10'000));
        Event note;
        note.kind = QStringLiteral("note");
        note.summary = kHostile;
        note.key = QStringLiteral("k-1");
        note.pending = true;
        note.time = QDateTime::currentDateTimeUtc();
        Q_EMIT store.appended(note);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(shownInToolTip(model.index(0, TimelineModel::SummaryColumn).data(Qt::ToolTipRole).toString()), kHostile);
    }

    void chartCaptionIsPlainText()
    {
        TimeSeriesChart chart(QStringLiteral("ms"), 0);
        chart.setSource([] { return QList<TimeSeries>{}; }, kHostile);
        const QList<QLabel *> labels = chart.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (QLabel *label : labels) {
            if (label->text() == kHostile)
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](QLabel *l) { return l->text() == kHostile; }));
    }
};

QTEST_MAIN(TestHostTextShownAsText)
#include "TestHostTextShownAsText.moc"
