#include "ReleasesPanel.h"

#include "ColumnFitter.h"
#include "GuardedActionDialog.h"
#include "ModelRetranslation.h"
#include "OverviewFilterBar.h"
#include "OverviewFilterProxy.h"
#include "ReleaseGridModel.h"
#include "ops/GuardedActionRunner.h"
#include "release/ReleaseInventoryReader.h"
#include "release/ReleaseService.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTime>
#include <QVBoxLayout>

#include <utility>

namespace opsdeck {

namespace {
constexpr int kMaxDetail = 300; // a host's detail as shown in the progress list
}

ReleasesPanel::ReleasesPanel(ReleaseService *releases, EventStoreService *store, QWidget *parent)
    : QWidget(parent), m_releases(releases), m_store(store), m_model(new ReleaseGridModel(this)),
      m_proxy(new OverviewFilterProxy(this)),
      m_filter(new OverviewFilterBar(QStringLiteral("releases"), OverviewFilterBar::Remember::TextAndProblemsOnly, this)),
      m_runner(releases->runner()),
      m_app(new QComboBox(this)), m_table(new QTableView(this)), m_status(new QLabel(this)), m_drift(new QLabel(this)),
      m_message(new QLabel(this)), m_progress(new QListWidget(this)), m_result(new QLabel(this)),
      m_showVersions(new QTimer(this))
{
    m_showVersions->setSingleShot(true);
    m_showVersions->setInterval(150);
    connect(m_showVersions, &QTimer::timeout, this, [this] {
        const auto shown = std::exchange(m_versionsToShow, {});
        m_model->setHealthVersions(shown);
        for (auto it = shown.cbegin(); it != shown.cend(); ++it)
            Q_EMIT healthVersionShown(it.key());
    });
    auto button = [this](const QString &name) {
        auto *b = new QPushButton(this); // named by retranslate()
        b->setObjectName(name);
        return b;
    };
    m_refresh = button(QStringLiteral("refreshReleases"));
    m_rollback = button(QStringLiteral("rollback"));
    m_forward = button(QStringLiteral("rollForward"));
    m_markBad = button(QStringLiteral("markBad"));
    m_unmark = button(QStringLiteral("unmark"));
    m_revert = button(QStringLiteral("revertSwitched"));
    m_retry = button(QStringLiteral("retry"));
    m_revert->hide();
    m_retry->hide();

    m_app->setObjectName(QStringLiteral("releaseApp"));
    m_app->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // The application's name stays readable when a long release name (a Kamal commit) widens the
    // Roll back button beside it.
    m_app->setSizePolicy(QSizePolicy::Minimum, m_app->sizePolicy().verticalPolicy());
    m_appLabel = new QLabel(this);
    m_appLabel->setBuddy(m_app);

    m_proxy->setSourceModel(m_model);
    m_filter->edit()->setObjectName(QStringLiteral("releasesFilter"));
    m_filter->problemsToggle()->setObjectName(QStringLiteral("releasesProblemsOnly"));
    m_proxy->setText(m_filter->text());
    m_proxy->setProblemsOnly(m_filter->problemsOnly());
    connect(m_filter, &OverviewFilterBar::textChanged, m_proxy, &OverviewFilterProxy::setText);
    connect(m_filter, &OverviewFilterBar::problemsOnlyChanged, m_proxy, &OverviewFilterProxy::setProblemsOnly);
    m_filter->watch(m_proxy);
    m_table->setObjectName(QStringLiteral("releasesTable"));
    m_table->setModel(m_proxy);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    // Rows (current cells have two lines) and the hosts' columns fitted to their texts by a
    // ColumnFitter, not ResizeToContents: with 1,000 hosts as columns that measured every cell on
    // each inventory and version answer, while the area was not even shown.
    new ColumnFitter(m_table, m_proxy, [this] {
        m_table->resizeColumnsToContents();
        m_table->resizeRowsToContents();
    }, this);

    for (QLabel *label : {m_status, m_drift, m_message, m_result}) {
        label->setTextFormat(Qt::PlainText); // host text and store errors: never rich text
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_status->setObjectName(QStringLiteral("releasesStatus"));
    m_drift->setObjectName(QStringLiteral("releaseDrift"));
    m_message->setObjectName(QStringLiteral("releasesMessage"));
    m_result->setObjectName(QStringLiteral("releaseResult"));
    m_progress->setObjectName(QStringLiteral("releaseProgress"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_appLabel);
    bar->addWidget(m_app);
    bar->addStretch(1);
    for (QPushButton *b : {m_refresh, m_rollback, m_forward, m_markBad, m_unmark})
        bar->addWidget(b);

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    m_progressLabel = new QLabel(bottom);
    m_progressLabel->setBuddy(m_progress);
    bottomLayout->addWidget(m_progressLabel);
    bottomLayout->addWidget(m_progress, 1);
    bottomLayout->addWidget(m_result);
    auto *resultButtons = new QHBoxLayout;
    resultButtons->addWidget(m_revert);
    resultButtons->addWidget(m_retry);
    resultButtons->addStretch(1);
    bottomLayout->addLayout(resultButtons);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_filter);
    topLayout->addWidget(m_table, 1);
    topLayout->addWidget(m_drift);
    topLayout->addWidget(m_message);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_status); // a line of its own: the German buttons leave no room beside them
    layout->addWidget(split, 1);
    // Tab: the application, then the filter, then the grid it filters.
    setTabOrder(m_app, m_filter->edit());
    setTabOrder(m_filter->edit(), m_filter->problemsToggle());
    setTabOrder(m_filter->problemsToggle(), m_table);

    connect(m_app, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_refresh, &QPushButton::clicked, this, &ReleasesPanel::refresh);
    connect(m_rollback, &QPushButton::clicked, this, &ReleasesPanel::requestRollback);
    connect(m_forward, &QPushButton::clicked, this, &ReleasesPanel::requestForward);
    connect(m_markBad, &QPushButton::clicked, this, [this] { requestMark(true); });
    connect(m_unmark, &QPushButton::clicked, this, [this] { requestMark(false); });
    connect(m_retry, &QPushButton::clicked, this, [this] { requestSwitch(m_lastRequest); });
    connect(m_revert, &QPushButton::clicked, this, [this] { requestSwitch(m_revertRequest); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReleasesPanel::updateButtons);
    connect(m_store, &EventStoreService::stateChanged, this, [this](EventStoreService::State state) {
        if (state == EventStoreService::State::Open)
            refresh();
    });
    // Another console's marks and switches show here as they are recorded.
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        if (!m_runner->isRunning() && event.environment == environmentName()
            && (EventKinds::familyOf(event.kind) == EventFamily::Release || event.kind == EventKinds::name(EventKind::RollbackFinished)
                || event.kind == EventKinds::name(EventKind::DeployDetected)
                || event.kind == EventKinds::name(EventKind::RollbackForwardFinished)))
            refresh();
    });

