#pragma once

// The confirmation step of the guarded path: says exactly what will happen where, asks why, and — in
// environments that want it — for the environment's name typed out. What is asked, and when OK may
// be pressed, is the environment's ConfirmationRule (core), not this dialog's. The action's locks and
// checks run while it is open: setStatus() says how far they got, setRefused() why the action cannot
// go ahead (OK stays disabled). Shown with open(), never exec(). UI thread.

#include "config/FleetConfig.h"
#include "ops/ConfirmationRule.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
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

private:
    void updateOk();

    ConfirmationRule m_rule;
    QLabel *m_status;
    bool m_refused = false;
    QLineEdit *m_reason;
    QLineEdit *m_typed = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_pause = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
