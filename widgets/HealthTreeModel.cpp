#include "HealthTreeModel.h"

#include "ModelRetranslation.h"
#include "StatusColors.h"

#include "health/HealthService.h"
#include "support/DisplayText.h"
#include "support/LocaleFormat.h"

#include <QBrush>
#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QGuiApplication>
#include <QTimer>
#include <QUrl>

namespace opsdeck {

namespace {

QString ageText(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms < 60'000)
        return QCoreApplication::translate("HealthTreeModel", "%1 s ago").arg(ms / 1000);
    if (ms < 3'600'000)
        return QCoreApplication::translate("HealthTreeModel", "%1 min ago").arg(ms / 60'000);
    return QCoreApplication::translate("HealthTreeModel", "%1 h ago").arg(ms / 3'600'000);
}

} // namespace

HealthTreeModel::HealthTreeModel(HealthService *health, QObject *parent)
    : NodeTreeModel(parent), m_health(health), m_flush(new QTimer(this)), m_clock(new QTimer(this))
{
    // Results are applied at most once per frame (~40 ms), whatever their rate.
    m_flush->setSingleShot(true);
    m_flush->setInterval(40);
    connect(m_flush, &QTimer::timeout, this, &HealthTreeModel::flush);
    connect(m_health, &HealthService::updated, this, [this](const HealthSnapshot &s) {
        m_dirty.insert(s.endpoint.id);
        if (!m_flush->isActive())
            m_flush->start();
    });
    connect(m_health, &HealthService::endpointsChanged, this, &HealthTreeModel::rebuild);
    // Ages move on and results go stale even when nothing arrives.
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, [this] {
        // A state that changes here (a result gone stale) moves and filters rows; the ages alone
        // change only what is displayed.
        emitChanged(recomputeAll());
        for (int i = 0; i < nodeCount(); ++i) {
            if (!childrenOf(i).empty())
                Q_EMIT dataChanged(indexOf(childrenOf(i).front(), CheckedColumn), indexOf(childrenOf(i).back(), CheckedColumn), {Qt::DisplayRole});
        }
        if (!roots().empty())
            Q_EMIT dataChanged(indexOf(roots().front(), CheckedColumn), indexOf(roots().back(), CheckedColumn), {Qt::DisplayRole});
    });
    m_clock->start();
    rebuild();
}

void HealthTreeModel::rebuild()
{
    beginResetModel();
    m_nodes.clear();
    clearNodes();
    m_byEndpoint.clear();
    QList<HealthSnapshot> snapshots;
    for (const QString &id : m_health->endpointOrder())
        snapshots.append(m_health->snapshots().value(id));
    QHash<QString, int> envs;
    QHash<QString, int> hosts;
    QHash<QString, int> services;
    auto add = [&](Kind kind, const QString &name, int parent, const QString &path) {
        const int id = addNode(parent);
        Node node;
        node.kind = kind;
        node.name = name;
        node.path = path;
        m_nodes.push_back(node);
        return id;
    };
    for (const HealthSnapshot &s : std::as_const(snapshots)) {
        const HealthEndpoint &e = s.endpoint;
        const QString envPath = e.environment;
        const QString hostPath = envPath + u'/' + e.host;
        const QString servicePath = hostPath + u'/' + e.service;
        if (!envs.contains(envPath))
            envs.insert(envPath, add(Kind::Environment, e.environment, -1, envPath));
        if (!hosts.contains(hostPath))
            hosts.insert(hostPath, add(Kind::Host, e.host, envs.value(envPath), hostPath));
        if (!services.contains(servicePath))
            services.insert(servicePath, add(Kind::Service, e.service, hosts.value(hostPath), servicePath));
        const QUrl url(e.check.url);
        const QString shortName = url.path().isEmpty() ? redactedUrl(e.check.url) : url.path() + (url.hasQuery() ? u'?' + url.query() : QString());
        const int endpoint = add(Kind::Endpoint, shortName, services.value(servicePath), e.id);
        m_nodes[size_t(endpoint)].url = redactedUrl(e.check.url); // shown: never the credentials
        m_nodes[size_t(endpoint)].endpointId = e.id;
        m_byEndpoint.insert(e.id, endpoint);
        for (int n : {hosts.value(hostPath), services.value(servicePath), endpoint})
            m_nodes[size_t(n)].labels = e.labels;
    }
    recomputeAll();
    endResetModel();
}

void HealthTreeModel::flush()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    QSet<int> changed = recomputeAll();
    for (const QString &id : dirty) {
        for (int n = m_byEndpoint.value(id, -1); n >= 0; n = parentOf(n))
            changed.insert(n);
    }
    emitChanged(changed);
    Q_EMIT refreshed();
}

