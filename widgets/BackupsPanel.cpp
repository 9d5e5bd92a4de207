#include "BackupsPanel.h"

#include "BackupDownloadDialog.h"
#include "ModelRetranslation.h"

#include "BackupFileModel.h"
#include "BackupHostModel.h"
#include "ColumnFitter.h"
#include "OverviewFilterBar.h"
#include "OverviewFilterProxy.h"
#include "GuardedActionDialog.h"
#include "MessageLabel.h"
#include "backups/BackupDrill.h"
#include "backups/BackupMonitor.h"
#include "backups/BackupRun.h"
#include "backups/BackupService.h"
#include "backups/BackupVerifyRun.h"
#include "ops/GuardedActionRunner.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/LocaleFormat.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace opsdeck {

BackupsPanel::BackupsPanel(BackupMonitor *backups, BackupService *service, EventStoreService *store, QWidget *parent)
    : QWidget(parent), m_backups(backups), m_service(service), m_store(store), m_hostModel(new BackupHostModel(this)),
      m_hostProxy(new OverviewFilterProxy(this)),
      m_filter(new OverviewFilterBar(QStringLiteral("backups"), OverviewFilterBar::Remember::TextAndProblemsOnly, this)),
      m_hostTable(new QTableView(this)), m_fileModel(new BackupFileModel(this)), m_fileTable(new QTableView(this)),
      m_summary(new QLabel(this)), m_locationText(new QLabel(this)), m_refresh(new QPushButton(this)),
      m_verifyFile(new QPushButton(this)), m_verifySet(new QPushButton(this)),
      m_run(new QPushButton(this)), m_download(new QPushButton(this)), m_drill(new QPushButton(this)), m_drillText(new QLabel(this)), m_runner(service->runner()),
      m_message(new MessageLabel(this)), m_tick(new QTimer(this)), m_summaryDue(new QTimer(this))
{
    setObjectName(QStringLiteral("backupsPanel"));
    m_hostTable->setObjectName(QStringLiteral("backupHosts"));
    m_hostTable->setAccessibleName(tr("Backup locations"));
    m_fileTable->setObjectName(QStringLiteral("backupFiles"));
    m_fileTable->setAccessibleName(tr("Files of the selected backup location"));
    m_summary->setObjectName(QStringLiteral("backupSummary"));
    m_drill->setObjectName(QStringLiteral("backupDrill"));
    m_drillText->setObjectName(QStringLiteral("backupDrillText"));
    // Names, paths and errors from hosts: plain text, never rich text.
    for (QLabel *label : {m_summary, m_locationText, m_drillText}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);

    for (QTableView *table : {m_hostTable, m_fileTable}) {
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
        table->setWordWrap(false);
    }
    m_hostProxy->setSourceModel(m_hostModel);
    m_filter->edit()->setObjectName(QStringLiteral("backupsFilter"));
    m_filter->problemsToggle()->setObjectName(QStringLiteral("backupsProblemsOnly"));
    m_hostProxy->setText(m_filter->text());
    m_hostProxy->setProblemsOnly(m_filter->problemsOnly());
    connect(m_filter, &OverviewFilterBar::textChanged, m_hostProxy, &OverviewFilterProxy::setText);
    connect(m_filter, &OverviewFilterBar::problemsOnlyChanged, m_hostProxy, &OverviewFilterProxy::setProblemsOnly);
    m_filter->watch(m_hostProxy);
    m_hostTable->setModel(m_hostProxy);
    m_hostTable->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_fileTable->setModel(m_fileModel);
    m_fileTable->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    // Sized by fitHostColumns(): with every column as wide as its texts, the newest set was pushed out
    // of view by longer words (German) or a long message.
    m_hostTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_hostTable->horizontalHeader()->setStretchLastSection(false);
    m_summaryDue->setSingleShot(true);
    m_summaryDue->setInterval(kSummaryCoalesceMs);
    connect(m_summaryDue, &QTimer::timeout, this, &BackupsPanel::updateSummary);
    m_fitColumns = new ColumnFitter(m_hostTable, m_hostProxy, [this] { fitHostColumns(); }, this);
    m_hostTable->viewport()->installEventFilter(this); // a new width is fitted again (after the fitter exists)
    m_fileTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_fileTable->horizontalHeader()->setSectionResizeMode(BackupFileModel::FindingsColumn, QHeaderView::Interactive);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_verifyFile);
    buttons->addWidget(m_verifySet);
    buttons->addWidget(m_download);
    buttons->addStretch(1);
    buttons->addWidget(m_drill);
    buttons->addWidget(m_run);

    auto *lower = new QWidget(this);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    lowerLayout->addWidget(m_locationText);
    lowerLayout->addWidget(m_drillText);
    lowerLayout->addWidget(m_fileTable, 1);
    lowerLayout->addLayout(buttons);
    lowerLayout->addWidget(m_message);

    auto *upper = new QWidget(this);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(m_filter);
    upperLayout->addWidget(m_hostTable, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(upper);
    splitter->addWidget(lower);
    splitter->setSizes({1, 1}); // halves

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_backups, &BackupMonitor::updated, this, &BackupsPanel::hostUpdated);
    // Verifications recorded anywhere (the schedule, another console, the CLI) show here too.
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        if (event.kind == EventKinds::name(EventKind::BackupVerified) || event.kind == EventKinds::name(EventKind::BackupVerifyFailed))
            loadResults(event.environment, event.host);
        if (event.kind == EventKinds::name(EventKind::BackupDrillFinished))
            loadDrill();
    });
    connect(m_hostTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { selectLocation(current.isValid() ? m_hostProxy->mapToSource(current).row() : -1); });
    connect(m_fileTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BackupsPanel::updateButtons);
    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_backups->refresh();
        m_message->showInfo(tr("Listing every backup location again…"));
    });
    connect(m_verifyFile, &QPushButton::clicked, this, [this] { verifySelected(false); });
    connect(m_verifySet, &QPushButton::clicked, this, [this] { verifySelected(true); });
    connect(m_run, &QPushButton::clicked, this, [this] { requestGuarded(false); });
    connect(m_drill, &QPushButton::clicked, this, [this] { requestGuarded(true); });
    connect(m_download, &QPushButton::clicked, this, &BackupsPanel::requestDownload);
    connect(m_runner, &GuardedActionRunner::progress, this, [this](const QString &host, const QString &message) {
        m_message->showInfo(host.isEmpty() ? message : tr("%1: %2").arg(host, message));
    });
    connect(m_runner, &GuardedActionRunner::finished, this, [this](const GuardedActionReport &report) {
        if (report.outcome == ActionOutcome::Succeeded)
            m_message->showInfo(tr("✔ %1").arg(report.summary));
        else
            m_message->showError(tr("✖ %1").arg(report.summary));
        // The new set (or what the script left) shows with the next listing.
        m_backups->refresh();
        for (const QString &host : m_action ? m_action->hosts() : QStringList{})
            loadResults(m_action->environment(), host);
        updateButtons();
        Q_EMIT runFinished(report);
    });
    // Ages grow between listings: the freshness column follows the clock.
    m_tick->setInterval(30'000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_hostModel->tick();
        updateSummary();
    });
    m_tick->start();
    retranslate();
}

void BackupsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_fitColumns->request(); // the headers' words have other widths now
    }
    QWidget::changeEvent(event);
}

bool BackupsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_hostTable->viewport() && event->type() == QEvent::Resize)
        m_fitColumns->request();
    return QWidget::eventFilter(watched, event);
}

void BackupsPanel::fitHostColumns()
{
    QHeaderView *header = m_hostTable->horizontalHeader();
    const QAbstractItemView *view = m_hostTable; // sizeHintForColumn() is public there
    const auto least = [header](int column) { return header->sectionSizeHint(column); };
    const auto wanted = [view, &least](int column) { return std::max(least(column), view->sizeHintForColumn(column)); };
    header->resizeSection(BackupHostModel::LocationColumn, wanted(BackupHostModel::LocationColumn));
    const QList<int> shared{BackupHostModel::FreshnessColumn, BackupHostModel::VerifiedColumn, BackupHostModel::FirstSetColumn};
    int leastSum = 0;
    int wantedSum = 0;
    for (int column : shared) {
        leastSum += least(column);
        wantedSum += wanted(column);
    }
    const int room = m_hostTable->viewport()->width() - header->sectionSize(BackupHostModel::LocationColumn);
    for (int column : shared) {
        int width = wanted(column);
        if (wantedSum > room) // each gives up the same part of what it wants beyond its header, none below it
            width = least(column) + int(qint64(width - least(column)) * std::max(0, room - leastSum) / std::max(1, wantedSum - leastSum));
        header->resizeSection(column, width);
    }
    for (int column = BackupHostModel::FirstSetColumn + 1; column < m_hostProxy->columnCount(); ++column)
        header->resizeSection(column, wanted(column));
}

