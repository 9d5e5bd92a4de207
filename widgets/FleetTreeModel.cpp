#include "FleetTreeModel.h"

#include "OverviewFilterProxy.h"

#include "support/DisplayText.h"

#include <QIcon>

namespace opsdeck {

FleetTreeModel::FleetTreeModel(QObject *parent) : NodeTreeModel(parent) {}

void FleetTreeModel::setConfig(const FleetConfig &config)
{
    beginResetModel();
    m_config = config;
    m_nodes.clear();
    m_hostNodes.clear();
    clearNodes();
    for (int e = 0; e < int(m_config.environments.size()); ++e) {
        const int envNode = addNode(-1);
        m_nodes.push_back({NodeType::Environment, e});
        const auto &hosts = m_config.environments.at(e).hosts;
        for (int h = 0; h < int(hosts.size()); ++h) {
            const int hostNode = addNode(envNode);
            m_nodes.push_back({NodeType::Host, e, h});
            m_hostNodes[hosts.at(h).name].append(hostNode);
            for (int s = 0; s < int(hosts.at(h).services.size()); ++s) {
                addNode(hostNode);
                m_nodes.push_back({NodeType::Service, e, h, s});
            }
        }
    }
    endResetModel();
}

const FleetTreeModel::Node *FleetTreeModel::nodeAt(const QModelIndex &index) const
{
    const int id = nodeId(index);
    return id < 0 ? nullptr : &m_nodes[size_t(id)];
}

const EnvironmentConfig *FleetTreeModel::environmentAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    return node ? &m_config.environments.at(node->environment) : nullptr;
}

const HostConfig *FleetTreeModel::hostAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node || node->host < 0)
        return nullptr;
    return &m_config.environments.at(node->environment).hosts.at(node->host);
}

const ServiceConfig *FleetTreeModel::serviceAt(const QModelIndex &index) const
{
    const Node *node = nodeAt(index);
    if (!node || node->service < 0)
        return nullptr;
    return &m_config.environments.at(node->environment).hosts.at(node->host).services.at(node->service);
}

QString FleetTreeModel::pathOf(const Node &node) const
{
    const auto &env = m_config.environments.at(node.environment);
    QString path = env.name;
    if (node.host >= 0)
        path += u'/' + env.hosts.at(node.host).name;
    if (node.service >= 0)
        path += u'/' + env.hosts.at(node.host).services.at(node.service).name;
    return path;
}

QModelIndex FleetTreeModel::indexForPath(const QString &path) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (pathOf(m_nodes[i]) == path)
            return indexOf(int(i));
    }
    return {};
}

void FleetTreeModel::setReachability(const QString &host, Reachability reachability)
{
    if (m_reachability.value(host, Reachability::Unknown) == reachability)
        return;
    m_reachability.insert(host, reachability);
    for (const int id : m_hostNodes.value(host)) {
        Q_EMIT dataChanged(indexOf(id, NameColumn), indexOf(id, ColumnCount - 1));
        const auto &children = childrenOf(id);
        if (!children.empty())
            Q_EMIT dataChanged(indexOf(children.front(), NameColumn), indexOf(children.back(), ColumnCount - 1));
    }
}

QString FleetTreeModel::reachabilityWord(Reachability reachability)
{
    switch (reachability) {
    case Reachability::Unknown: return tr("not tried yet");
    case Reachability::Reachable: return tr("reachable");
    case Reachability::Retrying: return tr("retrying");
    case Reachability::Unreachable: return tr("unreachable");
    }
    return {};
}

bool FleetTreeModel::isProblem(Reachability reachability)
{
    return reachability == Reachability::Retrying || reachability == Reachability::Unreachable;
}

Reachability FleetTreeModel::reachabilityOf(const Node &node) const
{
    if (node.host < 0)
        return Reachability::Unknown;
    return m_reachability.value(m_config.environments.at(node.environment).hosts.at(node.host).name, Reachability::Unknown);
}

QStringList FleetTreeModel::termsOf(const Node &node) const
{
    const EnvironmentConfig &env = m_config.environments.at(node.environment);
    if (node.type == NodeType::Environment)
        return {env.name};
    // A service is found by its host's name, labels and state as well ("host-003 web", "canary failed").
    const HostConfig &host = env.hosts.at(node.host);
    QStringList terms{host.name, host.address, reachabilityWord(reachabilityOf(node))};
    terms += host.labels;
    if (node.type == NodeType::Service)
        terms << host.services.at(node.service).name << host.services.at(node.service).unit;
    return terms;
}

int FleetTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant FleetTreeModel::data(const QModelIndex &index, int role) const
{
    // Tooltips hold stored, host or file text: shown as the text it is (DisplayText::toolTip).
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, DisplayText::kUnescapedToolTipRole).toString());
    if (role == DisplayText::kUnescapedToolTipRole)
        role = Qt::ToolTipRole;
    const Node *node = nodeAt(index);
    if (!node)
        return {};
    const auto &env = m_config.environments.at(node->environment);
    switch (role) {
    case NodeTypeRole:
        return int(node->type);
    case PathRole:
        return pathOf(*node);
    case OverviewFilterProxy::TermsRole:
        return termsOf(*node);
    case OverviewFilterProxy::ProblemRole:
        return node->type != NodeType::Environment && isProblem(reachabilityOf(*node));
    case Qt::DecorationRole:
        if (index.column() != NameColumn)
            return {};
        switch (node->type) {
        case NodeType::Environment: return QIcon::fromTheme(QStringLiteral("folder-cloud"), QIcon::fromTheme(QStringLiteral("folder")));
        case NodeType::Host: return QIcon::fromTheme(QStringLiteral("computer"));
        case NodeType::Service: return QIcon::fromTheme(QStringLiteral("system-run"));
        }
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    if (node->type == NodeType::Environment) {
        if (index.column() == NameColumn)
            return env.name;
        return tr("%n host(s)", nullptr, int(env.hosts.size()));
    }
    const HostConfig &host = env.hosts.at(node->host);
    if (node->type == NodeType::Host) {
        if (index.column() == NameColumn)
            return host.name;
        QString target = host.user + u'@' + host.address;
        if (host.port != 22)
            target += u':' + QString::number(host.port);
        return host.jumpHost.isEmpty() ? target : tr("%1 via %2").arg(target, host.jumpHost);
    }
    const ServiceConfig &service = host.services.at(node->service);
    if (index.column() == NameColumn)
        return service.name;
    return service.unit;
}

QVariant FleetTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case TargetColumn: return tr("Target");
    default: return {};
    }
}

} // namespace opsdeck