    connect(m_runner, &GuardedActionRunner::progress, this, [this](const QString &host, const QString &message) {
        for (int i = 0; i < m_progress->count(); ++i) {
            if (m_progress->item(i)->data(Qt::UserRole).toString() == host)
                m_progress->item(i)->setText(tr("⏳ %1: %2").arg(host, DisplayText::plain(message).left(kMaxDetail)));
        }
        if (host.isEmpty())
            setMessage(message);
    });
    connect(m_runner, &GuardedActionRunner::hostFinished, this, [this](const GuardedHostResult &r) {
        static const QHash<ActionOutcome, QString> symbols{{ActionOutcome::Succeeded, QStringLiteral("✔")},
                                                          {ActionOutcome::Failed, QStringLiteral("✖")},
                                                          {ActionOutcome::Unknown, QStringLiteral("?")},
                                                          {ActionOutcome::NotAttempted, QStringLiteral("–")}};
        for (int i = 0; i < m_progress->count(); ++i) {
            if (m_progress->item(i)->data(Qt::UserRole).toString() == r.host)
                m_progress->item(i)->setText(tr("%1 %2: %3 (%4 s) — %5")
                                                 .arg(symbols.value(r.outcome), r.host, actionOutcomeName(r.outcome))
                                                 .arg(LocaleFormat::number(r.elapsedMs / 1000.0, 1))
                                                 .arg(DisplayText::plain(r.detail).left(kMaxDetail)));
        }
    });
    connect(m_runner, &GuardedActionRunner::finished, this, [this](const GuardedActionReport &report) {
        showOutcome(report); // the core keeps the action until then
        updateButtons();
        refresh();
        Q_EMIT actionFinished(report);
    });
    retranslate();
}

