#include "NoteDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace opsdeck {

NoteDialog::NoteDialog(const QString &about, QWidget *parent)
    : QDialog(parent), m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(tr("Add Note"));
    auto *label = new QLabel(tr("Note about %1:").arg(about), this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setPlaceholderText(tr("What you saw, did or decided. It is kept in the timeline for everyone, for good."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Note"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_buttons);
    resize(480, 240);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT noteAccepted(m_text->toPlainText().trimmed());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace opsdeck
