#pragma once

// Prompts for the command line. Host keys: `opsdeck trust` asks on the terminal; every other verb
// refuses an unknown key and says how to trust it. Passphrases are read from /dev/tty with echo off,
// never from stdin or the environment. Called on SSH session threads. A question withdrawn before it
// is asked is not asked; one already on the terminal waits for its line (a terminal read cannot be
// taken back), which only the CLI's own shutdown can meet.

#include "ssh/SshPrompts.h"

namespace opsdeck {

class TerminalPrompts final : public HostKeyPrompt, public PassphrasePrompt
{
public:
    explicit TerminalPrompts(bool askAboutHostKeys) : m_askAboutHostKeys(askAboutHostKeys) {}

    bool trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key, PromptCancellation &cancel) override;
    QString refusalHint(const SshEndpoint &endpoint) const override;
    std::optional<QByteArray> passphrase(const SshEndpoint &endpoint, const QString &keyFile, PromptCancellation &cancel) override;

private:
    bool m_askAboutHostKeys;
};

} // namespace opsdeck