ReleasesPanel::~ReleasesPanel() = default;

void ReleasesPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the grid's texts come from its model.
// The progress of a switch, its result and the last message keep the language they were written in.
void ReleasesPanel::retranslate()
{
    m_refresh->setText(tr("Re&fresh"));
    m_refresh->setAccessibleName(tr("Read the releases again"));
    m_rollback->setAccessibleName(tr("Roll back"));
    m_forward->setAccessibleName(tr("Roll forward"));
    m_markBad->setText(tr("&Mark bad…"));
    m_markBad->setAccessibleName(tr("Mark the selected release bad"));
    m_unmark->setText(tr("&Unmark…"));
    m_unmark->setAccessibleName(tr("Unmark the selected release"));
    m_revert->setText(m_revertRequest.target.isEmpty() ? tr("Re&vert switched hosts…")
                                                       : tr("Re&vert switched hosts to %1…").arg(m_revertRequest.target));
    m_revert->setAccessibleName(tr("Revert the switched hosts"));
    m_retry->setText(tr("Re&try…"));
    m_retry->setAccessibleName(tr("Retry the switch"));
    m_app->setAccessibleName(tr("Application"));
    m_appLabel->setText(tr("&Application:"));
    m_table->setAccessibleName(tr("Releases by host"));
    m_drift->setAccessibleName(tr("Drift between hosts"));
    m_result->setAccessibleName(tr("Result of the last switch"));
    m_progress->setAccessibleName(tr("Progress per host"));
    m_progressLabel->setText(tr("Progress per host:"));
    m_filter->edit()->setPlaceholderText(tr("Filter by host, release, version or state…"));
    m_filter->edit()->setAccessibleName(tr("Filter the releases"));
    m_filter->problemsToggle()->setText(tr("&Problems only"));
    m_filter->problemsToggle()->setAccessibleName(tr("Show only releases with a problem"));
    m_filter->problemsToggle()->setToolTip(tr("Show only releases in drift (missing or incomplete on a host, current on some hosts only, "
                                              "current where the health endpoints report another version) and marked-bad releases "
                                              "that are current somewhere"));
    m_filter->setEmptyMessages(tr("No release matches “%1”."), tr("No release has a problem."),
                               tr("No release with a problem matches “%1”."));
    if (m_statusText)
        m_status->setText(m_statusText());
    if (!m_drift->text().isEmpty())
        showDrift();
    ModelRetranslation::announce(m_model);
    updateButtons(); // the roll back and forward buttons name their targets
}

void ReleasesPanel::setStatus(std::function<QString()> words)
{
    m_statusText = std::move(words);
    m_status->setText(m_statusText());
}

