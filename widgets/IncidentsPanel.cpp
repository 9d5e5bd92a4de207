#include "IncidentsPanel.h"

#include "IncidentListModel.h"
#include "ModelRetranslation.h"
#include "MessageLabel.h"
#include "NoteDialog.h"
#include "ReportRowModel.h"
#include "SuggestionModel.h"
#include "store/EventKind.h"
#include "support/DisplayText.h"
#include "timeline/IncidentTracker.h"
#include "timeline/TimelineExport.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace opsdeck {

namespace {
void prepareTable(QTableView *table, QAbstractItemModel *model, const QString &name)
{
    table->setObjectName(name);
    table->setModel(model);
    table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 10);
    table->horizontalHeader()->setStretchLastSection(true);
}

void setSectionText(QLabel *label, const QString &text)
{
    label->setText(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()));
}
} // namespace

IncidentsPanel::IncidentsPanel(IncidentTracker *incidents, QWidget *parent)
    : QWidget(parent), m_incidents(incidents), m_listModel(new IncidentListModel(this)), m_list(new QTableView(this)),
      m_rowModel(new ReportRowModel(this)), m_rows(new QTableView(this)), m_suggestionModel(new SuggestionModel(this)),
      m_suggestions(new QTableView(this)), m_title(new QLabel(this)), m_facts(new QLabel(this)), m_times(new QLabel(this)),
      m_message(new MessageLabel(this)), m_mitigate(new QPushButton(this)),
      m_resolve(new QPushButton(this)), m_reopen(new QPushButton(this)),
      m_note(new QPushButton(this)), m_detach(new QPushButton(this)),
      m_exportMarkdown(new QPushButton(this)), m_exportPdf(new QPushButton(this)),
      m_reload(new QTimer(this)), m_timelineSection(new QLabel(this)), m_suggestedSection(new QLabel(this))
{
    prepareTable(m_list, m_listModel, QStringLiteral("incidentList"));
    prepareTable(m_rows, m_rowModel, QStringLiteral("incidentRows"));
    prepareTable(m_suggestions, m_suggestionModel, QStringLiteral("incidentSuggestions"));
    m_list->setAccessibleName(tr("Incidents"));
    m_rows->setAccessibleName(tr("The incident's report"));
    m_suggestions->setAccessibleName(tr("Events suggested for this incident"));
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    const auto width = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 24; };
    m_list->setColumnWidth(IncidentListModel::IdColumn, width(QStringLiteral("#99999")));
    m_list->setColumnWidth(IncidentListModel::TitleColumn, width(QStringLiteral("Checkout returns 502 for EU users after the deploy")));
    m_list->setColumnWidth(IncidentListModel::OpenedColumn, width(QStringLiteral("2024-05-01 09:58 by someone")));
    m_rows->setColumnWidth(ReportRowModel::IdColumn, width(QStringLiteral("#99999")));
    m_rows->setColumnWidth(ReportRowModel::TimeColumn, width(QStringLiteral("2024-05-01 09:58:00")));
    m_rows->setColumnWidth(ReportRowModel::KindColumn, width(EventKinds::name(EventKind::IncidentMitigated)));
    m_rows->setColumnWidth(ReportRowModel::OutcomeColumn, width(QStringLiteral("✖ unknown → fail")));
    m_rows->setColumnWidth(ReportRowModel::ActorColumn, width(QStringLiteral("opsdeck")));
    m_rows->setColumnWidth(ReportRowModel::TargetColumn, width(QStringLiteral("staging/stg-web-2/sidekiq")));
    m_suggestions->setColumnWidth(SuggestionModel::TimeColumn, width(QStringLiteral("2024-05-01 09:58:00")));
    m_suggestions->setColumnWidth(SuggestionModel::KindColumn, width(EventKinds::name(EventKind::ServiceRestartStarted)));
    m_suggestions->setColumnWidth(SuggestionModel::TargetColumn, width(QStringLiteral("staging/stg-web-2/sidekiq")));
    // The summary takes the room left; the reason column fits its header (set by retranslate()).
    m_suggestions->horizontalHeader()->setStretchLastSection(false);
    m_suggestions->horizontalHeader()->setSectionResizeMode(SuggestionModel::SummaryColumn, QHeaderView::Stretch);

    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setObjectName(QStringLiteral("incidentFacts"));
    m_facts->setTextFormat(Qt::PlainText);
    m_facts->setWordWrap(true);
    m_times->setObjectName(QStringLiteral("incidentTimes"));
    m_times->setTextFormat(Qt::RichText);
    m_message->setObjectName(QStringLiteral("incidentMessage"));

    m_mitigate->setObjectName(QStringLiteral("mitigate"));
    m_resolve->setObjectName(QStringLiteral("resolve"));
    m_reopen->setObjectName(QStringLiteral("reopen"));
    m_note->setObjectName(QStringLiteral("incidentNote"));
    m_detach->setObjectName(QStringLiteral("detach"));
    m_exportMarkdown->setObjectName(QStringLiteral("exportMarkdown"));
    m_exportPdf->setObjectName(QStringLiteral("exportPdf"));
    connect(m_mitigate, &QPushButton::clicked, this, [this] { changeState(IncidentState::Mitigated); });
    connect(m_resolve, &QPushButton::clicked, this, [this] { changeState(IncidentState::Resolved); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { changeState(IncidentState::Open); });
    connect(m_note, &QPushButton::clicked, this, &IncidentsPanel::addNote);
    connect(m_detach, &QPushButton::clicked, this, &IncidentsPanel::detachSelected);
    connect(m_exportMarkdown, &QPushButton::clicked, this, [this] { exportAs(int(TimelineExport::Format::Markdown)); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportAs(int(TimelineExport::Format::Pdf)); });

    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_mitigate, m_resolve, m_reopen, m_note, m_detach})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_exportMarkdown);
    buttons->addWidget(m_exportPdf);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(6, 0, 0, 0);
    detailLayout->addWidget(m_title);
    detailLayout->addWidget(m_facts);
    detailLayout->addWidget(m_times);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_message);
    detailLayout->addWidget(m_timelineSection);
    detailLayout->addWidget(m_rows, 3);
    detailLayout->addWidget(m_suggestedSection);
    detailLayout->addWidget(m_suggestions, 2);

    // Incidents are few and their timelines wide: the list on top, the selected one below it.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_list);
    split->addWidget(detail);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 5);
    split->setSizes({m_list->verticalHeader()->defaultSectionSize() * 5, 600});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_reload->setSingleShot(true);
    m_reload->setInterval(50); // a burst of changes (an incident opened with ten events) loads once
    connect(m_reload, &QTimer::timeout, this, &IncidentsPanel::loadDossier);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        const qint64 id = current.isValid() ? m_listModel->incidentAt(current.row()).id : 0;
        if (id == m_current)
            return;
        m_current = id;
        m_dossierLoaded = false;
        m_message->clear();
        loadDossier();
    });
    connect(m_rows->selectionModel(), &QItemSelectionModel::selectionChanged, this, &IncidentsPanel::updateButtons);
    connect(m_incidents, &IncidentTracker::changed, this, &IncidentsPanel::refreshList);
    connect(m_incidents, &IncidentTracker::identityChanged, this, &IncidentsPanel::updateButtons);
    connect(m_incidents, &IncidentTracker::loadFailed, this, [this](const QString &error) {
        m_message->showError(tr("Cannot read the incidents: %1").arg(error));
    });
    retranslate();
    refreshList();
}

void IncidentsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the tables' texts come from their
// models. The feedback line keeps the language it was written in.
void IncidentsPanel::retranslate()
{
    m_mitigate->setText(tr("Mark &Mitigated"));
    m_resolve->setText(tr("Mark &Resolved"));
    m_reopen->setText(tr("Re&open"));
    m_note->setText(tr("Add &Note…"));
    m_detach->setText(tr("&Detach Event"));
    m_exportMarkdown->setText(tr("Export &Markdown…"));
    m_exportPdf->setText(tr("Export &PDF…"));
    m_mitigate->setToolTip(tr("The impact has stopped (the cause may still be there)"));
    m_reopen->setToolTip(tr("It is not over: open the incident again"));
    m_detach->setToolTip(tr("Detach the selected event from the incident"));
    setSectionText(m_timelineSection, tr("Timeline of the incident"));
    setSectionText(m_suggestedSection, tr("Suggested: events within 30 minutes, not attached yet"));
    m_suggestions->setColumnWidth(SuggestionModel::AttachColumn, fontMetrics().horizontalAdvance(tr("Attach")) + 36);
    // Columns whose header or words are longer in some languages ("Schweregrad" for "Severity") fit them.
    const auto fit = [this](QAbstractItemModel *model, int column, const QString &sample) {
        return std::max(fontMetrics().horizontalAdvance(sample), fontMetrics().horizontalAdvance(model->headerData(column, Qt::Horizontal).toString())) + 24;
    };
    m_list->setColumnWidth(IncidentListModel::SeverityColumn, fit(m_listModel, IncidentListModel::SeverityColumn, QStringLiteral("SEV2")));
    m_suggestions->setColumnWidth(SuggestionModel::WhyColumn,
                                  fit(m_suggestionModel, SuggestionModel::WhyColumn, QStringLiteral("same service, 10 min before")));
    m_list->setColumnWidth(IncidentListModel::StateColumn,
                           fit(m_listModel, IncidentListModel::StateColumn, IncidentListModel::stateText(IncidentState::Mitigated)));
    for (QAbstractItemModel *model : {static_cast<QAbstractItemModel *>(m_listModel), static_cast<QAbstractItemModel *>(m_rowModel),
                                      static_cast<QAbstractItemModel *>(m_suggestionModel)})
        ModelRetranslation::announce(model);
    showDossier(ShowTexts::Only);
}

