#include "DashboardPanel.h"

#include "BackupRollupBar.h"
#include "HealthComponentModel.h"
#include "HealthCountsBar.h"
#include "HealthFilterProxy.h"
#include "HealthTreeModel.h"
#include "ModelRetranslation.h"
#include "OverviewFilterBar.h"
#include "TimeSeriesChart.h"
#include "health/HealthService.h"
#include "metrics/HostMetricsPoller.h"
#include "metrics/SampleHistoryFile.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <limits>

namespace opsdeck {

namespace {
// Samples read back as an aggregate's low and high are half its span apart, a span without samples
// 1.5 spans: further apart than the coarsest span is a gap there.
const qint64 kAggregateGapMs = SampleHistoryFile::defaultTiers().constLast().resolutionMs + 1000;
} // namespace

DashboardPanel::DashboardPanel(HealthService *health, HostMetricsPoller *metrics, EventStoreService *store, QWidget *parent)
    : QWidget(parent), m_health(health), m_metrics(metrics), m_model(new HealthTreeModel(health, this)),
      m_proxy(new HealthFilterProxy(m_model, this)), m_counts(new HealthCountsBar(m_model, this)),
      m_filter(new OverviewFilterBar(QStringLiteral("dashboard"), OverviewFilterBar::Remember::ProblemsOnly, this)), m_components(new HealthComponentModel(this)), m_tree(new QTreeView(this)), m_componentView(new QTableView(this)),
      m_detailTitle(new QLabel(this)), m_chart(new TimeSeriesChart(QString(), 0, this)),
      m_hostChart(new TimeSeriesChart(QString(), 100, this)), m_hostMetric(new QComboBox(this)), m_store(store),
      m_markerTimer(new QTimer(this))
{
    // Markers: what happened (restarts, alerts, health changes …) in the last 24 h, then live.
    connect(m_store, &EventStoreService::stateChanged, this, [this](EventStoreService::State state) {
        if (state != EventStoreService::State::Open)
            return;
        EventFilter filter;
        filter.since = QDateTime::currentDateTimeUtc().addDays(-1);
        filter.limit = kMarkerEvents;
        m_fetch = m_store->fetch(filter);
    });
    connect(m_store, &EventStoreService::fetched, this, [this](quint64 request, const QList<Event> &events) {
        if (request != m_fetch)
            return;
        m_events = events + m_events;
        scheduleMarkers();
    });
    // Events arrive in bursts (a 1,000-host restart writes thousands): the markers are worked out
    // again once per burst, not once per event.
    m_markerTimer->setSingleShot(true);
    m_markerTimer->setInterval(250);
    connect(m_markerTimer, &QTimer::timeout, this, &DashboardPanel::showMarkers);
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        // An event waiting in the outbox arrives again, stored, once the team store confirms it.
        if (event.pending)
            return;
        m_events.append(event);
        // Trimmed with some slack, so that a full list is not shifted on every new event.
        if (m_events.size() > kMarkerEvents + kMarkerEvents / 10)
            m_events.remove(0, m_events.size() - kMarkerEvents);
        scheduleMarkers();
    });
    m_chart->setObjectName(QStringLiteral("responseTimeChart"));
    m_hostChart->setObjectName(QStringLiteral("hostChart"));
    connect(m_health, &HealthService::updated, this, [this](const HealthSnapshot &s) {
        if (m_ids.contains(s.endpoint.id))
            m_chart->scheduleRedraw();
    });
    connect(m_metrics, &HostMetricsPoller::metrics, this, [this](const QString &host) {
        if (m_hosts.contains(host))
            m_hostChart->scheduleRedraw();
    });
    // Samples kept from earlier sessions arrived, or older samples became aggregates: the response
    // times are read again, the charts redrawn.
    const auto reread = [this] {
        m_latencies.clear();
        m_chart->scheduleRedraw();
    };
    connect(m_health, &HealthService::historyRestored, this, reread);
    connect(m_health, &HealthService::historyDownsampled, this, reread);
    connect(m_metrics, &HostMetricsPoller::historyRestored, m_hostChart, &TimeSeriesChart::scheduleRedraw);
    connect(m_metrics, &HostMetricsPoller::historyDownsampled, m_hostChart, &TimeSeriesChart::scheduleRedraw);
    for (int metric = 0; metric < 3; ++metric)
        m_hostMetric->addItem(QString()); // CPU, memory, disk: named by retranslate()
    connect(m_hostMetric, &QComboBox::currentIndexChanged, this, &DashboardPanel::showHostMetrics);
    // The filter box and "Problems only" (remembered as "dashboard/problemsOnly"), shared with the other overviews.
    m_filter->edit()->setObjectName(QStringLiteral("healthFilter"));
    m_filter->problemsToggle()->setObjectName(QStringLiteral("problemsOnly"));
    m_proxy->setProblemsOnly(m_filter->problemsOnly());
    connect(m_filter, &OverviewFilterBar::textChanged, this, [this](const QString &text) {
        m_proxy->setText(text);
        filtersChanged();
    });
    connect(m_filter, &OverviewFilterBar::problemsOnlyChanged, this, [this](bool on) {
        m_proxy->setProblemsOnly(on);
        filtersChanged();
    });
    m_filter->watch(m_proxy);
    connect(m_counts, &HealthCountsBar::filterChanged, this,
            [this](const QString &environment, std::optional<HealthTreeModel::State> state) {
                m_proxy->setStateFilter(environment, state);
                filtersChanged();
            });

    m_tree->setObjectName(QStringLiteral("healthTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(HealthTreeModel::ReasonColumn, QHeaderView::Stretch);
    m_tree->setColumnWidth(HealthTreeModel::NameColumn, 200);
    m_tree->setColumnWidth(HealthTreeModel::LatencyColumn, 70);
    m_tree->setColumnWidth(HealthTreeModel::CheckedColumn, 80);
    // Results move and filter rows without a reset; a new fleet resets the tree, which then shows the
    // same selection, open rows and place as before.
    connect(m_proxy, &QAbstractItemModel::modelAboutToBeReset, this, &DashboardPanel::rememberView);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &DashboardPanel::restoreView);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DashboardPanel::showSelection);
    connect(m_model, &HealthTreeModel::refreshed, this, &DashboardPanel::showSelection);
    connect(m_model, &HealthTreeModel::refreshed, this, &DashboardPanel::openProblems);

    m_checkNow = new QPushButton(this);
    m_checkNow->setObjectName(QStringLiteral("checkNow"));
    connect(m_checkNow, &QPushButton::clicked, m_health, &HealthService::checkNow);

    m_componentView->setObjectName(QStringLiteral("components"));
    m_componentView->setAccessibleName(tr("Components of the selected entry and why they fail"));
    m_componentView->setModel(m_components);
    m_componentView->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_componentView->verticalHeader()->hide();
    m_componentView->horizontalHeader()->setStretchLastSection(true);
    m_componentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_componentView->verticalHeader()->setDefaultSectionSize(m_componentView->fontMetrics().height() + 8);
    m_detailTitle->setObjectName(QStringLiteral("detailTitle"));
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextFormat(Qt::RichText);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    m_leftLayout = leftLayout;
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_counts);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_checkNow, 0, Qt::AlignLeft);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_detailTitle);
    rightLayout->addWidget(m_componentView, 1);
    auto *hosts = new QWidget(this);
    auto *hostsLayout = new QVBoxLayout(hosts);
    hostsLayout->setContentsMargins(0, 0, 0, 0);
    hostsLayout->addWidget(m_hostMetric, 0, Qt::AlignLeft);
    hostsLayout->addWidget(m_hostChart, 1);
    m_charts = new QTabWidget(this);
    m_charts->setObjectName(QStringLiteral("charts"));
    m_charts->addTab(m_chart, QString());
    m_charts->addTab(hosts, QString());
    rightLayout->addWidget(m_charts, 2);
    auto *split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);
    retranslate();
}

void DashboardPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// Every text the area sets itself, in the language now installed; the tree's and the components' texts
// come from their models, which are told to give them again.
void DashboardPanel::retranslate()
{
    m_filter->problemsToggle()->setText(tr("&Problems only"));
    m_filter->problemsToggle()->setAccessibleName(tr("Show only problems"));
    m_filter->problemsToggle()->setToolTip(tr("Show only services that fail, warn, are unknown or have no data"));
    m_filter->edit()->setPlaceholderText(tr("Filter by host, service, label or state…"));
    m_filter->edit()->setAccessibleName(tr("Filter the health tree"));
    m_filter->setEmptyMessages(tr("No host or service matches “%1”."), tr("No service has a problem."),
                               tr("No service with a problem matches “%1”."));
    m_tree->setAccessibleName(tr("Health of environments, hosts and services"));
    m_checkNow->setText(tr("Check &now"));
    m_chart->setValueTitle(tr("Response time (ms)"));
    m_hostChart->setValueTitle(tr("Percent"));
    m_hostMetric->setItemText(0, tr("CPU %"));
    m_hostMetric->setItemText(1, tr("Memory used %"));
    m_hostMetric->setItemText(2, tr("Disk used % (fullest mount)"));
    m_charts->setTabText(0, tr("Response time"));
    m_charts->setTabText(1, tr("Hosts"));
    // The status column fits its widest word in the language in use ("✔ bestanden" is wider than "✔ pass").
    int statusWidth = m_tree->fontMetrics().horizontalAdvance(HealthTreeModel::statusText(HealthStatus::Unknown, true));
    for (const HealthStatus status : {HealthStatus::Pass, HealthStatus::Warn, HealthStatus::Fail, HealthStatus::Unknown})
        statusWidth = std::max(statusWidth, m_tree->fontMetrics().horizontalAdvance(HealthTreeModel::statusText(status, false)));
    m_tree->setColumnWidth(HealthTreeModel::StatusColumn, std::max(80, statusWidth + 16));
    m_model->retranslate();
    ModelRetranslation::announce(m_components);
    if (!m_detailTitle->text().isEmpty()) // something was shown: shown again, worded anew
        showSelection();
}

