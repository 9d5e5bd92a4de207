#include "ChecklistSignatureModel.h"

#include "support/DisplayText.h"
#include "support/LocaleFormat.h"
#include "StatusColors.h"

#include <QColor>

namespace opsdeck {

ChecklistSignatureModel::ChecklistSignatureModel(QObject *parent) : QAbstractTableModel(parent) {}

void ChecklistSignatureModel::setRun(const ChecklistRun &run)
{
    beginResetModel();
    m_run = run;
    endResetModel();
}

const Signature *ChecklistSignatureModel::signature(int row) const
{
    return row >= 0 && row < m_run.signatures.size() ? &m_run.signatures.at(row) : nullptr;
}

int ChecklistSignatureModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run.signatures.size());
}

int ChecklistSignatureModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistSignatureModel::data(const QModelIndex &index, int role) const
{
    // Tooltips hold stored, host or file text: shown as the text it is (DisplayText::toolTip).
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, DisplayText::kUnescapedToolTipRole).toString());
    if (role == DisplayText::kUnescapedToolTipRole)
        role = Qt::ToolTipRole;
    const Signature *s = index.isValid() ? signature(index.row()) : nullptr;
    if (!s)
        return {};
    if (role == SignatureIdRole)
        return s->eventId;
    if (role == Qt::ForegroundRole && !s->isActive())
        return StatusColors::text(StatusColors::Tone::Muted);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case RoleColumn: {
        const SignoffRole *r = m_run.plan.checklist.findRole(s->role);
        return r ? r->name : s->role;
    }
    case SignerColumn: return s->signer;
    case SignedColumn: return LocaleFormat::dateTimeSeconds(s->signedAt.toLocalTime());
    case PlanColumn: return role == Qt::ToolTipRole ? s->planHash : s->planHash.left(12);
    case StateColumn:
        switch (s->end) {
        case Signature::End::Active: return s->comment.isEmpty() ? tr("valid") : tr("valid — %1").arg(s->comment);
        case Signature::End::Revoked: return tr("revoked by %1: %2").arg(s->endedBy, s->endReason);
        case Signature::End::Voided: return tr("voided: %1").arg(s->endReason);
        }
        break;
    case ColumnCount: break;
    }
    return {};
}

QVariant ChecklistSignatureModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case RoleColumn: return tr("Role");
    case SignerColumn: return tr("Signer");
    case SignedColumn: return tr("Signed");
    case PlanColumn: return tr("Plan");
    case StateColumn: return tr("State");
    case ColumnCount: break;
    }
    return {};
}

} // namespace opsdeck
