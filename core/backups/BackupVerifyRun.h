#pragma once

// One backup file verified end to end, as the window and `opsdeck backup verify` both do it: the
// check runs on the host (BackupVerifier's command), the first recorded verification of the same
// file is read from the store and compared, and the result is recorded as an event. Also the filter
// that reads the newest results of a host back for display. Call verify() on the thread of `context`
// (the UI thread, or a verb's main thread with an event loop turning): the continuations run there.

#include "BackupVerifier.h"

#include <QFuture>
#include <QHash>

class QObject;

namespace opsdeck {

class EventStoreService;
class SshEngine;

namespace BackupVerifyRun {

struct Outcome {
    BackupVerification verification;
    QString storeError; // earlier verifications could not be read, or the result could not be recorded
    bool recorded = false;
};

// A command's time limit: the larger of the configured one and 15 minutes (a large file takes time).
Milliseconds timeout(Milliseconds commandTimeout);

QFuture<Outcome> verify(SshEngine &engine, EventStoreService &store, Milliseconds commandTimeout,
                        const BackupLocationReport &report, const BackupFile &file, QObject *context);

// backup.verified and backup.verify_failed events of one host, newest first.
EventFilter resultsFilter(const QString &environment, const QString &host);

// The newest result of one file.
struct LastResult {
    bool ok = false;
    bool changed = false;
    QString detail;
    QDateTime at;
};
// From resultsFilter's events (newest first): each file's newest result, by resultKey().
QHash<QByteArray, LastResult> latestByFile(const QList<Event> &newestFirst);
// "LOCATION/" followed by the name's bytes (a file name holds no '/').
QByteArray resultKey(const QString &location, const QByteArray &name);

} // namespace BackupVerifyRun

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::BackupVerifyRun::Outcome)