void DashboardPanel::setBackupMonitor(BackupMonitor *backups)
{
    if (m_backupRollup || !backups)
        return;
    m_backupRollup = new BackupRollupBar(backups, this);
    m_leftLayout->insertWidget(1, m_backupRollup); // under the health counts
    connect(m_backupRollup, &BackupRollupBar::backupsRequested, this, &DashboardPanel::backupsRequested);
}

void DashboardPanel::setConfig(const FleetConfig &config)
{
    if (m_backupRollup)
        m_backupRollup->setConfig(config);
}

void DashboardPanel::rememberView()
{
    m_keptCurrent = m_model->pathAt(m_proxy->mapToSource(m_tree->currentIndex()));
    m_keptExpanded.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_proxy->rowCount(parent); ++r) {
            const QModelIndex index = m_proxy->index(r, 0, parent);
            if (m_tree->isExpanded(index)) {
                m_keptExpanded.insert(m_model->pathAt(m_proxy->mapToSource(index)));
                walk(index);
            }
        }
    };
    walk({});
    m_keptScroll = m_tree->verticalScrollBar()->value();
}

void DashboardPanel::restoreView()
{
    for (const QString &path : std::as_const(m_keptExpanded)) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexForPath(path));
        if (index.isValid())
            m_tree->expand(index);
    }
    const QModelIndex current = m_proxy->mapFromSource(m_model->indexForPath(m_keptCurrent));
    if (current.isValid())
        m_tree->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    else if (m_proxy->rowCount() > 0)
        m_tree->selectionModel()->setCurrentIndex(m_proxy->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_tree->doItemsLayout(); // the scroll range of the rebuilt tree, before the position is set
    m_tree->verticalScrollBar()->setValue(m_keptScroll);
    openProblems();
}

