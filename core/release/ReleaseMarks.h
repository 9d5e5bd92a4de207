#pragma once

// Releases marked bad, as the shared event log says: a `release.marked_bad` event marks one release
// of one app in one environment, a later `release.unmarked` lifts it. A rollback marks the release it
// rolled back from. Pure; thread-safe.

#include "store/Event.h"
#include "store/EventKind.h"

#include <QSet>

namespace opsdeck {

namespace ReleaseMarks {
// Folds the events (oldest first) into the set of releases of ENV/APP marked bad now.
QSet<QString> markedBad(const QList<Event> &events, const QString &environment, const QString &app);
// The filter that fetches every mark of ENV (the fold picks the app).
EventFilter filter(const QString &environment);
// The event that marks (bad = true) or unmarks a release; the store adds who and when.
Event event(const QString &environment, const QString &app, const QString &release, bool bad, const QString &reason);
} // namespace ReleaseMarks

} // namespace opsdeck
