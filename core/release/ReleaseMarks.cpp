#include "ReleaseMarks.h"

#include "store/EventKind.h"

#include <QCoreApplication>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseMarks)
};
} // namespace

QSet<QString> ReleaseMarks::markedBad(const QList<Event> &events, const QString &environment, const QString &app)
{
    QSet<QString> bad;
    for (const Event &e : events) {
        if (e.environment != environment || e.details.value(QStringLiteral("app")).toString() != app)
            continue;
        const QString release = e.details.value(QStringLiteral("release")).toString();
        if (e.kind == EventKinds::name(EventKind::ReleaseMarkedBad))
            bad.insert(release);
        else if (e.kind == EventKinds::name(EventKind::ReleaseUnmarked))
            bad.remove(release);
    }
    return bad;
}

EventFilter ReleaseMarks::filter(const QString &environment)
{
    EventFilter f;
    f.kinds = {EventKinds::name(EventKind::ReleaseMarkedBad), EventKinds::name(EventKind::ReleaseUnmarked)};
    f.environment = environment;
    f.limit = 100'000;
    return f;
}

Event ReleaseMarks::event(const QString &environment, const QString &app, const QString &release, bool bad,
                          const QString &reason)
{
    Event e;
    e.kind = bad ? EventKinds::name(EventKind::ReleaseMarkedBad) : EventKinds::name(EventKind::ReleaseUnmarked);
    e.environment = environment;
    e.summary = bad ? Text::tr("Release %1 of %2/%3 marked bad: %4").arg(release, environment, app, reason)
                    : Text::tr("Release %1 of %2/%3 no longer marked bad: %4").arg(release, environment, app, reason);
    e.details = QJsonObject{{QStringLiteral("app"), app}, {QStringLiteral("release"), release},
                            {QStringLiteral("reason"), reason}};
    return e;
}

} // namespace opsdeck
