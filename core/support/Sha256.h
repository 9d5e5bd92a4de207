#pragma once

// An incremental SHA-256 through OpenSSL's libcrypto (already there under libssh), which uses the
// processor's SHA extensions: QCryptographicHash's portable code is several times slower, and a
// download that hashes while it receives would be bound by it. Not thread-safe: one owner.

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

namespace opsdeck {

class Sha256 final
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView data);
    // The digest as 64 lowercase hex digits; ends this hash (addData afterwards is not allowed).
    QByteArray hexResult();

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};

} // namespace opsdeck
