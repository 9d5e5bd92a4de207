#pragma once

// An SSH public host key as OpenSSH writes it: the key type and the raw public key blob.
// A plain value; thread-safe; may cross threads in queued signals.

#include <QByteArray>
#include <QString>

#include <optional>

namespace opsdeck {

struct HostKey {
    QString type; // the key type named inside the blob: "ssh-ed25519", "ecdsa-sha2-nistp256", "ssh-rsa", …
                  // (for RSA this is "ssh-rsa" even when the signature algorithm is rsa-sha2-512)
    QByteArray blob; // the raw public key blob (base64-decoded)

    // "SHA256:" + unpadded base64 of sha256(blob), exactly as `ssh-keygen -lf` prints it.
    QString fingerprintSha256() const;
    QString base64() const;
    QString toOpenSshLine() const; // "type base64", as in a .pub file or a known_hosts line without hosts
    bool isValid() const; // a well-formed blob whose own type name equals `type`

    bool operator==(const HostKey &) const = default;

    // "ssh-ed25519 AAAA… [comment]"; nullopt when the base64 does not decode, the blob is not a
    // well-formed SSH public key, or its type differs from the one the line names.
    static std::optional<HostKey> fromOpenSshLine(const QString &typeAndBase64);
    // A blob as a server sends it (RFC 4253 §6.6); the type is read from the blob itself.
    static std::optional<HostKey> fromBlob(const QByteArray &blob);
};

} // namespace opsdeck
