#pragma once

// The command palette (Ctrl+K): a filter line over CommandPaletteModel's entries. Typing narrows and
// ranks them; Up/Down/Page Up/Page Down move in the list while typing; Enter (or a double click) closes
// it and emits chosen() for the current entry; Esc closes it and nothing happens. It only says what was
// chosen: the window goes there or opens the action's own guarded confirmation — nothing runs from
// here. Shown with open(), never exec(). UI thread.

#include "CommandPaletteModel.h"

#include <QDialog>

class QLineEdit;
class QTreeView;

namespace opsdeck {

class CommandPalette final : public QDialog
{
    Q_OBJECT
public:
    CommandPalette(QList<PaletteEntry> entries, QWidget *parent = nullptr);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *list() const { return m_list; }
    CommandPaletteModel *model() const { return m_model; }

Q_SIGNALS:
    void chosen(const opsdeck::PaletteEntry &entry);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &index);
    void queryChanged(const QString &text);

    CommandPaletteModel *m_model;
    QLineEdit *m_filter;
    QTreeView *m_list;
};

} // namespace opsdeck
