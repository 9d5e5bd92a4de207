#pragma once

// The tree plumbing shared by OpsDeck's tree models: nodes are ids into a flat vector (parents before
// their children), each with its parent, row and children; index(), parent() and rowCount() are
// implemented once here. Subclasses keep their own data per id and implement columnCount() and
// data(). UI thread.

#include <QAbstractItemModel>

#include <vector>

namespace opsdeck {

class NodeTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;

protected:
    // Call between beginResetModel() and endResetModel().
    void clearNodes();
    int addNode(int parent); // -1: top level; returns the new id
    int nodeId(const QModelIndex &index) const; // -1 when invalid or not ours
    int nodeCount() const { return int(m_links.size()); }
    int parentOf(int id) const { return m_links[size_t(id)].parent; }
    const std::vector<int> &childrenOf(int id) const { return m_links[size_t(id)].children; }
    const std::vector<int> &roots() const { return m_roots; }
    QModelIndex indexOf(int id, int column = 0) const;

private:
    struct Links {
        int parent = -1;
        int row = 0;
        std::vector<int> children;
    };
    std::vector<Links> m_links;
    std::vector<int> m_roots;
};

} // namespace opsdeck
