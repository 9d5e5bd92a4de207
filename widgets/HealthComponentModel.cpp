#include "HealthComponentModel.h"

#include "HealthTreeModel.h"
#include "support/DisplayText.h"
#include "StatusColors.h"

#include <QBrush>
#include <QColor>

namespace opsdeck {

HealthComponentModel::HealthComponentModel(QObject *parent) : QAbstractTableModel(parent) {}

void HealthComponentModel::setVerdict(const HealthVerdict &verdict)
{
    QList<HealthComponent> components = verdict.components;
    // Failing first: the reason someone opened this.
    std::stable_sort(components.begin(), components.end(), [](const HealthComponent &a, const HealthComponent &b) {
        return worse(a.status, b.status) == a.status && a.status != b.status;
    });
    beginResetModel();
    m_components = components;
    endResetModel();
}

int HealthComponentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_components.size());
}

int HealthComponentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthComponentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_components.size())
        return {};
    const HealthComponent &c = m_components.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (c.status) {
        case HealthStatus::Pass: return QBrush(StatusColors::text(StatusColors::Tone::Good));
        case HealthStatus::Warn: return QBrush(StatusColors::text(StatusColors::Tone::Warning));
        case HealthStatus::Fail: return QBrush(StatusColors::text(StatusColors::Tone::Bad));
        case HealthStatus::Unknown: return QBrush(StatusColors::text(StatusColors::Tone::Muted));
        }
    }
    // Names and messages come from a health body: a tooltip shows them as the text they are.
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, Qt::DisplayRole).toString());
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ComponentColumn: return c.name;
    case StatusColumn: return HealthTreeModel::statusText(c.status, false);
    case MessageColumn: return c.message;
    default: return {};
    }
}

QVariant HealthComponentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ComponentColumn: return tr("Component");
    case StatusColumn: return tr("Status");
    case MessageColumn: return tr("Message");
    default: return {};
    }
}

} // namespace opsdeck
