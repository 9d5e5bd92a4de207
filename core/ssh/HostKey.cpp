#include "HostKey.h"

#include <QCryptographicHash>
#include <QList>
#include <QtEndian>

namespace opsdeck {

namespace {

// Far above any real public key (a 16384-bit RSA key is about 2 KiB); keeps hostile input cheap.
constexpr qsizetype kMaxBlobSize = 64 * 1024;

// The type a public key blob names for itself, or nullopt when it is not a plain public key.
// Every plain public key format (RSA, DSA, ECDSA, Ed25519 and their security-key variants) is a
// sequence of length-prefixed strings (RFC 4251 §5) that fills the blob exactly, the first being
// the type; that framing is what a truncated or corrupted key breaks.
std::optional<QString> typeOfBlob(const QByteArray &blob)
{
    if (blob.isEmpty() || blob.size() > kMaxBlobSize)
        return std::nullopt;
    QList<QByteArray> fields;
    qsizetype pos = 0;
    while (pos < blob.size()) {
        if (blob.size() - pos < 4)
            return std::nullopt;
        const quint32 length = qFromBigEndian<quint32>(blob.constData() + pos);
        pos += 4;
        if (length > static_cast<quint64>(blob.size() - pos))
            return std::nullopt;
        fields.append(blob.mid(pos, static_cast<qsizetype>(length)));
        pos += static_cast<qsizetype>(length);
    }
    if (fields.size() < 2)
        return std::nullopt;
    const QByteArray &type = fields.at(0);
    if (type.isEmpty() || type.size() > 64)
        return std::nullopt;
    for (char c : type) {
        if (c <= ' ' || c > '~')
            return std::nullopt;
    }
    // Certificates are not host keys on record; known_hosts holds their CA as a plain key.
    if (type.endsWith("-cert-v01@openssh.com"))
        return std::nullopt;
    // "ecdsa-sha2-nistp256" must carry the curve "nistp256", as sshkey_read() insists.
    static const QByteArray ecdsaPrefix = QByteArrayLiteral("ecdsa-sha2-");
    if (type.startsWith(ecdsaPrefix) && fields.at(1) != type.mid(ecdsaPrefix.size()))
        return std::nullopt;
    return QString::fromLatin1(type);
}

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// The next blank-separated field of `line` from `pos`; advances `pos` past it.
QStringView nextField(QStringView line, qsizetype &pos)
{
    while (pos < line.size() && isBlank(line.at(pos)))
        ++pos;
    const qsizetype start = pos;
    while (pos < line.size() && !isBlank(line.at(pos)))
        ++pos;
    return line.sliced(start, pos - start);
}

} // namespace

QString HostKey::fingerprintSha256() const
{
    const QByteArray digest = QCryptographicHash::hash(blob, QCryptographicHash::Sha256);
    return QStringLiteral("SHA256:")
        + QString::fromLatin1(digest.toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals));
}

QString HostKey::base64() const
{
    return QString::fromLatin1(blob.toBase64());
}

QString HostKey::toOpenSshLine() const
{
    return type + u' ' + base64();
}

bool HostKey::isValid() const
{
    const std::optional<QString> ownType = typeOfBlob(blob);
    return ownType && *ownType == type;
}

std::optional<HostKey> HostKey::fromOpenSshLine(const QString &typeAndBase64)
{
    const QStringView line = QStringView(typeAndBase64).trimmed();
    qsizetype pos = 0;
    const QStringView type = nextField(line, pos);
    const QStringView encoded = nextField(line, pos);
    if (type.isEmpty() || encoded.isEmpty())
        return std::nullopt;
    // Non-Latin-1 characters become '?', which is not base64 and so is rejected below.
    const auto decoded = QByteArray::fromBase64Encoding(encoded.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    std::optional<HostKey> key = fromBlob(decoded.decoded);
    if (!key || key->type != type)
        return std::nullopt;
    return key;
}

std::optional<HostKey> HostKey::fromBlob(const QByteArray &blob)
{
    std::optional<QString> type = typeOfBlob(blob);
    if (!type)
        return std::nullopt;
    return HostKey {*type, blob};
}

} // namespace opsdeck
