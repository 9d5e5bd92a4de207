#include "AlertListModel.h"

#include "support/DisplayText.h"
#include "StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace opsdeck {

AlertListModel::AlertListModel(QObject *parent) : QAbstractTableModel(parent) {}

void AlertListModel::setAlerts(const QList<Alert> &alerts)
{
    beginResetModel();
    m_alerts = alerts;
    endResetModel();
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_alerts.size())
        return {};
    const Alert &a = m_alerts.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == SeverityColumn)
        return QBrush(StatusColors::text(a.severity == AlertSeverity::Critical ? StatusColors::Tone::Bad : StatusColors::Tone::Warning));
    if (role == Qt::ForegroundRole && a.suppressed)
        return QBrush(StatusColors::text(StatusColors::Tone::Muted));
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(a.detail); // host text (a mount, a unit, a health reason) as the text it is
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case SeverityColumn:
        return a.severity == AlertSeverity::Critical ? tr("✖ critical") : tr("▲ warning");
    case TitleColumn: return a.title;
    case DetailColumn: return a.detail;
    case CauseColumn: return a.suppressed ? tr("suppressed: %1").arg(a.cause) : a.cause;
    case SinceColumn: return QLocale().toString(a.since.toLocalTime(), QLocale::ShortFormat);
    case AcknowledgedColumn:
        return a.acknowledgedAt.isValid() ? tr("%1, %2").arg(a.acknowledgedBy, QLocale().toString(a.acknowledgedAt.toLocalTime().time(), QLocale::ShortFormat))
                                          : QString();
    default: return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn: return tr("Severity");
    case TitleColumn: return tr("Alert");
    case DetailColumn: return tr("Why");
    case CauseColumn: return tr("Cause");
    case SinceColumn: return tr("Since");
    case AcknowledgedColumn: return tr("Acknowledged");
    default: return {};
    }
}

} // namespace opsdeck
