#pragma once

// Environments -> hosts -> services of the configuration in use, as a tree model. Rebuilt as a whole
// when a new configuration is loaded (a reload is rare; identity of rows is by name). Knows each host's
// reachability, for the Fleet filter (OverviewFilterProxy): a host that is unreachable or being retried
// is a problem, and so are its services; the state's word is searchable. UI thread.

#include "config/FleetConfig.h"
#include "metrics/ReachabilityTracker.h"

#include "NodeTreeModel.h"

#include <QHash>

#include <vector>

namespace opsdeck {

class FleetTreeModel final : public NodeTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, TargetColumn, ColumnCount };
    enum class NodeType { Environment, Host, Service };
    enum Role { NodeTypeRole = Qt::UserRole + 1, PathRole };

    explicit FleetTreeModel(QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);
    const FleetConfig &config() const { return m_config; }

    // The configuration entries behind an index (nullptr where not applicable).
    const EnvironmentConfig *environmentAt(const QModelIndex &index) const;
    const HostConfig *hostAt(const QModelIndex &index) const;
    const ServiceConfig *serviceAt(const QModelIndex &index) const;
    // "production/web-1/web" -> its index, for restoring the selection after a reload.
    QModelIndex indexForPath(const QString &path) const;
    // The host's reachability changed: its row and its services' rows change (nothing is rebuilt).
    void setReachability(const QString &host, Reachability reachability);
    static QString reachabilityWord(Reachability reachability); // "unreachable", "retrying" …
    static bool isProblem(Reachability reachability);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node { // per node id (NodeTreeModel)
        NodeType type;
        int environment;
        int host = -1;
        int service = -1;
    };
    const Node *nodeAt(const QModelIndex &index) const;
    QString pathOf(const Node &node) const;
    QStringList termsOf(const Node &node) const;
    Reachability reachabilityOf(const Node &node) const;

    FleetConfig m_config;
    std::vector<Node> m_nodes;
    QHash<QString, QList<int>> m_hostNodes; // host name -> its node ids (one per environment it is in)
    QHash<QString, Reachability> m_reachability;
};

} // namespace opsdeck
