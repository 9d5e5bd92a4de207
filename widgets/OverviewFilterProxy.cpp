#include "OverviewFilterProxy.h"

namespace opsdeck {

OverviewFilterProxy::OverviewFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setAutoAcceptChildRows(true);
    setDynamicSortFilter(true);
}

void OverviewFilterProxy::setText(const QString &text)
{
    const FilterQuery query(text);
    if (query == m_query)
        return;
    m_query = query;
    invalidateFilter();
}

void OverviewFilterProxy::setProblemsOnly(bool on)
{
    if (on == m_problemsOnly)
        return;
    m_problemsOnly = on;
    invalidateFilter();
}

bool OverviewFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!isFiltering())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_problemsOnly && !index.data(ProblemRole).toBool())
        return false;
    return m_query.matches(index.data(TermsRole).toStringList());
}

} // namespace opsdeck
