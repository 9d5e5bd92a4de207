#include "ServicesPanel.h"

#include "ModelRetranslation.h"

#include "GuardedActionDialog.h"
#include "OverviewFilterBar.h"
#include "OverviewFilterProxy.h"
#include "ServiceStateModel.h"
#include "ops/ServiceAction.h"
#include "ops/ServiceActionRunner.h"
#include "ops/ServiceCommands.h"
#include "ops/ServiceInspector.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QCheckBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck {

namespace {
constexpr int kRefreshMs = 30'000;
constexpr int kLogLines = 200;
} // namespace

ServicesPanel::ServicesPanel(ServiceInspector *inspector, ServiceActionRunner *runner, EventStoreService *store, QWidget *parent)
    : QWidget(parent), m_inspector(inspector), m_runner(runner), m_store(store), m_model(new ServiceStateModel(this)),
      m_proxy(new OverviewFilterProxy(this)), m_table(new QTableView(this)),
      m_filter(new OverviewFilterBar(QStringLiteral("services"), OverviewFilterBar::Remember::TextAndProblemsOnly, this)),
      m_activity(new QPlainTextEdit(this)), m_logs(new QPlainTextEdit(this)), m_refreshTimer(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServiceStateModel::SortRole);
    m_filter->edit()->setObjectName(QStringLiteral("servicesFilter"));
    m_filter->problemsToggle()->setObjectName(QStringLiteral("servicesProblemsOnly"));
    // Room to type a unit name whatever the buttons' labels take in the language in use.
    m_filter->edit()->setMinimumWidth(m_filter->edit()->fontMetrics().averageCharWidth() * 18);
    m_proxy->setText(m_filter->text());
    m_proxy->setProblemsOnly(m_filter->problemsOnly());
    connect(m_filter, &OverviewFilterBar::textChanged, m_proxy, &OverviewFilterProxy::setText);
    connect(m_filter, &OverviewFilterBar::problemsOnlyChanged, m_proxy, &OverviewFilterProxy::setProblemsOnly);
    m_filter->watch(m_proxy);

    m_table->setObjectName(QStringLiteral("servicesTable"));
    m_table->setAccessibleName(tr("Services and their state"));
    m_table->setModel(m_proxy);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServiceStateModel::EnvironmentColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false);
    // Columns are fitted once results settle, not on every change: ResizeToContents would measure
    // every row on each dataChanged, which stalls the UI during an action on hundreds of hosts.
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_fitColumns = new QTimer(this);
    m_fitColumns->setSingleShot(true);
    m_fitColumns->setInterval(300);
    connect(m_fitColumns, &QTimer::timeout, this, [this] {
        const int last = ServiceStateModel::LockColumn;
        for (int c = 0; c < last; ++c)
            m_table->resizeColumnToContents(c);
    });
    m_table->setAlternatingRowColors(true);

    auto button = [this](const QString &name) {
        auto *b = new QPushButton(this); // named by retranslate()
        b->setObjectName(name);
        return b;
    };
    m_refresh = button(QStringLiteral("refresh"));
    m_restart = button(QStringLiteral("restart"));
    m_start = button(QStringLiteral("start"));
    m_stop = button(QStringLiteral("stop"));
    m_reload = button(QStringLiteral("reload"));
    m_rolling = button(QStringLiteral("rollingRestart"));
    m_recheck = button(QStringLiteral("recheck"));
    m_breakLock = button(QStringLiteral("breakLock"));
    m_showLogs = button(QStringLiteral("logs"));

    // The filter on a row of its own, the actions below it: side by side, nine buttons (longer in
    // German) squeezed the filter's box until its hint was cut off.
    auto *bar = new QVBoxLayout;
    bar->addWidget(m_filter);
    auto *actions = new QHBoxLayout;
    for (QPushButton *b : {m_refresh, m_restart, m_start, m_stop, m_reload, m_rolling, m_recheck, m_breakLock, m_showLogs})
        actions->addWidget(b);
    actions->addStretch(1);
    bar->addLayout(actions);

    m_activity->setObjectName(QStringLiteral("activity"));
    m_activity->setAccessibleName(tr("Actions and their verification"));
    m_activity->setReadOnly(true);
    m_activity->setMaximumBlockCount(2000);
    m_logs->setObjectName(QStringLiteral("serviceLogs"));
    m_logs->setAccessibleName(tr("Journal of the selected service"));
    m_logs->setReadOnly(true);
    m_logs->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = m_logs->font();
    mono.setFamily(QStringLiteral("monospace"));
    m_logs->setFont(mono);

    auto *bottom = new QSplitter(Qt::Horizontal, this);
    bottom->addWidget(m_activity);
    bottom->addWidget(m_logs);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    // Tab as it is shown, top to bottom: the filter and the actions, then the table, activity and journal.
    const QList<QWidget *> chain{m_filter->edit(), m_filter->problemsToggle(), m_refresh, m_restart, m_start, m_stop, m_reload, m_rolling, m_recheck, m_breakLock,
                                 m_showLogs, m_table, m_activity, m_logs};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));

    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(false); });
    connect(m_restart, &QPushButton::clicked, this, [this] { requestAction(ServiceVerb::Restart, false); });
    connect(m_start, &QPushButton::clicked, this, [this] { requestAction(ServiceVerb::Start, false); });
    connect(m_stop, &QPushButton::clicked, this, [this] { requestAction(ServiceVerb::Stop, false); });
    connect(m_reload, &QPushButton::clicked, this, [this] { requestAction(ServiceVerb::Reload, false); });
    connect(m_rolling, &QPushButton::clicked, this, [this] { requestAction(ServiceVerb::Restart, true); });
    connect(m_recheck, &QPushButton::clicked, this, &ServicesPanel::requestRecheck);
    connect(m_breakLock, &QPushButton::clicked, this, &ServicesPanel::requestBreakLock);
    connect(m_store, &EventStoreService::identityChanged, this, &ServicesPanel::updateButtons);
    // Locks come and go with other consoles' actions (and break-glass): show them as the events arrive.
    connect(m_store, &EventStoreService::stateChanged, this, [this](EventStoreService::State state) {
        if (state == EventStoreService::State::Open)
            refreshLocks();
    });
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        if (EventKinds::familyOf(event.kind) == EventFamily::Service || EventKinds::familyOf(event.kind) == EventFamily::Lock)
            refreshLocks();
    });
    connect(m_runner, &ServiceActionRunner::lockLost, this, [this](const QString &target, const QString &message) {
        log(tr("Lock lost: %1. The action stops before its next batch.").arg(message));
        m_model->setLastAction(target.section(u'/', 1, 1), target.section(u'/', 2), tr("lock lost: %1").arg(message), true);
    });
    connect(m_showLogs, &QPushButton::clicked, this, &ServicesPanel::showLogs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ServicesPanel::updateButtons);
    connect(m_runner, &ServiceActionRunner::actionProgress, this, [this](quint64 action, const QString &host, const QString &message) {
        const auto mine = m_actions.constFind(action);
        if (mine == m_actions.cend())
            return; // another front end's action (none in the window today)
        log((host.isEmpty() ? mine->verb : host) + QStringLiteral(": ") + message);
        // Before the confirmation (the checks, waiting for a second person's approval): the dialog says where it is.
        if (host.isEmpty() && mine->dialog)
            mine->dialog->setStatus(message);
        if (!host.isEmpty())
            m_model->setLastAction(host, mine->service, message, true);
        refreshLocks();
    });
    connect(m_runner, &ServiceActionRunner::awaitingConfirmation, this, [this](quint64 action) {
        if (const auto mine = m_actions.constFind(action); mine != m_actions.cend() && mine->dialog)
            mine->dialog->setStatus(tr("The locks are held and every check passed."));
    });
    connect(m_runner, &ServiceActionRunner::hostFinished, this, [this](const HostActionResult &r) {
        const auto mine = m_actions.constFind(r.action);
        if (mine == m_actions.cend())
            return;
        log(QStringLiteral("%1: %2 — %3").arg(r.host, actionOutcomeName(r.outcome), r.detail));
        refreshLocks();
        m_model->setLastAction(r.host, mine->service, QStringLiteral("%1 %2: %3").arg(mine->verb, actionOutcomeName(r.outcome), r.detail),
                               false);
    });
    connect(m_runner, &ServiceActionRunner::finished, this, [this](const ServiceActionReport &report) {
        const auto mine = m_actions.constFind(report.action);
        if (mine == m_actions.cend())
            return;
        const RunningAction running = *mine;
        m_actions.erase(mine);
        log(report.summary);
        if (running.dialog) // refused before the person confirmed: the dialog says why
            running.dialog->setRefused(report.summary);
        for (const HostActionResult &r : report.hosts) {
            if (r.outcome == ActionOutcome::NotAttempted && running.confirmed)
                m_model->setLastAction(r.host, running.service, tr("%1 not attempted").arg(running.verb), false);
        }
        Q_EMIT actionFinished(report);
        updateButtons();
        refresh(false);
    });
    m_refreshTimer->setInterval(kRefreshMs);
    connect(m_refreshTimer, &QTimer::timeout, this, [this] { refresh(true); });
    m_refreshTimer->start();
    retranslate();
}

