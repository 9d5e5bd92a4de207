#include "ModelRetranslation.h"

#include <QAbstractItemModel>

namespace opsdeck::ModelRetranslation {

namespace {

void announceRows(QAbstractItemModel *model, const QModelIndex &parent)
{
    const int rows = model->rowCount(parent);
    const int columns = model->columnCount(parent);
    if (rows <= 0 || columns <= 0)
        return;
    Q_EMIT model->dataChanged(model->index(0, 0, parent), model->index(rows - 1, columns - 1, parent));
    for (int row = 0; row < rows; ++row) {
        const QModelIndex child = model->index(row, 0, parent);
        if (model->hasChildren(child))
            announceRows(model, child);
    }
}

} // namespace

void announce(QAbstractItemModel *model)
{
    if (const int columns = model->columnCount(); columns > 0)
        Q_EMIT model->headerDataChanged(Qt::Horizontal, 0, columns - 1);
    if (const int rows = model->rowCount(); rows > 0)
        Q_EMIT model->headerDataChanged(Qt::Vertical, 0, rows - 1);
    announceRows(model, {});
}

} // namespace opsdeck::ModelRetranslation
