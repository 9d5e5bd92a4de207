#pragma once

// The confirmation step of the guarded path: says exactly what will happen where (and, where the
// action has them, the exact commands and what it does not undo), asks why, and — in environments
// that want it — for the environment's name typed out. What is asked, and when OK may be pressed, is
// the environment's ConfirmationRule (core), not this dialog's; OK also waits for every acknowledgement
// the action asks for. The action's locks and checks run while it is open: setStatus() says how far
// they got, setRefused() why the action cannot go ahead (OK stays disabled). Shown with open(), never
// exec(). UI thread.

#include "config/FleetConfig.h"
#include "ops/ConfirmationRule.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QSpinBox;

namespace opsdeck {

class GuardedActionDialog final : public QDialog
{
    Q_OBJECT
public:
    // rolling: offers batch size and pause.
    GuardedActionDialog(const QString &actionText, const EnvironmentConfig &environment, const QStringList &hosts,
                        bool rolling, QWidget *parent = nullptr);

    // Sentences said before the form (e.g. "does not revert shared/"), each as its own line.
    void setNotes(const QStringList &sentences);
    // The exact commands, read-only and copyable.
    void setCommands(const QStringList &commands);
    // A checkbox that must be ticked before OK is enabled (e.g. migrations left in place).
    QCheckBox *addAcknowledgement(const QString &text);
    // For a rolling action that goes on as soon as a batch is verified: no pause to offer.
    void removePause();

    QString reason() const;
    // What the person gave, for the core to check: the typed name, or ConfirmationRule::clicked().
    QString confirmation() const;
    void setStatus(const QString &text);
    void setRefused(const QString &why);
    int batchSize() const;
    int pauseSeconds() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *confirmationEdit() const { return m_typed; } // null unless typed confirmation
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *notesLabel() const { return m_notes; }
    QPlainTextEdit *commandsView() const { return m_commands; }
    QList<QCheckBox *> acknowledgements() const { return m_acknowledgements; }

private:
    void updateOk();
    // Tab follows what is shown, top to bottom, whatever was added when: commands, acknowledgements,
    // reason, batch, pause, typed name, the buttons.
    void updateTabOrder();

    ConfirmationRule m_rule;
    QLabel *m_status;
    bool m_refused = false;
    QLineEdit *m_reason;
    QLineEdit *m_typed = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_pause = nullptr;
    QFormLayout *m_form = nullptr;
    QDialogButtonBox *m_buttons;
    QLabel *m_notes = nullptr;
    QPlainTextEdit *m_commands = nullptr;
    QList<QCheckBox *> m_acknowledgements;
    int m_formIndex = 1; // where notes and commands go: after the description
};

} // namespace opsdeck
