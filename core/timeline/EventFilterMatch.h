#pragma once

// Whether an event satisfies an EventFilter, as the stores decide it — for events that arrive live
// and are not fetched through the filter (the timeline's live inserts). Pagination and limit are not
// part of the match. Pure.

#include "store/Event.h"

namespace opsdeck::EventFilterMatch {

bool matches(const EventFilter &filter, const Event &event);
// The kind rule alone: exact, or a prefix ending in '.'.
bool kindMatches(const QString &pattern, const QString &kind);
// A kind as people type it in a filter: a bare word names a family ("alert" → "alert."), except
// "note", which is a kind of its own; anything with a dot is used as it is.
QString kindPattern(const QString &typed);

} // namespace opsdeck::EventFilterMatch
