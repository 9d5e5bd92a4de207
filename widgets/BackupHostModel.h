#pragma once

// Every backup location of the configuration (host × location) against its recent sets: freshness
// against the RPO, how many of its files passed verification, and the newest sets with completeness,
// size flag and verification state. Every state is a symbol and a word, never colour alone. Rows come
// from the configuration; reports arrive from the BackupMonitor, results from the store. Gives the
// Backups filter (OverviewFilterProxy) each row's terms and whether it is a problem (stale, not listed
// or without a complete set, or a file that failed verification). UI thread.

#include "backups/BackupReport.h"
#include "backups/BackupVerifyRun.h"

#include <QAbstractTableModel>

#include <optional>

namespace opsdeck {

class BackupHostModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { LocationColumn, FreshnessColumn, VerifiedColumn, FirstSetColumn };
    static constexpr int kRecentSets = 5;
    enum Role { StaleRole = Qt::UserRole + 1 };

    struct Row {
        QString environment;
        QString host;
        BackupConfig location;
        std::optional<BackupLocationReport> report; // empty until the first listing came back
        QStringList labels; // the host's
    };

    explicit BackupHostModel(QObject *parent = nullptr);

    void setConfig(const FleetConfig &config);
    void setReports(const QString &host, const QList<BackupLocationReport> &reports);
    // The newest verification result per file of one host (BackupVerifyRun::latestByFile).
    void setResults(const QString &host, const QHash<QByteArray, BackupVerifyRun::LastResult> &results);
    const QHash<QByteArray, BackupVerifyRun::LastResult> &results(const QString &host) const;
    // Ages grow between listings: the freshness column is recomputed against the console's clock.
    void tick();

    const Row &row(int index) const { return m_rows.at(index); }
    int findRow(const QString &host, const QString &location) const;
    // Whether the location is past its RPO now (also: not listed, no complete set); false while listing.
    bool isStale(int row) const;
    int staleCount() const;
    // Stale (also: not listed, no complete set) or a file whose newest verification failed.
    bool isProblem(int row) const;
    // What the Backups filter holds against a row: environment, host, location name and path, the
    // host's labels, the freshness and the verification state.
    QStringList terms(int row) const;
    // For a set: "✔ complete, verified" / "✖ INCOMPLETE (no storage), not verified" …
    QString setState(const BackupLocationReport &report, const BackupSet &set) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString freshness(const Row &row, bool *stale) const;
    QString verifiedSummary(const Row &row, bool *failed) const;

    QList<Row> m_rows;
    QHash<QString, QHash<QByteArray, BackupVerifyRun::LastResult>> m_results; // host -> results
};

} // namespace opsdeck
