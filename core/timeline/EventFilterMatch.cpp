#include "EventFilterMatch.h"

#include "store/EventKind.h"

#include <algorithm>
#include <iterator>

namespace opsdeck::EventFilterMatch {

bool kindMatches(const QString &pattern, const QString &kind)
{
    return pattern.endsWith(u'.') ? kind.startsWith(pattern) : kind == pattern;
}

QString kindPattern(const QString &typed)
{
    const QString kind = typed.trimmed();
    if (kind.isEmpty() || kind.contains(u'.') || kind == EventKinds::name(EventKind::Note))
        return kind;
    return kind + u'.';
}

bool matches(const EventFilter &filter, const Event &event)
{
    QStringList kinds = filter.kinds;
    if (!filter.kind.isEmpty())
        kinds.append(filter.kind);
    if (!kinds.isEmpty()
        && std::none_of(kinds.cbegin(), kinds.cend(), [&](const QString &k) { return kindMatches(k, event.kind); }))
        return false;
    if ((!filter.environment.isEmpty() && event.environment != filter.environment)
        || (!filter.host.isEmpty() && event.host != filter.host)
        || (!filter.service.isEmpty() && event.service != filter.service)
        || (!filter.actor.isEmpty() && event.actor != filter.actor))
        return false;
    if (!filter.text.isEmpty()) {
        const QString *fields[] = {&event.summary, &event.kind, &event.host, &event.service, &event.actor};
        const bool found = std::any_of(std::begin(fields), std::end(fields), [&](const QString *field) {
            return field->contains(filter.text, Qt::CaseInsensitive);
        });
        if (!found)
            return false;
    }
    if (!filter.ids.isEmpty() && !filter.ids.contains(event.id))
        return false;
    if (filter.since.isValid() && event.time < filter.since)
        return false;
    if (filter.until.isValid() && event.time >= filter.until)
        return false;
    return true;
}

} // namespace opsdeck::EventFilterMatch