void HealthTreeModel::retranslate()
{
    recomputeAll();
    ModelRetranslation::announce(this);
}

void HealthTreeModel::emitChanged(const QSet<int> &nodes)
{
    for (int n : nodes)
        Q_EMIT dataChanged(indexOf(n), indexOf(n, ColumnCount - 1));
}

namespace {

HealthTreeModel::State stateOf(HealthStatus status, bool stale)
{
    switch (status) {
    case HealthStatus::Pass: return HealthTreeModel::State::Pass;
    case HealthStatus::Warn: return HealthTreeModel::State::Warn;
    case HealthStatus::Fail: return HealthTreeModel::State::Fail;
    case HealthStatus::Unknown: break;
    }
    return stale ? HealthTreeModel::State::NoData : HealthTreeModel::State::Unknown;
}

} // namespace

QSet<int> HealthTreeModel::recomputeAll()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSet<int> changed;
    auto settle = [&](int id, Node &node) {
        const State state = stateOf(node.status, node.stale);
        if (state != node.state)
            changed.insert(id);
        node.state = state;
    };
    // Children come after their parents: walk backwards to roll up.
    for (int id = nodeCount() - 1; id >= 0; --id) {
        Node &node = m_nodes[size_t(id)];
        if (node.kind == Kind::Endpoint) {
            const HealthSnapshot s = m_health->snapshots().value(node.endpointId);
            node.stale = HealthService::isStale(s, now);
            node.status = node.stale ? HealthStatus::Unknown : s.stable;
            node.reason = node.stale ? (s.hasState ? tr("no data: the last result is too old") : tr("no data yet")) : s.last.reason;
            node.latencyMs = s.hasState ? s.last.latencyMs : -1;
            node.ageMs = s.last.checkedAt.isValid() ? now - s.last.checkedAt.toMSecsSinceEpoch() : -1;
            settle(id, node);
            continue;
        }
        node.status = HealthStatus::Pass;
        node.stale = false;
        node.reason.clear();
        node.latencyMs = -1;
        node.ageMs = -1;
        int worstChild = -1;
        for (int c : childrenOf(id)) {
            const Node &child = m_nodes[size_t(c)];
            const HealthStatus before = node.status;
            node.status = worse(node.status, child.status);
            if (worstChild < 0 || node.status != before || (child.status == node.status && node.reason.isEmpty()))
                worstChild = c;
            node.stale = node.stale || child.stale;
            node.latencyMs = std::max(node.latencyMs, child.latencyMs);
            if (child.ageMs >= 0)
                node.ageMs = node.ageMs < 0 ? child.ageMs : std::max(node.ageMs, child.ageMs);
        }
        if (worstChild >= 0 && node.status != HealthStatus::Pass) {
            const Node &child = m_nodes[size_t(worstChild)];
            node.reason = (node.kind == Kind::Service ? QString() : child.name + QStringLiteral(": ")) + child.reason;
        }
        settle(id, node);
    }
    // The overview counts services: what an operator restarts and what alerts name.
    QList<EnvironmentCounts> counts;
    for (int env : roots()) {
        EnvironmentCounts c;
        c.environment = m_nodes[size_t(env)].name;
        for (int host : childrenOf(env)) {
            for (int service : childrenOf(host))
                ++c.services[size_t(m_nodes[size_t(service)].state)];
        }
        counts.append(c);
    }
    if (counts != m_counts) {
        m_counts = counts;
        Q_EMIT countsChanged(); // read by the counts only: safe inside rebuild()'s reset
    }
    return changed;
}

