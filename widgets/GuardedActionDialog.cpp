#include "GuardedActionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <initializer_list>

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
    m_form = form;
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
    m_reason->setFocus(); // the first thing to give, whatever the action adds above it
    updateTabOrder();
    updateOk();
}

void GuardedActionDialog::updateTabOrder()
{
    QList<QWidget *> chain;
    if (m_commands)
        chain << m_commands;
    for (QCheckBox *box : std::as_const(m_acknowledgements))
        chain << box;
    chain << m_reason;
    for (QWidget *w : std::initializer_list<QWidget *>{m_batch, m_pause, m_typed}) {
        if (w)
            chain << w;
    }
    for (QAbstractButton *button : m_buttons->buttons())
        chain << button;
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

QString GuardedActionDialog::reason() const
{
    return m_reason->text().trimmed();
}

void GuardedActionDialog::setNotes(const QStringList &sentences)
{
    if (!m_notes) {
        m_notes = new QLabel(this);
        m_notes->setObjectName(QStringLiteral("notes"));
        m_notes->setTextFormat(Qt::PlainText);
        m_notes->setWordWrap(true);
        m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
        qobject_cast<QVBoxLayout *>(layout())->insertWidget(m_formIndex++, m_notes);
    }
    m_notes->setText(sentences.join(u'\n'));
    m_notes->setAccessibleName(tr("What this does not undo"));
}

void GuardedActionDialog::setCommands(const QStringList &commands)
{
    if (!m_commands) {
        auto *label = new QLabel(tr("Commands it will run:"), this);
        m_commands = new QPlainTextEdit(this);
        m_commands->setObjectName(QStringLiteral("commands"));
        m_commands->setReadOnly(true);
        m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
        m_commands->setAccessibleName(tr("Commands it will run"));
        QFont mono = m_commands->font();
        mono.setFamily(QStringLiteral("monospace"));
        m_commands->setFont(mono);
        m_commands->setMaximumHeight(m_commands->fontMetrics().lineSpacing() * 8 + 12);
        setMinimumWidth(std::min(900, m_commands->fontMetrics().averageCharWidth() * 110));
        label->setBuddy(m_commands);
        auto *box = qobject_cast<QVBoxLayout *>(layout());
        box->insertWidget(m_formIndex++, label);
        box->insertWidget(m_formIndex++, m_commands);
        updateTabOrder();
    }
    m_commands->setPlainText(commands.join(u'\n'));
}

QCheckBox *GuardedActionDialog::addAcknowledgement(const QString &text)
{
    auto *box = new QCheckBox(text, this);
    box->setObjectName(QStringLiteral("acknowledgement"));
    box->setAccessibleName(text);
    qobject_cast<QVBoxLayout *>(layout())->insertWidget(m_formIndex++, box);
    m_acknowledgements << box;
    updateTabOrder();
    connect(box, &QCheckBox::toggled, this, &GuardedActionDialog::updateOk);
    updateOk();
    return box;
}

void GuardedActionDialog::removePause()
{
    if (m_pause) {
        m_form->removeRow(m_pause);
        m_pause = nullptr;
        updateTabOrder();
    }
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
    const bool acknowledged = std::all_of(m_acknowledgements.cbegin(), m_acknowledgements.cend(),
                                          [](const QCheckBox *box) { return box->isChecked(); });
    const bool ok = !m_refused && !reason().isEmpty() && m_rule.accepts(confirmation()) && acknowledged;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace opsdeck
