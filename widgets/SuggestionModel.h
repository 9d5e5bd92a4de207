#pragma once

// Events suggested for an incident, most relevant first, with why (IncidentSuggestions). The first
// column holds the one-click Attach button the panel puts there. UI thread.

#include "timeline/IncidentSuggestions.h"

#include <QAbstractTableModel>

namespace opsdeck {

class SuggestionModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AttachColumn, TimeColumn, KindColumn, TargetColumn, SummaryColumn, WhyColumn, ColumnCount };

    explicit SuggestionModel(QObject *parent = nullptr);
    void setSuggestions(const QList<IncidentSuggestion> &suggestions);
    const IncidentSuggestion &suggestionAt(int row) const { return m_suggestions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<IncidentSuggestion> m_suggestions;
};

} // namespace opsdeck
