#include "TimelinePanel.h"

#include "ModelRetranslation.h"

#include "AttachDialog.h"
#include "MessageLabel.h"
#include "NoteDialog.h"
#include "OpenIncidentDialog.h"
#include "TimelineModel.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"
#include "timeline/EventFilterMatch.h"
#include "timeline/IncidentTracker.h"
#include "timeline/TimelineReport.h"

#include <QComboBox>
#include <QEvent>
#include <QHash>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck {

namespace {
constexpr int kDebounceMs = 250;

void setItems(QComboBox *box, const QStringList &items)
{
    const QString current = box->currentText();
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(QString());
    box->addItems(items);
    box->setCurrentIndex(-1);
    box->setEditText(current);
}

QString esc(const QString &text)
{
    return DisplayText::richText(text);
}
} // namespace

TimelinePanel::TimelinePanel(EventStoreService *store, IncidentTracker *incidents, QWidget *parent)
    : QWidget(parent), m_store(store), m_incidents(incidents), m_model(new TimelineModel(store, incidents, this)),
      m_table(new QTableView(this)), m_environment(new QComboBox(this)), m_host(new QComboBox(this)),
      m_service(new QComboBox(this)), m_kind(new QComboBox(this)), m_actor(new QLineEdit(this)), m_range(new QComboBox(this)),
      m_since(new QDateTimeEdit(this)), m_until(new QDateTimeEdit(this)), m_text(new QLineEdit(this)),
      m_debounce(new QTimer(this)), m_pin(new QPushButton(this)), m_note(new QPushButton(this)),
      m_open(new QPushButton(this)), m_attach(new QPushButton(this)), m_clear(new QPushButton(this)),
      m_status(new QLabel(this)), m_message(new MessageLabel(this)), m_details(new QTextBrowser(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TimelinePanel::applyFilter);
    auto debounced = [this] { m_debounce->start(); };

    auto prepareCombo = [&](QComboBox *box, const QString &name) {
        box->setObjectName(name);
        box->setEditable(true);
        box->setInsertPolicy(QComboBox::NoInsert);
        box->lineEdit()->setClearButtonEnabled(true);
        box->setMinimumContentsLength(12);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->addItem(QString());
        connect(box, &QComboBox::currentTextChanged, this, debounced);
    };
    prepareCombo(m_environment, QStringLiteral("environmentFilter"));
    prepareCombo(m_host, QStringLiteral("hostFilter"));
    prepareCombo(m_service, QStringLiteral("serviceFilter"));
    prepareCombo(m_kind, QStringLiteral("kindFilter"));
    // Their meanings, as tool tips, are set by retranslate().
    for (const QLatin1String kind : {EventKinds::prefix(EventFamily::Health), EventKinds::prefix(EventFamily::Alert),
                                     EventKinds::prefix(EventFamily::Service), EventKinds::prefix(EventFamily::Incident),
                                     EventKinds::name(EventKind::Note), EventKinds::name(EventKind::EventPinned),
                                     EventKinds::prefix(EventFamily::Config), EventKinds::name(EventKind::SshHostKeyTrusted)})
        m_kind->addItem(kind);
    m_environment->setAccessibleName(tr("Environment filter"));
    m_host->setAccessibleName(tr("Host filter"));
    m_service->setAccessibleName(tr("Service filter"));
    m_kind->setAccessibleName(tr("Event kind filter"));
    m_kind->setCurrentIndex(-1);
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_actor->setAccessibleName(tr("Actor filter"));
    m_actor->setClearButtonEnabled(true);
    connect(m_actor, &QLineEdit::textChanged, this, debounced);
    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setAccessibleName(tr("Search the events"));
    m_text->setClearButtonEnabled(true);
    connect(m_text, &QLineEdit::textChanged, this, debounced);

    m_range->setObjectName(QStringLiteral("rangeFilter"));
    for (const int seconds : {0, 15 * 60, 3600, 6 * 3600, 86400, 7 * 86400, -1})
        m_range->addItem(QString(), seconds); // named by retranslate()
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (QDateTimeEdit *edit : {m_since, m_until}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, debounced);
    }
    m_since->setObjectName(QStringLiteral("sinceEdit"));
    m_until->setObjectName(QStringLiteral("untilEdit"));
    m_since->setDateTime(now.addSecs(-3600));
    m_until->setDateTime(now.addSecs(60));
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        const bool between = m_range->currentData().toInt() < 0;
        m_since->setVisible(between);
        m_until->setVisible(between);
        applyFilter();
    });
    m_clear->setObjectName(QStringLiteral("clearFilters"));
    connect(m_clear, &QPushButton::clicked, this, &TimelinePanel::clearFilters);

    auto *targets = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{m_environment, m_host, m_service, m_kind, m_actor})
        targets->addWidget(w, 1);
    auto *when = new QHBoxLayout;
    when->addWidget(m_range);
    when->addWidget(m_since);
    when->addWidget(m_until);
    when->addWidget(m_text, 1);
    when->addWidget(m_clear);

    m_pin->setObjectName(QStringLiteral("pin"));
    m_note->setObjectName(QStringLiteral("addNote"));
    m_open->setObjectName(QStringLiteral("openIncident"));
    m_attach->setObjectName(QStringLiteral("attachToIncident"));
    connect(m_pin, &QPushButton::clicked, this, &TimelinePanel::togglePin);
    connect(m_note, &QPushButton::clicked, this, &TimelinePanel::addNote);
    connect(m_open, &QPushButton::clicked, this, &TimelinePanel::openIncident);
    connect(m_attach, &QPushButton::clicked, this, &TimelinePanel::attachToIncident);
    m_status->setObjectName(QStringLiteral("timelineStatus"));
    m_message->setObjectName(QStringLiteral("timelineMessage"));
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_pin, m_note, m_open, m_attach})
        actions->addWidget(b);
    actions->addWidget(m_message, 1);
    actions->addWidget(m_status);

    m_table->setObjectName(QStringLiteral("timelineTable"));
    m_table->setAccessibleName(tr("Events"));
    m_table->setModel(m_model);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // Uniform rows: the view never measures a row, whatever the store holds.
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    const auto width = [this](const QString &sample) { return fontMetrics().horizontalAdvance(sample) + 24; };
    m_table->setColumnWidth(TimelineModel::MarksColumn, width(QStringLiteral("★ #999 ✎")));
    m_table->setColumnWidth(TimelineModel::TimeColumn, width(QStringLiteral("2024-05-01 09:58:00")));
    m_table->setColumnWidth(TimelineModel::KindColumn, width(EventKinds::name(EventKind::ServiceRestartStarted)));
    m_table->setColumnWidth(TimelineModel::OutcomeColumn, width(QStringLiteral("✖ unknown → fail")));
    m_table->setColumnWidth(TimelineModel::TargetColumn, width(QStringLiteral("staging/stg-web-2/sidekiq")));
    m_table->setColumnWidth(TimelineModel::ActorColumn, width(QStringLiteral("opsdeck")));

    m_details->setObjectName(QStringLiteral("eventDetails"));
    m_details->setAccessibleName(tr("Details of the selected event"));
    m_details->setOpenLinks(false);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    split->setSizes({600, 140});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(targets);
    layout->addLayout(when);
    layout->addLayout(actions);
    layout->addWidget(split, 1);
    // Tab as it is shown, top to bottom: the filters, the actions, then the events and their details.
    const QList<QWidget *> chain{m_environment, m_host, m_service, m_kind, m_actor, m_range, m_since, m_until, m_text, m_clear,
                                 m_pin, m_note, m_open, m_attach, m_table, m_details};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateActions();
        showDetails();
    });
    connect(m_model, &TimelineModel::pageLoaded, this, &TimelinePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelinePanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePanel::updateStatus);
    connect(m_model, &TimelineModel::loadFailed, this, [this](const QString &error) {
        m_message->showError(tr("Cannot read the timeline: %1").arg(error));
    });
    if (m_incidents) {
        connect(m_incidents, &IncidentTracker::changed, this, [this] {
            updateActions();
            showDetails();
        });
    }
    m_model->setFilter(currentFilter());
    m_appliedRange = m_range->currentIndex();
    m_debounce->stop(); // filling the filter widgets above is not a change of filter
    retranslate();
}

void TimelinePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the table's texts come from its model.
// The filters' values and the feedback line stay as they are.
void TimelinePanel::retranslate()
{
    m_note->setText(tr("Add &Note…"));
    m_open->setText(tr("&Open Incident…"));
    m_attach->setText(tr("&Attach to Incident…"));
    m_clear->setText(tr("Clear Filters"));
    m_open->setToolTip(tr("Open an incident with the selected events attached"));
    m_environment->lineEdit()->setPlaceholderText(tr("Any environment"));
    m_host->lineEdit()->setPlaceholderText(tr("Any host"));
    m_service->lineEdit()->setPlaceholderText(tr("Any service"));
    m_kind->lineEdit()->setPlaceholderText(tr("Any kind"));
    const QHash<QString, QString> meanings{
        {QStringLiteral("health."), tr("Health changes")},
        {QStringLiteral("alert."), tr("Alerts raised, acknowledged, resolved")},
        {QStringLiteral("service."), tr("Service actions and their outcomes")},
        {QStringLiteral("incident."), tr("Incidents opened, attached, mitigated, resolved")},
        {QStringLiteral("note"), tr("Notes")},
        {QStringLiteral("event.pinned"), tr("Pins")},
        {QStringLiteral("config."), tr("Configuration loaded or rejected")},
        {QStringLiteral("ssh.hostkey.trusted"), tr("Host keys trusted")}};
    for (int i = 0; i < m_kind->count(); ++i) {
        if (const auto meaning = meanings.constFind(m_kind->itemText(i)); meaning != meanings.cend())
            m_kind->setItemData(i, *meaning, Qt::ToolTipRole);
    }
    m_kind->setToolTip(tr("An exact kind, or a prefix ending in '.' (\"service.\" matches every service event); "
                          "a word without a dot is taken as a prefix"));
    m_actor->setPlaceholderText(tr("Any actor"));
    m_text->setPlaceholderText(tr("Search summary, kind, host, service, actor…"));
    const QHash<int, QString> ranges{{0, tr("Any time")},
                                     {15 * 60, tr("Last 15 minutes")},
                                     {3600, tr("Last hour")},
                                     {6 * 3600, tr("Last 6 hours")},
                                     {86400, tr("Last 24 hours")},
                                     {7 * 86400, tr("Last 7 days")},
                                     {-1, tr("Between…")}};
    for (int i = 0; i < m_range->count(); ++i)
        m_range->setItemText(i, ranges.value(m_range->itemData(i).toInt()));
    m_since->setToolTip(tr("From (inclusive)"));
    m_until->setToolTip(tr("Until (exclusive)"));
    m_details->setPlaceholderText(tr("Select an event for its details, notes and incidents."));
    ModelRetranslation::announce(m_model);
    updateActions();
    updateStatus();
    showDetails();
}