// Every text the area sets itself, in the language now installed; the tables' texts come from their
// models. The feedback line keeps the language it was written in.
void BackupsPanel::retranslate()
{
    m_refresh->setText(tr("&Refresh listing"));
    m_verifyFile->setText(tr("&Verify file"));
    m_verifySet->setText(tr("Verify &set"));
    m_run->setText(tr("Run &backup…"));
    m_drill->setText(tr("Start &drill…"));
    m_download->setText(tr("&Download…"));
    m_filter->edit()->setPlaceholderText(tr("Filter by host, location, label or state…"));
    m_filter->edit()->setAccessibleName(tr("Filter the backup locations"));
    m_filter->problemsToggle()->setText(tr("&Problems only"));
    m_filter->problemsToggle()->setAccessibleName(tr("Show only backup locations with a problem"));
    m_filter->problemsToggle()->setToolTip(tr("Show only locations that are stale, not listed, without a complete set or with a failed verification"));
    m_filter->setEmptyMessages(tr("No backup location matches “%1”."), tr("No backup location has a problem."),
                               tr("No backup location with a problem matches “%1”."));
    ModelRetranslation::announce(m_hostModel);
    ModelRetranslation::announce(m_fileModel);
    if (!m_locationText->text().isEmpty())
        showLocation();
    updateSummary();
    updateButtons();
}

BackupsPanel::~BackupsPanel() = default;

void BackupsPanel::setConfig(const FleetConfig &config)
{
    m_config = config; // the service and its runner have it already (the context hands it over first)
    ++m_generation;
    // A reload rebuilds the rows: the same location stays selected, the table where it was.
    const QString keptHost = m_location >= 0 ? m_hostModel->row(m_location).host : QString();
    const QString keptName = m_location >= 0 ? m_hostModel->row(m_location).location.name : QString();
    const int scroll = m_hostTable->verticalScrollBar()->value();
    m_hostModel->setConfig(config);
    // Listings that came back before the window saw this configuration.
    for (const BackupLocationReport &report : m_backups->reports())
        m_hostModel->setReports(report.host, {report});
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            if (!host.backups.isEmpty())
                loadResults(env.name, host.name);
        }
    }
    m_location = -1;
    int keep = m_hostModel->findRow(keptHost, keptName);
    if (keep < 0 || !m_hostProxy->mapFromSource(m_hostModel->index(keep, 0)).isValid())
        keep = m_hostProxy->rowCount() > 0 ? m_hostProxy->mapToSource(m_hostProxy->index(0, 0)).row() : -1;
    selectLocation(keep);
    m_hostTable->doItemsLayout(); // the scroll range of the new rows, before the position is set
    m_hostTable->verticalScrollBar()->setValue(scroll);
    updateSummary();
}

void BackupsPanel::selectLocation(int row)
{
    if (row >= m_hostModel->rowCount())
        row = -1;
    if (row >= 0 && !m_hostProxy->mapFromSource(m_hostModel->index(row, 0)).isValid()) {
        m_filter->edit()->clear(); // a location asked for by name is shown, whatever the filter
        m_filter->problemsToggle()->setChecked(false);
    }
    const QModelIndex shown = row >= 0 ? m_hostProxy->mapFromSource(m_hostModel->index(row, BackupHostModel::LocationColumn)) : QModelIndex();
    if (shown.isValid() && m_hostTable->currentIndex().row() != shown.row())
        m_hostTable->setCurrentIndex(shown);
    m_location = row;
    showLocation();
}

void BackupsPanel::hostUpdated(const QString &host)
{
    m_hostModel->setReports(host, m_backups->reports(host));
    if (m_location >= 0 && m_hostModel->row(m_location).host == host)
        showLocation();
    if (!m_summaryDue->isActive()) // once per burst of listings: the summary counts every row
        m_summaryDue->start();
}

