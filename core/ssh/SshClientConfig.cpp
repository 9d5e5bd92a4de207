#include "SshClientConfig.h"

#include "WildcardMatch.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace opsdeck {

namespace {

constexpr int kMaxIncludeDepth = 16;
constexpr qint64 kMaxFileBytes = 1024 * 1024;

// Splits "Keyword value", "Keyword=value" and quoted arguments.
QStringList tokens(const QString &line)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false;
    for (QChar c : line) {
        if (c == u'"') {
            quoted = !quoted;
            any = true;
        } else if (!quoted && (c.isSpace() || (c == u'=' && out.isEmpty()))) {
            if (any || !current.isEmpty())
                out << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        out << current;
    return out;
}

// Host names are matched case-insensitively, as OpenSSH does: both sides lower-cased.
bool globMatch(const QString &pattern, const QString &host)
{
    return wildcardMatch(host.toLower().toUtf8(), pattern.toLower().toUtf8());
}

} // namespace

QString SshClientConfig::defaultPath()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

SshClientConfig SshClientConfig::load(const QString &path)
{
    SshClientConfig config;
    QFile file(path);
    if (!file.exists())
        return config;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes) {
        config.m_warnings << QStringLiteral("%1: cannot be read").arg(path);
        return config;
    }
    config.parseInto(QString::fromUtf8(file.readAll()), QFileInfo(path).absolutePath(), 0);
    return config;
}

SshClientConfig SshClientConfig::parse(const QString &text, const QString &baseDirectory)
{
    SshClientConfig config;
    config.parseInto(text, baseDirectory, 0);
    return config;
}

void SshClientConfig::parseInto(const QString &text, const QString &baseDirectory, int depth)
{
    if (m_blocks.isEmpty())
        m_blocks.append(Block{});
    for (const QString &rawLine : text.split(u'\n')) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList parts = tokens(line);
        if (parts.isEmpty())
            continue;
        const QString keyword = parts.constFirst().toLower();
        const QStringList args = parts.mid(1);
        if (keyword == QLatin1String("host")) {
            m_blocks.append(Block{args, false, {}});
        } else if (keyword == QLatin1String("match")) {
            m_blocks.append(Block{{}, true, {}});
            m_warnings << QStringLiteral("Match blocks are not evaluated by OpsDeck; their options are ignored");
        } else if (keyword == QLatin1String("include")) {
            if (depth >= kMaxIncludeDepth) {
                m_warnings << QStringLiteral("Include nested more than %1 deep").arg(kMaxIncludeDepth);
                continue;
            }
            for (QString pattern : args) {
                if (pattern.startsWith(QStringLiteral("~/")))
                    pattern = QDir::homePath() + pattern.mid(1);
                else if (!QDir::isAbsolutePath(pattern))
                    pattern = QDir::homePath() + QStringLiteral("/.ssh/") + pattern;
                const QFileInfo info(pattern);
                const QStringList files = QDir(info.absolutePath()).entryList({info.fileName()}, QDir::Files, QDir::Name);
                for (const QString &name : files) {
                    QFile file(info.absolutePath() + u'/' + name);
                    // Options at the top of an included file belong to the block that included it.
                    if (file.open(QIODevice::ReadOnly) && file.size() <= kMaxFileBytes)
                        parseInto(QString::fromUtf8(file.readAll()), info.absolutePath(), depth + 1);
                }
            }
        } else if (!args.isEmpty()) {
            m_blocks.last().options.append({keyword, args.join(u' ')});
        }
    }
    Q_UNUSED(baseDirectory)
}

bool SshClientConfig::matches(const QStringList &patterns, const QString &host)
{
    bool matched = false;
    for (const QString &pattern : patterns) {
        for (const QString &single : pattern.split(u',', Qt::SkipEmptyParts)) {
            if (single.startsWith(u'!')) {
                if (globMatch(single.mid(1), host))
                    return false; // a negated match excludes the block outright
            } else if (globMatch(single, host)) {
                matched = true;
            }
        }
    }
    return matched;
}

SshConfigEntry SshClientConfig::lookup(const QString &host, const QString &localUser) const
{
    SshConfigEntry entry;
    bool jumpSet = false;
    for (const Block &block : m_blocks) {
        if (block.never || (!block.patterns.isEmpty() && !matches(block.patterns, host)))
            continue;
        for (const auto &[keyword, value] : block.options) {
            if (keyword == QLatin1String("hostname") && entry.hostName.isEmpty()) {
                entry.hostName = QString(value).replace(QStringLiteral("%h"), host);
            } else if (keyword == QLatin1String("user") && entry.user.isEmpty()) {
                entry.user = value;
            } else if (keyword == QLatin1String("port") && entry.port == 0) {
                entry.port = value.toInt();
            } else if (keyword == QLatin1String("identityfile")) {
                entry.identityFiles << value; // every IdentityFile adds one, as in OpenSSH
            } else if (keyword == QLatin1String("proxyjump") && !jumpSet) {
                jumpSet = true;
                if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0)
                    entry.proxyJump = value.split(u',', Qt::SkipEmptyParts);
            }
        }
    }
    const QString remoteUser = entry.user.isEmpty() ? localUser : entry.user;
    const QString hostName = entry.hostName.isEmpty() ? host : entry.hostName;
    for (QString &file : entry.identityFiles) {
        if (file.startsWith(QStringLiteral("~/")))
            file = QDir::homePath() + file.mid(1);
        file.replace(QStringLiteral("%d"), QDir::homePath())
            .replace(QStringLiteral("%u"), localUser)
            .replace(QStringLiteral("%r"), remoteUser)
            .replace(QStringLiteral("%h"), hostName)
            .replace(QStringLiteral("%%"), QStringLiteral("%"));
    }
    return entry;
}

} // namespace opsdeck
