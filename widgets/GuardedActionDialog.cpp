#include "GuardedActionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace opsdeck {

GuardedActionDialog::GuardedActionDialog(const QString &actionText, const EnvironmentConfig &environment,
                                         const QStringList &hosts, bool rolling, QWidget *parent)
    : QDialog(parent), m_rule(ConfirmationRule::of(environment)), m_status(new QLabel(this)), m_reason(new QLineEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Confirm: %1").arg(actionText));
    setObjectName(QStringLiteral("guardedActionDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<p><b>%1</b> in <b>%2</b> on %n host(s):</p><p>%3</p>"
                               "<p>OpsDeck takes a lock others can see, runs it, and reports success only once the "
                               "unit is active and its health checks pass.</p>",
                               nullptr, int(hosts.size()))
                                .arg(actionText.toHtmlEscaped(), environment.name.toHtmlEscaped(),
                                     hosts.join(QStringLiteral(", ")).toHtmlEscaped()),
                            this);
    what->setWordWrap(true);
    layout->addWidget(what);
    m_status->setObjectName(QStringLiteral("guardedStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setText(tr("Taking the locks and checking every host…"));
    layout->addWidget(m_status);

    auto *form = new QFormLayout;
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("Why? (recorded in the timeline)"));
    form->addRow(tr("&Reason:"), m_reason);
    if (rolling) {
        m_batch = new QSpinBox(this);
        m_batch->setRange(1, int(std::max<qsizetype>(1, hosts.size())));
        m_batch->setValue(1);
        m_pause = new QSpinBox(this);
        m_pause->setRange(0, 3600);
        m_pause->setSuffix(tr(" s"));
        form->addRow(tr("&Hosts at a time:"), m_batch);
        form->addRow(tr("&Pause between batches:"), m_pause);
    }
    if (m_rule.typed()) {
        m_typed = new QLineEdit(this);
        m_typed->setObjectName(QStringLiteral("typedConfirmation"));
        m_typed->setPlaceholderText(m_rule.expected());
        form->addRow(tr("Type <b>%1</b> to confirm:").arg(m_rule.expected().toHtmlEscaped()), m_typed);
        connect(m_typed, &QLineEdit::textChanged, this, &GuardedActionDialog::updateOk);
    }
    layout->addLayout(form);
    m_buttons->button(QDialogButtonBox::Ok)->setText(actionText);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this, &GuardedActionDialog::updateOk);
    updateOk();
}

QString GuardedActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

int GuardedActionDialog::batchSize() const
{
    return m_batch ? m_batch->value() : 1;
}

int GuardedActionDialog::pauseSeconds() const
{
    return m_pause ? m_pause->value() : 0;
}

QString GuardedActionDialog::confirmation() const
{
    return m_typed ? m_typed->text() : ConfirmationRule::clicked();
}

void GuardedActionDialog::setStatus(const QString &text)
{
    if (!m_refused)
        m_status->setText(text);
}

void GuardedActionDialog::setRefused(const QString &why)
{
    m_refused = true;
    m_status->setText(tr("This action cannot go ahead: %1").arg(why));
    updateOk();
}

void GuardedActionDialog::updateOk()
{
    const bool ok = !m_refused && !reason().isEmpty() && m_rule.accepts(confirmation());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace opsdeck
