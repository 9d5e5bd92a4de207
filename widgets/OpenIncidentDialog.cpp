#include "OpenIncidentDialog.h"

#include "timeline/Incident.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace opsdeck {

OpenIncidentDialog::OpenIncidentDialog(const QString &suggestedTitle, int eventCount, QWidget *parent)
    : QDialog(parent), m_title(new QLineEdit(suggestedTitle, this)), m_severity(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("openIncidentDialog"));
    setWindowTitle(tr("Open Incident"));
    m_title->setObjectName(QStringLiteral("incidentTitle"));
    m_title->setPlaceholderText(tr("What is wrong, as users see it"));
    m_severity->setObjectName(QStringLiteral("incidentSeverity"));
    const QStringList meanings{tr("critical: production down or data at risk"), tr("major: a key feature broken for many"),
                               tr("minor: degraded, a workaround exists"), tr("low: cosmetic or internal")};
    const QStringList severities = incidentSeverities();
    for (int i = 0; i < severities.size(); ++i)
        m_severity->addItem(QStringLiteral("%1 — %2").arg(severities.at(i).toUpper(), meanings.value(i)), severities.at(i));
    m_severity->setCurrentIndex(1);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Open Incident"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Severity:"), m_severity);
    form->addRow(new QLabel(eventCount > 0 ? tr("The %n selected event(s) will be attached.", nullptr, eventCount)
                                           : tr("No events selected: attach them later."),
                            this));
    form->addRow(m_buttons);
    resize(520, sizeHint().height());
    auto update = [this] { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty()); };
    connect(m_title, &QLineEdit::textChanged, this, update);
    update();
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        Q_EMIT incidentAccepted(m_title->text().trimmed(), m_severity->currentData().toString());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

} // namespace opsdeck
