#include "ChecklistRunListModel.h"

#include "support/DisplayText.h"
#include "support/LocaleFormat.h"
#include "StatusColors.h"

#include <QColor>

namespace opsdeck {

ChecklistRunListModel::ChecklistRunListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChecklistRunListModel::setRuns(const QList<ChecklistRun> &runs, const QDateTime &now)
{
    beginResetModel();
    m_runs = runs;
    m_now = now;
    endResetModel();
}

int ChecklistRunListModel::rowOf(const QString &runId) const
{
    for (qsizetype i = 0; i < m_runs.size(); ++i) {
        if (m_runs.at(i).id == runId)
            return int(i);
    }
    return -1;
}

int ChecklistRunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int ChecklistRunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistRunListModel::data(const QModelIndex &index, int role) const
{
    // Tooltips hold stored, host or file text: shown as the text it is (DisplayText::toolTip).
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, DisplayText::kUnescapedToolTipRole).toString());
    if (role == DisplayText::kUnescapedToolTipRole)
        role = Qt::ToolTipRole;
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const ChecklistRun &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    const RunStatus status = run.status(m_now);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn) {
        switch (status) {
        case RunStatus::Signed: return StatusColors::text(StatusColors::Tone::Good);
        case RunStatus::Expired:
        case RunStatus::Voided: return StatusColors::text(StatusColors::Tone::Bad);
        case RunStatus::InProgress:
        case RunStatus::ReadyToSign: return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const int required = run.plan.checklist.requiredCount();
    switch (Column(index.column())) {
    case ReleaseColumn: return QStringLiteral("%1 %2").arg(run.plan.environment, run.plan.version);
    case ChecklistColumn: return run.plan.checklist.name;
    case StatusColumn: return runStatusName(status);
    case ProgressColumn:
        return tr("%1/%2 required, %3 signed").arg(required - run.pendingRequired().size()).arg(required).arg(run.activeSignatures());
    case StartedColumn: return tr("%1 by %2").arg(LocaleFormat::dateTime(run.startedAt.toLocalTime()), run.creator);
    case RunColumn: return role == Qt::ToolTipRole ? run.id : run.id.left(8);
    case ColumnCount: break;
    }
    return {};
}

QVariant ChecklistRunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ReleaseColumn: return tr("Release");
    case ChecklistColumn: return tr("Checklist");
    case StatusColumn: return tr("Status");
    case ProgressColumn: return tr("Progress");
    case StartedColumn: return tr("Started");
    case RunColumn: return tr("Run");
    case ColumnCount: break;
    }
    return {};
}

} // namespace opsdeck