TimelinePanel::~TimelinePanel() = default;

void TimelinePanel::setConfig(const FleetConfig &config)
{
    QStringList environments, hosts, services;
    for (const EnvironmentConfig &env : config.environments) {
        environments << env.name;
        for (const HostConfig &host : env.hosts) {
            hosts << host.name;
            for (const ServiceConfig &service : host.services)
                services << service.name;
        }
    }
    services.removeDuplicates();
    services.sort();
    setItems(m_environment, environments);
    setItems(m_host, hosts);
    setItems(m_service, services);
}

EventFilter TimelinePanel::currentFilter() const
{
    EventFilter filter;
    filter.environment = m_environment->currentText().trimmed();
    filter.host = m_host->currentText().trimmed();
    filter.service = m_service->currentText().trimmed();
    filter.kind = EventFilterMatch::kindPattern(m_kind->currentText());
    filter.actor = m_actor->text().trimmed();
    filter.text = m_text->text().trimmed();
    const int seconds = m_range->currentData().toInt();
    if (seconds > 0) {
        filter.since = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    } else if (seconds < 0) {
        filter.since = m_since->dateTime().toUTC();
        filter.until = m_until->dateTime().toUTC();
    }
    return filter;
}

void TimelinePanel::applyFilter()
{
    m_debounce->stop();
    const EventFilter next = currentFilter();
    const EventFilter &shown = m_model->filter();
    // Starting over costs a page from the store and the scroll position: only when something changed.
    const bool sameTime = m_range->currentIndex() == m_appliedRange
                          && (m_range->currentData().toInt() >= 0 || (next.since == shown.since && next.until == shown.until));
    if (sameTime && next.kind == shown.kind && next.environment == shown.environment && next.host == shown.host
        && next.service == shown.service && next.actor == shown.actor && next.text == shown.text)
        return;
    m_appliedRange = m_range->currentIndex();
    m_model->setFilter(next);
    // A new filter starts at the newest event; left at the old bottom, the view would ask for a
    // second page before anyone scrolled.
    m_table->scrollToTop();
}

