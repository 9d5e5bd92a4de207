#pragma once

// The Dashboard's view of the health tree: problems first (fail, warn, unknown, no data, then pass; the
// configuration's order among equals), narrowed by the filter box (every word must match a host,
// service or label of the row or above it, or the row's own state), by "problems only" and by an
// environment's state count. Services are what the state filters choose; a row is shown when it or
// anything below it is chosen (recursive filtering). Sorts and filters as results arrive, without
// rebuilding. The words are matched by the overviews' shared rule (FilterQuery). UI thread.

#include "FilterQuery.h"
#include "HealthTreeModel.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace opsdeck {

class HealthFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit HealthFilterProxy(HealthTreeModel *source, QObject *parent = nullptr);

    void setText(const QString &text);
    void setProblemsOnly(bool on);
    // Only the services of this environment in this state; nullopt: no such filter.
    void setStateFilter(const QString &environment, std::optional<HealthTreeModel::State> state);
    bool problemsOnly() const { return m_problemsOnly; }
    bool isFiltering() const { return !m_query.isEmpty() || m_problemsOnly || m_state.has_value(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    bool statesAccept(const QModelIndex &index, HealthTreeModel::Kind kind) const;
    bool wordAccepts(const QString &word, const QModelIndex &index) const;

    FilterQuery m_query;
    bool m_problemsOnly = false;
    QString m_environment;
    std::optional<HealthTreeModel::State> m_state;
};

} // namespace opsdeck
