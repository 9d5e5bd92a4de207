#pragma once

// The files of one backup location in detail, newest first: name (escaped as listed), set, size,
// modification time on the host, findings, verification state (symbol and word) and the retention
// preview's reason. UI thread.

#include "backups/BackupReport.h"
#include "backups/BackupRetention.h"
#include "backups/BackupVerifyRun.h"

#include <QAbstractTableModel>
#include <QSet>

#include <optional>

namespace opsdeck {

class BackupFileModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, SetColumn, SizeColumn, ModifiedColumn, FindingsColumn, VerificationColumn, RetentionColumn, ColumnCount };

    explicit BackupFileModel(QObject *parent = nullptr);

    // The location shown (std::nullopt: none, or not listed yet).
    void setReport(const std::optional<BackupLocationReport> &report);
    void setResults(const QHash<QByteArray, BackupVerifyRun::LastResult> &results);
    // A file of the location `target` (BackupLocationReport::target()) is being verified, or no longer.
    void setVerifying(const QString &target, const QByteArray &name, bool verifying);

    const std::optional<BackupLocationReport> &report() const { return m_report; }
    const RetentionPreview &retention() const { return m_retention; }
    // Index into report()->files of a row.
    int fileIndex(int row) const;
    int findRow(const QString &displayName) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString verification(const BackupFile &file, QString *detail) const;

    std::optional<BackupLocationReport> m_report;
    RetentionPreview m_retention;
    QHash<QByteArray, BackupVerifyRun::LastResult> m_results;
    QSet<QByteArray> m_verifying; // "ENV/HOST/LOCATION/" + name of the files being verified now
};

} // namespace opsdeck
