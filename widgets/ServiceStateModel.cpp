#include "ServiceStateModel.h"

#include "OverviewFilterProxy.h"

#include "support/DisplayText.h"
#include "StatusColors.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace opsdeck {

ServiceStateModel::ServiceStateModel(QObject *parent) : QAbstractTableModel(parent) {}

void ServiceStateModel::setConfig(const FleetConfig &config)
{
    QList<Row> rows;
    for (const EnvironmentConfig &env : config.environments) {
        for (const HostConfig &host : env.hosts) {
            for (const ServiceConfig &service : host.services) {
                Row row{env.name, host.name, service, host.labels, {}, {}, {}, {}, {}, false};
                // Keep what we knew about rows that survive a reload.
                if (const int old = findRow(host.name, service.name); old >= 0 && m_rows.at(old).service.unit == service.unit) {
                    row.state = m_rows.at(old).state;
                    row.refreshed = m_rows.at(old).refreshed;
                    row.lastAction = m_rows.at(old).lastAction;
                    row.busy = m_rows.at(old).busy;
                }
                rows.append(row);
            }
        }
    }
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int ServiceStateModel::findRow(const QString &host, const QString &service) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).host == host && m_rows.at(i).service.name == service)
            return i;
    }
    return -1;
}

void ServiceStateModel::setHostStates(const QString &host, const QHash<QString, UnitState> &states, const QString &error)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.host != host)
            continue;
        row.error = error;
        if (error.isEmpty()) {
            row.state = states.value(row.service.unit);
            row.refreshed = QDateTime::currentDateTimeUtc();
        }
        Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
    }
}

void ServiceStateModel::setLastAction(const QString &host, const QString &service, const QString &text, bool busy)
{
    const int i = findRow(host, service);
    if (i < 0)
        return;
    m_rows[i].lastAction = text;
    m_rows[i].busy = busy;
    Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
}

void ServiceStateModel::setLocks(const QList<ActionLock> &locks)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const QString target = row.environment + u'/' + row.host + u'/' + row.service.name;
        std::optional<ActionLock> lock;
        for (const ActionLock &l : locks) {
            if (l.target == target)
                lock = l;
        }
        const bool changed = lock.has_value() != row.lock.has_value()
                             || (lock && (lock->holder != row.lock->holder || lock->acquiredAt != row.lock->acquiredAt));
        row.lock = lock;
        if (changed)
            Q_EMIT dataChanged(index(i, LockColumn), index(i, LockColumn));
    }
}

int ServiceStateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ServiceStateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServiceStateModel::data(const QModelIndex &index, int role) const
{
    // Tooltips hold stored, host or file text: shown as the text it is (DisplayText::toolTip).
    if (role == Qt::ToolTipRole)
        return DisplayText::toolTip(data(index, DisplayText::kUnescapedToolTipRole).toString());
    if (role == DisplayText::kUnescapedToolTipRole)
        role = Qt::ToolTipRole;
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const UnitState &s = row.state;
    if (role == Qt::ForegroundRole && index.column() == ActiveColumn) {
        if (!row.error.isEmpty() || s.activeState == QLatin1String("failed"))
            return QBrush(StatusColors::text(StatusColors::Tone::Bad));
        if (s.isActive())
            return QBrush(StatusColors::text(StatusColors::Tone::Good));
        return QBrush(StatusColors::text(StatusColors::Tone::Warning));
    }
    if (role == Qt::ToolTipRole) {
        if (!row.error.isEmpty())
            return row.error;
        if (index.column() == LastActionColumn)
            return row.lastAction;
        if (index.column() == LockColumn && row.lock)
            return tr("Locked by %1 on %2 since %3 (until %4): %5")
                .arg(row.lock->holder, row.lock->console,
                     QLocale().toString(row.lock->acquiredAt.toLocalTime(), QLocale::ShortFormat),
                     QLocale().toString(row.lock->expiresAt.toLocalTime().time(), QLocale::ShortFormat), row.lock->reason);
        if (row.refreshed.isValid())
            return tr("Read at %1").arg(QLocale().toString(row.refreshed.toLocalTime(), QLocale::ShortFormat));
        return {};
    }
    if (role == OverviewFilterProxy::TermsRole)
        return terms(index.row());
    if (role == OverviewFilterProxy::ProblemRole)
        return isProblem(index.row());
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case EnvironmentColumn: return row.environment;
    case HostColumn: return row.host;
    case ServiceColumn: return row.service.name;
    case UnitColumn: return row.service.unit;
    case ActiveColumn:
        // Text as well as colour: readable without colour.
        if (!row.error.isEmpty())
            return tr("✖ unreachable");
        if (s.activeState.isEmpty())
            return row.refreshed.isValid() ? tr("? unknown") : tr("… not read yet");
        if (!s.exists())
            return tr("✖ not found");
        if (s.isActive())
            return tr("● active");
        if (s.activeState == QLatin1String("failed"))
            return tr("✖ failed");
        return tr("○ %1").arg(s.activeState);
    case SubColumn: return s.subState;
    case PidColumn:
        if (role == SortRole)
            return s.mainPid;
        return s.mainPid ? QString::number(s.mainPid) : QString();
    case SinceColumn:
        if (role == SortRole)
            return s.since;
        return s.since.isValid() ? QLocale().toString(s.since.toLocalTime(), QLocale::ShortFormat) : QString();
    case LockColumn: {
        if (!row.lock)
            return QString();
        const qint64 minutes = row.lock->acquiredAt.secsTo(QDateTime::currentDateTimeUtc()) / 60;
        return tr("🔒 %1, %n min: %2", nullptr, int(minutes)).arg(row.lock->holder, row.lock->reason);
    }
    case LastActionColumn: return row.busy ? tr("⏳ %1").arg(row.lastAction) : row.lastAction;
    default: return {};
    }
}

QStringList ServiceStateModel::terms(int index) const
{
    const Row &row = m_rows.at(index);
    QStringList out{row.environment, row.host, row.service.name, row.service.unit};
    out += row.labels;
    out << data(this->index(index, ActiveColumn)).toString() << row.state.activeState << row.state.subState;
    if (row.lock)
        out << row.lock->holder;
    return out;
}

bool ServiceStateModel::isProblem(int index) const
{
    const Row &row = m_rows.at(index);
    return !row.error.isEmpty() || !row.state.isActive();
}

QVariant ServiceStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case EnvironmentColumn: return tr("Environment");
    case HostColumn: return tr("Host");
    case ServiceColumn: return tr("Service");
    case UnitColumn: return tr("Unit");
    case ActiveColumn: return tr("State");
    case SubColumn: return tr("Sub-state");
    case PidColumn: return tr("PID");
    case SinceColumn: return tr("Since");
    case LockColumn: return tr("Lock");
    case LastActionColumn: return tr("Last action");
    default: return {};
    }
}

} // namespace opsdeck
