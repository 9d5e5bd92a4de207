#include "HealthFilterProxy.h"

#include <algorithm>

namespace opsdeck {

namespace {

HealthTreeModel::Kind kindOf(const QModelIndex &index)
{
    return HealthTreeModel::Kind(index.data(HealthTreeModel::KindRole).toInt());
}

HealthTreeModel::State stateOf(const QModelIndex &index)
{
    return HealthTreeModel::State(index.data(HealthTreeModel::StateRole).toInt());
}

} // namespace

HealthFilterProxy::HealthFilterProxy(HealthTreeModel *source, QObject *parent) : QSortFilterProxyModel(parent)
{
    setSourceModel(source);
    setRecursiveFilteringEnabled(true);
    setDynamicSortFilter(true);
    // Results change the state; ages and other texts change neither the order nor what is shown.
    setSortRole(HealthTreeModel::StateRole);
    setFilterRole(HealthTreeModel::StateRole);
    sort(HealthTreeModel::NameColumn, Qt::AscendingOrder);
}

void HealthFilterProxy::setText(const QString &text)
{
    const FilterQuery query(text);
    if (query == m_query)
        return;
    m_query = query;
    invalidateFilter();
}

void HealthFilterProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

void HealthFilterProxy::setStateFilter(const QString &environment, std::optional<HealthTreeModel::State> state)
{
    if (environment == m_environment && state == m_state)
        return;
    m_environment = environment;
    m_state = state;
    invalidateFilter();
}

bool HealthFilterProxy::statesAccept(const QModelIndex &index, HealthTreeModel::Kind kind) const
{
    if (!m_problemsOnly && !m_state)
        return true;
    // Environments and hosts are shown for what they hold (recursive filtering).
    if (kind == HealthTreeModel::Kind::Environment || kind == HealthTreeModel::Kind::Host)
        return false;
    const QModelIndex service = kind == HealthTreeModel::Kind::Service ? index : index.parent();
    if (m_problemsOnly && !HealthTreeModel::isProblem(stateOf(index)))
        return false;
    if (m_state) {
        if (stateOf(service) != *m_state || service.parent().parent().data().toString() != m_environment)
            return false;
    }
    return true;
}

bool HealthFilterProxy::wordAccepts(const QString &word, const QModelIndex &index) const
{
    if (FilterQuery::wordMatches(word, HealthTreeModel::stateWord(stateOf(index))))
        return true;
    // A host or service that matches brings everything below it.
    for (QModelIndex i = index; i.isValid(); i = i.parent()) {
        const HealthTreeModel::Kind kind = kindOf(i);
        if ((kind == HealthTreeModel::Kind::Host || kind == HealthTreeModel::Kind::Service) && FilterQuery::wordMatches(word, i.data().toString()))
            return true;
    }
    return FilterQuery::wordMatchesAny(word, index.data(HealthTreeModel::LabelsRole).toStringList());
}

bool HealthFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, HealthTreeModel::NameColumn, sourceParent);
    if (!statesAccept(index, kindOf(index)))
        return false;
    const QStringList &words = m_query.words();
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return wordAccepts(word, index); });
}

bool HealthFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = left.data(HealthTreeModel::StateRole).toInt();
    const int r = right.data(HealthTreeModel::StateRole).toInt();
    return l != r ? l < r : left.row() < right.row();
}

} // namespace opsdeck
