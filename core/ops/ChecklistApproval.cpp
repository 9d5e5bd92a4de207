#include "ChecklistApproval.h"

#include "checklist/ChecklistGate.h"
#include "checklist/ChecklistLedger.h"
#include "checklist/ChecklistLibrary.h"
#include "store/EventStoreService.h"

#include <QCoreApplication>

namespace opsdeck::ChecklistApproval {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ChecklistApproval)
};

struct Runs {
    QList<ChecklistRun> runs;
    ChecklistLibrary library;
};
} // namespace

QFuture<Verdict> check(EventStoreService *store, const FleetConfig &config, const QString &environment,
                       const QStringList &hosts, const QString &action)
{
    // On the store thread: the runs, and the templates they must match (files, so not on the UI thread).
    return store
        ->submit<Runs>([environment, directory = config.checklistDirectory](EventStore &events) {
            auto runs = ChecklistLedger(events, {}).runs(environment, 20);
            if (!runs)
                return StoreResult<Runs>::failureFrom(runs);
            return StoreResult<Runs>::success({*runs.value, ChecklistLibrary::load(directory)});
        })
        .then([config, environment, hosts, action](const StoreResult<Runs> &runs) {
            Verdict verdict;
            if (!runs) {
                verdict.why = Text::tr("%1 requires a signed deployment checklist, and its runs cannot be read (%2); the %3 was not started")
                                  .arg(environment, runs.error, action);
                return verdict;
            }
            const ChecklistLibrary &library = runs.value->library;
            const GateVerdict gate = ChecklistGate::forAction(runs.value->runs, environment, hosts, QDateTime::currentDateTimeUtc(),
                                                              library, library.acceptedFor(config, environment));
            if (!gate.passed) {
                verdict.why = Text::tr("%1 requires a signed deployment checklist before a %2: %3").arg(environment, action, gate.reason);
                return verdict;
            }
            verdict.passed = true;
            verdict.reason = gate.reason;
            verdict.runId = gate.run->id;
            verdict.planHash = gate.run->planHash;
            return verdict;
        });
}

} // namespace opsdeck::ChecklistApproval
