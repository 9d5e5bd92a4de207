#pragma once

// Debounces one endpoint's verdicts: the stable state changes only after `threshold` consecutive
// results agree, so a flapping endpoint does not flood the timeline. The first result is adopted at
// once (there is nothing to debounce against). Pure; no clock of its own.

#include "HealthVerdict.h"

#include <optional>

namespace opsdeck {

class HealthStateMachine final
{
public:
    struct Transition {
        HealthStatus from;
        HealthStatus to;
        bool initial; // the first state ever seen
    };

    explicit HealthStateMachine(int threshold = 2) : m_threshold(std::max(1, threshold)) {}

    // Returns the transition this verdict completes, if any.
    std::optional<Transition> feed(const HealthVerdict &verdict);

    HealthStatus stable() const { return m_stable; }
    bool hasState() const { return m_seen; }
    const HealthVerdict &last() const { return m_last; }
    int pending() const { return m_count; } // results agreeing with a candidate that differs from stable

private:
    int m_threshold;
    bool m_seen = false;
    HealthStatus m_stable = HealthStatus::Unknown;
    HealthStatus m_candidate = HealthStatus::Unknown;
    int m_count = 0;
    HealthVerdict m_last;
};

} // namespace opsdeck
