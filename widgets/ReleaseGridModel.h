#pragma once

// One app's releases as rows and its hosts as columns (the Releases area): each cell says with a
// symbol and a word whether the release is current, present, incomplete or missing on that host (or
// the host was not reached), the current cells carry what the host's health endpoints report and
// whether it matches, and the release column says which releases are marked bad and which one a
// rollback would go to. Text from hosts is shown as plain text, bounded. For the area's filter
// (OverviewFilterProxy) each row gives its terms (release, revision, app, the hosts it is on, the
// cells' state words, the reported versions, "drift", marks) and whether it is a problem: it is
// missing or incomplete on a reached host, current on some reached hosts only, current where the
// health endpoints report another version, or marked bad and current somewhere. UI thread.

#include "release/ReleaseInventory.h"

#include <QAbstractTableModel>
#include <QHash>

namespace opsdeck {

class ReleaseGridModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ReleaseColumn, RevisionColumn, FirstHostColumn };
    enum class Cell { Current, Present, Incomplete, Missing, NotReached };
    enum Role { ReleaseRole = Qt::UserRole + 1, CellRole };

    // What a host's health endpoints said it runs: the first version (or releaseId) reported, or
    // why nothing was learnt.
    struct HealthVersion {
        QString reported;
        QString problem;
    };

    explicit ReleaseGridModel(QObject *parent = nullptr);

    void setInventory(const AppReleaseInventory &inventory);
    const AppReleaseInventory &inventory() const { return m_inventory; }
    void setHealthVersion(const QString &host, const HealthVersion &version);
    // Many at once (the answers of 1,000 hosts): one change signal for all of them, so that the
    // view lays its columns out once, not once per host.
    void setHealthVersions(const QHash<QString, HealthVersion> &versions);
    void clear();

    QString releaseAt(int row) const;
    int rowOf(const QString &release) const;
    QString hostAt(int column) const;
    Cell cell(int row, int column) const;
    // Whether what the host's health reports names `release` (its directory name or its revision).
    bool healthMatches(const QString &host, const QString &release) const;
    // Whether the row's release differs between the reached hosts (missing, incomplete, current on
    // some only, or current where health reports another version).
    bool isDrift(int row) const;
    bool isProblem(int row) const;
    QStringList terms(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString cellText(int row, int column) const;
    QString releaseText(int row) const;
    QString headerText(int column) const;
    QString toolTip(int row, int column) const;

    AppReleaseInventory m_inventory;
    QStringList m_releases;
    QString m_defaultTarget;
    QString m_commonCurrent;
    QHash<QString, HealthVersion> m_health;
};

} // namespace opsdeck
