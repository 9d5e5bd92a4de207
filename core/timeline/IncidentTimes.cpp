#include "IncidentTimes.h"

#include "store/EventKind.h"

#include <QCoreApplication>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentTimes)
};
} // namespace

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
    const qint64 s = *ms / 1000;
    if (s < 60)
        return Text::tr("%1 s").arg(s);
    if (s < 3600)
        return s % 60 ? Text::tr("%1 min %2 s").arg(s / 60).arg(s % 60) : Text::tr("%1 min").arg(s / 60);
    if (s < 86400)
        return (s % 3600) / 60 ? Text::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60) : Text::tr("%1 h").arg(s / 3600);
    return (s % 86400) / 3600 ? Text::tr("%1 d %2 h").arg(s / 86400).arg((s % 86400) / 3600) : Text::tr("%1 d").arg(s / 86400);
}

} // namespace opsdeck
