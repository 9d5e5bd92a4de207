#include "ChecklistItemModel.h"

#include "support/DisplayText.h"
#include "support/LocaleFormat.h"
#include "StatusColors.h"

#include <QColor>

namespace opsdeck {

ChecklistItemModel::ChecklistItemModel(QObject *parent) : QAbstractItemModel(parent) {}

void ChecklistItemModel::setRun(const ChecklistRun &run)
{
    const bool samePlan = !m_nodes.isEmpty() && run.id == m_run.id && run.planHash == m_run.planHash;
    if (samePlan) {
        m_run = run;
        announceAll();
        return;
    }
    beginResetModel();
    m_run = run;
    build();
    endResetModel();
}

void ChecklistItemModel::setByHand(const QHash<QString, QString> &byHand)
{
    if (byHand == m_byHand)
        return;
    m_byHand = byHand;
    announceAll();
}

void ChecklistItemModel::setViewer(const QString &login)
{
    if (login == m_viewer)
        return;
    m_viewer = login;
    announceAll();
}

void ChecklistItemModel::announceAll()
{
    if (m_nodes.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1)); // top level
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (!m_nodes.at(n).children.isEmpty())
            Q_EMIT dataChanged(indexOfNode(m_nodes.at(n).children.constFirst(), 0),
                               indexOfNode(m_nodes.at(n).children.constLast(), ColumnCount - 1));
    }
}

void ChecklistItemModel::clear()
{
    beginResetModel();
    m_run = {};
    m_nodes.clear();
    m_top.clear();
    endResetModel();
}

void ChecklistItemModel::build()
{
    m_nodes.clear();
    m_top.clear();
    QList<int> open; // the section node open at each level
    const QList<ChecklistSection> &sections = m_run.plan.checklist.sections;
    for (qsizetype s = 0; s < sections.size(); ++s) {
        const int level = qMax(0, qMin(sections.at(s).level, int(open.size())));
        open.resize(level);
        Node section;
        section.section = int(s);
        section.parent = open.isEmpty() ? -1 : open.constLast();
        const int id = int(m_nodes.size());
        QList<int> &siblings = section.parent < 0 ? m_top : m_nodes[section.parent].children;
        section.row = int(siblings.size());
        siblings.append(id);
        m_nodes.append(section);
        for (const ChecklistItem &item : sections.at(s).items) {
            Node leaf;
            leaf.parent = id;
            leaf.item = item.id;
            leaf.row = int(m_nodes[id].children.size());
            m_nodes[id].children.append(int(m_nodes.size()));
            m_nodes.append(leaf);
        }
        open.append(id);
    }
}

QModelIndex ChecklistItemModel::indexOfNode(int node, int column) const
{
    return createIndex(m_nodes.at(node).row, column, quintptr(node));
}

QModelIndex ChecklistItemModel::indexOfItem(const QString &itemId, int column) const
{
    for (qsizetype n = 0; n < m_nodes.size(); ++n) {
        if (m_nodes.at(n).item == itemId)
            return indexOfNode(int(n), column);
    }
    return {};
}

QModelIndex ChecklistItemModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &children = parent.isValid() ? m_nodes.at(int(parent.internalId())).children : m_top;
    if (row >= children.size())
        return {};
    return indexOfNode(children.at(row), column);
}

QModelIndex ChecklistItemModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentNode = m_nodes.at(int(child.internalId())).parent;
    return parentNode < 0 ? QModelIndex() : indexOfNode(parentNode, 0);
}

int ChecklistItemModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_top.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes.at(int(parent.internalId())).children.size());
}

int ChecklistItemModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QPair<int, int> ChecklistItemModel::progress(int node) const
{
    int done = 0;
    int total = 0;
    for (int child : m_nodes.at(node).children) {
        const Node &n = m_nodes.at(child);
        if (n.item.isEmpty()) {
            const auto [d, t] = progress(child);
            done += d;
            total += t;
        } else if (const ChecklistItem *item = m_run.plan.checklist.findItem(n.item); item && item->required) {
            ++total;
            done += m_run.items.value(n.item).done ? 1 : 0;
        }
    }
    return {done, total};
}

