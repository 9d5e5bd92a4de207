#pragma once

// Every (environment, host, service) of the configuration with its last known systemd state and the
// last action's outcome. Rows come from the configuration; states arrive from refreshes. Gives the
// Services filter (OverviewFilterProxy) each row's terms and whether it is a problem (its unit is not
// active, or its host could not be asked). UI thread.

#include "config/FleetConfig.h"
#include "ops/UnitState.h"
#include "store/Event.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <optional>

namespace opsdeck {

class ServiceStateModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { EnvironmentColumn, HostColumn, ServiceColumn, UnitColumn, ActiveColumn, SubColumn, PidColumn,
                  SinceColumn, LockColumn, LastActionColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1 };

    struct Row {
        QString environment;
        QString host;
        ServiceConfig service;
        QStringList labels; // the host's
        UnitState state;
        QString error;       // the host could not be asked
        QDateTime refreshed;
        QString lastAction;  // "restart succeeded: unit active (PID 42), health passing"
        std::optional<ActionLock> lock; // held by any console of the store
        bool busy = false;   // an action runs on it
    };

    explicit ServiceStateModel(QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);
    // A host's refresh: the states of its units, or why they could not be read.
    void setHostStates(const QString &host, const QHash<QString, UnitState> &states, const QString &error);
    void setLastAction(const QString &host, const QString &service, const QString &text, bool busy);
    // The store's current locks; targets are "environment/host/service".
    void setLocks(const QList<ActionLock> &locks);

    const Row &row(int index) const { return m_rows.at(index); }
    // What the Services filter holds against a row: environment, host, service, unit, the host's
    // labels, the state (word and systemd's states) and a lock's holder.
    QStringList terms(int index) const;
    // Anything but an active unit read from its host: failed, inactive, not found, unreachable, not read yet.
    bool isProblem(int index) const;
    int findRow(const QString &host, const QString &service) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};

} // namespace opsdeck