// What differs between the hosts of the inventory shown, or that nothing does.
void ReleasesPanel::showDrift()
{
    const AppReleaseInventory &inventory = m_model->inventory();
    QStringList drift;
    for (const QString &sentence : inventory.drift())
        drift << tr("⚠ drift: %1").arg(DisplayText::plain(sentence));
    for (const HostReleaseState &h : inventory.hosts) {
        for (const QString &name : h.rejectedNames)
            drift << tr("⚠ %1: ignored a release directory with an unsafe name: \"%2\"")
                         .arg(h.host, DisplayText::terminal(name.left(kMaxDetail)));
    }
    m_drift->setText(drift.isEmpty() ? tr("✔ No drift: every host runs the same release and has the same releases.")
                                     : drift.join(u'\n'));
}

void ReleasesPanel::setConfig(const FleetConfig &config)
{
    m_config = config;
    const QString chosen = m_app->currentText();
    QStringList apps;
    for (const EnvironmentConfig &env : config.environments) {
        for (const QString &app : ReleaseInventoryReader::appNames(config, env.name))
            apps << env.name + u'/' + app;
    }
    {
        const QSignalBlocker blocker(m_app);
        m_app->clear();
        m_app->addItems(apps);
        if (const int i = int(apps.indexOf(chosen)); i >= 0)
            m_app->setCurrentIndex(i);
    }
    refresh();
}

QString ReleasesPanel::environmentName() const
{
    return m_app->currentText().section(u'/', 0, 0);
}

QString ReleasesPanel::appName() const
{
    return m_app->currentText().section(u'/', 1);
}

const EnvironmentConfig *ReleasesPanel::environment() const
{
    for (const EnvironmentConfig &env : m_config.environments) {
        if (env.name == environmentName())
            return &env;
    }
    return nullptr;
}

QString ReleasesPanel::selectedRelease() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.constFirst().data(ReleaseGridModel::ReleaseRole).toString();
}

void ReleasesPanel::setMessage(const QString &text)
{
    m_message->setText(DisplayText::plain(text));
}

void ReleasesPanel::refresh()
{
    const int generation = ++m_generation;
    m_versionsToShow.clear(); // answers about what was shown before
    if (m_app->currentIndex() < 0) {
        m_model->clear();
        setStatus([this] { return tr("No app in the configuration has releases to show."); });
        m_drift->clear();
        updateButtons();
        return;
    }
    if (m_store->state() != EventStoreService::State::Open) {
        setStatus([this] { return tr("Waiting for the store: release marks come from it."); });
        return;
    }
    const QString env = environmentName();
    const QString app = appName();
    if (const QString why = ReleaseInventoryReader::check(m_config, env, app); !why.isEmpty()) {
        setStatus([why] { return why; }); // worded by the core, in the language of that moment
        return;
    }
    m_reading = true;
    setStatus([this, env, app] { return tr("Reading the releases of %1/%2…").arg(env, app); });
    updateButtons();
    // The roll-forward target: the release the newest rollback of this app left.
    m_releases->lastRolledBackFrom(env, app).then(this, [this, generation](const QString &from) {
        if (generation != m_generation)
            return;
        m_forwardTarget = from;
        updateButtons();
    });
    m_releases->inventory(env, app).then(this, [this, generation](const ReleaseInventoryResult &read) {
        if (read.marksError.isEmpty()) {
            showInventory(read.inventory);
            return;
        }
        if (generation != m_generation)
            return;
        m_reading = false;
        m_rollbackWhenShown.clear(); // said below; not asked later by surprise
        setStatus([this, error = read.marksError] { return tr("✖ The release marks cannot be read: %1").arg(error); });
        updateButtons();
    });
}

