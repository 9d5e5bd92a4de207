#include "AttachDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>

namespace opsdeck {

AttachDialog::AttachDialog(const QList<Incident> &incidents, int eventCount, QWidget *parent)
    : QDialog(parent), m_incident(new QComboBox(this))
{
    setObjectName(QStringLiteral("attachDialog"));
    setWindowTitle(tr("Attach to Incident"));
    m_incident->setObjectName(QStringLiteral("attachIncident"));
    for (bool active : {true, false}) {
        for (const Incident &incident : incidents) {
            if (incident.isActive() == active)
                m_incident->addItem(QStringLiteral("#%1 %2 · %3 · %4")
                                        .arg(incident.id)
                                        .arg(incident.severity.toUpper(), incidentStateName(incident.state), incident.title),
                                    incident.id);
        }
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Attach %n Event(s)", nullptr, eventCount));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(m_incident->count() > 0);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Incident:"), m_incident);
    form->addRow(buttons);
    resize(520, sizeHint().height());
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT incidentChosen(m_incident->currentData().toLongLong());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace opsdeck
