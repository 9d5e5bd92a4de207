#include "IncidentTimes.h"

#include "store/EventKind.h"
#include "support/LocaleFormat.h"

#include <algorithm>

namespace opsdeck {

bool IncidentTimes::isImpact(const Event &event)
{
    if (event.kind == EventKinds::name(EventKind::AlertRaised))
        return true;
    if (event.kind == EventKinds::name(EventKind::HealthChanged)) {
        const QString to = event.details.value(QStringLiteral("to")).toString();
        return to == QLatin1String("warn") || to == QLatin1String("fail") || to == QLatin1String("unknown");
    }
    return false;
}

IncidentTimes IncidentTimes::of(const Incident &incident, const QList<Event> &events)
{
    IncidentTimes times;
    QDateTime firstAlert;
    for (const Event &event : events) {
        if (event.id <= 0 || !std::binary_search(incident.attached.cbegin(), incident.attached.cend(), event.id)
            || !event.time.isValid() || !isImpact(event))
            continue;
        if (!times.impactStart.isValid() || event.time < times.impactStart)
            times.impactStart = event.time;
        if (event.kind == EventKinds::name(EventKind::AlertRaised) && (!firstAlert.isValid() || event.time < firstAlert))
            firstAlert = event.time;
    }
    times.detectedAt = incident.openedAt;
    if (firstAlert.isValid() && (!times.detectedAt.isValid() || firstAlert < times.detectedAt))
        times.detectedAt = firstAlert;

    QDateTime start = times.impactStart;
    if (start.isValid()) {
        if (times.detectedAt.isValid())
            times.toDetectMs = std::max<qint64>(0, start.msecsTo(times.detectedAt));
    } else {
        start = incident.openedAt;
        times.fromOpening = true;
    }
    if (!start.isValid())
        return times;
    if (incident.mitigatedAt.isValid())
        times.toMitigateMs = std::max<qint64>(0, start.msecsTo(incident.mitigatedAt));
    if (incident.resolvedAt.isValid())
        times.toResolveMs = std::max<qint64>(0, start.msecsTo(incident.resolvedAt));
    return times;
}

QString IncidentTimes::format(std::optional<qint64> ms)
{
    if (!ms)
        return QStringLiteral("—");
    return LocaleFormat::duration(std::chrono::milliseconds(*ms / 1000 * 1000)); // whole seconds
}

} // namespace opsdeck
