// SshConnection's SFTP: listing a directory and downloading a file, each over an SFTP channel of its
// own on the connected session (the target, behind its jump hosts), closed afterwards. On the
// connection's thread, as the rest of SshConnection.

#include "SshConnection.h"

#include "RemoteFileName.h"
#include "WildcardMatch.h"
#include "support/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <libssh/libssh.h>
#include <libssh/sftp.h>

#include <deque>

#include <fcntl.h>

namespace opsdeck {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(SshConnection)
};

QString sshError(ssh_session session)
{
    return QString::fromUtf8(ssh_get_error(session));
}

// A new SFTP session on a connected session; null when the host offers none, with `out` saying so
// (Outcome: SftpListing or SftpDownload).
template<typename Outcome>
sftp_session openSftp(ssh_session s, const QString &host, Outcome &out)
{
    sftp_session sftp = sftp_new(s);
    if (sftp && sftp_init(sftp) == SSH_OK)
        return sftp;
    out.status = Outcome::Status::Unreachable;
    out.connection = CommandResult::Status::ConnectionLost;
    out.error = Text::tr("%1: the SFTP subsystem is not available: %2").arg(host, sshError(s));
    if (sftp)
        sftp_free(sftp);
    return nullptr;
}

} // namespace

SftpListing SshConnection::listDirectory(const QByteArray &path, const SftpListOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    SftpListing listing;
    const CommandResult connected = ensureConnected();
    listing.connection = connected.status;
    if (connected.status != CommandResult::Status::Completed) {
        listing.status = SftpListing::Status::Unreachable;
        listing.error = connected.error;
        listing.elapsedMs = timer.elapsed();
        return listing;
    }
    ssh_session s = targetSession();
    const QString shownPath = QString::fromUtf8(path);
    sftp_session sftp = openSftp(s, m_target.endpoint.name, listing);
    if (!sftp) {
        if (!ssh_is_connected(s))
            disconnect();
        listing.elapsedMs = timer.elapsed();
        return listing;
    }
    auto failed = [&](const QString &what) {
        const int code = sftp_get_error(sftp);
        listing.status = sftpListingStatusFor(code);
        switch (listing.status) {
        case SftpListing::Status::NotFound:
            listing.error = Text::tr("%1 does not exist").arg(shownPath);
            break;
        case SftpListing::Status::PermissionDenied:
            listing.error = Text::tr("permission denied reading %1").arg(shownPath);
            break;
        default:
            listing.error = Text::tr("%1 %2: %3 (SFTP status %4)").arg(what, shownPath, sshError(s)).arg(code);
        }
    };
    // The path itself must be a directory; a symlink to one is allowed (it is the configured path).
    if (sftp_attributes self = sftp_stat(sftp, path.constData())) {
        const bool directory = self->type == SSH_FILEXFER_TYPE_DIRECTORY || (self->permissions & 0170000) == 0040000;
        sftp_attributes_free(self);
        if (!directory) {
            listing.status = SftpListing::Status::NotADirectory;
            listing.error = Text::tr("%1 is not a directory").arg(shownPath);
        }
    } else {
        failed(Text::tr("cannot read"));
    }
    sftp_dir dir = nullptr;
    if (listing.error.isEmpty()) {
        dir = sftp_opendir(sftp, path.constData());
        if (!dir)
            failed(Text::tr("cannot open"));
    }
    if (dir) {
        listing.status = SftpListing::Status::Listed;
        while (true) {
            if (timer.elapsed() > options.timeout.count()) {
                listing.truncated = true;
                listing.truncation = Text::tr("the listing took longer than %1 s").arg(options.timeout.count() / 1000.0);
                break;
            }
            sftp_attributes a = sftp_readdir(sftp, dir);
            if (!a) {
                if (!sftp_dir_eof(dir))
                    failed(Text::tr("cannot read"));
                break;
            }
            const QByteArray name(a->name ? a->name : "");
            if (name == "." || name == ".." || name.isEmpty()) {
                sftp_attributes_free(a);
                continue;
            }
            ++listing.scanned;
            bool keep = options.patterns.isEmpty();
            for (const QByteArray &pattern : options.patterns)
                keep = keep || wildcardMatch(name, pattern);
            if (keep) {
                RemoteFileEntry entry;
                entry.name = name;
                const quint32 format = a->permissions & 0170000;
                entry.type = (a->type == SSH_FILEXFER_TYPE_SYMLINK || format == 0120000)     ? RemoteFileEntry::Type::Symlink
                             : (a->type == SSH_FILEXFER_TYPE_DIRECTORY || format == 0040000) ? RemoteFileEntry::Type::Directory
                             : (a->type == SSH_FILEXFER_TYPE_REGULAR || format == 0100000)   ? RemoteFileEntry::Type::File
                                                                                               : RemoteFileEntry::Type::Other;
                if (a->flags & SSH_FILEXFER_ATTR_SIZE)
                    entry.size = qint64(a->size);
                if (a->flags & SSH_FILEXFER_ATTR_ACMODTIME) {
                    entry.hasMtime = true;
                    entry.mtime = sftp->version > 3 ? qint64(a->mtime64) : qint64(a->mtime);
                }
                entry.permissions = a->permissions;
                listing.entries.append(entry);
            }
            sftp_attributes_free(a);
            if (listing.scanned >= options.maxEntries || listing.entries.size() >= options.maxKept) {
                listing.truncated = true;
                listing.truncation = listing.scanned >= options.maxEntries
                                         ? Text::tr("the directory has more than %1 entries").arg(options.maxEntries)
                                         : Text::tr("more than %1 names match").arg(options.maxKept);
                break;
            }
        }
        sftp_closedir(dir);
        // Link targets, read (never followed) for the kept links only: bounded by maxKept.
        for (RemoteFileEntry &entry : listing.entries) {
            if (entry.type != RemoteFileEntry::Type::Symlink || timer.elapsed() > options.timeout.count())
                continue;
            const QByteArray full = path + '/' + entry.name;
            if (char *target = sftp_readlink(sftp, full.constData())) {
                entry.linkTarget = QByteArray(target).left(4096);
                ssh_string_free_char(target);
            }
        }
    }
    sftp_free(sftp);
    if (!ssh_is_connected(s)) {
        listing.status = SftpListing::Status::Unreachable;
        listing.connection = CommandResult::Status::ConnectionLost;
        listing.error = Text::tr("connection to %1 lost while listing %2: %3").arg(m_target.endpoint.name, shownPath, sshError(s));
        disconnect();
    }
    listing.elapsedMs = timer.elapsed();
    return listing;
}