void BackupsPanel::loadResults(const QString &environment, const QString &host)
{
    const quint64 generation = m_generation;
    m_store->query(BackupVerifyRun::resultsFilter(environment, host))
        .then(this, [this, generation, host](const StoreResult<QList<Event>> &events) {
            if (generation != m_generation)
                return;
            if (!events) {
                m_message->showError(tr("✖ The verification results of %1 could not be read: %2").arg(host, events.error));
                return;
            }
            m_hostModel->setResults(host, BackupVerifyRun::latestByFile(*events.value));
            if (m_location >= 0 && m_hostModel->row(m_location).host == host)
                m_fileModel->setResults(m_hostModel->results(host));
        });
}

void BackupsPanel::showLocation()
{
    if (m_location < 0) {
        m_fileModel->setReport(std::nullopt);
        m_locationText->setText(m_hostModel->rowCount() == 0 ? tr("No host of this configuration has backups configured.") : QString());
        loadDrill();
        updateButtons();
        return;
    }
    const BackupHostModel::Row &row = m_hostModel->row(m_location);
    const QString selected = m_fileTable->currentIndex().isValid()
                                 ? m_fileModel->index(m_fileTable->currentIndex().row(), BackupFileModel::NameColumn).data().toString()
                                 : QString();
    const bool same = m_fileModel->report() && m_fileModel->report()->target() == row.environment + u'/' + row.host + u'/' + row.location.name;
    m_fileModel->setReport(row.report);
    m_fileModel->setResults(m_hostModel->results(row.host));
    QStringList lines{QStringLiteral("%1/%2/%3  %4").arg(row.environment, row.host, row.location.name, row.location.path)};
    if (!row.report) {
        lines << tr("… listing over SFTP");
    } else {
        lines << row.report->freshness;
        if (!m_fileModel->retention().error.isEmpty())
            lines << tr("Retention: %1").arg(m_fileModel->retention().error);
        else if (!m_fileModel->retention().policy.isEmpty())
            lines << tr("Retention: %1; the policy deletes %n file(s)", nullptr, m_fileModel->retention().deletedNextRun())
                         .arg(m_fileModel->retention().policy);
        else
            lines << tr("Retention %1: the next run's find -mtime +%2 deletes %n file(s)", nullptr, m_fileModel->retention().deletedNextRun())
                         .arg(LocaleFormat::duration(row.location.retention))
                         .arg(m_fileModel->retention().days);
        for (const QString &warning : m_fileModel->retention().warnings)
            lines << tr("⚠ %1").arg(warning);
    }
    m_locationText->setText(lines.join(u'\n'));
    if (same && !selected.isEmpty()) {
        const int r = m_fileModel->findRow(selected);
        if (r >= 0)
            m_fileTable->setCurrentIndex(m_fileModel->index(r, BackupFileModel::NameColumn));
    }
    loadDrill();
    updateButtons();
}

void BackupsPanel::updateSummary()
{
    const int rows = m_hostModel->rowCount();
    QStringList stale;
    int listing = 0;
    for (int r = 0; r < rows; ++r) {
        const BackupHostModel::Row &row = m_hostModel->row(r);
        if (!row.report)
            ++listing;
        else if (m_hostModel->isStale(r))
            stale << row.environment + u'/' + row.host + u'/' + row.location.name;
    }
    QString text;
    if (rows == 0)
        text = tr("No backup locations configured.");
    else if (!stale.isEmpty())
        text = tr("✖ %n stale location(s) of %1: %2", nullptr, int(stale.size())).arg(rows).arg(stale.join(QStringLiteral(", ")));
    else if (listing == rows)
        text = tr("… listing %n location(s)", nullptr, rows);
    else
        text = listing > 0 ? tr("✔ %n location(s) fresh, %1 still listing", nullptr, rows - listing).arg(listing)
                           : tr("✔ %n location(s) fresh", nullptr, rows - listing);
    m_summary->setText(text);
    Q_EMIT staleCountChanged(int(stale.size()));
}

