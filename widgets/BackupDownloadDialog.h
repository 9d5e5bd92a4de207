#pragma once

// The progress of one backup download (BackupDownload): the host's hash first, then the transfer with
// bytes and percent, and Cancel, which stops the transfer at its next chunk and keeps the .part for
// the next attempt. The outcome arrives through finished(); the dialog closes itself then. The
// download is the core's BackupService's and runs on the host's session thread; this dialog only reads the shared control on a timer
// (every 100 ms), so nothing here waits. UI thread.

#include "backups/BackupDownload.h"

#include <QDialog>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace opsdeck {

class BackupService;

class BackupDownloadDialog final : public QDialog
{
    Q_OBJECT
public:
    // backups must outlive the dialog.
    BackupDownloadDialog(BackupService *backups, BackupDownloadRequest request, QWidget *parent = nullptr);
    ~BackupDownloadDialog() override;

    // Starts the download and shows the dialog (open(), not exec()).
    void start();
    bool isCancelRequested() const { return m_control->cancel; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_bar; }
    QLabel *label() const { return m_label; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void downloadFinished(const opsdeck::BackupDownloadOutcome &outcome);

private:
    void showProgress();

    BackupService *m_backups;
    BackupDownloadRequest m_request;
    std::shared_ptr<SftpDownloadControl> m_control;
    QLabel *m_label;
    QProgressBar *m_bar;
    QPushButton *m_cancel;
    QTimer *m_poll;
};

} // namespace opsdeck