IncidentsPanel::~IncidentsPanel() = default;

void IncidentsPanel::refreshList()
{
    m_listModel->setIncidents(m_incidents->book().incidents());
    if (m_wanted > 0 && m_listModel->rowOf(m_wanted) >= 0) {
        m_current = std::exchange(m_wanted, 0);
        m_dossierLoaded = false;
    }
    const int row = m_current > 0 ? m_listModel->rowOf(m_current) : -1;
    if (row >= 0) {
        if (m_list->currentIndex().row() != row)
            m_list->setCurrentIndex(m_listModel->index(row, 0)); // already current: the handler ignores it
        m_reload->start();
    } else if (m_wanted == 0 && m_listModel->rowCount() > 0) {
        m_list->setCurrentIndex(m_listModel->index(0, 0)); // currentRowChanged loads it
    } else {
        showDossier();
    }
    updateButtons();
}

void IncidentsPanel::selectIncident(qint64 id)
{
    m_wanted = id;
    refreshList();
}

void IncidentsPanel::loadDossier()
{
    m_reload->stop();
    const quint64 generation = ++m_generation;
    if (m_current <= 0 || !m_incidents->book().find(m_current)) {
        showDossier();
        return;
    }
    const qint64 id = m_current;
    m_incidents->dossier(id, true).then(this, [this, generation, id](const StoreResult<IncidentDossier> &result) {
        if (generation != m_generation)
            return;
        if (!result) {
            m_message->showError(tr("Cannot read incident #%1: %2").arg(id).arg(result.error));
            return;
        }
        m_dossier = *result.value;
        m_dossierLoaded = true;
        showDossier();
        Q_EMIT dossierLoaded(id);
    });
}

