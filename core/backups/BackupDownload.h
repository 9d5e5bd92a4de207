#pragma once

// One backup file fetched to this machine, as the window and `opsdeck backup download` both do it:
// refused before anything runs when the local file exists (unless overwriting was asked for), when
// the local disk has too little free space, or when the name cannot be passed to a remote command;
// then `sha256sum` on the host (the path a quoted positional argument, as BackupVerifier passes it),
// then the SFTP transfer into LOCAL.part (continued when one is there, its data hashed again), the
// SHA-256 computed while downloading compared with the host's, and only a match renamed to LOCAL
// (never over an existing file unless overwriting was asked for). A mismatch removes the .part: its
// bytes are not the file the host hashed, so continuing from them could never match. Cancel and a lost
// connection keep the .part for the next attempt. Call start() on the thread of `context` (the UI
// thread, or a verb's main thread with an event loop turning): the continuations run there.

#include "BackupReport.h"
#include "ssh/SftpDownload.h"

#include <QFuture>

#include <functional>
#include <memory>

class QObject;

namespace opsdeck {

class SshEngine;

struct BackupDownloadRequest {
    BackupLocationReport report; // the listing the file came from
    BackupFile file;
    QString localPath;           // the file to create; an existing directory: the file's name in it
    bool overwrite = false;      // replace an existing local file (--force, or a person confirmed)
};

struct BackupDownloadOutcome {
    enum class Result {
        Downloaded, // complete, SHA-256 equal to the host's, renamed to localPath
        Refused,    // not started (or the verified file could not take its name): see detail
        Canceled,   // the .part is kept; the next download continues from it
        Mismatch,   // complete but the SHA-256 differs from the host's: the .part was removed
        Failed,     // the host, the network or the local disk failed: see detail (the .part is kept)
    };
    Result result = Result::Failed;
    QString detail;              // one sentence for people
    QString localPath;
    QString partPath;
    bool partKept = false;       // the .part is on disk after this attempt
    qint64 size = -1;            // the remote file's size
    qint64 bytes = 0;            // bytes in the local file
    qint64 resumedFrom = 0;      // bytes of an earlier .part that were kept
    QString sha256;              // of the downloaded data (hex), when complete
    QString hostSha256;          // sha256sum on the host, when read
    qint64 transferMs = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return result == Result::Downloaded; }
};

namespace BackupDownload {

// Bytes free for an unprivileged user in the directory; -1 when unknown. The default asks QStorageInfo.
using FreeSpace = std::function<qint64(const QString &directory)>;

struct Hooks {
    FreeSpace freeSpace;                                 // tests: a disk that is (nearly) full
    std::function<void(QString &hostSha256)> hostHashRead; // tests: between the host's hash and the transfer
};

QString resultName(BackupDownloadOutcome::Result result);
// Where the file goes: localPath, or the file's name inside it when localPath is an existing directory.
QString targetPath(const BackupDownloadRequest &request);
QString partPath(const QString &targetPath);
// Why the download may not start (empty: it may). Reads the local file system only.
QString refusal(const BackupDownloadRequest &request, const FreeSpace &freeSpace = {});
// `sha256sum` of the file on its host, the path passed as "$1"; std::nullopt for a name that cannot be passed.
std::optional<QString> hashCommand(const BackupLocationReport &report, const BackupFile &file);

QFuture<BackupDownloadOutcome> start(SshEngine &engine, Milliseconds commandTimeout, const BackupDownloadRequest &request,
                                     std::shared_ptr<SftpDownloadControl> control, QObject *context, const Hooks &hooks = {});

} // namespace BackupDownload

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::BackupDownloadOutcome)
