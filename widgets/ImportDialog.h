#pragma once

// File → Import…: the fleet configuration `opsdeck import` would write from the chosen deploy files,
// shown before anything is saved, with every part of those files that was not mapped (position and
// why). Save… asks where (the file dialog confirms a replacement) and writes there. The import and
// the write run on a worker thread. UI thread.

#include "deployimport/DeployImport.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QListView;
class QStringListModel;

namespace opsdeck {

class MessageLabel;

class ImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(const QStringList &files, QWidget *parent = nullptr);

    const DeployImportResult &result() const { return m_result; }
    QPushButton *saveButton() const { return m_save; }
    // One row per part not mapped: "file:line:col: why".
    QStringListModel *unmappedModel() const { return m_unmappedModel; }

Q_SIGNALS:
    void imported();
    // error is empty when the file was written.
    void saved(const QString &path, const QString &error);

private:
    void showResult(const DeployImportResult &result);
    void chooseTarget();
    void saveTo(const QString &path);

    QStringList m_files;
    DeployImportResult m_result;
    MessageLabel *m_message;
    QPlainTextEdit *m_text;
    QLabel *m_unmappedLabel;
    QStringListModel *m_unmappedModel;
    QListView *m_unmapped;
    QPushButton *m_save;
    bool m_busy = true;
};

} // namespace opsdeck