SftpDownload SshConnection::download(const QByteArray &remotePath, const QString &partPath, SftpDownloadControl &control,
                                     Milliseconds stallTimeout)
{
    QElapsedTimer timer;
    timer.start();
    SftpDownload d;
    const CommandResult connected = ensureConnected();
    d.connection = connected.status;
    if (connected.status != CommandResult::Status::Completed) {
        d.status = SftpDownload::Status::Unreachable;
        d.error = connected.error;
        d.elapsedMs = timer.elapsed();
        return d;
    }
    ssh_session s = targetSession();
    const QString shownPath = RemoteFileName::display(remotePath);
    sftp_session sftp = openSftp(s, m_target.endpoint.name, d);
    if (!sftp) {
        if (!ssh_is_connected(s))
            disconnect();
        d.elapsedMs = timer.elapsed();
        return d;
    }
    auto sftpFailed = [&](const QString &what) { // what: the failed step, %1 standing for the file
        const int code = sftp_get_error(sftp);
        if (code == SSH_FX_NO_SUCH_FILE || code == SSH_FX_NO_SUCH_PATH) {
            d.status = SftpDownload::Status::NotFound;
            d.error = Text::tr("%1 does not exist").arg(shownPath);
        } else if (code == SSH_FX_PERMISSION_DENIED) {
            d.status = SftpDownload::Status::PermissionDenied;
            d.error = Text::tr("permission denied reading %1").arg(shownPath);
        } else {
            d.status = SftpDownload::Status::Failed;
            d.error = Text::tr("%1: %2 (SFTP status %3)").arg(what.arg(shownPath), sshError(s)).arg(code);
        }
    };
    sftp_file file = sftp_open(sftp, remotePath.constData(), O_RDONLY, 0);
    if (!file)
        sftpFailed(Text::tr("cannot open %1"));
    if (file) {
        // The handle's own attributes: what was opened, not what the name points to a moment later.
        if (sftp_attributes a = sftp_fstat(file)) {
            const bool regular = a->type == SSH_FILEXFER_TYPE_REGULAR || (a->permissions & 0170000) == 0100000;
            if (!regular) {
                d.status = SftpDownload::Status::NotARegularFile;
                d.error = Text::tr("%1 is not a regular file").arg(shownPath);
            } else if (!(a->flags & SSH_FILEXFER_ATTR_SIZE)) {
                d.status = SftpDownload::Status::Failed;
                d.error = Text::tr("the host did not say the size of %1").arg(shownPath);
            } else {
                d.remoteSize = qint64(a->size);
            }
            sftp_attributes_free(a);
        } else {
            sftpFailed(Text::tr("cannot read the attributes of %1"));
        }
    }
    QFile local(partPath);
    if (d.remoteSize >= 0 && !local.open(QIODevice::ReadWrite)) {
        d.status = SftpDownload::Status::LocalError;
        d.error = Text::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(partPath), local.errorString());
        d.remoteSize = -1;
    }
    Sha256 hash;
    qint64 written = 0;
    bool stopped = false; // canceled or failed: nothing more is read
    if (d.remoteSize >= 0) {
        control.total = d.remoteSize;
        // A partial file longer than the remote file is not a prefix of it: start again.
        if (local.size() > d.remoteSize && !local.resize(0)) {
            d.status = SftpDownload::Status::LocalError;
            d.error = Text::tr("cannot truncate %1: %2").arg(QDir::toNativeSeparators(partPath), local.errorString());
            stopped = true;
        }
        // The partial data is hashed again from the disk, never trusted from an earlier run.
        QByteArray block;
        while (!stopped && !local.atEnd()) {
            block = local.read(1024 * 1024);
            if (block.isEmpty()) {
                d.status = SftpDownload::Status::LocalError;
                d.error = Text::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(partPath), local.errorString());
                stopped = true;
                break;
            }
            hash.addData(block);
            written += block.size();
            control.done = written;
            if (control.cancel) {
                d.status = SftpDownload::Status::Canceled;
                d.error = Text::tr("canceled");
                stopped = true;
            }
        }
        d.resumedFrom = written;
    }
    QElapsedTimer transfer;
    transfer.start();
    if (d.remoteSize >= 0 && !stopped) {
        // Pipelined reads: kDepth requests of kChunk bytes in flight, answered in order. A short
        // answer (a server that caps reads) drops the requests after it and asks again from there.
        constexpr quint32 kChunk = 128 * 1024;
        constexpr int kDepth = 24;
        struct Request {
            int id;
            qint64 offset;
            quint32 length;
        };
        std::deque<Request> pending;
        QByteArray buffer(kChunk, Qt::Uninitialized);
        qint64 next = written;
        QElapsedTimer quiet;
        quiet.start();
        sftp_file_set_nonblocking(file);
        // One answer, waited for in steps of 100 ms so cancel and the stall limit are seen in time.
        auto await = [&](const Request &r) -> int {
            while (true) {
                const int n = sftp_async_read(file, buffer.data(), quint32(buffer.size()), quint32(r.id));
                if (n != SSH_AGAIN) {
                    quiet.restart();
                    return n;
                }
                if (control.cancel)
                    return SSH_AGAIN;
                if (quiet.elapsed() > stallTimeout.count())
                    return SSH_AGAIN;
                ssh_channel_poll_timeout(sftp->channel, 100, 0);
            }
        };
        local.seek(written);
        while (written < d.remoteSize || !pending.empty()) {
            while (int(pending.size()) < kDepth && next < d.remoteSize) {
                const quint32 length = quint32(std::min<qint64>(kChunk, d.remoteSize - next));
                sftp_seek64(file, quint64(next)); // our own offsets: libssh's moves on short answers
                const int id = sftp_async_read_begin(file, length);
                if (id < 0)
                    break;
                pending.push_back({id, next, length});
                next += length;
            }
            if (pending.empty()) {
                sftpFailed(Text::tr("cannot request data of %1"));
                stopped = true;
                break;
            }
            const Request r = pending.front();
            pending.pop_front();
            const int n = await(r);
            if (n == SSH_AGAIN) {
                if (control.cancel) {
                    d.status = SftpDownload::Status::Canceled;
                    d.error = Text::tr("canceled");
                } else {
                    d.status = SftpDownload::Status::Failed;
                    d.error = Text::tr("%1 sent nothing for %2 s while %3 was downloaded")
                                  .arg(m_target.endpoint.name)
                                  .arg(stallTimeout.count() / 1000)
                                  .arg(shownPath);
                }
                stopped = true;
                break;
            }
            if (n < 0) {
                sftpFailed(Text::tr("cannot read %1"));
                stopped = true;
                break;
            }
            if (n == 0) // the file got shorter on the host: what was read is all there is
                break;
            if (local.write(buffer.constData(), n) != n) {
                d.status = SftpDownload::Status::LocalError;
                d.error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(partPath), local.errorString());
                stopped = true;
                break;
            }
            hash.addData(QByteArrayView(buffer.constData(), n));
            written += n;
            control.done = written;
            if (control.onProgress)
                control.onProgress(written, d.remoteSize);
            if (quint32(n) < r.length) {
                // Answers to the later requests start at the wrong offset: read them, drop them.
                for (const Request &later : pending) {
                    if (await(later) == SSH_AGAIN)
                        break;
                }
                pending.clear();
                next = written;
            }
            if (control.cancel && written < d.remoteSize) {
                d.status = SftpDownload::Status::Canceled;
                d.error = Text::tr("canceled");
                stopped = true;
                break;
            }
        }
        // Unread answers stay queued in the SFTP session and go with it (sftp_free); the handle is
        // closed only when nothing is in flight (closing waits for the host's answer).
        if (pending.empty())
            sftp_close(file);
        file = nullptr;
        if (!stopped)
            d.status = SftpDownload::Status::Completed;
    }
    d.transferMs = transfer.elapsed();
    if (file)
        sftp_close(file);
    if (local.isOpen() && !local.flush() && d.status == SftpDownload::Status::Completed) {
        d.status = SftpDownload::Status::LocalError;
        d.error = Text::tr("cannot write %1: %2").arg(QDir::toNativeSeparators(partPath), local.errorString());
    }
    local.close();
    d.bytes = written;
    if (d.status == SftpDownload::Status::Completed)
        d.sha256 = hash.hexResult();
    sftp_free(sftp);
    if (!ssh_is_connected(s)) {
        // Every byte that arrived is in the partial file; a transfer cut short can be resumed.
        if (d.status == SftpDownload::Status::Failed) {
            d.status = SftpDownload::Status::Unreachable;
            d.error = Text::tr("connection to %1 lost while downloading %2: %3").arg(m_target.endpoint.name, shownPath, sshError(s));
        }
        d.connection = CommandResult::Status::ConnectionLost;
        disconnect();
    }
    d.elapsedMs = timer.elapsed();
    return d;
}

} // namespace opsdeck
