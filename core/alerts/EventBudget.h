#pragma once

// How many alert events (and notifications) one host may cause: at most `limit` in a window that
// starts with its first event; past that they are counted, not written. When a window is over,
// take() hands back what was dropped in it, once, and the host starts afresh. Pure; one thread.

#include <QHash>
#include <QList>
#include <QString>

namespace opsdeck {

class EventBudget final
{
public:
    struct Dropped {
        QString key; // "env/host", or "env" for environment-wide alerts
        int count = 0;
    };

    EventBudget(int limit, qint64 windowMs) : m_limit(limit), m_windowMs(windowMs) {}

    // Whether one more event for this key fits now; counts it either way.
    bool spend(const QString &key, qint64 nowMs);
    // The keys whose window is over with events dropped in it; their windows are forgotten.
    QList<Dropped> take(qint64 nowMs);

    int limit() const { return m_limit; }
    qint64 windowMs() const { return m_windowMs; }

private:
    struct Window {
        qint64 start = 0;
        int used = 0;
        int dropped = 0;
    };
    int m_limit;
    qint64 m_windowMs;
    QHash<QString, Window> m_windows;
};

} // namespace opsdeck
