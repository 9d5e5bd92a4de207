#include "FleetPanel.h"

#include "ColumnFitter.h"
#include "FleetTreeModel.h"
#include "ModelRetranslation.h"
#include "OverviewFilterBar.h"
#include "OverviewFilterProxy.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QCheckBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace opsdeck {

namespace {

QString esc(const QString &text)
{
    return DisplayText::richText(text);
}

QString row(const QString &label, const QString &value)
{
    return QStringLiteral("<tr><th align=left valign=top style='padding-right:12px'>%1</th><td>%2</td></tr>")
        .arg(esc(label), value);
}

} // namespace

FleetPanel::FleetPanel(QWidget *parent)
    : QWidget(parent), m_model(new FleetTreeModel(this)), m_proxy(new OverviewFilterProxy(this)),
      m_filter(new OverviewFilterBar(QStringLiteral("fleet"), OverviewFilterBar::Remember::TextAndProblemsOnly, this)), m_tree(new QTreeView(this)), m_details(new QTextBrowser(this)),
      m_splitter(new QSplitter(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setText(m_filter->text());
    m_proxy->setProblemsOnly(m_filter->problemsOnly());
    m_filter->edit()->setObjectName(QStringLiteral("fleetFilter"));
    m_filter->problemsToggle()->setObjectName(QStringLiteral("fleetProblemsOnly"));
    connect(m_filter, &OverviewFilterBar::textChanged, m_proxy, &OverviewFilterProxy::setText);
    connect(m_filter, &OverviewFilterBar::problemsOnlyChanged, m_proxy, &OverviewFilterProxy::setProblemsOnly);
    connect(m_filter, &OverviewFilterBar::textChanged, m_tree, &QTreeView::expandAll);
    connect(m_filter, &OverviewFilterBar::problemsOnlyChanged, m_tree, &QTreeView::expandAll);
    m_filter->watch(m_proxy);
    // The tree is shown open; a host that a new state brings under the filter opens too.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, m_tree, [this](const QModelIndex &under, int first, int last) {
        m_tree->expand(under);
        for (int r = first; r <= last; ++r)
            m_tree->expand(m_proxy->index(r, 0, under));
    });

    m_tree->setObjectName(QStringLiteral("fleetTree"));
    m_tree->setAccessibleName(tr("Environments, hosts and services"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    // Names fitted by a ColumnFitter, not ResizeToContents: that measured the whole expanded tree
    // (thousands of rows at 1,000 hosts) on every change, while the area was not even shown.
    auto *fitNames = new ColumnFitter(m_tree, m_proxy, [this] { m_tree->resizeColumnToContents(FleetTreeModel::NameColumn); }, this);
    connect(m_tree, &QTreeView::expanded, fitNames, &ColumnFitter::request); // deeper names may be longer
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &FleetPanel::showDetails);

    m_details->setObjectName(QStringLiteral("fleetDetails"));
    m_details->setAccessibleName(tr("Configuration of the selected entry"));
    m_details->setOpenLinks(false);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree);
    m_splitter->setObjectName(QStringLiteral("fleetSplitter"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    retranslate();
}

void FleetPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the tree's texts come from its model.
void FleetPanel::retranslate()
{
    m_filter->edit()->setPlaceholderText(tr("Filter environments, hosts, services, units…"));
    m_filter->edit()->setAccessibleName(tr("Filter the fleet"));
    m_filter->problemsToggle()->setText(tr("&Problems only"));
    m_filter->problemsToggle()->setAccessibleName(tr("Show only hosts with a problem"));
    m_filter->problemsToggle()->setToolTip(tr("Show only hosts that are unreachable or being retried, with their services"));
    m_filter->setEmptyMessages(tr("No host matches “%1”."), tr("No host has a problem."), tr("No host with a problem matches “%1”."));
    ModelRetranslation::announce(m_model);
    showDetails();
}

void FleetPanel::setConfig(const FleetConfig &config)
{
    const QString selected = m_tree->currentIndex().data(FleetTreeModel::PathRole).toString();
    m_model->setConfig(config);
    m_tree->expandAll();
    QModelIndex source = m_model->indexForPath(selected);
    if (!source.isValid())
        source = m_model->index(0, 0); // a first look shows something, not an empty pane
    if (source.isValid())
        m_tree->setCurrentIndex(m_proxy->mapFromSource(source));
    showDetails();
}

QLineEdit *FleetPanel::filterEdit() const
{
    return m_filter->edit();
}

void FleetPanel::showDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const EnvironmentConfig *env = m_model->environmentAt(index);
    if (!env) {
        m_details->setHtml(tr("<p>Select an environment, host or service to see its configuration.</p>"));
        return;
    }
    QString html;
    if (const ServiceConfig *service = m_model->serviceAt(index)) {
        const HostConfig *host = m_model->hostAt(index);
        html += QStringLiteral("<h2>%1</h2><p>%2</p><table>").arg(esc(service->name), esc(env->name + u'/' + host->name));
        html += row(tr("systemd unit"), esc(service->unit));
        html += row(tr("Commands via"), service->useSudo ? esc(QStringLiteral("sudo -n")) : tr("the login user"));
        html += row(tr("Restart"), service->restartCommand.isEmpty()
                                       ? esc(QStringLiteral("systemctl restart ") + service->unit)
                                       : esc(service->restartCommand.join(u' ')));
        if (service->health.isEmpty())
            html += row(tr("Health checks"), tr("none configured"));
        for (const HealthCheckConfig &check : service->health) {
            html += row(tr("Health check"), tr("%1<br>format %2, every %3, timeout %4")
                                                .arg(esc(redactedUrl(check.url)), healthFormatName(check.format),
                                                     LocaleFormat::duration(check.interval), LocaleFormat::duration(check.timeout)));
        }
        html += QStringLiteral("</table>");
    } else if (const HostConfig *host = m_model->hostAt(index)) {
        html += QStringLiteral("<h2>%1</h2><p>%2</p><table>").arg(esc(host->name), esc(env->name));
        if (m_hostStatus)
            html += row(tr("Connection"), esc(m_hostStatus(host->name)));
        html += row(tr("Address"), esc(host->address) + u':' + QString::number(host->port));
        html += row(tr("User"), esc(host->user));
        html += row(tr("Identity"), host->identityFile.isEmpty() ? tr("ssh-agent, then ~/.ssh/config") : esc(host->identityFile));
        html += row(tr("Known hosts"), esc(host->knownHostsFile));
        if (!host->jumpHost.isEmpty())
            html += row(tr("Jump host"), esc(host->jumpHost));
        if (!host->labels.isEmpty())
            html += row(tr("Labels"), esc(host->labels.join(QStringLiteral(", "))));
        QStringList services;
        for (const ServiceConfig &s : host->services)
            services << esc(s.name) + QStringLiteral(" (") + esc(s.unit) + u')';
        html += row(tr("Services"), services.isEmpty() ? tr("none") : services.join(QStringLiteral("<br>")));
        for (const AppConfig &app : host->apps)
            html += row(tr("App %1").arg(app.name), tr("%1<br>%2 releases, keep %3")
                                                         .arg(esc(app.path), esc(app.strategy)).arg(app.keepReleases));
        for (const BackupConfig &backup : host->backups)
            html += row(tr("Backups %1").arg(backup.name),
                        tr("%1<br>%2<br>RPO %3, retention %4")
                            .arg(esc(backup.path), esc(backup.patterns.join(QStringLiteral(", "))),
                                 LocaleFormat::duration(backup.rpo), LocaleFormat::duration(backup.retention)));
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<h2>%1</h2><table>").arg(esc(env->name));
        html += row(tr("Hosts"), QString::number(env->hosts.size()));
        html += row(tr("Confirmation"), env->confirmation == ConfirmationMode::Typed
                                            ? tr("type the environment name")
                                            : tr("click to confirm"));
        html += row(tr("Second-person approval"), env->requireApproval ? tr("required") : tr("not required"));
        html += row(tr("Signed checklist"), env->requireSignedChecklist ? tr("required") : tr("not required"));
        if (!env->caFile.isEmpty())
            html += row(tr("CA file"), esc(env->caFile));
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void FleetPanel::selectPath(const QString &path)
{
    const QModelIndex source = m_model->indexForPath(path);
    if (!source.isValid())
        return;
    if (!m_proxy->mapFromSource(source).isValid())
        m_filter->edit()->clear();
    if (!m_proxy->mapFromSource(source).isValid())
        m_filter->problemsToggle()->setChecked(false);
    const QModelIndex index = m_proxy->mapFromSource(source);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    m_tree->setFocus();
}

} // namespace opsdeck
