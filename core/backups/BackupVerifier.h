#pragma once

// Integrity of one backup file, checked on its host without writing anything: a `.gz` is decompressed
// end to end (`gzip -t`), a `.tar.gz`/`.tgz` listed (`tar -tzf`, output discarded), then its SHA-256
// read (`sha256sum` on standard input). The file's path reaches the remote shell only as a quoted
// positional argument ("$1"), and only names that are plain UTF-8 text are passed at all. The first
// verification's SHA-256 is the reference: a later one that differs means the old backup changed.
// Results become events (`backup.verified`, `backup.verify_failed`). Pure; thread-safe.

#include "BackupReport.h"
#include "store/Event.h"

#include <optional>

namespace opsdeck {

struct BackupVerification {
    QString environment;
    QString host;
    QString location;
    QString path;            // the location's directory
    QString file;            // display name
    QByteArray fileName;     // the bytes
    qint64 size = -1;
    qint64 mtime = 0;
    QString check;           // "gzip -t", "tar -tzf"; empty when refused before running
    bool ok = false;
    QString detail;          // one sentence: what passed or what failed
    QString sha256;          // hex, when read
    QString firstSha256;     // the reference, when an earlier verification exists
    QDateTime firstVerifiedAt;
    bool changed = false;    // differs from the reference
};

namespace BackupVerifier {
// The command for a file, or std::nullopt with *refusal set (not a regular file, not a compressed
// backup, a name that cannot be passed safely).
std::optional<QString> command(const BackupLocationReport &report, const BackupFile &file, QString *refusal);
BackupVerification start(const BackupLocationReport &report, const BackupFile &file);
// Fills in the outcome from the command's result.
void interpret(BackupVerification &verification, const CommandResult &result);
// Compares with the first recorded verification of the same file (a backup.verified event), if any.
void compareWithFirst(BackupVerification &verification, const std::optional<Event> &first);
// The filter that finds that first verification.
EventFilter firstVerificationFilter(const BackupVerification &verification);
Event toEvent(const BackupVerification &verification);
} // namespace BackupVerifier

} // namespace opsdeck
