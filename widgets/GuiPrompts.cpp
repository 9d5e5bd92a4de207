#include "GuiPrompts.h"

#include "BulkHostKeyDialog.h"
#include "HostKeyDialog.h"

#include <QInputDialog>
#include <QLineEdit>

#include <chrono>
#include <type_traits>

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
        QMetaObject::invokeMethod(this, [this, answer] {
            if constexpr (std::is_same_v<T, bool>)
                withdrawKey(quintptr(answer.get()));
            else if (answer->dialog)
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
        askKey({endpoint, key, answer});
    });
    const bool trusted = await<bool>(answer, cancel, false);
    QMutexLocker lock(&m_mutex);
    m_keyQuestions.removeAll(answer);
    return trusted && !cancel.isCanceled();
}

void GuiPrompts::askKey(const KeyQuestion &question)
{
    m_shownKeys.append(question);
    if (auto *bulk = qobject_cast<BulkHostKeyDialog *>(m_keyDialog.data())) {
        bulk->add(question.id(), question.endpoint, question.key);
        return;
    }
    if (m_keyDialog) {
        // One host was being asked about alone: from now on all of them in one list.
        disconnect(m_keyDialog, nullptr, this, nullptr);
        m_keyDialog->close();
    }
    QDialog *dialog = nullptr;
    if (m_shownKeys.size() == 1) {
        dialog = new HostKeyDialog(question.endpoint, question.key, m_dialogParent);
    } else {
        auto *bulk = new BulkHostKeyDialog(m_dialogParent);
        for (const KeyQuestion &q : std::as_const(m_shownKeys))
            bulk->add(q.id(), q.endpoint, q.key);
        dialog = bulk;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_keyDialog = dialog;
    connect(dialog, &QDialog::finished, this, [this](int result) { answerKeys(result == QDialog::Accepted); });
    connect(dialog, &QObject::destroyed, this, [this] { answerKeys(false); });
    dialog->open();
    Q_EMIT dialogShown(dialog);
}

void GuiPrompts::withdrawKey(quintptr id)
{
    const auto it = std::find_if(m_shownKeys.begin(), m_shownKeys.end(), [id](const KeyQuestion &q) { return q.id() == id; });
    if (it == m_shownKeys.end())
        return;
    m_shownKeys.erase(it);
    if (auto *bulk = qobject_cast<BulkHostKeyDialog *>(m_keyDialog.data()))
        bulk->remove(id);
    if (m_shownKeys.isEmpty() && m_keyDialog)
        m_keyDialog->close(); // nothing left to ask: answers nobody
}

void GuiPrompts::answerKeys(bool trust)
{
    // Each session gets its own answer and records its key itself, as for a single question.
    const QList<KeyQuestion> asked = std::exchange(m_shownKeys, {});
    if (m_keyDialog)
        disconnect(m_keyDialog, nullptr, this, nullptr);
    m_keyDialog = nullptr;
    for (const KeyQuestion &q : asked)
        q.answer->set(trust);
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
