#include "GuiPrompts.h"

#include "HostKeyDialog.h"

#include <QInputDialog>
#include <QLineEdit>

#include <chrono>

namespace opsdeck {

namespace {
constexpr auto kMaxWait = std::chrono::minutes(5);
}

GuiPrompts::GuiPrompts(QObject *parent) : QObject(parent) {}

GuiPrompts::~GuiPrompts()
{
    cancelAll();
}

void GuiPrompts::cancelAll()
{
    QMutexLocker lock(&m_mutex);
    m_closing = true;
    for (const auto &q : std::as_const(m_keyQuestions))
        q->set(false);
    for (const auto &q : std::as_const(m_passphraseQuestions))
        q->set(std::nullopt);
    m_keyQuestions.clear();
    m_passphraseQuestions.clear();
}

int GuiPrompts::openQuestions() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_keyQuestions.size() + m_passphraseQuestions.size());
}

template<typename T>
T GuiPrompts::await(const std::shared_ptr<Answer<T>> &answer, PromptCancellation &cancel, T no)
{
    std::future<T> future = answer->promise.get_future();
    // Withdrawn (on the thread that cancels, e.g. the UI thread stopping the session): "no" now, and
    // the dialog closes when the UI thread gets to it.
    const quint64 subscription = cancel.subscribe([this, answer, no] {
        answer->set(no);
        QMetaObject::invokeMethod(this, [answer] {
            if (answer->dialog)
                answer->dialog->close();
        }, Qt::QueuedConnection);
    });
    if (subscription == 0)
        answer->set(no);
    T result = no;
    if (future.wait_for(kMaxWait) == std::future_status::ready)
        result = future.get();
    if (subscription != 0)
        cancel.unsubscribe(subscription);
    return result;
}

bool GuiPrompts::trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key, PromptCancellation &cancel)
{
    auto answer = std::make_shared<Answer<bool>>();
    {
        QMutexLocker lock(&m_mutex);
        if (m_closing || cancel.isCanceled())
            return false;
        m_keyQuestions.append(answer);
    }
    QMetaObject::invokeMethod(this, [this, endpoint, key, answer] {
        if (answer->answered)
            return; // withdrawn before it could be shown
        auto *dialog = new HostKeyDialog(endpoint, key, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        answer->dialog = dialog;
        connect(dialog, &QDialog::finished, this, [answer](int result) { answer->set(result == QDialog::Accepted); });
        connect(dialog, &QObject::destroyed, this, [answer] { answer->set(false); });
        dialog->open();
        Q_EMIT dialogShown(dialog);
    });
    const bool trusted = await<bool>(answer, cancel, false);
    QMutexLocker lock(&m_mutex);
    m_keyQuestions.removeAll(answer);
    return trusted && !cancel.isCanceled();
}

std::optional<QByteArray> GuiPrompts::passphrase(const SshEndpoint &endpoint, const QString &keyFile, PromptCancellation &cancel)
{
    auto answer = std::make_shared<Answer<std::optional<QByteArray>>>();
    {
        QMutexLocker lock(&m_mutex);
        if (m_closing || cancel.isCanceled())
            return std::nullopt;
        m_passphraseQuestions.append(answer);
    }
    QMetaObject::invokeMethod(this, [this, endpoint, keyFile, answer] {
        if (answer->answered)
            return;
        auto *dialog = new QInputDialog(m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("passphraseDialog"));
        dialog->setWindowTitle(tr("Key passphrase"));
        dialog->setLabelText(tr("Passphrase for %1\n(to log in to %2; OpsDeck does not store it):").arg(keyFile, endpoint.name));
        dialog->setTextEchoMode(QLineEdit::Password);
        answer->dialog = dialog;
        connect(dialog, &QInputDialog::finished, this, [dialog, answer](int result) {
            if (result == QDialog::Accepted) {
                QString text = dialog->textValue();
                answer->set(text.toUtf8());
                text.fill(u'\0');
                dialog->setTextValue(QString());
            } else {
                answer->set(std::nullopt);
            }
        });
        connect(dialog, &QObject::destroyed, this, [answer] { answer->set(std::nullopt); });
        dialog->open();
        Q_EMIT dialogShown(dialog);
    });
    std::optional<QByteArray> result = await<std::optional<QByteArray>>(answer, cancel, std::nullopt);
    QMutexLocker lock(&m_mutex);
    m_passphraseQuestions.removeAll(answer);
    if (cancel.isCanceled() && result)
        result->fill('\0');
    return cancel.isCanceled() ? std::nullopt : result;
}

} // namespace opsdeck
