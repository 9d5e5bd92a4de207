#pragma once

// Environments -> hosts -> services -> health endpoints with their debounced status, rolled up (the
// worst child wins and names itself in "Why"), latency and the age of the last result. A result that
// is too old shows as "no data", never as healthy. Updates are coalesced to one pass per ~40 ms and
// never rebuild the tree (only a configuration that changes the fleet does). Counts the services of
// each environment by state for the Dashboard's overview. UI thread.

#include "health/HealthVerdict.h"

#include "NodeTreeModel.h"

#include <QColor>
#include <QPalette>
#include <QHash>
#include <QSet>

#include <array>
#include <vector>

class QTimer;

namespace opsdeck {

class HealthService;

class HealthTreeModel final : public NodeTreeModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, ReasonColumn, LatencyColumn, CheckedColumn, ColumnCount };
    // What a row shows, problems first (the order the Dashboard sorts by).
    enum class State { Fail, Warn, Unknown, NoData, Pass };
    static constexpr int StateCount = 5;
    enum class Kind { Environment, Host, Service, Endpoint };
    enum Role {
        StatusRole = Qt::UserRole + 1,
        StateRole,  // int(State)
        KindRole,   // int(Kind)
        LabelsRole, // the host's labels (host, service and endpoint rows)
    };
    struct EnvironmentCounts {
        QString environment;
        std::array<int, StateCount> services{}; // by int(State)
        bool operator==(const EnvironmentCounts &) const = default;
    };

    explicit HealthTreeModel(HealthService *health, QObject *parent = nullptr);

    QString endpointIdAt(const QModelIndex &index) const;        // empty unless an endpoint row
    QStringList endpointIdsUnder(const QModelIndex &index) const; // every endpoint below (all for invalid)
    QString pathAt(const QModelIndex &index) const;
    QModelIndex indexForPath(const QString &path) const;
    static QString statusText(HealthStatus status, bool stale);
    static QString stateText(State state); // symbol + word: "✖ fail"
    static QString stateWord(State state); // "fail", "no data" …
    static QString stateSymbol(State state); // "✖", "▲", "?", "◌", "✔"
    static QColor stateColor(State state, const QPalette &palette); // for a quicker glance, never alone
    static bool isProblem(State state) { return state != State::Pass; }
    const QList<EnvironmentCounts> &counts() const { return m_counts; } // in the tree's order

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // After a language change: the reasons this model words itself ("no data yet") are worded again, and
    // the views asked for every text.
    void retranslate();

Q_SIGNALS:
    void refreshed();     // after a coalesced batch of results was applied
    void countsChanged(); // counts() differ

private:
    struct Node { // per node id (NodeTreeModel)
        Kind kind = Kind::Environment;
        QString name;
        QString path;
        QString endpointId;
        QString url;
        QStringList labels;
        HealthStatus status = HealthStatus::Unknown;
        bool stale = true;
        QString reason;
        qint64 latencyMs = -1;
        qint64 ageMs = -1;
        State state = State::NoData;
    };
    void rebuild();
    void flush();
    // Returns the nodes whose state changed; updates m_counts.
    QSet<int> recomputeAll();
    void emitChanged(const QSet<int> &nodes);
    const Node *nodeAt(const QModelIndex &index) const;

    HealthService *m_health;
    QTimer *m_flush;
    QTimer *m_clock;
    std::vector<Node> m_nodes;
    QHash<QString, int> m_byEndpoint;
    QSet<QString> m_dirty;
    QList<EnvironmentCounts> m_counts;
};

} // namespace opsdeck
