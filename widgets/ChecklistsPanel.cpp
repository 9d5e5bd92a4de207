#include "ChecklistsPanel.h"

#include "ModelRetranslation.h"

#include "ChecklistRunListModel.h"
#include "ChecklistRunView.h"
#include "HostPickerDialog.h"
#include "MessageLabel.h"
#include "checklist/ChecklistService.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck {

ChecklistsPanel::ChecklistsPanel(EventStoreService *store, ChecklistService *service, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(service), m_runs(new ChecklistRunListModel(this)),
      m_template(new QComboBox(this)), m_environment(new QComboBox(this)), m_release(new QLineEdit(this)),
      m_hosts(new QPushButton(this)), m_start(new QPushButton(this)), m_runTable(new QTableView(this)), m_detail(new ChecklistRunView(m_service, this)),
      m_message(new MessageLabel(this)), m_refresh(new QTimer(this)), m_clock(new QTimer(this))
{
    setObjectName(QStringLiteral("checklistsPanel"));
    m_template->setObjectName(QStringLiteral("checklistTemplate"));
    m_environment->setObjectName(QStringLiteral("checklistEnvironment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_release->setObjectName(QStringLiteral("checklistRelease"));
    m_release->setAccessibleName(tr("Release to sign off"));
    m_hosts->setObjectName(QStringLiteral("checklistHosts"));

    m_runTable->setModel(m_runs);
    m_runTable->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_runTable->setObjectName(QStringLiteral("checklistRuns"));
    m_runTable->setAccessibleName(tr("Checklist runs"));
    m_runTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runTable->verticalHeader()->hide();
    m_runTable->horizontalHeader()->setStretchLastSection(true);
    m_runTable->setColumnHidden(ChecklistRunListModel::ChecklistColumn, true);
    m_runTable->setColumnHidden(ChecklistRunListModel::RunColumn, true);
    m_runTable->setColumnHidden(ChecklistRunListModel::StartedColumn, true);
    m_runTable->setWordWrap(false);

    auto *startRow = new QHBoxLayout;
    m_newRun = new QLabel(this);
    startRow->addWidget(m_newRun);
    startRow->addWidget(m_template, 1);
    startRow->addWidget(m_environment);
    startRow->addWidget(m_release, 1);
    startRow->addWidget(m_hosts);
    startRow->addWidget(m_start);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_runTable, 1);
    leftLayout->addWidget(m_message);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(1, 2);
    // The run view needs the room (item texts are long), the run list enough for a release name and
    // its status (those columns fit their texts, in any language) and every header whole; the progress
    // takes what is left.
    splitter->setSizes({340, 860});

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(startRow);
    layout->addWidget(splitter, 1);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(150);
    connect(m_refresh, &QTimer::timeout, this, &ChecklistsPanel::refresh);
    m_clock->setInterval(30'000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        m_runs->setRuns([this] {
            QList<ChecklistRun> runs;
            for (int r = 0; r < m_runs->rowCount(); ++r)
                runs << m_runs->run(r);
            return runs;
        }(), QDateTime::currentDateTimeUtc());
        m_detail->updateActions();
    });
    m_clock->start();

    connect(m_service, &ChecklistService::runChanged, this, [this] { m_refresh->start(); });
    connect(m_service, &ChecklistService::templatesChanged, this, &ChecklistsPanel::updateTemplates);
    connect(m_store, &EventStoreService::stateChanged, this, [this](EventStoreService::State state) {
        if (state == EventStoreService::State::Open)
            m_refresh->start();
        updateStart();
    });
    // A sign-off role granted or revoked meanwhile: the buttons follow without a reconnect.
    connect(m_store, &EventStoreService::identityChanged, this, [this] {
        m_detail->updateActions();
        m_refresh->start();
    });
    connect(m_runTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ChecklistsPanel::showSelected);
    connect(m_detail, &ChecklistRunView::changed, this, [this] { m_refresh->start(); });
    connect(m_release, &QLineEdit::textChanged, this, &ChecklistsPanel::updateStart);
    connect(m_template, &QComboBox::currentIndexChanged, this, &ChecklistsPanel::updateStart);
    connect(m_environment, &QComboBox::currentTextChanged, this, &ChecklistsPanel::environmentChosen);
    connect(m_hosts, &QPushButton::clicked, this, &ChecklistsPanel::pickHosts);
    connect(m_start, &QPushButton::clicked, this, &ChecklistsPanel::startRun);
    updateTemplates();
    retranslate();
    if (m_store->state() == EventStoreService::State::Open)
        m_refresh->start();
}

void ChecklistsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed (the run view has its own); the runs'
// texts come from their model. The feedback line keeps the language it was written in.
void ChecklistsPanel::retranslate()
{
    m_start->setText(tr("Start &run"));
    m_newRun->setText(tr("New run:"));
    m_release->setPlaceholderText(tr("Release (version, tag or release directory)"));
    ModelRetranslation::announce(m_runs);
    updateStart();
}

ChecklistsPanel::~ChecklistsPanel() = default;

void ChecklistsPanel::setConfig(const FleetConfig &config)
{
    const QString current = m_environment->currentText();
    {
        const QSignalBlocker quiet(m_environment); // the hosts chosen stay when the environment does
        m_environment->clear();
        for (const EnvironmentConfig &env : config.environments)
            m_environment->addItem(env.name);
        if (const int i = m_environment->findText(current); i >= 0)
            m_environment->setCurrentIndex(i);
    }
    environmentChosen();
}

QStringList ChecklistsPanel::environmentHosts() const
{
    QStringList hosts;
    for (const EnvironmentConfig &env : m_service->config().environments) {
        if (env.name == m_environment->currentText()) {
            for (const HostConfig &host : env.hosts)
                hosts << host.name;
        }
    }
    return hosts;
}

void ChecklistsPanel::environmentChosen()
{
    const QStringList hosts = environmentHosts();
    if (m_environment->currentText() != m_hostsEnvironment) {
        m_hostsEnvironment = m_environment->currentText();
        m_allHosts = true;
    }
    pickAcceptedTemplate();
    if (m_allHosts) {
        m_chosenHosts = hosts;
    } else {
        // A new configuration: keep what was picked and is still there.
        QStringList kept;
        for (const QString &host : std::as_const(m_chosenHosts)) {
            if (hosts.contains(host))
                kept << host;
        }
        m_chosenHosts = kept;
    }
    updateStart();
}

void ChecklistsPanel::pickHosts()
{
    auto *dialog = new HostPickerDialog(m_environment->currentText(), environmentHosts(), m_chosenHosts, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &HostPickerDialog::hostsAccepted, this, [this, environment = m_environment->currentText()](const QStringList &hosts) {
        if (environment != m_environment->currentText())
            return;
        m_chosenHosts = hosts;
        m_allHosts = hosts.size() == environmentHosts().size();
        updateStart();
    });
    dialog->open();
}

// The template follows the environment: one it accepts (a run of another could never approve it).
void ChecklistsPanel::pickAcceptedTemplate()
{
    const QStringList accepted = m_service->library().acceptedFor(m_service->config(), m_environment->currentText());
    if (accepted.contains(m_template->currentData().toString()))
        return;
    for (const QString &id : accepted) {
        if (const int i = m_template->findData(id); i >= 0) {
            m_template->setCurrentIndex(i);
            return;
        }
    }
}

void ChecklistsPanel::updateTemplates()
{
    const QString current = m_template->currentData().toString();
    m_template->clear();
    for (const ChecklistTemplate &t : m_service->library().templates())
        m_template->addItem(t.name, t.id);
    if (const int i = m_template->findData(current); i >= 0)
        m_template->setCurrentIndex(i);
    pickAcceptedTemplate();
    updateStart();
}

