#include "MessageLabel.h"

namespace opsdeck {

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void MessageLabel::showInfo(const QString &text)
{
    m_error = false;
    setStyleSheet(QString());
    setText(text);
}

void MessageLabel::showError(const QString &text)
{
    m_error = true;
    setStyleSheet(QStringLiteral("color: #b01b1b;"));
    setText(QStringLiteral("✖ ") + text);
}

} // namespace opsdeck
