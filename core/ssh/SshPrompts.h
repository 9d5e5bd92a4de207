#pragma once

// The decisions a connection cannot make alone. Called on the connection's own thread, never the UI
// thread; an implementation may block there while it asks a person (a dialog, a terminal).

#include "HostKey.h"
#include "KnownHostsFile.h"
#include "SshTarget.h"

#include <optional>

namespace opsdeck {

class HostKeyPrompt
{
public:
    virtual ~HostKeyPrompt() = default;
    // The key is in no known_hosts line for this host. true: trust it (it will be recorded).
    virtual bool trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key) = 0;
    // Appended to the refusal of an unknown key: how this front end lets a person trust it.
    virtual QString refusalHint(const SshEndpoint &) const { return {}; }
};

class PassphrasePrompt
{
public:
    virtual ~PassphrasePrompt() = default;
    // The key file is encrypted. Returns the passphrase, or nothing when the person declines.
    virtual std::optional<QByteArray> passphrase(const SshEndpoint &endpoint, const QString &keyFile) = 0;
};

// For the command line and for automation: never trusts a new key, never asks for a passphrase.
class RefusingPrompts final : public HostKeyPrompt, public PassphrasePrompt
{
public:
    bool trustUnknownKey(const SshEndpoint &, const HostKey &) override { return false; }
    std::optional<QByteArray> passphrase(const SshEndpoint &, const QString &) override { return std::nullopt; }
};

} // namespace opsdeck
