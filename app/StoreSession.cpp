#include "StoreSession.h"

#include "ops/OpsContext.h"
#include "support/DisplayText.h"
#include "timeline/TimelineReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(StoreSession)
};
} // namespace

StoreSession::StoreSession(CliContext &cli) : store(*cli.ops().store()) {}

bool StoreSession::open(const QString &storeArgument, bool incidents, CliContext &cli)
{
    QEventLoop loop;
    QObject::connect(&store, &EventStoreService::stateChanged, &loop, [&](EventStoreService::State state) {
        if (state == EventStoreService::State::Failed || (state == EventStoreService::State::Open && !incidents))
            loop.quit();
    });
    QObject::connect(&tracker, &IncidentTracker::loaded, &loop, &QEventLoop::quit);
    QObject::connect(&tracker, &IncidentTracker::loadFailed, &loop, &QEventLoop::quit);
    store.open(storeArgument);
    loop.exec();
    if (store.state() != EventStoreService::State::Open) {
        cli.err << Text::tr("opsdeck: cannot open the store: %1").arg(store.lastError()) << Qt::endl;
        return false;
    }
    if (incidents && !tracker.isLoaded()) {
        cli.err << Text::tr("opsdeck: cannot read the incidents: %1").arg(tracker.loadError()) << Qt::endl;
        return false;
    }
    return true;
}

bool asksForPdf(const QStringList &arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--format=pdf")
            || (arguments.at(i) == QLatin1String("--format") && arguments.value(i + 1) == QLatin1String("pdf")))
            return true;
    }
    return false;
}

namespace EventText {

QJsonObject toJson(const Event &event)
{
    QJsonObject o{{QStringLiteral("id"), event.id},
                  {QStringLiteral("time"), event.time.toUTC().toString(Qt::ISODateWithMs)},
                  {QStringLiteral("kind"), event.kind},
                  {QStringLiteral("environment"), event.environment},
                  {QStringLiteral("host"), event.host},
                  {QStringLiteral("service"), event.service},
                  {QStringLiteral("actor"), event.actor},
                  {QStringLiteral("actor_roles"), QJsonArray::fromStringList(event.actorRoles.split(u',', Qt::SkipEmptyParts))},
                  {QStringLiteral("summary"), event.summary},
                  {QStringLiteral("outcome"), TimelineReport::outcome(event)},
                  {QStringLiteral("details"), event.details}};
    if (event.pending)
        o.insert(QStringLiteral("pending"), true);
    return o;
}

QJsonObject toJson(const Incident &incident)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(); };
    QJsonArray attached;
    for (qint64 id : incident.attached)
        attached.append(id);
    return {{QStringLiteral("id"), incident.id},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("severity"), incident.severity},
            {QStringLiteral("state"), incidentStateName(incident.state)},
            {QStringLiteral("environment"), incident.environment},
            {QStringLiteral("opened_at"), time(incident.openedAt)},
            {QStringLiteral("opened_by"), incident.openedBy},
            {QStringLiteral("mitigated_at"), time(incident.mitigatedAt)},
            {QStringLiteral("resolved_at"), time(incident.resolvedAt)},
            {QStringLiteral("resolved_by"), incident.resolvedBy},
            {QStringLiteral("attached"), attached}};
}

QString line(const Event &event)
{
    // Every stored field as one line of visible text: a line ending in a summary cannot start a line
    // of its own (CliContext's streams show any other control anyway).
    const auto field = [](const QString &text) { return DisplayText::terminal(text); };
    const QString target = field(TimelineReport::target(event));
    return QStringLiteral("#%1 %2 %3%4 %5: %6")
        .arg(event.id)
        .arg(TimelineReport::time(event.time), field(event.kind), target.isEmpty() ? QString() : u' ' + target, field(event.actor),
             field(event.summary));
}

} // namespace EventText
} // namespace opsdeck