void BackupsPanel::updateButtons()
{
    const bool location = m_location >= 0;
    const bool runnable = location && !m_hostModel->row(m_location).location.command.isEmpty();
    m_run->setEnabled(runnable && !m_runner->isRunning() && !m_dialogOpen);
    const bool drillable = location && m_hostModel->row(m_location).location.drill.configured();
    m_drill->setEnabled(drillable && !m_runner->isRunning() && !m_dialogOpen);
    m_drill->setToolTip(!location            ? tr("Select a backup location above first.")
                        : !drillable          ? tr("This location has no 'drill' target configured: OpsDeck does not know where to restore.")
                        : m_runner->isRunning() ? tr("A backup run or drill is under way.")
                                                : tr("Restore the selected dump (or the newest verified complete set's) into a scratch database of the "
                                                     "drill target, time it against the RTO, count the rows and drop the scratch database"));
    m_run->setToolTip(!location          ? tr("Select a backup location above first.")
                      : !runnable         ? tr("This location has no 'command' configured: OpsDeck does not know how to run its backup.")
                      : m_runner->isRunning() ? tr("A backup run is under way.")
                                              : tr("Run the location's command through the guarded path; verified only by a new complete set that passes integrity"));
    const QModelIndex current = m_fileTable->currentIndex();
    const bool file = current.isValid() && m_fileModel->report();
    m_verifyFile->setEnabled(file);
    m_verifySet->setEnabled(file && !m_fileModel->report()->files.at(m_fileModel->fileIndex(current.row())).stamp.isEmpty());
    const QString why = tr("Select a file in the list below first.");
    m_verifyFile->setToolTip(file ? tr("Decompress or list the file on its host and record the result") : why);
    m_download->setEnabled(file && !m_downloading);
    m_download->setToolTip(!file ? why
                           : m_downloading ? tr("A download is under way.")
                                           : tr("Download the file over SFTP; its SHA-256 is compared with the host's sha256sum"));
    m_verifySet->setToolTip(m_verifySet->isEnabled() ? tr("Verify every file of the selected file's set")
                                                     : file ? tr("The selected file is not part of a set") : why);
}

void BackupsPanel::verifySelected(bool wholeSet)
{
    const QModelIndex current = m_fileTable->currentIndex();
    if (!current.isValid() || !m_fileModel->report())
        return;
    const BackupLocationReport report = *m_fileModel->report();
    const BackupFile &chosen = report.files.at(m_fileModel->fileIndex(current.row()));
    QList<BackupFile> files;
    if (wholeSet) {
        for (const BackupSet &set : report.sets) {
            if (set.stamp == chosen.stamp) {
                for (int i : set.files)
                    files << report.files.at(i);
            }
        }
    } else {
        files << chosen;
    }
    const quint64 generation = m_generation;
    for (const BackupFile &file : files) {
        m_fileModel->setVerifying(report.target(), file.name, true);
        const QByteArray name = file.name;
        m_service->verify(report, file, this)
            .then(this, [this, generation, report, name](const BackupVerifyRun::Outcome &outcome) {
                if (generation != m_generation)
                    return;
                m_fileModel->setVerifying(report.target(), name, false);
                const BackupVerification &v = outcome.verification;
                if (!outcome.storeError.isEmpty())
                    m_message->showError(tr("✖ %1: %2").arg(v.file, outcome.storeError));
                else if (v.ok)
                    m_message->showInfo(tr("✔ %1 verified: %2").arg(v.file, v.detail));
                else
                    m_message->showError(tr("✖ %1 failed verification: %2").arg(v.file, v.detail));
                loadResults(report.environment, report.host);
                Q_EMIT verified(v.file, v.ok);
            })
            .onCanceled(this, [this, generation, report, name] {
                if (generation != m_generation)
                    return;
                m_fileModel->setVerifying(report.target(), name, false);
                m_message->showError(tr("✖ The verification stopped before it finished (the host's session closed)."));
            });
    }
    m_message->showInfo(tr("Verifying %n file(s) on %1…", nullptr, int(files.size())).arg(report.host));
}

