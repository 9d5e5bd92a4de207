#pragma once

// Asks for the text of a note about an event or an incident. Shown with open(); noteAccepted()
// carries the text. UI thread.

#include <QDialog>

class QDialogButtonBox;
class QPlainTextEdit;

namespace opsdeck {

class NoteDialog final : public QDialog
{
    Q_OBJECT
public:
    // about: what the note is about, for people ("#42 health.changed: web-1 …").
    NoteDialog(const QString &about, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void noteAccepted(const QString &text);

private:
    QPlainTextEdit *m_text;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
