#pragma once

// One file fetched over SFTP into a local partial file (SshConnection::download): the outcome, and the
// control a caller on another thread uses to follow and cancel the transfer. The transfer continues
// a partial file from its size (resume) after reading it again into the SHA-256, so the hash always
// covers every byte of the local file. Plain values, and a control shared between threads.

#include "CommandResult.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace opsdeck {

// Shared by the caller and the session thread. cancel may be set from any thread: the transfer stops
// at its next chunk (within ~100 ms even when the host sends nothing) and keeps the partial file.
struct SftpDownloadControl {
    std::atomic<bool> cancel{false};
    std::atomic<qint64> done{0};   // bytes in the local file so far (resumed prefix included)
    std::atomic<qint64> total{-1}; // the remote file's size once known
    // Called on the session thread after each chunk is written (tests cancel at a given byte).
    std::function<void(qint64 done, qint64 total)> onProgress;
};

struct SftpDownload {
    enum class Status {
        Completed,        // every byte up to the size the file had when it was opened
        Canceled,         // stopped by the control; the partial file is kept
        NotFound,
        PermissionDenied,
        NotARegularFile,
        LocalError,       // the local file could not be opened, read or written (disk full …)
        Failed,           // any other SFTP error, or the host stopped sending (the message says which)
        Unreachable,      // no SFTP session: see `connection` and `error`
    };
    Status status = Status::Failed;
    CommandResult::Status connection = CommandResult::Status::ConnectFailed;
    QString error;            // a sentence for people when status != Completed
    qint64 remoteSize = -1;   // as the host's fstat said when the file was opened
    qint64 resumedFrom = 0;   // bytes of the partial file kept and hashed again
    qint64 bytes = 0;         // bytes of the local file at the end
    QByteArray sha256;        // hex, of the whole local file, when Completed
    qint64 transferMs = 0;    // the network part only (after the partial file was hashed again)
    qint64 elapsedMs = 0;

    bool completed() const { return status == Status::Completed; }
};

QString sftpDownloadStatusName(SftpDownload::Status status);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::SftpDownload)
