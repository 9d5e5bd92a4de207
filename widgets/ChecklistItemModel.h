#pragma once

// One run's sections and items as a tree: sections (nested by level) with their progress, items with
// whether they are done, by whom and when, and the comment or the evidence found. Read-only: ticking
// goes through the run view's buttons, with a comment. UI thread.

#include "checklist/ChecklistRun.h"

#include <QAbstractItemModel>

namespace opsdeck {

class ChecklistItemModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { ItemColumn, ByColumn, WhenColumn, NoteColumn, ColumnCount };
    enum Role { ItemIdRole = Qt::UserRole + 1 };

    explicit ChecklistItemModel(QObject *parent = nullptr);

    // Keeps the tree when only states changed (same plan), so selection and expansion stay.
    void setRun(const ChecklistRun &run);
    void clear();
    // Automatic items this console does not run (item id -> why): shown as "checked by hand here".
    void setByHand(const QHash<QString, QString> &byHand);
    // Who looks: their own checks of automatic items are shown (a signature needs them).
    void setViewer(const QString &login);
    QModelIndex indexOfItem(const QString &itemId, int column = ItemColumn) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        int parent = -1;         // node index; -1 for top-level sections
        int row = 0;             // among its parent's children
        int section = -1;        // for sections: index into the plan's sections
        QString item;            // for items
        QList<int> children;
    };
    void build();
    void announceAll(); // every cell may have changed (same tree)
    QModelIndex indexOfNode(int node, int column) const;
    QPair<int, int> progress(int node) const; // done, total of the required items below
    QString ownChecksText(const ItemState &state) const;

    ChecklistRun m_run;
    QHash<QString, QString> m_byHand;
    QString m_viewer;
    QList<Node> m_nodes;
    QList<int> m_top;
};

} // namespace opsdeck
