#pragma once

// The filter of an overview area other than the Dashboard (Services, Fleet): the source model gives each
// row, in its first column, the terms the filter box searches (TermsRole: host, service, environment,
// labels, state word …) and whether the row is a problem (ProblemRole). A row is shown when every word
// matches one of its terms (FilterQuery, the Dashboard's rule) and, with "problems only", when it is a
// problem. In a tree a row is shown when it or something below it is (recursive filtering), and a row
// that is shown brings the rows below it (a host brings its services). Results that arrive re-filter
// only the rows they change, never the whole model. UI thread.

#include "FilterQuery.h"

#include <QSortFilterProxyModel>

namespace opsdeck {

class OverviewFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        TermsRole = Qt::UserRole + 64, // QStringList
        ProblemRole,                   // bool
    };

    explicit OverviewFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setProblemsOnly(bool on);
    bool problemsOnly() const { return m_problemsOnly; }
    bool isFiltering() const { return !m_query.isEmpty() || m_problemsOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    FilterQuery m_query;
    bool m_problemsOnly = false;
};

} // namespace opsdeck