ServicesPanel::~ServicesPanel() = default;

void ServicesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the table's texts come from its model.
// The activity log and the last results keep the language they were written in.
void ServicesPanel::retranslate()
{
    m_filter->edit()->setPlaceholderText(tr("Filter by environment, host, service, unit, label or state…"));
    m_filter->edit()->setAccessibleName(tr("Filter the services"));
    m_filter->problemsToggle()->setText(tr("&Problems only"));
    m_filter->problemsToggle()->setAccessibleName(tr("Show only services with a problem"));
    m_filter->problemsToggle()->setToolTip(tr("Show only services that are not active: failed, stopped, not found, unreachable or not read yet"));
    m_filter->setEmptyMessages(tr("No service matches “%1”."), tr("No service has a problem."),
                               tr("No service with a problem matches “%1”."));
    m_refresh->setText(tr("Re&fresh"));
    m_restart->setText(tr("&Restart"));
    m_start->setText(tr("&Start"));
    m_stop->setText(tr("S&top"));
    m_reload->setText(tr("Re&load"));
    m_rolling->setText(tr("Restart on &all hosts…"));
    m_recheck->setText(tr("Re-&check"));
    m_breakLock->setText(tr("&Break lock…"));
    m_showLogs->setText(tr("&Logs"));
    m_recheck->setToolTip(tr("Verify again after an unknown outcome: unit state and health, no command"));
    m_activity->setPlaceholderText(tr("Actions and their verification appear here."));
    m_logs->setPlaceholderText(tr("Select a service and press Logs for its last %n journal line(s).", nullptr, kLogLines));
    ModelRetranslation::announce(m_model);
    updateButtons();
}

