#pragma once

// The shell commands of deploy files, read only as far as OpsDeck can trust them: a command is split
// into words only when it has no shell syntax at all (no quotes, expansions, redirections, lists or
// globs), and only two shapes carry meaning: `[sudo [-n]] systemctl restart UNIT…` (a service) and
// `curl -f URL` / `wget --spider URL` (a health URL). Nothing here is ever executed.
// Pure; thread-safe.

#include <QString>
#include <QStringList>

#include <optional>

namespace opsdeck::DeployCommand {

struct Words {
    QStringList words;
    QString refusal; // why the command was not split (the shell syntax found); empty when split
};

Words split(const QString &command);

struct Restart {
    QStringList units; // as written
    bool sudo = false;
};

// nullopt when the words are not a systemctl restart; why (when given) then says what else they are
// when they look like one (e.g. an option OpsDeck does not know).
std::optional<Restart> systemctlRestart(const QStringList &words, QString *why = nullptr);
// The URL a curl -f / wget probe fetches; nullopt when the words are not such a probe (why as above).
std::optional<QString> probedUrl(const QStringList &words, QString *why = nullptr);

} // namespace opsdeck::DeployCommand
