#include "MessageLabel.h"

#include "LabelTone.h"

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
    LabelTone::set(this, std::nullopt);
    setText(text);
}

void MessageLabel::showError(const QString &text)
{
    m_error = true;
    LabelTone::set(this, StatusColors::Tone::Bad);
    setText(QStringLiteral("✖ ") + text);
}

} // namespace opsdeck
