#include "IncidentSuggestions.h"

#include "IncidentBook.h"
#include "store/EventKind.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentSuggestions)
};

// The moments the incident is known at: its opening and its attached events.
QList<QDateTime> anchors(const Incident &incident, const QList<Event> &attached)
{
    QList<QDateTime> times;
    if (incident.openedAt.isValid())
        times.append(incident.openedAt);
    for (const Event &event : attached) {
        if (event.time.isValid() && std::binary_search(incident.attached.cbegin(), incident.attached.cend(), event.id))
            times.append(event.time);
    }
    return times;
}

int kindWeight(const QString &kind, QString *why)
{
    const EventFamily family = EventKinds::familyOf(kind);
    if (family == EventFamily::Health || family == EventFamily::Alert) {
        *why = Text::tr("health or alert event");
        return 3;
    }
    switch (family) {
    case EventFamily::Service:
    case EventFamily::Deploy:
    case EventFamily::Release:
    case EventFamily::Rollback:
    case EventFamily::Backup:
        *why = Text::tr("action or deploy");
        return 2;
    default: break;
    }
    // The configuration and host keys trusted.
    if (EventKinds::categoryOf(kind) == EventCategory::Configuration) {
        *why = Text::tr("configuration change");
        return 1;
    }
    return 0;
}
} // namespace

std::pair<QDateTime, QDateTime> IncidentSuggestions::window(const Incident &incident, const QList<Event> &attached,
                                                            std::chrono::minutes around)
{
    const QList<QDateTime> times = anchors(incident, attached);
    if (times.isEmpty())
        return {};
    const auto [first, last] = std::minmax_element(times.cbegin(), times.cend());
    const qint64 ms = std::chrono::milliseconds(around).count();
    return {first->addMSecs(-ms), last->addMSecs(ms + 1)}; // until is exclusive
}

QList<IncidentSuggestion> IncidentSuggestions::rank(const Incident &incident, const QList<Event> &attached,
                                                    const QList<Event> &candidates, int limit, std::chrono::minutes around)
{
    QSet<QString> environments, hosts, services; // services as "host/service" and bare "service"
    if (!incident.environment.isEmpty())
        environments.insert(incident.environment);
    for (const Event &event : attached) {
        if (!std::binary_search(incident.attached.cbegin(), incident.attached.cend(), event.id))
            continue;
        if (!event.environment.isEmpty())
            environments.insert(event.environment);
        if (!event.host.isEmpty())
            hosts.insert(event.host);
        if (!event.service.isEmpty())
            services.insert(event.service);
    }
    const QList<QDateTime> times = anchors(incident, attached);
    const qint64 windowMs = std::chrono::milliseconds(around).count();
    auto distance = [&](const Event &event) {
        qint64 best = std::numeric_limits<qint64>::max();
        for (const QDateTime &t : times)
            best = std::min(best, std::abs(t.msecsTo(event.time)));
        return best;
    };

    struct Ranked {
        IncidentSuggestion suggestion;
        qint64 distance;
    };
    QList<Ranked> ranked;
    QSet<qint64> seen;
    for (const Event &event : candidates) {
        if (event.id <= 0 || event.pending || event.id == incident.id || seen.contains(event.id)
            || std::binary_search(incident.attached.cbegin(), incident.attached.cend(), event.id)
            || IncidentBook::folds(event.kind))
            continue;
        const qint64 d = distance(event);
        if (d > windowMs)
            continue;
        seen.insert(event.id);
        IncidentSuggestion s;
        s.event = event;
        if (!event.service.isEmpty() && services.contains(event.service)) {
            s.score += 4;
            s.reasons << Text::tr("same service %1").arg(event.service);
        }
        if (!event.host.isEmpty() && hosts.contains(event.host)) {
            s.score += 3;
            s.reasons << Text::tr("same host %1").arg(event.host);
        }
        if (!event.environment.isEmpty() && environments.contains(event.environment)) {
            s.score += 2;
            s.reasons << Text::tr("same environment %1").arg(event.environment);
        }
        QString why;
        if (const int w = kindWeight(event.kind, &why); w > 0) {
            s.score += w;
            s.reasons << why;
        }
        if (s.score > 0)
            ranked.append({s, d});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const Ranked &a, const Ranked &b) {
        if (a.suggestion.score != b.suggestion.score)
            return a.suggestion.score > b.suggestion.score;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return a.suggestion.event.id < b.suggestion.event.id;
    });
    QList<IncidentSuggestion> result;
    for (const Ranked &r : std::as_const(ranked)) {
        if (result.size() >= limit)
            break;
        result.append(r.suggestion);
    }
    return result;
}

} // namespace opsdeck
