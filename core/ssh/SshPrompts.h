#pragma once

// The decisions a connection cannot make alone. Called on the connection's own thread, never the UI
// thread; an implementation may block there while it asks a person (a dialog, a terminal) — but it must
// give up at once when the question is withdrawn (PromptCancellation), so that stopping a session never
// waits for a person.

#include "HostKey.h"
#include "KnownHostsFile.h"
#include "SshTarget.h"

#include <functional>
#include <map>
#include <mutex>
#include <optional>

namespace opsdeck {

// A session's way to withdraw the questions it asked. SshEngine cancels a session's token when it stops
// that session (its host's configuration changed, shutdown); a prompt waiting for a person then answers
// "no" at once. Once canceled, every later question under the token is answered "no" without asking.
// Thread-safe.
class PromptCancellation
{
public:
    // Any thread: cancels, and wakes every prompt waiting under this token (wake runs on this thread).
    void cancel()
    {
        std::map<quint64, std::function<void()>> waiting;
        {
            std::lock_guard lock(m_mutex);
            if (m_canceled)
                return;
            m_canceled = true;
            waiting.swap(m_waiting);
        }
        for (auto &[id, wake] : waiting)
            wake();
    }
    bool isCanceled() const
    {
        std::lock_guard lock(m_mutex);
        return m_canceled;
    }
    // For prompts: wake is called once if the token is canceled while subscribed. Returns 0 (and keeps
    // nothing) when it already is canceled; else an id for unsubscribe(), to call before wake's
    // captures go away.
    quint64 subscribe(std::function<void()> wake)
    {
        std::lock_guard lock(m_mutex);
        if (m_canceled)
            return 0;
        const quint64 id = m_next++;
        m_waiting.emplace(id, std::move(wake));
        return id;
    }
    void unsubscribe(quint64 id)
    {
        std::lock_guard lock(m_mutex);
        m_waiting.erase(id);
    }

private:
    mutable std::mutex m_mutex;
    bool m_canceled = false;
    quint64 m_next = 1;
    std::map<quint64, std::function<void()>> m_waiting;
};

class HostKeyPrompt
{
public:
    virtual ~HostKeyPrompt() = default;
    // The key is in no known_hosts line for this host. true: trust it (it will be recorded). Returns
    // false at once when cancel is (or becomes) canceled.
    virtual bool trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key, PromptCancellation &cancel) = 0;
    // Appended to the refusal of an unknown key: how this front end lets a person trust it.
    virtual QString refusalHint(const SshEndpoint &) const { return {}; }
};

class PassphrasePrompt
{
public:
    virtual ~PassphrasePrompt() = default;
    // The key file is encrypted. Returns the passphrase, or nothing when the person declines or the
    // question is withdrawn (cancel).
    virtual std::optional<QByteArray> passphrase(const SshEndpoint &endpoint, const QString &keyFile, PromptCancellation &cancel) = 0;
};

// For the command line and for automation: never trusts a new key, never asks for a passphrase.
class RefusingPrompts final : public HostKeyPrompt, public PassphrasePrompt
{
public:
    bool trustUnknownKey(const SshEndpoint &, const HostKey &, PromptCancellation &) override { return false; }
    std::optional<QByteArray> passphrase(const SshEndpoint &, const QString &, PromptCancellation &) override { return std::nullopt; }
};

} // namespace opsdeck
