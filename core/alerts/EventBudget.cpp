#include "EventBudget.h"

namespace opsdeck {

bool EventBudget::spend(const QString &key, qint64 nowMs)
{
    auto it = m_windows.find(key);
    if (it == m_windows.end() || nowMs - it->start >= m_windowMs)
        it = m_windows.insert(key, {nowMs, 0, it == m_windows.end() ? 0 : it->dropped});
    if (it->used < m_limit) {
        ++it->used;
        return true;
    }
    ++it->dropped;
    return false;
}

QList<EventBudget::Dropped> EventBudget::take(qint64 nowMs)
{
    QList<Dropped> dropped;
    for (auto it = m_windows.begin(); it != m_windows.end();) {
        if (nowMs - it->start < m_windowMs) {
            ++it;
            continue;
        }
        if (it->dropped > 0)
            dropped.append({it.key(), it->dropped});
        it = m_windows.erase(it);
    }
    return dropped;
}

} // namespace opsdeck