void BackupsPanel::loadDrill()
{
    if (m_location < 0) {
        m_drillText->clear();
        return;
    }
    const BackupHostModel::Row row = m_hostModel->row(m_location);
    if (!row.location.drill.configured()) {
        m_drillText->setText(tr("Restore drill: no drill target configured (drill: in the configuration)."));
        return;
    }
    EventFilter filter;
    filter.kind = EventKinds::name(EventKind::BackupDrillFinished);
    filter.environment = row.environment;
    filter.host = row.host;
    filter.newestFirst = true;
    filter.limit = 50;
    const quint64 generation = m_generation;
    const int shown = m_location;
    m_store->query(filter).then(this, [this, generation, shown, row](const StoreResult<QList<Event>> &events) {
        if (generation != m_generation || shown != m_location)
            return;
        if (!events) {
            m_drillText->setText(tr("Restore drill: the recorded drills cannot be read: %1").arg(events.error));
            return;
        }
        for (const Event &e : *events.value) {
            if (e.details.value(QStringLiteral("location")).toString() != row.location.name)
                continue;
            const QJsonObject facts = e.details.value(QStringLiteral("results")).toArray().at(0).toObject();
            const bool ok = e.details.value(QStringLiteral("outcome")).toString() == QLatin1String("succeeded");
            const QString when = QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat);
            if (!ok) {
                m_drillText->setText(tr("✖ Newest restore drill %1 %2: %3")
                                         .arg(when, e.details.value(QStringLiteral("outcome")).toString(),
                                              facts.value(QStringLiteral("detail")).toString()));
                return;
            }
            const qint64 ms = facts.value(QStringLiteral("duration_ms")).toInteger();
            const bool within = facts.value(QStringLiteral("within_rto")).toBool();
            const int tables = int(facts.value(QStringLiteral("tables")).toObject().size());
            const QString text = within ? tr("✔ Newest restore drill %1: %2 restored in %3, within the RTO of %4; %n table(s), %5 rows", nullptr, tables)
                                        : tr("⚠ Newest restore drill %1: %2 restored in %3, PAST the RTO of %4; %n table(s), %5 rows", nullptr, tables);
            m_drillText->setText(text.arg(when, facts.value(QStringLiteral("file")).toString(), LocaleFormat::seconds(ms),
                                          LocaleFormat::duration(Milliseconds(facts.value(QStringLiteral("rto_ms")).toInteger())),
                                          LocaleFormat::integer(facts.value(QStringLiteral("rows")).toInteger())));
            return;
        }
        m_drillText->setText(tr("Restore drill: none recorded yet (RTO %1).").arg(LocaleFormat::duration(row.location.rto)));
    });
}

