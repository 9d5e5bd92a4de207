#pragma once

// A run's signatures, ended ones included (revoked or voided, with why), and the roles still to sign.
// UI thread.

#include "checklist/ChecklistRun.h"

#include <QAbstractTableModel>

namespace opsdeck {

class ChecklistSignatureModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { RoleColumn, SignerColumn, SignedColumn, PlanColumn, StateColumn, ColumnCount };
    enum Role { SignatureIdRole = Qt::UserRole + 1 };

    explicit ChecklistSignatureModel(QObject *parent = nullptr);

    void setRun(const ChecklistRun &run);
    const Signature *signature(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ChecklistRun m_run;
};

} // namespace opsdeck