void TimelinePanel::clearFilters()
{
    for (QComboBox *box : {m_environment, m_host, m_service, m_kind}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(-1);
        box->setEditText(QString());
    }
    for (QLineEdit *edit : {m_actor, m_text}) {
        const QSignalBlocker blocker(edit);
        edit->clear();
    }
    {
        const QSignalBlocker blocker(m_range);
        m_range->setCurrentIndex(0);
        m_since->setVisible(false);
        m_until->setVisible(false);
    }
    applyFilter();
}

QList<Event> TimelinePanel::selectedEvents() const
{
    QList<Event> events;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() > b.row(); });
    for (const QModelIndex &row : std::as_const(rows))
        events.append(m_model->eventAt(row.row()));
    return events; // oldest first
}

void TimelinePanel::updateActions()
{
    const QList<Event> selected = selectedEvents();
    const bool anyPending = std::any_of(selected.cbegin(), selected.cend(), [](const Event &e) { return e.pending; });
    const bool allPinned = m_incidents && !selected.isEmpty()
                           && std::all_of(selected.cbegin(), selected.cend(),
                                          [this](const Event &e) { return m_incidents->book().isPinned(e.id); });
    m_pin->setText(allPinned ? tr("Un&pin") : tr("★ &Pin"));
    m_pin->setEnabled(m_incidents && !selected.isEmpty() && !anyPending);
    m_note->setEnabled(m_incidents && selected.size() == 1 && !anyPending);
    m_open->setEnabled(m_incidents && !anyPending);
    const bool anyIncident = m_incidents && !m_incidents->book().incidents().isEmpty();
    m_attach->setEnabled(anyIncident && !selected.isEmpty() && !anyPending);
    m_attach->setToolTip(anyIncident ? tr("Attach the selected events to an incident") : tr("There is no incident yet"));
    const QString pendingWhy = tr("Events waiting in the outbox (pending sync) can be used once the store has them.");
    for (QPushButton *b : {m_pin, m_note, m_attach}) {
        if (anyPending)
            b->setToolTip(DisplayText::toolTip(pendingWhy));
    }
}

void TimelinePanel::updateStatus()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading() && rows == 0)
        m_status->setText(tr("Loading…"));
    else if (m_model->isComplete())
        m_status->setText(tr("%n event(s)", nullptr, rows));
    else
        m_status->setText(tr("newest %n event(s); scroll for older", nullptr, rows));
}

