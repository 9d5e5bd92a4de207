#include "HostKeyDialog.h"

#include "ssh/HostKey.h"
#include "ssh/SshTarget.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace opsdeck {

HostKeyDialog::HostKeyDialog(const SshEndpoint &endpoint, const HostKey &key, QWidget *parent)
    : QDialog(parent), m_fingerprint(new QLabel(this))
{
    setObjectName(QStringLiteral("hostKeyDialog"));
    setWindowTitle(tr("Unknown host key: %1").arg(endpoint.name));
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("<p><b>OpsDeck has never connected to %1 (%2).</b></p>"
                               "<p>Its %3 host key has this fingerprint:</p>")
                                .arg(endpoint.name.toHtmlEscaped(), endpoint.display().toHtmlEscaped(), key.type.toHtmlEscaped()),
                            this);
    text->setWordWrap(true);
    header->addWidget(text, 1);
    layout->addLayout(header);
    m_fingerprint->setObjectName(QStringLiteral("fingerprint"));
    m_fingerprint->setText(key.fingerprintSha256());
    m_fingerprint->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_fingerprint);
    auto *advice = new QLabel(tr("<p>Compare it with the fingerprint the host's administrator gives you "
                                 "(<tt>ssh-keygen -lf /etc/ssh/ssh_host_%1_key.pub</tt> on the host). "
                                 "If they match, trust it: OpsDeck records it in <tt>%2</tt> and will refuse this host "
                                 "if the key ever changes.</p>")
                                  .arg(key.type.section(u'-', 1, 1).toHtmlEscaped(), endpoint.knownHostsFile.toHtmlEscaped()),
                              this);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *trust = buttons->addButton(tr("&Trust and Connect"), QDialogButtonBox::AcceptRole);
    QPushButton *refuse = buttons->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    trust->setObjectName(QStringLiteral("trust"));
    refuse->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace opsdeck
