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

bool GuiPrompts::trustUnknownKey(const SshEndpoint &endpoint, const HostKey &key)
{
    auto answer = std::make_shared<Answer<bool>>();
    std::future<bool> future = answer->promise.get_future();
    {
        QMutexLocker lock(&m_mutex);
        if (m_closing)
            return false;
        m_keyQuestions.append(answer);
    }
    QMetaObject::invokeMethod(this, [this, endpoint, key, answer] {
        auto *dialog = new HostKeyDialog(endpoint, key, m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this, [answer](int result) { answer->set(result == QDialog::Accepted); });
        connect(dialog, &QObject::destroyed, this, [answer] { answer->set(false); });
        dialog->open();
        Q_EMIT dialogShown(dialog);
    });
    const bool trusted = future.wait_for(kMaxWait) == std::future_status::ready && future.get();
    QMutexLocker lock(&m_mutex);
    m_keyQuestions.removeAll(answer);
    return trusted;
}

std::optional<QByteArray> GuiPrompts::passphrase(const SshEndpoint &endpoint, const QString &keyFile)
{
    auto answer = std::make_shared<Answer<std::optional<QByteArray>>>();
    auto future = answer->promise.get_future();
    {
        QMutexLocker lock(&m_mutex);
        if (m_closing)
            return std::nullopt;
        m_passphraseQuestions.append(answer);
    }
    QMetaObject::invokeMethod(this, [this, endpoint, keyFile, answer] {
        auto *dialog = new QInputDialog(m_dialogParent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("passphraseDialog"));
        dialog->setWindowTitle(tr("Key passphrase"));
        dialog->setLabelText(tr("Passphrase for %1\n(to log in to %2; OpsDeck does not store it):").arg(keyFile, endpoint.name));
        dialog->setTextEchoMode(QLineEdit::Password);
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
    std::optional<QByteArray> result;
    if (future.wait_for(kMaxWait) == std::future_status::ready)
        result = future.get();
    QMutexLocker lock(&m_mutex);
    m_passphraseQuestions.removeAll(answer);
    return result;
}

} // namespace opsdeck
