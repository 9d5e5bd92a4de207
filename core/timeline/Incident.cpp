#include "Incident.h"

#include <QStringList>

namespace opsdeck {

QString incidentStateName(IncidentState state)
{
    switch (state) {
    case IncidentState::Open: return QStringLiteral("open");
    case IncidentState::Mitigated: return QStringLiteral("mitigated");
    case IncidentState::Resolved: return QStringLiteral("resolved");
    }
    return {};
}

std::optional<IncidentState> incidentStateFromName(const QString &name)
{
    for (IncidentState s : {IncidentState::Open, IncidentState::Mitigated, IncidentState::Resolved}) {
        if (incidentStateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QStringList incidentSeverities()
{
    return {QStringLiteral("sev1"), QStringLiteral("sev2"), QStringLiteral("sev3"), QStringLiteral("sev4")};
}

bool isIncidentSeverity(const QString &severity)
{
    return incidentSeverities().contains(severity);
}

} // namespace opsdeck
