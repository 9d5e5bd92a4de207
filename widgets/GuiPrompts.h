#pragma once

// The window's answers to what SSH sessions must ask a person: unknown host keys and key
// passphrases. Called on session threads; each question is shown on the UI thread with open() (no
// nested event loop) while the asking session thread waits, at most five minutes. A question withdrawn
// by its session (PromptCancellation: the session is being stopped, say because its host's port changed)
// is answered "no" at once and its dialog closes; cancelAll() does that for every open question, so
// neither a configuration change nor shutdown ever waits on a dialog. Unknown host keys are asked in
// one dialog at a time: a second key asked while the first is open turns it into one list of every
// unknown key (BulkHostKeyDialog), to which later ones are added; each host's answer still goes back
// to its own session, which records the key as it does for one. Lives on the UI thread.

#include "ssh/SshPrompts.h"

#include <QDialog>
#include <QMutex>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <future>
#include <memory>

class QWidget;

namespace opsdeck {

class GuiPrompts final : public QObject, public HostKeyPrompt, public PassphrasePrompt
{
    Q_OBJECT
public:
    explicit GuiPrompts(QObject *parent = nullptr);
    ~GuiPrompts() override;

    void setDialogParent(QWidget *parent) { m_dialogParent = parent; }
    void cancelAll();

    bool trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key, PromptCancellation &cancel) override;
    std::optional<QByteArray> passphrase(const SshEndpoint &endpoint, const QString &keyFile, PromptCancellation &cancel) override;
    int openQuestions() const; // for tests

Q_SIGNALS:
    void dialogShown(QWidget *dialog); // for tests and for raising the window

private:
    template<typename T>
    struct Answer {
        std::promise<T> promise;
        std::once_flag once;
        std::atomic<bool> answered = false;
        QPointer<QWidget> dialog; // UI thread only
        void set(T value)
        {
            std::call_once(once, [&] {
                answered = true;
                promise.set_value(std::move(value));
            });
        }
    };
    // On a session thread: waits for the answer, or until the question is withdrawn (then no).
    template<typename T>
    T await(const std::shared_ptr<Answer<T>> &answer, PromptCancellation &cancel, T no);
    struct KeyQuestion {
        SshEndpoint endpoint;
        HostKey key;
        std::shared_ptr<Answer<bool>> answer;
        quintptr id() const { return quintptr(answer.get()); }
    };
    // UI thread: the open key dialog and what it asks.
    void askKey(const KeyQuestion &question);
    void withdrawKey(quintptr id);
    void answerKeys(bool trust);

    mutable QMutex m_mutex;
    bool m_closing = false;
    QList<std::shared_ptr<Answer<bool>>> m_keyQuestions;
    QList<std::shared_ptr<Answer<std::optional<QByteArray>>>> m_passphraseQuestions;
    QPointer<QWidget> m_dialogParent;
    QList<KeyQuestion> m_shownKeys; // UI thread
    QPointer<QDialog> m_keyDialog;  // UI thread: a HostKeyDialog or a BulkHostKeyDialog
};

} // namespace opsdeck
