#pragma once

// The confirmation step of the guarded path: says exactly what will happen where, asks why, and — in
// environments that want it — for the environment's name typed out. OK stays disabled until both are
// given. Shown with open(), never exec(). UI thread.

#include "config/FleetConfig.h"

#include <QDialog>

class QDialogButtonBox;
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
    int batchSize() const;
    int pauseSeconds() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *confirmationEdit() const { return m_typed; } // null unless typed confirmation
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void updateOk();

    QString m_environment;
    QLineEdit *m_reason;
    QLineEdit *m_typed = nullptr;
    QSpinBox *m_batch = nullptr;
    QSpinBox *m_pause = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace opsdeck
