#pragma once

// What the verbs that read or write the store share: the verb's context's store (CliContext::ops)
// opened on its thread, the incident tracker on it, and a way to wait for their futures on the main
// thread (an event loop turns meanwhile, so continuations run). Also the JSON and text forms of
// events. Main thread of a verb.

#include "CliContext.h"
#include "store/EventStoreService.h"
#include "timeline/IncidentTracker.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonObject>

namespace opsdeck {

class StoreSession final
{
public:
    // cli (and so its context) must outlive the session.
    explicit StoreSession(CliContext &cli);
    // Opens the store (and, with incidents, reads the incident book); prints why not to cli.err.
    bool open(const QString &storeArgument, bool incidents, CliContext &cli);

    template<typename T>
    static T await(QFuture<T> future)
    {
        if (!future.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<T> watcher;
            QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
        return future.result();
    }

    EventStoreService &store;
    IncidentTracker tracker{&store};
};

// Whether verb arguments ask for a PDF (--format pdf / --format=pdf): Verb::rendersDocument.
bool asksForPdf(const QStringList &arguments);

namespace EventText {
QJsonObject toJson(const Event &event);
QJsonObject toJson(const Incident &incident);
// "#42 2024-05-01T09:58:00Z health.changed production/web-1/web opsdeck: summary"
QString line(const Event &event);
} // namespace EventText

} // namespace opsdeck
