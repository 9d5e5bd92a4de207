#pragma once

// One OpenSSH known_hosts file, read and appended with OpenSSH 9.2 semantics (sshd(8) "SSH_KNOWN_HOSTS
// FILE FORMAT"): comments, @revoked and @cert-authority markers, comma-separated patterns with '*',
// '?' and '!' negation, [host]:port entries and hashed |1|salt|hmac names. Malformed lines are
// skipped, as ssh skips them.
// Thread-safe: no state besides the path; every call reads the file again, and add() takes an
// flock() so that threads and processes appending at once never interleave.

#include "ssh/HostKey.h"

#include <QString>
#include <QStringList>

namespace opsdeck {

struct KnownHostsVerdict {
    enum class Status {
        Known, // an applicable line records exactly the offered key
        Unknown, // no applicable line (or no file): ask the user, then add()
        Changed, // an applicable line records another key of the same type: refuse
        OtherType, // applicable lines record only keys of other types (ssh 9.2 reports this as changed)
        Revoked, // an applicable @revoked line names the offered key: refuse
        Unreadable, // the file exists but cannot be read: refuse
    };
    Status status = Status::Unknown;
    QString file; // which file decided
    int line = 0; // 1-based line that decided (Known/Changed/OtherType/Revoked)
    HostKey recorded; // for Changed/OtherType: the key on record
    QString error; // for Unreadable

    // A full sentence for users, naming the host, the fingerprints and, where there is one, the remedy.
    QString describe(const QString &host, int port, const HostKey &offered) const;
};

class KnownHostsFile final
{
public:
    explicit KnownHostsFile(QString path);

    QString path() const;

    // Revoked beats Known beats Changed beats OtherType. For a port other than 22 the lines for
    // "[host]:port" decide; like ssh, when none is there, a line for the bare host name that records
    // exactly the offered key makes it Known.
    KnownHostsVerdict check(const QString &host, int port, const HostKey &offered) const;

    // The key types recorded by applicable plain lines, in file order without repeats: the
    // host-key algorithms to prefer so that a known key is negotiated rather than another type.
    QStringList recordedKeyTypes(const QString &host, int port) const;

    // Appends "pattern type base64" (pattern = lower-case host, or [host]:port when port != 22).
    // Creates the file 0600 and missing directories 0700; adds a '\n' first when the file does not
    // end in one; holds an flock() while appending; never rewrites existing lines.
    // Returns an error sentence, or an empty string on success.
    QString add(const QString &host, int port, const HostKey &key) const;

    // "host" for port 22, else "[host]:port".
    static QString hostPattern(const QString &host, int port);

private:
    QString m_path;
};

} // namespace opsdeck
