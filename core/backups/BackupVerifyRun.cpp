#include "BackupVerifyRun.h"

#include "ssh/SshEngine.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>
#include <QPointer>
#include <QPromise>

#include <memory>

namespace opsdeck::BackupVerifyRun {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(BackupVerifyRun)
};

using Promise = std::shared_ptr<QPromise<Outcome>>;

void finish(const Promise &promise, const Outcome &outcome)
{
    promise->addResult(outcome);
    promise->finish();
}

void record(EventStoreService &store, const Promise &promise, Outcome outcome, QObject *context)
{
    store.record(BackupVerifier::toEvent(outcome.verification)).then(context, [promise, outcome](const StoreResult<Event> &recorded) mutable {
        outcome.recorded = bool(recorded);
        if (!recorded)
            outcome.storeError = Text::tr("the result for %1 could not be recorded: %2").arg(outcome.verification.file, recorded.error);
        finish(promise, outcome);
    });
}

} // namespace

Milliseconds timeout(Milliseconds commandTimeout)
{
    return std::max(commandTimeout, Milliseconds(15 * 60'000));
}

QFuture<Outcome> verify(SshEngine &engine, EventStoreService &store, Milliseconds commandTimeout,
                        const BackupLocationReport &report, const BackupFile &file, QObject *context)
{
    auto promise = std::make_shared<QPromise<Outcome>>();
    QFuture<Outcome> future = promise->future();
    promise->start();
    Outcome outcome{BackupVerifier::start(report, file), {}, false};
    QString refusal;
    const std::optional<QString> command = BackupVerifier::command(report, file, &refusal);
    if (!command) {
        // Refused before running (a link, a name that is never passed to a command): recorded as such.
        record(store, promise, outcome, context);
        return future;
    }
    QPointer<EventStoreService> storeGuard(&store);
    engine.run(report.host, *command, timeout(commandTimeout)).then(context, [promise, outcome, storeGuard, context](const CommandResult &result) mutable {
        BackupVerifier::interpret(outcome.verification, result);
        if (!storeGuard) {
            outcome.storeError = Text::tr("the store closed before the result was recorded");
            finish(promise, outcome);
            return;
        }
        if (outcome.verification.sha256.isEmpty()) {
            record(*storeGuard, promise, outcome, context);
            return;
        }
        storeGuard->query(BackupVerifier::firstVerificationFilter(outcome.verification))
            .then(context, [promise, outcome, storeGuard, context](const StoreResult<QList<Event>> &first) mutable {
                if (!first) {
                    // Without the reference the result would say nothing about a changed file: not recorded.
                    outcome.storeError = Text::tr("cannot read earlier verifications: %1").arg(first.error);
                    finish(promise, outcome);
                    return;
                }
                BackupVerifier::compareWithFirst(outcome.verification,
                                                 first.value->isEmpty() ? std::nullopt : std::optional<Event>(first.value->constFirst()));
                if (!storeGuard) {
                    outcome.storeError = Text::tr("the store closed before the result was recorded");
                    finish(promise, outcome);
                    return;
                }
                record(*storeGuard, promise, outcome, context);
            });
    });
    return future;
}

EventFilter resultsFilter(const QString &environment, const QString &host)
{
    EventFilter filter;
    filter.kinds = {EventKinds::name(EventKind::BackupVerified), EventKinds::name(EventKind::BackupVerifyFailed)};
    filter.environment = environment;
    filter.host = host;
    filter.newestFirst = true;
    filter.limit = 2000;
    return filter;
}

QByteArray resultKey(const QString &location, const QByteArray &name)
{
    return location.toUtf8() + '/' + name;
}

QHash<QByteArray, LastResult> latestByFile(const QList<Event> &newestFirst)
{
    QHash<QByteArray, LastResult> latest;
    for (const Event &e : newestFirst) {
        const QByteArray name = QByteArray::fromHex(e.details.value(QStringLiteral("file_hex")).toString().toLatin1());
        const QByteArray key = resultKey(e.details.value(QStringLiteral("location")).toString(), name);
        if (name.isEmpty() || latest.contains(key))
            continue;
        latest.insert(key, LastResult{e.kind == EventKinds::name(EventKind::BackupVerified), e.details.value(QStringLiteral("changed")).toBool(),
                                       e.details.value(QStringLiteral("detail")).toString(), e.time});
    }
    return latest;
}

} // namespace opsdeck::BackupVerifyRun
