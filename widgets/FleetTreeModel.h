#pragma once

// Environments -> hosts -> services of the configuration in use, as a tree model. Rebuilt as a whole
// when a new configuration is loaded (a reload is rare; identity of rows is by name). UI thread.

#include "config/FleetConfig.h"

#include <QAbstractItemModel>

#include <vector>

namespace opsdeck {

class FleetTreeModel final : public QAbstractItemModel
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

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeType type;
        int environment;
        int host = -1;
        int service = -1;
        int parent = -1; // index into m_nodes, -1 for top level
        int row = 0;
        std::vector<int> children;
    };
    const Node *nodeAt(const QModelIndex &index) const;
    QString pathOf(const Node &node) const;

    FleetConfig m_config;
    std::vector<Node> m_nodes;
    std::vector<int> m_roots;
};

} // namespace opsdeck