void IncidentsPanel::showDossier(ShowTexts texts)
{
    const Incident *incident = m_current > 0 ? m_incidents->book().find(m_current) : nullptr;
    if (!incident) {
        m_title->setText(m_wanted > 0 ? tr("Loading incident #%1…").arg(m_wanted)
                         : m_incidents->isLoaded() ? tr("No incident yet. Open one from the Timeline: select the events "
                                                      "that show the problem and press Open Incident.")
                                                 : tr("Reading incidents…"));
        m_facts->clear();
        m_times->clear();
        if (texts == ShowTexts::AndRows) {
            m_rowModel->setRows({});
            m_suggestionModel->setSuggestions({});
        }
        updateButtons();
        return;
    }
    m_title->setText(QStringLiteral("#%1 %2").arg(incident->id).arg(incident->title));
    QStringList facts{incident->severity.toUpper(), IncidentListModel::stateText(incident->state)};
    if (!incident->environment.isEmpty())
        facts << incident->environment;
    facts << tr("opened %1 by %2").arg(TimelineReport::time(incident->openedAt), incident->openedBy);
    if (incident->resolvedAt.isValid())
        facts << tr("resolved %1 by %2").arg(TimelineReport::time(incident->resolvedAt), incident->resolvedBy);
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    if (!m_dossierLoaded || m_dossier.incident.id != incident->id) {
        m_times->setText(tr("Loading…"));
        updateButtons();
        return;
    }
    const IncidentTimes &t = m_dossier.times;
    // Whole messages, one per case: where the note about the opening goes is the translator's.
    const QString times = t.fromOpening
        ? tr("<table cellspacing=\"6\"><tr><td>Impact started</td><td><b>%1</b></td><td>Detected</td><td><b>%2</b></td></tr>"
             "<tr><td>Time to detect</td><td><b>%3</b></td><td>Time to mitigate</td><td><b>%4</b></td>"
             "<td>Time to resolve</td><td><b>%5</b> (from the opening: no health or alert event attached)</td></tr></table>")
        : tr("<table cellspacing=\"6\"><tr><td>Impact started</td><td><b>%1</b></td><td>Detected</td><td><b>%2</b></td></tr>"
             "<tr><td>Time to detect</td><td><b>%3</b></td><td>Time to mitigate</td><td><b>%4</b></td>"
             "<td>Time to resolve</td><td><b>%5</b></td></tr></table>");
    m_times->setText(times.arg(TimelineReport::time(t.impactStart), TimelineReport::time(t.detectedAt),
                               IncidentTimes::format(t.toDetectMs), IncidentTimes::format(t.toMitigateMs),
                               IncidentTimes::format(t.toResolveMs)));
    if (texts == ShowTexts::AndRows) {
        m_rowModel->setRows(TimelineReport::forIncident(m_dossier, QDateTime::currentDateTimeUtc()).rows);
        m_suggestionModel->setSuggestions(m_dossier.suggestions);
        for (int row = 0; row < m_suggestionModel->rowCount(); ++row) {
            auto *attach = new QPushButton(m_suggestions);
            attach->setObjectName(QStringLiteral("attachSuggestion"));
            connect(attach, &QPushButton::clicked, this, [this, row] { attachSuggestion(row); });
            m_suggestions->setIndexWidget(m_suggestionModel->index(row, SuggestionModel::AttachColumn), attach);
        }
    }
    for (int row = 0; row < m_suggestionModel->rowCount(); ++row) {
        if (auto *attach = qobject_cast<QPushButton *>(m_suggestions->indexWidget(m_suggestionModel->index(row, SuggestionModel::AttachColumn)))) {
            attach->setText(tr("Attach"));
            attach->setToolTip(tr("Attach this event to the incident"));
        }
    }
    updateButtons();
}

void IncidentsPanel::updateButtons()
{
    const Incident *incident = m_current > 0 ? m_incidents->book().find(m_current) : nullptr;
    const bool have = incident != nullptr;
    m_mitigate->setEnabled(have && incident->state == IncidentState::Open);
    const QString why = m_incidents->whyCannotResolve();
    m_resolve->setEnabled(have && incident->state != IncidentState::Resolved && why.isEmpty());
    m_resolve->setToolTip(DisplayText::toolTip(!why.isEmpty() ? why : tr("The cause is fixed: close the incident (leads only)")));
    m_reopen->setEnabled(have && incident->state != IncidentState::Open);
    m_note->setEnabled(have);
    const QModelIndex row = m_rows->currentIndex();
    const bool attachedRow = have && row.isValid() && m_rows->selectionModel()->isSelected(row)
                             && std::binary_search(incident->attached.cbegin(), incident->attached.cend(),
                                                   m_rowModel->rowAt(row.row()).id);
    m_detach->setEnabled(attachedRow);
    m_exportMarkdown->setEnabled(have && m_dossierLoaded);
    m_exportPdf->setEnabled(have && m_dossierLoaded);
}

