#include "HealthStateMachine.h"

namespace opsdeck {

std::optional<HealthStateMachine::Transition> HealthStateMachine::feed(const HealthVerdict &verdict)
{
    m_last = verdict;
    if (!m_seen) {
        m_seen = true;
        m_stable = verdict.status;
        m_count = 0;
        return Transition{HealthStatus::Unknown, verdict.status, true};
    }
    if (verdict.status == m_stable) {
        m_count = 0; // a blip that did not last
        return std::nullopt;
    }
    if (verdict.status != m_candidate || m_count == 0) {
        m_candidate = verdict.status;
        m_count = 1;
    } else {
        ++m_count;
    }
    if (m_count < m_threshold)
        return std::nullopt;
    const Transition t{m_stable, m_candidate, false};
    m_stable = m_candidate;
    m_count = 0;
    return t;
}

} // namespace opsdeck