QVariant ChecklistItemModel::data(const QModelIndex &index, int role) const
{
    // Tooltips hold stored, host or file text: shown as the text it is (DisplayText::toolTip).
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, DisplayText::kUnescapedToolTipRole).toString());
    if (role == DisplayText::kUnescapedToolTipRole)
        role = Qt::ToolTipRole;
    if (!index.isValid())
        return {};
    const int nodeId = int(index.internalId());
    const Node &node = m_nodes.at(nodeId);
    if (node.item.isEmpty()) {
        if (index.column() != ItemColumn || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
            return {};
        const auto [done, total] = progress(nodeId);
        const QString title = m_run.plan.checklist.sections.at(node.section).title;
        return total == 0 ? title : tr("%1 (%2/%3 required)").arg(title).arg(done).arg(total);
    }
    const ChecklistItem *item = m_run.plan.checklist.findItem(node.item);
    if (!item)
        return {};
    const ItemState state = m_run.items.value(node.item);
    if (role == ItemIdRole)
        return item->id;
    switch (Column(index.column())) {
    case ItemColumn:
        if (role == Qt::CheckStateRole)
            return state.done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::DisplayRole)
            return item->required ? item->text : tr("%1 (optional)").arg(item->text);
        if (role == Qt::ToolTipRole) {
            QStringList lines{item->id};
            if (!item->role.isEmpty())
                lines << tr("Ticked by a holder of the role %1").arg(item->role);
            if (item->evidence.isAutomatic())
                lines << tr("Checked automatically: %1").arg(describeEvidence(item->evidence));
            if (!item->help.isEmpty())
                lines << item->help;
            return lines.join(u'\n');
        }
        break;
    case ByColumn:
        if (role == Qt::DisplayRole)
            return state.doneBy;
        break;
    case WhenColumn:
        if (role == Qt::DisplayRole && state.doneAt.isValid())
            return state.doneAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"));
        if (role == Qt::ToolTipRole && state.doneAt.isValid())
            return LocaleFormat::dateTimeSeconds(state.doneAt.toLocalTime());
        break;
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            const QString byHand = m_byHand.value(item->id);
            if (item->evidence.isAutomatic()) {
                QStringList lines;
                if (state.evidence)
                    lines << (state.evidence->passed ? tr("passed — %1 (recorded by %2 at %3)") : tr("failed — %1 (recorded by %2 at %3)"))
                                 .arg(state.evidence->summary, state.evidence->actor,
                                      state.evidence->recordedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")));
                if (!byHand.isEmpty())
                    lines << tr("checked by hand here: %1").arg(byHand);
                if (lines.isEmpty())
                    lines << tr("automatic: not checked yet");
                if (role == Qt::DisplayRole)
                    return lines.constFirst();
                lines << ownChecksText(state);
                return lines.join(u'\n');
            }
            return state.comment;
        }
        if (role == Qt::ForegroundRole && state.evidence)
            return StatusColors::text(state.evidence->passed ? StatusColors::Tone::Good : StatusColors::Tone::Bad);
        break;
    case ColumnCount: break;
    }
    return {};
}

// For the tooltip: each person's latest own check, the viewer's first (what their signature needs).
QString ChecklistItemModel::ownChecksText(const ItemState &state) const
{
    QStringList lines;
    const auto mine = state.ownChecks.constFind(m_viewer);
    if (!m_viewer.isEmpty()) {
        if (mine == state.ownChecks.cend())
            lines << tr("Your own check: none yet (a signature needs it)");
        else if (!mine->passed)
            lines << tr("Your own check: failed at %1").arg(mine->recordedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")));
        else
            lines << tr("Your own check: passed at %1; it counts for your signature until %2")
                         .arg(mine->recordedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                              mine->recordedAt.addMSecs(ChecklistRun::kOwnCheckWindowMs).toLocalTime().toString(QStringLiteral("HH:mm:ss")));
    }
    QStringList who = state.ownChecks.keys();
    who.sort();
    for (const QString &login : std::as_const(who)) {
        if (login == m_viewer)
            continue;
        const ItemEvidence &check = state.ownChecks[login];
        lines << (check.passed ? tr("%1's own check: passed at %2") : tr("%1's own check: failed at %2"))
                     .arg(login, check.recordedAt.toLocalTime().toString(QStringLiteral("MM-dd HH:mm:ss")));
    }
    return lines.join(u'\n');
}

QVariant ChecklistItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case ItemColumn: return tr("Item");
    case ByColumn: return tr("Done by");
    case WhenColumn: return tr("When");
    case NoteColumn: return tr("Comment or evidence");
    case ColumnCount: break;
    }
    return {};
}

} // namespace opsdeck
