#include "BackupDownloadDialog.h"

#include "backups/BackupService.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace opsdeck {

BackupDownloadDialog::BackupDownloadDialog(BackupService *backups, BackupDownloadRequest request, QWidget *parent)
    : QDialog(parent), m_backups(backups), m_request(std::move(request)),
      m_control(std::make_shared<SftpDownloadControl>()), m_label(new QLabel(this)), m_bar(new QProgressBar(this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_poll(new QTimer(this))
{
    setObjectName(QStringLiteral("backupDownloadDialog"));
    setWindowTitle(tr("Download %1").arg(m_request.file.displayName));
    m_label->setTextFormat(Qt::PlainText); // names from hosts are text, never markup
    m_label->setText(tr("Reading the SHA-256 of %1 on %2…").arg(m_request.file.displayName, m_request.report.host));
    m_bar->setRange(0, 1000); // per mille: sizes past 2 GiB do not fit an int
    m_bar->setValue(0);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(buttons);
    // Cancel asks the transfer to stop; the dialog stays until the outcome says what was kept.
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        m_control->cancel = true;
        m_cancel->setEnabled(false);
        m_label->setText(tr("Canceling; the part downloaded so far is kept…"));
    });
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &BackupDownloadDialog::showProgress);
}

BackupDownloadDialog::~BackupDownloadDialog()
{
    // Closed with the window: the transfer stops and keeps its .part.
    m_control->cancel = true;
}

void BackupDownloadDialog::reject()
{
    // Escape and the window's close button cancel like the button; the outcome closes the dialog.
    if (!m_control->cancel)
        m_cancel->click();
}

void BackupDownloadDialog::start()
{
    open();
    m_poll->start();
    m_backups->download(m_request, m_control, this)
        .then(this, [this](const BackupDownloadOutcome &outcome) {
            m_poll->stop();
            Q_EMIT downloadFinished(outcome);
            done(outcome.ok() ? Accepted : Rejected);
        });
}

void BackupDownloadDialog::showProgress()
{
    const qint64 total = m_control->total;
    const qint64 done = m_control->done;
    if (total <= 0 || m_control->cancel)
        return;
    m_bar->setValue(int(done * 1000 / total));
    const QLocale locale;
    m_label->setText(tr("Downloading %1 from %2: %3 of %4")
                         .arg(m_request.file.displayName, m_request.report.host, locale.formattedDataSize(done), locale.formattedDataSize(total)));
}

} // namespace opsdeck