// The inventory read for the chosen app: shown, with what it allows.
void ReleasesPanel::showInventory(const AppReleaseInventory &inventory)
{
    if (inventory.environment != environmentName() || inventory.app != appName())
        return; // an answer for an app no longer chosen
    m_reading = false;
    const QString selected = selectedRelease();
    m_model->setInventory(inventory);
    if (const int row = m_model->rowOf(selected); row >= 0) {
        if (const QModelIndex shown = m_proxy->mapFromSource(m_model->index(row, ReleaseGridModel::ReleaseColumn)); shown.isValid())
            m_table->selectRow(shown.row());
    }
    int reached = 0;
    for (const HostReleaseState &h : inventory.hosts)
        reached += h.reached ? 1 : 0;
    setStatus([this, reached, hosts = int(inventory.hosts.size()), at = QDateTime::currentDateTime()] {
        return tr("%1 of %n host(s) answered at %2", nullptr, hosts).arg(reached).arg(LocaleFormat::timeSeconds(at));
    });
    showDrift();
    updateButtons();
    Q_EMIT inventoryShown();
    if (const QString pending = std::exchange(m_rollbackWhenShown, QString());
        !pending.isEmpty() && pending == m_app->currentText() && !m_dialogOpen)
        rollbackIfPossible();
    readHealthVersions(m_generation);
}

void ReleasesPanel::readHealthVersions(int generation)
{
    m_releases->readReportedVersions(m_model->inventory(), this, [this, generation](const ReportedVersion &version) {
        if (generation != m_generation)
            return;
        // Shown in bursts: 1,000 answers are one update of the grid, not 1,000.
        m_versionsToShow.insert(version.host, {version.reported, version.problem});
        if (!m_showVersions->isActive())
            m_showVersions->start();
    });
}

void ReleasesPanel::updateButtons()
{
    const AppReleaseInventory &inventory = m_model->inventory();
    const bool idle = !m_runner->isRunning() && !m_dialogOpen && !m_reading && !inventory.hosts.isEmpty();
    const QString selected = selectedRelease();
    const QStringList offerable = inventory.offerable();
    const QString target = offerable.contains(selected) ? selected : inventory.defaultRollbackTarget().value_or(QString());
    m_rollback->setEnabled(idle && !target.isEmpty());
    m_rollback->setText(target.isEmpty() ? tr("Roll &back…") : tr("Roll &back to %1…").arg(target));
    m_rollback->setToolTip(target.isEmpty() ? tr("No release is complete on every host, unmarked and older than current.")
                                            : tr("Switch every host of the app to %1, restart its services and verify.").arg(target));
    const bool forwardable = !m_forwardTarget.isEmpty() && m_forwardTarget != inventory.commonCurrent()
                             && inventory.presentEverywhere(m_forwardTarget);
    m_forward->setEnabled(idle && forwardable);
    m_forward->setText(forwardable ? tr("Roll &forward to %1…").arg(m_forwardTarget) : tr("Roll &forward…"));
    m_forward->setToolTip(tr("Back to the release the last rollback of this app left."));
    const bool bad = !selected.isEmpty() && inventory.markedBad.contains(selected);
    m_markBad->setEnabled(idle && !selected.isEmpty() && !bad);
    m_unmark->setEnabled(idle && bad);
    m_refresh->setEnabled(!m_runner->isRunning());
    m_app->setEnabled(!m_runner->isRunning() && !m_dialogOpen);
    m_revert->setEnabled(idle);
    m_retry->setEnabled(idle);
}

void ReleasesPanel::requestRollback()
{
    const AppReleaseInventory &inventory = m_model->inventory();
    const QString selected = selectedRelease();
    RollbackRequest request;
    request.environment = environmentName();
    request.app = appName();
    request.target = inventory.offerable().contains(selected) ? selected : inventory.defaultRollbackTarget().value_or(QString());
    if (request.target.isEmpty())
        return;
    requestSwitch(request);
}

void ReleasesPanel::requestForward()
{
    RollbackRequest request;
    request.environment = environmentName();
    request.app = appName();
    request.forward = true;
    request.target = m_forwardTarget;
    requestSwitch(request);
}