void DashboardPanel::openProblems()
{
    for (int e = 0; e < m_model->rowCount(); ++e) {
        const QModelIndex env = m_model->index(e, 0);
        for (int h = 0; h < m_model->rowCount(env); ++h) {
            const QModelIndex host = m_model->index(h, 0, env);
            const auto state = HealthTreeModel::State(host.data(HealthTreeModel::StateRole).toInt());
            const QString path = m_model->pathAt(host);
            if (state == HealthTreeModel::State::Pass || state == HealthTreeModel::State::NoData) {
                m_opened.remove(path); // a problem again later opens again
                continue;
            }
            if (m_opened.contains(path))
                continue; // the operator may have closed it since
            const QModelIndex shown = m_proxy->mapFromSource(host);
            if (!shown.isValid())
                continue;
            m_opened.insert(path);
            m_tree->expand(shown.parent());
            m_tree->expand(shown);
        }
    }
}

void DashboardPanel::filtersChanged()
{
    // A filtered tree is shown open to the services it chose; without filters it is the overview
    // again: environments, with the hosts that have problems open.
    if (m_proxy->isFiltering()) {
        m_tree->expandToDepth(1);
    } else {
        m_tree->collapseAll();
        m_opened.clear();
        openProblems();
    }
    if (m_tree->currentIndex().isValid())
        m_tree->scrollTo(m_tree->currentIndex());
}

void DashboardPanel::showSelection()
{
    const QModelIndex index = m_proxy->mapToSource(m_tree->currentIndex());
    const QStringList ids = m_model->endpointIdsUnder(index.isValid() ? index.siblingAtColumn(0) : QModelIndex());
    // Drill-down: the endpoint itself, or the worst endpoint below the selected entry.
    HealthSnapshot shown;
    for (const QString &id : ids) {
        const HealthSnapshot s = m_health->snapshots().value(id);
        if (!shown.hasState || worse(s.stable, shown.stable) != shown.stable)
            shown = s;
    }
    const QString path = index.isValid() ? m_model->pathAt(index.siblingAtColumn(0)) : tr("All environments");
    if (!shown.hasState) {
        m_detailTitle->setText(tr("<b>%1</b><br>No result yet.").arg(DisplayText::richText(path)));
        m_components->setVerdict({});
    } else {
        const HealthVerdict &v = shown.last;
        const QString shownPath = shown.endpoint.environment + u'/' + shown.endpoint.host + u'/' + shown.endpoint.service;
        m_detailTitle->setText(tr("<b>%1</b><br>%2 — %3<br><small>%4 · HTTP %5 · %6 ms · %7 format</small>")
                                   .arg(DisplayText::richText(shownPath == path || ids.size() == 1 ? path : tr("%1 (worst: %2)").arg(path, shownPath)),
                                        DisplayText::richText(HealthTreeModel::statusText(shown.stable, false)),
                                        DisplayText::richText(v.reason.isEmpty() ? tr("all checks pass") : v.reason),
                                        DisplayText::richText(redactedUrl(shown.endpoint.check.url)))
                                   .arg(v.httpStatus)
                                   .arg(v.latencyMs)
                                   .arg(healthFormatName(v.format)));
        m_components->setVerdict(v);
    }
    if (sender() == m_model)
        return; // new results, not a new selection: the charts redraw on their own
    m_ids = ids;
    for (auto it = m_latencies.begin(); it != m_latencies.end();)
        it = m_ids.contains(it.key()) ? std::next(it) : m_latencies.erase(it);
    m_path = index.isValid() ? path : QString();
    m_hosts.clear();
    for (const QString &id : ids) {
        const QString host = m_health->snapshots().value(id).endpoint.host;
        if (!m_hosts.contains(host))
            m_hosts << host;
    }
    m_chart->setSource(
        [this] {
            QList<TimeSeries> series;
            for (const QString &id : std::as_const(m_ids)) {
                const HealthSnapshot s = m_health->snapshots().value(id);
                series.append(TimeSeries{s.endpoint.host + u'/' + s.endpoint.service, latencies(id),
                                         2 * std::max<qint64>(s.endpoint.check.interval.count(), 1000) + 1000,
                                         m_health->aggregatedUntil(id), kAggregateGapMs});
            }
            return series;
        },
        tr("Response time: %1").arg(path));
    showHostMetrics();
    showMarkers();
}

