#pragma once

// Prompts for the command line. Host keys: `opsdeck trust` asks on the terminal; every other verb
// refuses an unknown key and says how to trust it. Passphrases are read from /dev/tty with echo off,
// never from stdin or the environment. Called on SSH session threads.

#include "ssh/SshPrompts.h"

namespace opsdeck {

class TerminalPrompts final : public HostKeyPrompt, public PassphrasePrompt
{
public:
    explicit TerminalPrompts(bool askAboutHostKeys) : m_askAboutHostKeys(askAboutHostKeys) {}

    bool trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key) override;
    QString refusalHint(const SshEndpoint &endpoint) const override;
    std::optional<QByteArray> passphrase(const SshEndpoint &endpoint, const QString &keyFile) override;

private:
    bool m_askAboutHostKeys;
};

} // namespace opsdeck