void ServicesPanel::setConfig(const FleetConfig &config)
{
    m_config = config;
    // A reload rebuilds the rows: the same service stays selected, the table where it was.
    const int selected = selectedRow();
    const QString host = selected >= 0 ? m_model->row(selected).host : QString();
    const QString service = selected >= 0 ? m_model->row(selected).service.name : QString();
    const int scroll = m_table->verticalScrollBar()->value();
    m_model->setConfig(config);
    if (const int row = m_model->findRow(host, service); row >= 0) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ServiceStateModel::HostColumn));
        if (index.isValid()) {
            m_table->setCurrentIndex(index);
            m_table->selectRow(index.row());
        }
    }
    m_table->doItemsLayout(); // the scroll range of the new rows, before the position is set
    m_table->verticalScrollBar()->setValue(scroll);
    m_columnsFitted = false;
    updateButtons();
    refresh(false);
}

void ServicesPanel::refreshLocks()
{
    if (m_store->state() != EventStoreService::State::Open)
        return;
    m_store->locks().then(this, [this](const StoreResult<QList<ActionLock>> &locks) {
        if (locks)
            m_model->setLocks(*locks.value);
        updateButtons();
    });
}

void ServicesPanel::refresh(bool background)
{
    refreshLocks();
    QHash<QString, QStringList> unitsByHost;
    for (const EnvironmentConfig &env : std::as_const(m_config.environments)) {
        for (const HostConfig &host : env.hosts) {
            for (const ServiceConfig &s : host.services)
                unitsByHost[host.name] << s.unit;
        }
    }
    for (auto it = unitsByHost.cbegin(); it != unitsByHost.cend(); ++it) {
        const QString host = it.key();
        m_inspector->states(host, it.value(), background)
            .then(this, [this, host](const HostUnitStates &result) {
                if (!m_fitColumns->isActive() && !m_columnsFitted) {
                    m_columnsFitted = true;
                    m_fitColumns->start();
                }
                m_model->setHostStates(host, result.states, result.error);
                Q_EMIT refreshed(host);
            });
    }
}

int ServicesPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.constFirst()).row();
}

void ServicesPanel::updateButtons()
{
    const bool selected = selectedRow() >= 0;
    // Actions on other targets may run meanwhile; the lock refuses one on the same target.
    const bool idle = !m_dialogOpen;
    for (QPushButton *b : {m_restart, m_start, m_stop, m_reload, m_rolling, m_recheck})
        b->setEnabled(selected && idle);
    m_showLogs->setEnabled(selected);
    const int row = selectedRow();
    const bool locked = row >= 0 && m_model->row(row).lock.has_value();
    const bool lead = m_store->identity().hasRole(QStringLiteral("opsdeck_lead"));
    m_breakLock->setEnabled(locked && lead && !m_dialogOpen);
    m_breakLock->setToolTip(lead ? tr("Remove the lock another console holds on this service, with a reason. It is recorded, "
                                      "and the console that held it stops before its next batch.")
                                 : tr("Only leads may break a lock."));
}

const EnvironmentConfig *ServicesPanel::environment(const QString &name) const
{
    for (const EnvironmentConfig &env : m_config.environments) {
        if (env.name == name)
            return &env;
    }
    return nullptr;
}

void ServicesPanel::requestAction(ServiceVerb verb, bool rolling)
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ServiceStateModel::Row &target = m_model->row(row);
    ServiceActionRequest request;
    request.verb = verb;
    request.environment = target.environment;
    request.service = target.service.name;
    if (!rolling)
        request.hosts = {target.host};
    if (const QString why = ServiceAction::resolve(m_config, request); !why.isEmpty()) {
        log(why);
        return;
    }
    const QString action = actionTitle(verb, rolling, target.service.name, target.host);
    auto *dialog = new GuardedActionDialog(action, *environment(target.environment), request.hosts, rolling, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialogOpen = true;
    updateButtons();
    // The guarded path begins with the locks, while the dialog asks for the reason and the confirmation.
    const quint64 id = beginAction(request, dialog);
    connect(dialog, &QDialog::finished, this, [this, dialog, id](int result) {
        m_dialogOpen = false;
        const auto mine = m_actions.find(id);
        if (mine != m_actions.end()) {
            mine->dialog = nullptr;
            if (result == QDialog::Accepted) {
                mine->confirmed = true;
                log(tr("%1 — reason: %2").arg(dialog->windowTitle(), dialog->reason()));
                for (const QString &host : std::as_const(mine->hosts))
                    m_model->setLastAction(host, mine->service, tr("%1 queued").arg(mine->verb), true);
                m_runner->setRollout(id, dialog->batchSize(), Milliseconds(dialog->pauseSeconds() * 1000LL));
                m_runner->confirm(id, dialog->reason(), dialog->confirmation());
            } else {
                m_runner->cancel(id);
            }
        }
        updateButtons();
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

// A re-check changes nothing on the host: no confirmation is asked (the core knows, ServiceAction).
// The dialog's title: one whole message per verb, so that each language orders and inflects it.
QString ServicesPanel::actionTitle(ServiceVerb verb, bool rolling, const QString &service, const QString &host)
{
    switch (verb) {
    case ServiceVerb::Start: return rolling ? tr("Rolling start of %1").arg(service) : tr("Start %1 on %2").arg(service, host);
    case ServiceVerb::Stop: return rolling ? tr("Rolling stop of %1").arg(service) : tr("Stop %1 on %2").arg(service, host);
    case ServiceVerb::Restart: return rolling ? tr("Rolling restart of %1").arg(service) : tr("Restart %1 on %2").arg(service, host);
    case ServiceVerb::Reload: return rolling ? tr("Rolling reload of %1").arg(service) : tr("Reload %1 on %2").arg(service, host);
    }
    return {};
}

void ServicesPanel::requestRecheck()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ServiceStateModel::Row &target = m_model->row(row);
    ServiceActionRequest request;
    request.verifyOnly = true;
    request.verb = ServiceVerb::Restart;
    request.environment = target.environment;
    request.service = target.service.name;
    request.hosts = {target.host};
    request.reason = tr("re-check after an unknown outcome");
    log(tr("re-check %1/%2 on %3").arg(request.environment, request.service, target.host));
    const quint64 id = beginAction(request, nullptr);
    if (const auto mine = m_actions.find(id); mine != m_actions.end())
        mine->confirmed = true;
    m_runner->confirm(id, request.reason, QString());
    updateButtons();
}

void ServicesPanel::requestBreakLock()
{
    const int row = selectedRow();
    if (row < 0 || !m_model->row(row).lock)
        return;
    const ActionLock lock = *m_model->row(row).lock;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("breakLockDialog"));
    dialog->setWindowTitle(tr("Break lock"));
    dialog->setLabelText(tr("%1 is locked by %2 (console %3) since %4: %5\n\n"
                            "Breaking it is recorded with your name and reason; that console stops before its next "
                            "batch. Why break it?")
                             .arg(lock.target, lock.holder, lock.console,
                                  QLocale().toString(lock.acquiredAt.toLocalTime(), QLocale::ShortFormat), lock.reason));
    m_dialogOpen = true;
    updateButtons();
    connect(dialog, &QInputDialog::finished, this, [this, dialog, target = lock.target](int result) {
        m_dialogOpen = false;
        updateButtons();
        const QString reason = dialog->textValue().trimmed();
        if (result != QDialog::Accepted)
            return;
        if (reason.isEmpty()) {
            log(tr("The lock on %1 was not broken: a reason is required.").arg(target));
            Q_EMIT lockBroken(tr("a reason is required"));
            return;
        }
        m_store->breakLock(target, reason).then(this, [this, target](const StoreResult<Event> &broken) {
            const QString message = broken ? broken.value->summary : tr("The lock on %1 was not broken: %2").arg(target, broken.error);
            log(message);
            refreshLocks();
            Q_EMIT lockBroken(message);
        });
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

quint64 ServicesPanel::beginAction(const ServiceActionRequest &request, GuardedActionDialog *dialog)
{
    RunningAction running;
    running.service = request.service;
    running.verb = request.verifyOnly ? tr("re-check") : serviceVerbName(request.verb);
    running.hosts = request.hosts;
    running.dialog = dialog;
    m_runner->setConfig(m_config);
    const quint64 id = m_runner->begin(request);
    m_actions.insert(id, running);
    return id;
}

void ServicesPanel::showLogs()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const ServiceStateModel::Row target = m_model->row(row);
    m_logs->setPlainText(tr("Reading the journal of %1 on %2…").arg(target.service.unit, target.host));
    m_inspector->journal(target.host, target.service, kLogLines)
        .then(this, [this, target](const UnitJournal &result) {
            if (result.read)
                m_logs->setPlainText(QString::fromUtf8(result.text));
            else
                m_logs->setPlainText(tr("Cannot read the journal of %1 on %2: %3").arg(target.service.unit, target.host, result.error));
            m_logs->moveCursor(QTextCursor::End);
            Q_EMIT logsShown();
        });
}

void ServicesPanel::log(const QString &line)
{
    m_activity->appendPlainText(QTime::currentTime().toString(Qt::ISODate) + u' ' + line);
}

bool ServicesPanel::selectService(const QString &host, const QString &service)
{
    const int row = m_model->findRow(host, service);
    if (row < 0)
        return false;
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_filter->edit()->clear();
    if (!m_proxy->mapFromSource(m_model->index(row, 0)).isValid())
        m_filter->problemsToggle()->setChecked(false);
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, ServiceStateModel::HostColumn));
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    m_table->setFocus();
    return true;
}

void ServicesPanel::requestAction(const QString &host, const QString &service, ServiceVerb verb, bool rolling)
{
    if (selectService(host, service) && !m_dialogOpen)
        requestAction(verb, rolling);
}

} // namespace opsdeck
