#pragma once

// The part of OpenSSH's client configuration (~/.ssh/config) OpsDeck honours: HostName, User, Port,
// IdentityFile and ProxyJump, with OpenSSH's rules — the first value obtained wins, `Host` patterns
// with `*`, `?` and `!` negation, `Include`, `%` tokens. `Match` blocks are not evaluated (reported as
// a warning). Pure values; thread-safe once loaded.

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace opsdeck {

struct SshConfigEntry {
    QString hostName;          // empty: not set
    QString user;
    int port = 0;              // 0: not set
    QStringList identityFiles; // every IdentityFile that applies, in order (~ and % tokens expanded)
    QStringList proxyJump;     // "[user@]host[:port]" hops, outermost first; empty: none
};

class SshClientConfig final
{
public:
    static SshClientConfig load(const QString &path);
    static QString defaultPath(); // ~/.ssh/config
    static SshClientConfig parse(const QString &text, const QString &baseDirectory);

    // What `ssh HOST` would use for HOST (the name typed on the command line).
    SshConfigEntry lookup(const QString &host, const QString &localUser) const;
    QStringList warnings() const { return m_warnings; }

private:
    struct Block {
        QStringList patterns; // empty: applies to every host (options before the first Host)
        bool never = false;   // a Match block
        QList<QPair<QString, QString>> options; // lower-case keyword, value
    };
    void parseInto(const QString &text, const QString &baseDirectory, int depth);
    static bool matches(const QStringList &patterns, const QString &host);

    QList<Block> m_blocks;
    QStringList m_warnings;
};

} // namespace opsdeck
