#pragma once

// What the command palette offers and how a typed query ranks it: every menu command and area button, and
// every environment, host, service, service action, app, rollback and backup location of the
// configuration in use, as one flat list (thousands of rows at 1,000 hosts: a model, never a widget
// per row). Every word typed must match the entry's text or where it is (its detail); a match at the
// start of the text ranks first, then at the start of a word, then inside a word, then the letters in
// order (fuzzy); the entry's place in the list breaks ties. UI thread.

#include "config/FleetConfig.h"

#include <QAbstractButton>
#include <QAbstractTableModel>
#include <QAction>
#include <QPointer>
#include <QStringList>

#include <vector>

namespace opsdeck {

struct PaletteEntry {
    enum class Kind { Command, Button, Environment, Host, Service, ServiceAction, App, Rollback, BackupLocation, BackupRun };
    Kind kind = Kind::Command;
    QString text;     // what it is or does, as shown: "Restart web on host-001"
    QString detail;   // where: "production", "production/host-001"
    QString shortcut; // the key sequence that does the same, as shown; empty where there is none
    QString environment;
    QString host;
    QString service;  // a service's name, an app's name, or a backup location's name
    int number = -1;  // Button: the area it is in (MainWindow::Area); ServiceAction: the ServiceVerb
    bool rolling = false;           // ServiceAction: on all the service's hosts, one batch after another
    QPointer<QAction> action;       // Command: the menu action it triggers
    QPointer<QAbstractButton> button; // Button: an area's button, pressed as if by hand
};

class CommandPaletteModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TextColumn, DetailColumn, ShortcutColumn, ColumnCount };

    explicit CommandPaletteModel(QObject *parent = nullptr);

    // The configuration's environments, hosts, services, their actions, apps, rollbacks and backups.
    static QList<PaletteEntry> fleetEntries(const FleetConfig &config);

    void setEntries(QList<PaletteEntry> entries);
    // Narrows and ranks the entries; an empty query shows them all in their order.
    void setQuery(const QString &query);
    const PaletteEntry &entry(int row) const;
    int entryCount() const { return int(m_entries.size()); }

    // How well one query word (case-folded) matches a case-folded text: 0 at its start, 1 at the start
    // of a word, 2 inside a word, 3 + the letters skipped for the letters in order; -1: no match.
    static int wordScore(const QString &word, const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PaletteEntry> m_entries;
    QStringList m_folded;  // per entry: its text, case-folded
    QStringList m_foldedDetail;
    std::vector<int> m_shown; // entries shown, best first
};

} // namespace opsdeck