void BackupsPanel::requestGuarded(bool drill)
{
    if (m_location < 0 || m_runner->isRunning() || m_dialogOpen)
        return;
    const BackupHostModel::Row &row = m_hostModel->row(m_location);
    const EnvironmentConfig *environment = nullptr;
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        if (env.name == row.environment)
            environment = &env;
    }
    std::unique_ptr<GuardedAction> action;
    QString problem;
    if (drill) {
        // The selected file when it is a database dump of this location; else the newest verified complete set's.
        QString file;
        const QModelIndex current = m_fileTable->currentIndex();
        if (current.isValid() && m_fileModel->report()) {
            const BackupFile &f = m_fileModel->report()->files.at(m_fileModel->fileIndex(current.row()));
            if (f.name.endsWith(".sql.gz"))
                file = f.displayName;
        }
        auto d = m_service->drill(BackupDrillRequest{row.environment, row.host, file, row.location.name});
        problem = d->problem();
        action = std::move(d);
    } else {
        auto r = m_service->run(BackupRunRequest{row.environment, row.host, row.location.name});
        problem = r->problem();
        action = std::move(r);
    }
    if (!environment || !problem.isEmpty()) {
        m_message->showError(tr("✖ %1").arg(environment ? problem : tr("no environment '%1'").arg(row.environment)));
        return;
    }
    QStringList lines{action->title()};
    for (const QString &command : action->commands())
        lines << QStringLiteral("$ ") + command;
    auto *dialog = new GuardedActionDialog(lines.join(u'\n'), *environment, action->hosts(), false, this);
    m_action = std::move(action); // the runner is idle: the previous run's action is no longer used
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogOpen = true;
    updateButtons();
    const bool typed = environment->confirmation == ConfirmationMode::Typed;
    connect(dialog, &QDialog::finished, this, [this, dialog, typed](int result) {
        m_dialogOpen = false;
        if (result == QDialog::Accepted && !m_runner->isRunning()) {
            m_runner->start(m_action.get(), dialog->reason(), typed ? dialog->confirmationEdit()->text() : QStringLiteral("yes"));
        }
        updateButtons();
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void BackupsPanel::requestDownload()
{
    const QModelIndex current = m_fileTable->currentIndex();
    if (!current.isValid() || !m_fileModel->report() || m_downloading)
        return;
    const BackupLocationReport report = *m_fileModel->report();
    const BackupFile file = report.files.at(m_fileModel->fileIndex(current.row()));
    // Asked without a nested event loop: the dialogs are opened, their answers arrive as signals.
    // Replacing an existing file is asked by this panel, not by the file dialog, so the answer is
    // what the download is told.
    auto *chooser = new QFileDialog(this, tr("Download %1 to").arg(file.displayName));
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    chooser->setAcceptMode(QFileDialog::AcceptSave);
    chooser->setFileMode(QFileDialog::AnyFile);
    chooser->setOptions(QFileDialog::DontConfirmOverwrite | QFileDialog::DontUseNativeDialog);
    chooser->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    chooser->selectFile(BackupDownload::targetPath({report, file, QStandardPaths::writableLocation(QStandardPaths::DownloadLocation), false}));
    m_downloading = true;
    updateButtons();
    connect(chooser, &QDialog::finished, this, [this, chooser, report, file](int result) {
        const QString path = chooser->selectedFiles().value(0);
        if (result != QDialog::Accepted || path.isEmpty()) {
            m_downloading = false;
            updateButtons();
            return;
        }
        if (!QFileInfo::exists(path)) {
            startDownload(report, file, path, false);
            return;
        }
        auto *replace = new QMessageBox(QMessageBox::Question, tr("Replace file"),
                                        tr("%1 exists. Replace it with %2 from %3?").arg(QDir::toNativeSeparators(path), file.displayName, report.host),
                                        QMessageBox::Yes | QMessageBox::No, this);
        replace->setObjectName(QStringLiteral("replaceDownloadedFile"));
        replace->setTextFormat(Qt::PlainText);
        replace->setDefaultButton(QMessageBox::No);
        replace->setAttribute(Qt::WA_DeleteOnClose);
        connect(replace, &QMessageBox::finished, this, [this, replace, report, file, path] {
            if (replace->clickedButton() == replace->button(QMessageBox::Yes)) {
                startDownload(report, file, path, true);
                return;
            }
            m_message->showInfo(tr("%1 was not replaced; nothing was downloaded.").arg(QDir::toNativeSeparators(path)));
            m_downloading = false;
            updateButtons();
        });
        replace->open();
        Q_EMIT confirmationShown(replace);
    });
    chooser->open();
    Q_EMIT confirmationShown(chooser);
}

void BackupsPanel::startDownload(const BackupLocationReport &report, const BackupFile &file, const QString &path, bool overwrite)
{
    auto *dialog = new BackupDownloadDialog(m_service, {report, file, path, overwrite}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const quint64 generation = m_generation;
    connect(dialog, &BackupDownloadDialog::downloadFinished, this, [this, generation](const BackupDownloadOutcome &outcome) {
        m_downloading = false;
        updateButtons();
        if (generation == m_generation) {
            if (outcome.ok())
                m_message->showInfo(tr("✔ %1").arg(outcome.detail));
            else
                m_message->showError(tr("✖ Download of %1: %2").arg(QDir::toNativeSeparators(outcome.localPath), outcome.detail));
        }
        Q_EMIT downloadFinished(outcome);
    });
    dialog->start();
    Q_EMIT downloadStarted(dialog);
}

bool BackupsPanel::selectLocation(const QString &host, const QString &location)
{
    for (int row = 0; row < m_hostModel->rowCount(); ++row) {
        if (m_hostModel->row(row).host == host && m_hostModel->row(row).location.name == location) {
            selectLocation(row);
            m_hostTable->scrollTo(m_hostProxy->mapFromSource(m_hostModel->index(row, BackupHostModel::LocationColumn)));
            m_hostTable->setFocus();
            return true;
        }
    }
    return false;
}

void BackupsPanel::requestRunOf(const QString &host, const QString &location)
{
    if (!selectLocation(host, location))
        return;
    if (m_run->isEnabled())
        requestGuarded(false);
    else
        m_message->showError(tr("✖ %1").arg(m_run->toolTip())); // why not, as the button would say
}

} // namespace opsdeck