const QList<SeriesDecimator::Sample> &DashboardPanel::latencies(const QString &id)
{
    const QList<HealthSample> &history = m_health->history(id);
    QList<SeriesDecimator::Sample> &cache = m_latencies[id];
    // A history that went back in time was replaced: start over.
    if (!cache.isEmpty() && (history.isEmpty() || history.constLast().timeMs < cache.constLast().timeMs))
        cache.clear();
    const qint64 last = cache.isEmpty() ? std::numeric_limits<qint64>::min() : cache.constLast().timeMs;
    qsizetype i = history.size();
    while (i > 0 && history.at(i - 1).timeMs > last)
        --i;
    if (cache.isEmpty())
        cache.reserve(history.size() - i);
    for (; i < history.size(); ++i) {
        if (history.at(i).latencyMs >= 0) // -1: no answer, no response time
            cache.append({history.at(i).timeMs, double(history.at(i).latencyMs)});
    }
    qsizetype drop = 0;
    const qint64 horizon = history.isEmpty() ? std::numeric_limits<qint64>::max() : history.constFirst().timeMs;
    while (drop < cache.size() && cache.at(drop).timeMs < horizon)
        ++drop;
    if (drop > 0)
        cache.remove(0, drop);
    return cache;
}

void DashboardPanel::scheduleMarkers()
{
    if (!m_markerTimer->isActive())
        m_markerTimer->start();
}

void DashboardPanel::showMarkers()
{
    m_markerTimer->stop();
    // An event belongs to the selection when it is about it or about something inside it; events
    // about a whole environment show on everything in that environment; events about a host (no
    // service) show on the host and its services. Compared part by part: this runs over up to
    // kMarkerEvents events and must not build a string for each.
    const QStringList path = m_path.isEmpty() ? QStringList{} : m_path.split(u'/');
    const QString env = path.value(0);
    QList<ChartMarker> markers;
    for (const Event &e : std::as_const(m_events)) {
        if (EventKinds::familyOf(e.kind) == EventFamily::Config)
            continue;
        const QString *parts[] = {&e.environment, &e.host, &e.service};
        bool inside = path.isEmpty();
        if (!inside && path.size() <= 3) {
            inside = true;
            for (qsizetype i = 0; inside && i < path.size(); ++i)
                inside = *parts[i] == path.at(i);
        }
        inside = inside || (e.environment == env && e.host.isEmpty())
                 || (e.service.isEmpty() && !e.host.isEmpty() && path.size() >= 2 && path.at(0) == e.environment
                     && path.at(1) == e.host);
        if (inside)
            markers.append({e.time.toMSecsSinceEpoch(), e.summary});
    }
    m_chart->setMarkers(markers);
    m_hostChart->setMarkers(markers);
}

void DashboardPanel::showHostMetrics()
{
    const int metric = m_hostMetric->currentIndex();
    m_hostChart->setSource(
        [this, metric] {
            QList<TimeSeries> series;
            for (const QString &host : std::as_const(m_hosts)) {
                // The kept list itself (shared, not copied): a chart's samples are the kept form.
                series.append(TimeSeries{host,
                                         m_metrics->history(host, metric == 0 ? HostMetric::Cpu : metric == 1 ? HostMetric::Memory : HostMetric::Disk),
                                         2 * m_metrics->interval().count() + 5000, m_metrics->aggregatedUntil(host), kAggregateGapMs});
            }
            return series;
        },
        tr("%1 of %n host(s)", nullptr, int(m_hosts.size())).arg(m_hostMetric->currentText()));
}

} // namespace opsdeck