const HealthTreeModel::Node *HealthTreeModel::nodeAt(const QModelIndex &index) const
{
    const int id = nodeId(index);
    return id < 0 ? nullptr : &m_nodes[size_t(id)];
}

QString HealthTreeModel::endpointIdAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->endpointId : QString();
}

QStringList HealthTreeModel::endpointIdsUnder(const QModelIndex &index) const
{
    QStringList ids;
    std::function<void(int)> walk = [&](int n) {
        if (!m_nodes[size_t(n)].endpointId.isEmpty())
            ids << m_nodes[size_t(n)].endpointId;
        for (int c : childrenOf(n))
            walk(c);
    };
    if (const int id = nodeId(index); id >= 0) {
        walk(id);
    } else {
        for (int r : roots())
            walk(r);
    }
    return ids;
}

QString HealthTreeModel::pathAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? node->path : QString();
}

QModelIndex HealthTreeModel::indexForPath(const QString &path) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].path == path)
            return indexOf(int(i));
    }
    return {};
}

int HealthTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QString HealthTreeModel::statusText(HealthStatus status, bool stale)
{
    return stateText(stateOf(status, stale));
}

QString HealthTreeModel::stateText(State state)
{
    switch (state) {
    case State::Fail: return tr("✖ fail");
    case State::Warn: return tr("▲ warn");
    case State::Unknown: return tr("? unknown");
    case State::NoData: return tr("◌ no data");
    case State::Pass: return tr("✔ pass");
    }
    return {};
}

QString HealthTreeModel::stateWord(State state)
{
    switch (state) {
    case State::Fail: return tr("fail");
    case State::Warn: return tr("warn");
    case State::Unknown: return tr("unknown");
    case State::NoData: return tr("no data");
    case State::Pass: return tr("pass");
    }
    return {};
}

QString HealthTreeModel::stateSymbol(State state)
{
    switch (state) {
    case State::Fail: return QStringLiteral("✖");
    case State::Warn: return QStringLiteral("▲");
    case State::Unknown: return QStringLiteral("?");
    case State::NoData: return QStringLiteral("◌");
    case State::Pass: return QStringLiteral("✔");
    }
    return {};
}

QColor HealthTreeModel::stateColor(State state, const QPalette &palette)
{
    switch (state) {
    case State::Pass: return StatusColors::text(StatusColors::Tone::Good, palette);
    case State::Warn: return StatusColors::text(StatusColors::Tone::Warning, palette);
    case State::Fail: return StatusColors::text(StatusColors::Tone::Bad, palette);
    case State::Unknown:
    case State::NoData: break;
    }
    return StatusColors::text(StatusColors::Tone::Muted, palette);
}

QVariant HealthTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    switch (role) {
    case StatusRole: return int(node->status);
    case StateRole: return int(node->state);
    case KindRole: return int(node->kind);
    case LabelsRole: return node->labels;
    default: break;
    }
    if (role == Qt::ForegroundRole && index.column() == StatusColumn)
        return QBrush(stateColor(node->state, QGuiApplication::palette())); // the views repaint on a palette change
    if (role == Qt::AccessibleTextRole && index.column() == StatusColumn)
        return tr("Health: %1").arg(stateWord(node->state));
    // A reason comes from a health body: shown as the text it is, never as rich text.
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn)
        return DisplayText::toolTip(node->reason);
    if (role == Qt::ToolTipRole && index.column() == NameColumn && !node->url.isEmpty())
        return DisplayText::toolTip(node->url);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn: return node->name;
    case StatusColumn: return stateText(node->state);
    case ReasonColumn: return node->reason;
    case LatencyColumn: return node->latencyMs >= 0 ? tr("%1 ms").arg(LocaleFormat::integer(node->latencyMs)) : QString();
    case CheckedColumn: return ageText(node->ageMs);
    default: return {};
    }
}

QVariant HealthTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Environment / host / service");
    case StatusColumn: return tr("Health");
    case ReasonColumn: return tr("Why");
    case LatencyColumn: return tr("Latency");
    case CheckedColumn: return tr("Checked");
    default: return {};
    }
}

} // namespace opsdeck