void IncidentsPanel::changeState(IncidentState to)
{
    const qint64 id = m_current;
    m_incidents->setState(id, to).then(this, [this, id, to](const StoreResult<Event> &result) {
        if (!result)
            m_message->showError(tr("Incident #%1 could not be marked %2: %3").arg(id).arg(incidentStateName(to), result.error));
        else
            m_message->showInfo(tr("Incident #%1 is %2.").arg(id).arg(incidentStateName(to)));
    });
}

void IncidentsPanel::addNote()
{
    const Incident *incident = m_incidents->book().find(m_current);
    if (!incident)
        return;
    auto *dialog = new NoteDialog(tr("incident #%1 %2").arg(incident->id).arg(incident->title), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoteDialog::noteAccepted, this, [this, id = incident->id](const QString &text) {
        m_incidents->addNote(text, id, nullptr).then(this, [this](const StoreResult<Event> &result) {
            if (!result)
                m_message->showError(result.error);
        });
    });
    dialog->open();
}

void IncidentsPanel::detachSelected()
{
    const QModelIndex row = m_rows->currentIndex();
    if (!row.isValid() || !m_dossierLoaded)
        return;
    const qint64 eventId = m_rowModel->rowAt(row.row()).id;
    for (const Event &event : std::as_const(m_dossier.attached)) {
        if (event.id != eventId)
            continue;
        m_incidents->detach(m_current, event).then(this, [this](const StoreResult<Event> &result) {
            if (!result)
                m_message->showError(result.error);
        });
        return;
    }
}

void IncidentsPanel::attachSuggestion(int row)
{
    if (row < 0 || row >= m_suggestionModel->rowCount())
        return;
    const Event event = m_suggestionModel->suggestionAt(row).event;
    m_incidents->attach(m_current, {event}).then(this, [this, event](const StoreResult<QList<Event>> &result) {
        if (!result)
            m_message->showError(result.error);
        else
            m_message->showInfo(tr("#%1 attached.").arg(event.id));
    });
}

void IncidentsPanel::exportAs(int formatValue)
{
    if (!m_dossierLoaded)
        return;
    const auto format = TimelineExport::Format(formatValue);
    const bool pdf = format == TimelineExport::Format::Pdf;
    auto *dialog = new QFileDialog(this, pdf ? tr("Export Incident as PDF") : tr("Export Incident as Markdown"));
    dialog->setObjectName(QStringLiteral("exportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDefaultSuffix(TimelineExport::suffix(format));
    dialog->setNameFilter(pdf ? tr("PDF documents (*.pdf)") : tr("Markdown files (*.md)"));
    dialog->selectFile(QDir::home().filePath(QStringLiteral("incident-%1.%2").arg(m_dossier.incident.id).arg(TimelineExport::suffix(format))));
    const TimelineReport report = TimelineReport::forIncident(m_dossier, QDateTime::currentDateTimeUtc());
    connect(dialog, &QFileDialog::fileSelected, this, [this, report, format](const QString &path) {
        // Rendering a PDF and writing a file stay off the UI thread.
        auto *watcher = new QFutureWatcher<QString>(this);
        connect(watcher, &QFutureWatcher<QString>::finished, this, [this, watcher, path] {
            const QString error = watcher->result();
            watcher->deleteLater();
            if (error.isEmpty())
                m_message->showInfo(tr("Exported to %1").arg(QDir::toNativeSeparators(path)));
            else
                m_message->showError(error);
            Q_EMIT exported(path, error);
        });
        watcher->setFuture(QtConcurrent::run([report, format, path] { return TimelineExport::write(report, format, path); }));
    });
    dialog->open();
}

} // namespace opsdeck
