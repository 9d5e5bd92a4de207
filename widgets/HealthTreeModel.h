#pragma once

// Environments -> hosts -> services -> health endpoints with their debounced status, rolled up (the
// worst child wins and names itself in "Why"), latency and the age of the last result. A result that
// is too old shows as "no data", never as healthy. Updates are coalesced to one pass per ~40 ms.
// UI thread.

#include "health/HealthVerdict.h"

#include "NodeTreeModel.h"

#include <QHash>
#include <QSet>

#include <vector>

class QTimer;

namespace opsdeck {

class HealthService;

class HealthTreeModel final : public NodeTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ReasonColumn, LatencyColumn, CheckedColumn, ColumnCount };
    enum Role { StatusRole = Qt::UserRole + 1 };

    explicit HealthTreeModel(HealthService *health, QObject *parent = nullptr);

    QString endpointIdAt(const QModelIndex &index) const;        // empty unless an endpoint row
    QStringList endpointIdsUnder(const QModelIndex &index) const; // every endpoint below (all for invalid)
    QString pathAt(const QModelIndex &index) const;
    QModelIndex indexForPath(const QString &path) const;
    static QString statusText(HealthStatus status, bool stale);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void refreshed(); // after a coalesced batch of results was applied

private:
    enum class Kind { Environment, Host, Service, Endpoint };
    struct Node { // per node id (NodeTreeModel)
        Kind kind = Kind::Environment;
        QString name;
        QString path;
        QString endpointId;
        QString url;
        HealthStatus status = HealthStatus::Unknown;
        bool stale = true;
        QString reason;
        qint64 latencyMs = -1;
        qint64 ageMs = -1;
    };
    void rebuild();
    void flush();
    void recomputeAll();
    const Node *nodeAt(const QModelIndex &index) const;

    HealthService *m_health;
    QTimer *m_flush;
    QTimer *m_clock;
    std::vector<Node> m_nodes;
    QHash<QString, int> m_byEndpoint;
    QSet<QString> m_dirty;
};

} // namespace opsdeck
