#pragma once

// The window's answers to what SSH sessions must ask a person: unknown host keys and key
// passphrases. Called on session threads; each question is shown on the UI thread with open() (no
// nested event loop) while the asking session thread waits, at most five minutes. cancelAll() answers
// every open question with "no" so shutdown never waits on a dialog. Lives on the UI thread.

#include "ssh/SshPrompts.h"

#include <QMutex>
#include <QObject>
#include <QPointer>

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

    bool trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key) override;
    std::optional<QByteArray> passphrase(const SshEndpoint &endpoint, const QString &keyFile) override;

Q_SIGNALS:
    void dialogShown(QWidget *dialog); // for tests and for raising the window

private:
    template<typename T>
    struct Answer {
        std::promise<T> promise;
        std::once_flag once;
        void set(T value)
        {
            std::call_once(once, [&] { promise.set_value(std::move(value)); });
        }
    };

    QMutex m_mutex;
    bool m_closing = false;
    QList<std::shared_ptr<Answer<bool>>> m_keyQuestions;
    QList<std::shared_ptr<Answer<std::optional<QByteArray>>>> m_passphraseQuestions;
    QPointer<QWidget> m_dialogParent;
};

} // namespace opsdeck