void ReleasesPanel::requestSwitch(RollbackRequest request)
{
    const EnvironmentConfig *env = environment();
    if (m_runner->isRunning() || m_dialogOpen || !env || request.target.isEmpty())
        return;
    // The plan from what the window shows; the action plans again under its locks.
    RollbackRequest planned = request;
    planned.acknowledgeMigrations = true;
    const RollbackPlan plan = ReleaseRollback::plan(m_model->inventory(), planned);
    if (!plan.why.isEmpty()) {
        setMessage(tr("✖ Cannot switch %1/%2 to %3: %4").arg(request.environment, request.app, request.target, plan.why));
        return;
    }
    const std::unique_ptr<ReleaseRollback> preview = m_releases->switchAction(request);
    QStringList notes;
    for (const QString &host : preview->hosts())
        notes << tr("%1: %2 → %3").arg(host, plan.currentByHost.value(host), request.target);
    notes << plan.notReverted();
    QString title = preview->title();
    title[0] = title.at(0).toUpper();
    auto *dialog = new GuardedActionDialog(title, *env, preview->hosts(), true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->removePause(); // a switch goes on with the next batch as soon as one is verified
    dialog->setNotes(notes);
    dialog->setCommands(preview->commands());
    QCheckBox *acknowledged = nullptr;
    if (!plan.migrationsKept.isEmpty())
        acknowledged = dialog->addAcknowledgement(
            tr("I understand that %n migration(s) will stay applied: the database is not rolled back.", nullptr, int(plan.migrationsKept.size())));
    m_dialogOpen = true;
    updateButtons();
    connect(dialog, &QDialog::finished, this, [this, dialog, request, acknowledged, env = *env](int result) mutable {
        m_dialogOpen = false;
        if (result == QDialog::Accepted) {
            request.acknowledgeMigrations = acknowledged && acknowledged->isChecked();
            request.batchSize = dialog->batchSize();
            const QString confirmation = env.confirmation == ConfirmationMode::Typed && dialog->confirmationEdit()
                                             ? dialog->confirmationEdit()->text()
                                             : QStringLiteral("yes");
            startSwitch(request, dialog->reason(), confirmation);
        }
        updateButtons();
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void ReleasesPanel::startSwitch(const RollbackRequest &request, const QString &reason, const QString &confirmation)
{
    m_lastRequest = request;
    m_lastReason = reason;
    m_lastConfirmation = confirmation;
    m_revert->hide();
    m_retry->hide();
    m_result->clear();
    setMessage({});
    m_action = m_releases->prepareSwitch(request);
    m_progress->clear();
    for (const QString &host : m_action->hosts()) {
        auto *item = new QListWidgetItem(tr("– %1: queued").arg(host), m_progress);
        item->setData(Qt::UserRole, host);
    }
    m_releases->startSwitch(m_action, reason, confirmation);
    updateButtons();
}

void ReleasesPanel::showOutcome(const GuardedActionReport &report)
{
    QStringList lines{DisplayText::plain(report.summary)};
    if (report.outcome == ActionOutcome::Succeeded || !m_action) {
        m_result->setText(lines.join(u'\n'));
        return;
    }
    // Never a silent mix: which host is on which release, and the ways on from here.
    const RollbackPlan plan = m_action->currentPlan();
    QStringList switched;
    for (const GuardedHostResult &r : report.hosts) {
        const QString now = r.facts.value(QStringLiteral("release_now")).toString();
        if (r.outcome == ActionOutcome::NotAttempted)
            lines << tr("– %1: not attempted, on %2").arg(r.host, plan.currentByHost.value(r.host, tr("an unknown release")));
        else if (now.isEmpty())
            lines << tr("? %1: release unknown — refresh to see it").arg(r.host);
        else
            lines << tr("%1 %2: on %3").arg(r.outcome == ActionOutcome::Succeeded ? QStringLiteral("✔") : QStringLiteral("✖"), r.host, now);
        if (r.facts.value(QStringLiteral("switched")).toBool())
            switched << r.host;
    }
    m_result->setText(lines.join(u'\n'));
    if (report.hosts.isEmpty() && !report.summary.isEmpty())
        setMessage(report.summary);
    m_retry->show();
    if (!switched.isEmpty() && !plan.from.isEmpty() && plan.from != m_lastRequest.target) {
        m_revertRequest = RollbackRequest{};
        m_revertRequest.environment = m_lastRequest.environment;
        m_revertRequest.app = m_lastRequest.app;
        m_revertRequest.target = plan.from;
        m_revertRequest.hosts = switched;
        m_revertRequest.forward = true;
        m_revertRequest.batchSize = m_lastRequest.batchSize;
        m_revert->setText(tr("Re&vert switched hosts to %1…").arg(plan.from));
        m_revert->show();
    }
}

void ReleasesPanel::requestMark(bool bad)
{
    const QString release = selectedRelease();
    if (release.isEmpty() || m_dialogOpen)
        return;
    const QString env = environmentName();
    const QString app = appName();
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("markDialog"));
    dialog->setWindowTitle(bad ? tr("Mark release bad") : tr("Unmark release"));
    dialog->setLabelText(bad ? tr("Mark %1 of %2/%3 bad? It is no longer offered as a rollback target until unmarked; "
                                  "the mark is recorded with your name and reason.\n\nWhy?")
                                   .arg(release, env, app)
                             : tr("Unmark %1 of %2/%3? It may be offered as a rollback target again; this is recorded "
                                  "with your name and reason.\n\nWhy?")
                                   .arg(release, env, app));
    dialog->setOkButtonText(bad ? tr("Mark bad") : tr("Unmark"));
    m_dialogOpen = true;
    updateButtons();
    connect(dialog, &QInputDialog::finished, this, [this, dialog, env, app, release, bad](int result) {
        m_dialogOpen = false;
        updateButtons();
        if (result != QDialog::Accepted)
            return;
        const QString reason = dialog->textValue().trimmed();
        if (reason.isEmpty()) {
            setMessage(tr("✖ %1 was not marked: a reason is required.").arg(release));
            Q_EMIT markRecorded(m_message->text());
            return;
        }
        m_releases->mark(env, app, release, bad, reason).then(this, [this](const StoreResult<Event> &recorded) {
            setMessage(recorded ? recorded.value->summary : tr("✖ The mark was not recorded: %1").arg(recorded.error));
            refresh();
            Q_EMIT markRecorded(m_message->text());
        });
    });
    dialog->open();
    Q_EMIT confirmationShown(dialog);
}

void ReleasesPanel::showApp(const QString &environment, const QString &app)
{
    const int i = m_app->findText(environment + u'/' + app);
    if (i < 0)
        return;
    if (i != m_app->currentIndex())
        m_app->setCurrentIndex(i); // reads its inventory
    m_table->setFocus();
}

void ReleasesPanel::requestRollbackOf(const QString &environment, const QString &app)
{
    const int i = m_app->findText(environment + u'/' + app);
    if (i < 0 || m_dialogOpen)
        return;
    // Its target comes from the inventory shown: until this app's is read (the store may still be
    // opening, the hosts still answering), the rollback waits for it.
    const AppReleaseInventory &shown = m_model->inventory();
    if (i != m_app->currentIndex() || m_reading || shown.environment != environment || shown.app != app || shown.hosts.isEmpty()) {
        m_rollbackWhenShown = m_app->itemText(i);
        showApp(environment, app);
        return;
    }
    m_table->setFocus();
    rollbackIfPossible();
}

// As "Roll back…" would, or why it cannot now (no target, a switch under way) in the message line.
void ReleasesPanel::rollbackIfPossible()
{
    if (m_rollback->isEnabled())
        requestRollback();
    else
        setMessage(m_runner->isRunning() ? tr("A switch of this app is under way; roll back once it has finished.")
                                         : tr("No rollback now: %1").arg(m_rollback->toolTip()));
}

} // namespace opsdeck