void ChecklistsPanel::updateStart()
{
    QString why;
    if (m_store->state() != EventStoreService::State::Open)
        why = tr("The store is not open");
    else if (m_template->count() == 0)
        why = tr("No checklist template");
    else if (m_environment->count() == 0)
        why = tr("No configuration loaded");
    else if (const QString notAccepted = m_service->library().whyNotAccepted(m_service->config(), m_environment->currentText(),
                                                                             m_template->currentData().toString());
             !notAccepted.isEmpty())
        why = notAccepted;
    else if (environmentHosts().isEmpty())
        why = tr("%1 has no hosts in the configuration").arg(m_environment->currentText());
    else if (m_chosenHosts.isEmpty())
        why = tr("Pick at least one host (Hosts…): a run without hosts would approve nothing");
    else if (m_release->text().trimmed().isEmpty())
        why = tr("Type the release first");

    const qsizetype all = environmentHosts().size();
    if (m_chosenHosts.isEmpty())
        m_hosts->setText(tr("No host…"));
    else if (m_chosenHosts.size() == all)
        m_hosts->setText(tr("All %n host(s)…", nullptr, int(all)));
    else if (m_chosenHosts.size() == 1)
        m_hosts->setText(tr("%1 only…").arg(m_chosenHosts.constFirst()));
    else
        m_hosts->setText(tr("%1 of %n host(s)…", nullptr, int(all)).arg(m_chosenHosts.size()));
    m_hosts->setEnabled(all > 0);
    m_hosts->setToolTip(DisplayText::toolTip(all == 0 ? tr("The environment has no hosts")
                                                      : tr("The run covers %1. Click to pick hosts.").arg(m_chosenHosts.join(QStringLiteral(", ")))));

    m_start->setEnabled(why.isEmpty());
    m_start->setToolTip(DisplayText::toolTip(
        why.isEmpty() ? tr("Start a run of this checklist for this release on %1").arg(m_chosenHosts.join(QStringLiteral(", "))) : why));
}

void ChecklistsPanel::startRun()
{
    if (m_chosenHosts.isEmpty()) { // an empty list would mean every host to the core
        m_message->showError(tr("Not started: pick at least one host"));
        return;
    }
    m_start->setEnabled(false);
    m_message->showInfo(tr("Starting…"));
    m_service->start(m_template->currentData().toString(), m_environment->currentText(), m_release->text().trimmed(), m_chosenHosts)
        .then(this, [this](const StoreResult<ChecklistRun> &started) {
            updateStart();
            if (!started) {
                m_message->showError(tr("Not started: %1").arg(started.error));
                return;
            }
            m_message->clear();
            m_release->clear();
            selectRun(started.value->id);
        });
}

void ChecklistsPanel::selectRun(const QString &runId)
{
    m_wanted = runId;
    if (const int row = m_runs->rowOf(runId); row >= 0) {
        m_runTable->selectRow(row);
        m_wanted.clear();
        return;
    }
    refresh();
}

void ChecklistsPanel::refresh()
{
    const quint64 generation = ++m_generation;
    m_service->runs({}, 200).then(this, [this, generation](const StoreResult<QList<ChecklistRun>> &runs) {
        if (generation != m_generation)
            return; // a newer refresh is on its way
        if (!runs) {
            m_message->showError(tr("Cannot read the checklist runs: %1").arg(runs.error));
            return;
        }
        const QString keep = m_wanted.isEmpty() ? m_selected : m_wanted;
        m_runs->setRuns(*runs.value, QDateTime::currentDateTimeUtc());
        m_runTable->resizeColumnToContents(ChecklistRunListModel::ReleaseColumn); // at most 200 runs: cheap
        m_runTable->resizeColumnToContents(ChecklistRunListModel::StatusColumn);
        const int row = m_runs->rowOf(keep);
        if (row >= 0) {
            m_wanted.clear();
            m_runTable->selectRow(row);
            m_detail->setRun(m_runs->run(row)); // the same run, newer state
        } else if (m_runs->rowCount() > 0 && keep.isEmpty()) {
            m_runTable->selectRow(0);
        } else if (row < 0) {
            m_detail->clear();
        }
    });
}

void ChecklistsPanel::showSelected()
{
    const QModelIndex current = m_runTable->currentIndex();
    if (!current.isValid())
        return;
    const ChecklistRun &run = m_runs->run(current.row());
    m_selected = run.id;
    m_detail->setRun(run);
}

} // namespace opsdeck
