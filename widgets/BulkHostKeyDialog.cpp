#include "BulkHostKeyDialog.h"

#include "ssh/HostKey.h"
#include "ssh/SshTarget.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace opsdeck {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
}

BulkHostKeyDialog::BulkHostKeyDialog(QWidget *parent)
    : QDialog(parent), m_model(new QStandardItemModel(0, 4, this)), m_table(new QTableView(this)),
      m_confirmation(new QLineEdit(this)), m_trust(nullptr), m_refuse(nullptr), m_prompt(new QLabel(this))
{
    setObjectName(QStringLiteral("bulkHostKeyDialog"));
    resize(860, 420);
    auto *layout = new QVBoxLayout(this);
    auto *header = new QHBoxLayout;
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    header->addWidget(icon, 0, Qt::AlignTop);
    auto *text = new QLabel(tr("<p><b>OpsDeck has never connected to these hosts.</b></p>"
                               "<p>Compare each fingerprint with the one the host's administrator gives you "
                               "(<tt>ssh-keygen -lf /etc/ssh/ssh_host_ed25519_key.pub</tt> on the host). Trusted keys are "
                               "recorded in each host's known_hosts file, one by one, exactly as if each had been "
                               "trusted alone; a host whose key later changes is refused. Hosts whose recorded key "
                               "changed or was revoked are never listed here: they stay refused.</p>"),
                            this);
    text->setWordWrap(true);
    header->addWidget(text, 1);
    layout->addLayout(header);

    m_model->setHorizontalHeaderLabels({tr("Host"), tr("Address"), tr("Key type"), tr("SHA256 fingerprint")});
    m_table->setObjectName(QStringLiteral("hostKeys"));
    m_table->setAccessibleName(tr("Unknown host keys"));
    m_table->setModel(m_model);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    m_prompt->setWordWrap(true);
    m_prompt->setBuddy(m_confirmation);
    layout->addWidget(m_prompt);
    m_confirmation->setObjectName(QStringLiteral("confirmation"));
    m_confirmation->setAccessibleName(tr("Number of host keys to trust"));
    connect(m_confirmation, &QLineEdit::textChanged, this, &BulkHostKeyDialog::update);
    layout->addWidget(m_confirmation);

    auto *buttons = new QDialogButtonBox(this);
    m_trust = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_refuse = buttons->addButton(tr("&Refuse All"), QDialogButtonBox::RejectRole);
    m_trust->setObjectName(QStringLiteral("trustAll"));
    m_refuse->setObjectName(QStringLiteral("refuseAll"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_trust->isEnabled()) // Enter in the box must not trust what was not confirmed
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    update();
}

void BulkHostKeyDialog::add(quintptr id, const SshEndpoint &endpoint, const HostKey &key)
{
    QList<QStandardItem *> row{new QStandardItem(endpoint.name), new QStandardItem(endpoint.display()),
                               new QStandardItem(key.type), new QStandardItem(key.fingerprintSha256())};
    row.front()->setData(QVariant::fromValue(id), IdRole);
    row.back()->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    int at = 0; // by host name, wherever they come from
    while (at < m_model->rowCount() && m_model->item(at, 0)->text() < endpoint.name)
        ++at;
    m_model->insertRow(at, row);
    m_table->resizeColumnsToContents();
    update();
}

void BulkHostKeyDialog::remove(quintptr id)
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        if (m_model->item(r, 0)->data(IdRole).value<quintptr>() == id) {
            m_model->removeRow(r);
            break;
        }
    }
    update();
}

int BulkHostKeyDialog::count() const
{
    return m_model->rowCount();
}

void BulkHostKeyDialog::update()
{
    const int n = count();
    setWindowTitle(tr("%n unknown host key(s)", nullptr, n));
    m_prompt->setText(tr("To trust all %n host key(s) listed, type %n:", nullptr, n));
    m_trust->setText(tr("&Trust These %n", nullptr, n));
    const bool confirmed = n > 0 && m_confirmation->text().trimmed() == QString::number(n);
    m_trust->setEnabled(confirmed);
    // Enter refuses until the number typed is the number listed.
    m_trust->setDefault(confirmed);
    m_refuse->setDefault(!confirmed);
}

} // namespace opsdeck
