#include "NodeTreeModel.h"

namespace opsdeck {

void NodeTreeModel::clearNodes()
{
    m_links.clear();
    m_roots.clear();
}

int NodeTreeModel::addNode(int parent)
{
    const int id = int(m_links.size());
    const int row = int(parent < 0 ? m_roots.size() : m_links[size_t(parent)].children.size());
    m_links.push_back({parent, row, {}});
    // Only now take the sibling list: push_back above may have moved every node.
    (parent < 0 ? m_roots : m_links[size_t(parent)].children).push_back(id);
    return id;
}

int NodeTreeModel::nodeId(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.internalId() >= m_links.size())
        return -1;
    return int(index.internalId());
}

QModelIndex NodeTreeModel::indexOf(int id, int column) const
{
    return createIndex(m_links[size_t(id)].row, column, quintptr(id));
}

QModelIndex NodeTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const int parentId = nodeId(parent);
    if (parent.isValid() && parentId < 0)
        return {};
    const std::vector<int> &children = parentId < 0 ? m_roots : m_links[size_t(parentId)].children;
    if (row >= int(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[size_t(row)]));
}

QModelIndex NodeTreeModel::parent(const QModelIndex &child) const
{
    const int id = nodeId(child);
    if (id < 0 || m_links[size_t(id)].parent < 0)
        return {};
    return indexOf(m_links[size_t(id)].parent);
}

int NodeTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const int id = nodeId(parent);
    return id < 0 ? 0 : int(m_links[size_t(id)].children.size());
}

} // namespace opsdeck
