#pragma once

// One directory as an SFTP server lists it (SshConnection::listDirectory): entries as the server's
// lstat sees them, so a symbolic link is reported as a link and never followed. Names are the bytes
// the host sent (not necessarily UTF-8); show them with RemoteFileName::display. Plain values that
// cross threads in queued signals.

#include "CommandResult.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QList>
#include <QMetaType>
#include <QString>

#include <chrono>

namespace opsdeck {

struct RemoteFileEntry {
    enum class Type { File, Directory, Symlink, Other };
    QByteArray name;       // as sent by the host
    Type type = Type::Other;
    qint64 size = -1;      // -1: the server did not say
    qint64 mtime = 0;      // seconds since the epoch, on the host's clock (SFTP v3 has whole seconds)
    bool hasMtime = false;
    quint32 permissions = 0;
    QByteArray linkTarget; // symlinks: what the link points to (read with readlink, never followed)
};

struct SftpListOptions {
    // Entries whose name matches one of these ('*' and '?', bytes) are kept; the others are only
    // counted. Empty: every entry is kept.
    QByteArrayList patterns;
    int maxEntries = 200'000;  // entries read (kept or not) before the listing stops, truncated
    int maxKept = 50'000;      // entries kept before the listing stops, truncated
    std::chrono::milliseconds timeout{30'000};
};

struct SftpListing {
    enum class Status {
        Listed,           // complete, or truncated (see `truncated`)
        NotFound,         // the path does not exist
        PermissionDenied, // the server refused to open or read it
        NotADirectory,
        Failed,           // any other SFTP error (the message says which)
        Unreachable,      // no SFTP session: see `connection` and `error`
    };
    Status status = Status::Failed;
    CommandResult::Status connection = CommandResult::Status::ConnectFailed; // Completed when the host was reached
    QString error;               // a sentence for people when status != Listed
    QList<RemoteFileEntry> entries; // kept entries, in the server's order
    qint64 scanned = 0;          // entries read, kept or not ("." and ".." excluded)
    bool truncated = false;      // stopped before the end of the directory
    QString truncation;          // why, when truncated
    qint64 elapsedMs = 0;

    bool listed() const { return status == Status::Listed; }
};

QString sftpListingStatusName(SftpListing::Status status);
// The listing status for an SFTP status code (SSH_FX_*) of a failed opendir/readdir.
SftpListing::Status sftpListingStatusFor(int sftpError);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::SftpListing)
