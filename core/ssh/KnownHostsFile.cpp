#include "KnownHostsFile.h"

#include "WildcardMatch.h"

#include "config/RemoteValueRules.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QMessageAuthenticationCode>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <vector>

namespace opsdeck {

namespace {

// lupdate and the runtime agree on the context through the macro.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(KnownHosts)
};

// A known_hosts file this large is not one; refusing keeps a mistaken path from eating memory.
constexpr qint64 kMaxFileSize = 64 * 1024 * 1024;
// match_pattern_list() copies each pattern into a 1024-byte buffer; a longer one matches nothing.
constexpr qsizetype kMaxSubpatternSize = 1023;
// extract_salt() refuses an encoded salt longer than this.
constexpr qsizetype kMaxEncodedSaltSize = 1024;

enum class Marker { None, CertAuthority, Revoked };

struct Entry {
    Marker marker = Marker::None;
    int line = 0;
    HostKey key;
    bool portless = false; // applies only through the names without the port (see portlessNames())
};

struct Lookup {
    QString error; // the file exists but could not be read
    QList<Entry> entries;
};

// Closes the descriptor when it goes out of scope; closing also drops an flock().
class UniqueFd final
{
public:
    explicit UniqueFd(int fd) : m_fd(fd) { }
    ~UniqueFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

int openRetrying(const QString &path, int flags, mode_t mode = 0)
{
    const QByteArray native = QFile::encodeName(path);
    int fd = -1;
    do {
        fd = ::open(native.constData(), flags, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

char asciiLower(char c)
{
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// OpenSSH lower-cases with tolower() in the C locale: ASCII letters only.
QByteArray asciiLower(QByteArrayView text)
{
    QByteArray lowered(text.data(), text.size());
    for (char &c : lowered)
        c = asciiLower(c);
    return lowered;
}

QString asciiLower(const QString &text)
{
    QString lowered = text;
    for (QChar &c : lowered) {
        if (c >= u'A' && c <= u'Z')
            c = QChar(c.unicode() - u'A' + u'a');
    }
    return lowered;
}

bool isDefaultPort(int port)
{
    return port == 22;
}

// match_pattern_list(): 1 when a pattern matches, -1 when a negated ('!') one does, else 0.
// Both sides are lower-case already.
int matchPatternList(QByteArrayView name, QByteArrayView list)
{
    int result = 0;
    qsizetype i = 0;
    while (i < list.size()) {
        const bool negated = list.at(i) == '!';
        if (negated)
            ++i;
        const qsizetype start = i;
        while (i < list.size() && list.at(i) != ',')
            ++i;
        const QByteArrayView pattern = list.sliced(start, i - start);
        if (pattern.size() >= kMaxSubpatternSize)
            return 0;
        if (i < list.size())
            ++i;
        if (wildcardMatch(name, pattern)) {
            if (negated)
                return -1;
            result = 1;
        }
    }
    return result;
}

// match_maybe_hashed() for a "|1|base64(salt)|base64(HMAC-SHA1(salt, name))" field, which names
// exactly one host. nullopt when the field is not a well-formed hash: ssh skips such a line.
std::optional<bool> matchHashed(const QList<QByteArray> &names, QByteArrayView field)
{
    static const QByteArray magic = QByteArrayLiteral("|1|");
    if (!field.startsWith(magic))
        return std::nullopt;
    const QByteArrayView rest = field.sliced(magic.size());
    qsizetype separator = 0;
    while (separator < rest.size() && rest.at(separator) != '|')
        ++separator;
    if (separator == 0 || separator == rest.size() || separator > kMaxEncodedSaltSize)
        return std::nullopt;
    const auto salt
        = QByteArray::fromBase64Encoding(rest.first(separator).toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || salt.decoded.size() != 20) // SHA-1 sized, as extract_salt() demands
        return std::nullopt;
    const QByteArray wanted = field.toByteArray();
    for (const QByteArray &name : names) {
        const QByteArray mac = QMessageAuthenticationCode::hash(name, salt.decoded, QCryptographicHash::Sha1);
        if (QByteArray(magic + salt.decoded.toBase64() + '|' + mac.toBase64()) == wanted)
            return true;
    }
    return false;
}

// Whether a hosts field names one of `names`; nullopt for a malformed hash.
std::optional<bool> hostsFieldApplies(QByteArrayView hosts, const QList<QByteArray> &names)
{
    if (hosts.startsWith('|'))
        return matchHashed(names, hosts);
    const QByteArray lowered = asciiLower(hosts);
    bool positive = false;
    for (const QByteArray &name : names) {
        const int match = matchPatternList(name, lowered);
        if (match < 0)
            return false; // a negated pattern takes the whole line away from this host
        positive = positive || match > 0;
    }
    return positive;
}

// The names that stand for the default port: what ssh looks up, "host", and "[host]:22", which
// names the same endpoint.
QList<QByteArray> defaultPortNames(const QString &loweredHost)
{
    return {loweredHost.toUtf8(), QString(u'[' + loweredHost + QStringLiteral("]:22")).toUtf8()};
}

// The names a line may list for (host, port): ssh looks up "host" or "[host]:port".
QList<QByteArray> lookupNames(const QString &host, int port)
{
    const QString lowered = asciiLower(host);
    if (isDefaultPort(port))
        return defaultPortNames(lowered);
    return {KnownHostsFile::hostPattern(lowered, port).toUtf8()};
}

// For another port, ssh also accepts a key recorded for the bare host name when it is exactly the
// offered key and nothing is recorded for [host]:port ("checking without port identifier" in
// check_host_key()); other keys recorded for the bare name neither change the key nor count as
// other types.
QList<QByteArray> portlessNames(const QString &host, int port)
{
    if (isDefaultPort(port))
        return {};
    return defaultPortNames(asciiLower(host));
}

// The whole file; empty when it does not exist (ssh treats a missing file as an empty one).
QByteArray readFile(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        *error = Text::tr("no file name is configured");
        return {};
    }
    // O_NONBLOCK: a FIFO put in place of the file must not hang the caller.
    const UniqueFd fd(openRetrying(path, O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (fd.get() < 0) {
        if (errno != ENOENT)
            *error = qt_error_string(errno);
        return {};
    }
    struct stat status = {};
    if (::fstat(fd.get(), &status) != 0) {
        *error = qt_error_string(errno);
        return {};
    }
    if (S_ISDIR(status.st_mode)) {
        *error = Text::tr("it is a directory, not a file");
        return {};
    }
    if (!S_ISREG(status.st_mode)) {
        *error = Text::tr("it is not a regular file");
        return {};
    }
    QByteArray contents;
    // On the heap: read on a session thread, whose stack keeps every page it touched.
    std::vector<char> buffer(16 * 1024);
    for (;;) {
        const ssize_t got = ::read(fd.get(), buffer.data(), buffer.size());
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = qt_error_string(errno);
            return {};
        }
        if (got == 0)
            return contents;
        contents.append(buffer.data(), static_cast<qsizetype>(got));
        if (contents.size() > kMaxFileSize) {
            *error = Text::tr("it is larger than %1 MiB").arg(kMaxFileSize / (1024 * 1024));
            return {};
        }
    }
}

// The well-formed lines of `path` whose host patterns apply to (host, port), in file order, with
// the same parsing as hostkeys_foreach() and sshkey_read(). Malformed lines are skipped.
Lookup lookUp(const QString &path, const QString &host, int port)
{
    Lookup lookup;
    const QByteArray contents = readFile(path, &lookup.error);
    if (!lookup.error.isEmpty())
        return lookup;
    const QList<QByteArray> names = lookupNames(host, port);
    const QList<QByteArray> portless = portlessNames(host, port);
    const auto skip = [&](int lineNumber, const char *why) {
        qCDebug(lcSsh, "%s:%d: skipped malformed known_hosts line (%s)", qUtf8Printable(path), lineNumber, why);
    };

    int lineNumber = 0;
    qsizetype lineStart = 0;
    while (lineStart < contents.size()) {
        qsizetype lineEnd = contents.indexOf('\n', lineStart);
        if (lineEnd < 0)
            lineEnd = contents.size();
        QByteArrayView line(contents.constData() + lineStart, lineEnd - lineStart);
        lineStart = lineEnd + 1;
        ++lineNumber;

        // getline() hands ssh the bytes; its C string ends at the first NUL.
        for (qsizetype i = 0; i < line.size(); ++i) {
            if (line.at(i) == '\0') {
                line = line.first(i);
                break;
            }
        }

        qsizetype pos = 0;
        const auto skipBlanks = [&] {
            while (pos < line.size() && isBlank(line.at(pos)))
                ++pos;
        };
        const auto field = [&] {
            const qsizetype start = pos;
            while (pos < line.size() && !isBlank(line.at(pos)))
                ++pos;
            return line.sliced(start, pos - start);
        };

        skipBlanks();
        if (pos == line.size() || line.at(pos) == '#')
            continue;

        Marker marker = Marker::None;
        bool badMarker = false;
        while (pos < line.size() && line.at(pos) == '@') {
            const QByteArrayView word = field();
            // Only one marker, and it must be followed by the rest of the line.
            if (marker != Marker::None || pos == line.size()) {
                badMarker = true;
                break;
            }
            if (word == QByteArrayView("@cert-authority"))
                marker = Marker::CertAuthority;
            else if (word == QByteArrayView("@revoked"))
                marker = Marker::Revoked;
            else {
                badMarker = true;
                break;
            }
            skipBlanks();
        }
        if (badMarker) {
            skip(lineNumber, "unknown or repeated marker");
            continue;
        }

        const QByteArrayView hosts = field();
        std::optional<bool> applies = hostsFieldApplies(hosts, names);
        bool viaPortless = false;
        if (applies && !*applies && !portless.isEmpty()) {
            applies = hostsFieldApplies(hosts, portless);
            viaPortless = applies.value_or(false);
        }
        if (!applies) {
            skip(lineNumber, "bad host hash");
            continue;
        }
        if (!*applies)
            continue;

        skipBlanks();
        if (pos == line.size() || line.at(pos) == '#') {
            skip(lineNumber, "no key");
            continue;
        }
        std::optional<HostKey> key = HostKey::fromOpenSshLine(QString::fromLatin1(line.sliced(pos)));
        if (!key) {
            skip(lineNumber, "bad key");
            continue;
        }
        lookup.entries.append(Entry {marker, lineNumber, std::move(*key), viaPortless});
    }
    return lookup;
}

// The key as users compare it: "SHA256:… (ssh-ed25519)".
QString keyText(const HostKey &key)
{
    return key.fingerprintSha256() + QStringLiteral(" (") + key.type + u')';
}

// A file name as one shell word, quoted only when it needs to be.
QString shellWord(const QString &text)
{
    const bool plain = !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 128 && (c.isLetterOrNumber() || QStringLiteral("/._-+:@%,=").contains(c));
    });
    return plain ? text : RemoteValueRules::shellQuote(text);
}

// Host names are written into a file other programs parse: no blanks, commas, patterns or markers.
QString problemWithHostName(const QString &host)
{
    if (host.isEmpty())
        return Text::tr("the host name is empty");
    if (host.size() > 255)
        return Text::tr("the host name is longer than 255 characters");
    for (QChar c : host) {
        const bool ok = c.unicode() < 128
            && (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u':' || c == u'%');
        if (!ok)
            return Text::tr("a host name may contain only letters, digits, '.', '-', '_', ':' and '%'");
    }
    return {};
}

QString createPrivateDirectories(const QString &directory)
{
    QStringList missing;
    QString current = QDir::cleanPath(directory);
    while (!QFileInfo::exists(current)) {
        missing.prepend(current);
        const QString parent = QFileInfo(current).path();
        if (parent == current)
            break;
        current = parent;
    }
    for (const QString &path : std::as_const(missing)) {
        const QByteArray native = QFile::encodeName(path);
        if (::mkdir(native.constData(), 0700) != 0) {
            if (errno == EEXIST)
                continue; // created by someone else meanwhile
            return Text::tr("cannot create the directory %1: %2").arg(path, qt_error_string(errno));
        }
        ::chmod(native.constData(), 0700); // mkdir() applied the umask; the directory is ours
    }
    return {};
}

// Appends `line` under an exclusive flock(), first ending an unterminated last line.
QString appendLocked(const QString &path, const QByteArray &line)
{
    // O_RDWR: the last byte is read under the lock. 0600 like ssh's files; the umask can only narrow it.
    const UniqueFd fd(openRetrying(path, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOCTTY | O_NONBLOCK, 0600));
    if (fd.get() < 0)
        return qt_error_string(errno);
    struct stat status = {};
    if (::fstat(fd.get(), &status) != 0)
        return qt_error_string(errno);
    if (!S_ISREG(status.st_mode))
        return Text::tr("it is not a regular file");
    while (::flock(fd.get(), LOCK_EX) != 0) {
        if (errno != EINTR)
            return qt_error_string(errno);
    }
    // The size that counts is the one seen under the lock.
    if (::fstat(fd.get(), &status) != 0)
        return qt_error_string(errno);
    QByteArray data;
    if (status.st_size > 0) {
        char last = '\n';
        ssize_t got = -1;
        do {
            got = ::pread(fd.get(), &last, 1, status.st_size - 1);
        } while (got < 0 && errno == EINTR);
        if (got < 0)
            return qt_error_string(errno);
        if (last != '\n')
            data.append('\n');
    }
    data.append(line);
    // One write() in the usual case. A write cut short leaves a partial last line, which readers
    // skip as malformed and the next add() terminates; truncating instead could cut a line that a
    // process not taking the lock (ssh itself) appended meanwhile.
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t put = ::write(fd.get(), data.constData() + written, static_cast<size_t>(data.size() - written));
        if (put < 0 && errno == EINTR)
            continue;
        if (put < 0)
            return qt_error_string(errno);
        written += static_cast<qsizetype>(put);
    }
    return {};
}

} // namespace

QString KnownHostsVerdict::describe(const QString &host, int port, const HostKey &offered) const
{
    const QString name = KnownHostsFile::hostPattern(asciiLower(host), port);
    switch (status) {
    case Status::Known:
        return Text::tr("The host key of %1 is known: line %2 of %3 records %4.")
            .arg(name, QString::number(line), file, keyText(offered));
    case Status::Unknown:
        return Text::tr("The host %1 is not in the known_hosts file %2; the server offered %3. Compare this "
                        "fingerprint with one obtained another way before trusting it.")
            .arg(name, file, keyText(offered));
    case Status::Changed: {
        const QString removal = QStringLiteral("ssh-keygen -R ") + RemoteValueRules::shellQuote(name)
            + QStringLiteral(" -f ") + shellWord(file);
        return Text::tr("The host key of %1 has changed: known_hosts line %2 of %3 records %4, the server offered %5. "
                        "Refusing to connect before authenticating; if the change is expected, remove the old key "
                        "with: %6")
            .arg(name, QString::number(line), file, keyText(recorded), keyText(offered), removal);
    }
    case Status::OtherType:
        return Text::tr("The server %1 offered a key of a type not on record, %2; known_hosts line %3 of %4 records "
                        "%5 for it. OpenSSH treats this as a changed host key: trust the new key only after comparing "
                        "its fingerprint with one obtained another way.")
            .arg(name, keyText(offered), QString::number(line), file, keyText(recorded));
    case Status::Revoked:
        return Text::tr("The server %1 offered the key %2, which known_hosts line %3 of %4 marks as revoked. "
                        "Refusing to connect.")
            .arg(name, keyText(offered), QString::number(line), file);
    case Status::Unreadable:
        return Text::tr("Cannot read the known_hosts file %1: %2. Refusing to connect to %3 without checking its "
                        "host key.")
            .arg(file, error, name);
    }
    return {};
}

KnownHostsFile::KnownHostsFile(QString path) : m_path(std::move(path)) { }

QString KnownHostsFile::path() const
{
    return m_path;
}

KnownHostsVerdict KnownHostsFile::check(const QString &host, int port, const HostKey &offered) const
{
    KnownHostsVerdict verdict;
    verdict.file = m_path;
    const Lookup lookup = lookUp(m_path, host, port);
    if (!lookup.error.isEmpty()) {
        verdict.status = KnownHostsVerdict::Status::Unreadable;
        verdict.error = lookup.error;
        return verdict;
    }
    const Entry *revoked = nullptr;
    const Entry *known = nullptr;
    const Entry *knownPortless = nullptr;
    const Entry *changed = nullptr;
    const Entry *otherType = nullptr;
    for (const Entry &entry : lookup.entries) {
        switch (entry.marker) {
        case Marker::Revoked:
            // Stricter than ssh, which ignores a revocation recorded for the bare name when it
            // looks up [host]:port: a revoked key stays revoked for every port of the host.
            if (!revoked && entry.key == offered)
                revoked = &entry;
            break;
        case Marker::CertAuthority:
            break; // vouches for certificates signed by that key, never for a plain host key
        case Marker::None:
            if (entry.portless) {
                if (!knownPortless && entry.key == offered)
                    knownPortless = &entry;
            } else if (entry.key == offered) {
                if (!known)
                    known = &entry;
            } else if (entry.key.type == offered.type) {
                if (!changed)
                    changed = &entry;
            } else if (!otherType) {
                otherType = &entry;
            }
            break;
        }
    }
    const auto decide = [&](KnownHostsVerdict::Status status, const Entry *entry) {
        verdict.status = status;
        verdict.line = entry->line;
        if (status == KnownHostsVerdict::Status::Changed || status == KnownHostsVerdict::Status::OtherType)
            verdict.recorded = entry->key;
        return verdict;
    };
    if (revoked)
        return decide(KnownHostsVerdict::Status::Revoked, revoked);
    if (known)
        return decide(KnownHostsVerdict::Status::Known, known);
    if (changed)
        return decide(KnownHostsVerdict::Status::Changed, changed);
    if (otherType)
        return decide(KnownHostsVerdict::Status::OtherType, otherType);
    // ssh falls back to the bare name only when nothing at all is recorded for [host]:port.
    if (knownPortless)
        return decide(KnownHostsVerdict::Status::Known, knownPortless);
    verdict.status = KnownHostsVerdict::Status::Unknown;
    return verdict;
}

QStringList KnownHostsFile::recordedKeyTypes(const QString &host, int port) const
{
    QStringList types;
    const Lookup lookup = lookUp(m_path, host, port);
    for (const Entry &entry : lookup.entries) {
        if (entry.marker == Marker::None && !entry.portless && !types.contains(entry.key.type))
            types.append(entry.key.type);
    }
    return types;
}

QString KnownHostsFile::add(const QString &host, int port, const HostKey &key) const
{
    if (const QString problem = problemWithHostName(host); !problem.isEmpty())
        return Text::tr("Cannot record a host key for '%1': %2.").arg(host, problem);
    if (port < 1 || port > 65535)
        return Text::tr("Cannot record a host key for port %1: a port is a number from 1 to 65535.").arg(port);
    const QString pattern = hostPattern(asciiLower(host), port);
    if (!key.isValid())
        return Text::tr("Cannot record the host key of %1: the key is not a well-formed public key of type '%2'.")
            .arg(pattern, key.type);
    if (m_path.isEmpty())
        return Text::tr("Cannot record the host key of %1: no known_hosts file is configured.").arg(pattern);

    const QString directoryError = createPrivateDirectories(QFileInfo(m_path).absolutePath());
    if (!directoryError.isEmpty())
        return Text::tr("Cannot record the host key of %1 in %2: %3.").arg(pattern, m_path, directoryError);
    const QByteArray line = QString(pattern + u' ' + key.toOpenSshLine() + u'\n').toUtf8();
    const QString appendError = appendLocked(m_path, line);
    if (!appendError.isEmpty())
        return Text::tr("Cannot record the host key of %1 in %2: %3.").arg(pattern, m_path, appendError);
    qCDebug(lcSsh, "recorded %s key %s for %s in %s", qUtf8Printable(key.type), qUtf8Printable(key.fingerprintSha256()),
        qUtf8Printable(pattern), qUtf8Printable(m_path));
    return {};
}

QString KnownHostsFile::hostPattern(const QString &host, int port)
{
    if (isDefaultPort(port))
        return host;
    return u'[' + host + QStringLiteral("]:") + QString::number(port);
}

} // namespace opsdeck