void TimelinePanel::showDetails()
{
    const QList<Event> selected = selectedEvents();
    if (selected.size() != 1) {
        m_details->setHtml(selected.isEmpty() ? QString() : tr("<p>%n events selected.</p>", nullptr, int(selected.size())));
        return;
    }
    const Event &e = selected.constFirst();
    QString html = QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(e.kind), esc(e.summary));
    html += QStringLiteral("<p>");
    html += e.pending ? tr("Pending sync: waiting in the local outbox for the team store.")
                      : tr("#%1 at %2 (%3 local)")
                            .arg(e.id)
                            .arg(TimelineReport::time(e.time), QLocale().toString(e.time.toLocalTime(), QLocale::ShortFormat));
    // One whole message per case, with or without a target.
    const QString target = TimelineReport::target(e);
    html += QStringLiteral(" · ")
            + (target.isEmpty() ? tr("Recorded by %1").arg(esc(e.actor))
                                : tr("Target %1, recorded by %2").arg(esc(target), esc(e.actor)));
    if (!e.actorRoles.isEmpty())
        html += QStringLiteral(" (") + esc(e.actorRoles) + u')';
    html += QStringLiteral("</p>");
    if (m_incidents && e.id > 0) {
        for (qint64 id : m_incidents->book().incidentsWith(e.id)) {
            const Incident *incident = m_incidents->book().find(id);
            html += QStringLiteral("<p>") + tr("Attached to incident #%1 %2 (%3)").arg(id).arg(
                        esc(incident->title), incidentStateName(incident->state)) + QStringLiteral("</p>");
        }
        for (const IncidentNote &note : m_incidents->book().notesAbout(e.id))
            html += QStringLiteral("<p>✎ <i>%1, %2:</i> %3</p>")
                        .arg(esc(note.actor), TimelineReport::time(note.time), esc(note.text).replace(u'\n', QStringLiteral("<br>")));
    }
    if (!e.details.isEmpty())
        html += QStringLiteral("<pre>%1</pre>").arg(esc(QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Indented))));
    m_details->setHtml(html);
}

void TimelinePanel::togglePin()
{
    const QList<Event> selected = selectedEvents();
    const bool pin = !std::all_of(selected.cbegin(), selected.cend(),
                                  [this](const Event &e) { return m_incidents->book().isPinned(e.id); });
    for (const Event &event : selected) {
        if (m_incidents->book().isPinned(event.id) == pin)
            continue;
        m_incidents->setPinned(event, pin).then(this, [this](const StoreResult<Event> &result) {
            if (!result)
                m_message->showError(result.error);
        });
    }
}

void TimelinePanel::addNote()
{
    const QList<Event> selected = selectedEvents();
    if (selected.size() != 1)
        return;
    const Event event = selected.constFirst();
    auto *dialog = new NoteDialog(QStringLiteral("#%1 %2: %3").arg(event.id).arg(event.kind, event.summary), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NoteDialog::noteAccepted, this, [this, event](const QString &text) {
        m_incidents->addNote(text, 0, &event).then(this, [this, id = event.id](const StoreResult<Event> &result) {
            if (!result)
                m_message->showError(result.error);
            else
                m_message->showInfo(tr("Note added to #%1.").arg(id));
        });
    });
    dialog->open();
}

void TimelinePanel::openIncident()
{
    QList<Event> events = selectedEvents();
    // The timeline's own records (notes, pins, incident changes) are not evidence to attach.
    events.removeIf([](const Event &e) { return IncidentBook::folds(e.kind); });
    auto *dialog = new OpenIncidentDialog(events.size() == 1 ? events.constFirst().summary : QString(), int(events.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &OpenIncidentDialog::incidentAccepted, this, [this, events](const QString &title, const QString &severity) {
        m_incidents->open(title, severity, events).then(this, [this](const StoreResult<qint64> &result) {
            if (!result) {
                m_message->showError(result.error);
                return;
            }
            m_message->showInfo(tr("Incident #%1 opened.").arg(*result.value));
            Q_EMIT showIncidentRequested(*result.value);
        });
    });
    dialog->open();
}

void TimelinePanel::attachToIncident()
{
    const QList<Event> events = selectedEvents();
    auto *dialog = new AttachDialog(m_incidents->book().incidents(), int(events.size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AttachDialog::incidentChosen, this, [this, events](qint64 incident) {
        m_incidents->attach(incident, events).then(this, [this, incident](const StoreResult<QList<Event>> &result) {
            if (!result)
                m_message->showError(result.error);
            else
                m_message->showInfo(tr("%n event(s) attached to incident #%1.", nullptr, int(result.value->size())).arg(incident));
        });
    });
    dialog->open();
}

} // namespace opsdeck
