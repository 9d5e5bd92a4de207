#pragma once

// The timeline as a table: every event matching a filter, newest first, loaded a page at a time by
// keyset (beforeId) as the view scrolls (canFetchMore/fetchMore), so a store of a million events
// never loads more than what was scrolled through. New matching events from the live feed are
// inserted in id order; an event that waits in the outbox shows as "pending sync" and is replaced by
// its stored self (same key) when the store confirms it. What the live feed adds is bounded
// (kLiveRowsKept beyond the pages loaded; the oldest go, and come back by paging). Marks (pinned, attached to incidents) come
// from the IncidentTracker. UI thread; all store work is asynchronous.

#include "store/Event.h"

#include <QAbstractTableModel>

namespace opsdeck {

class EventStoreService;
class IncidentTracker;

class TimelineModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { MarksColumn, TimeColumn, KindColumn, OutcomeColumn, TargetColumn, ActorColumn, SummaryColumn, ColumnCount };
    static constexpr int kPageSize = 200;
    // Rows the live feed may add beyond the pages loaded before the oldest are let go again.
    static constexpr int kLiveRowsKept = 1000;

    TimelineModel(EventStoreService *store, IncidentTracker *incidents, QObject *parent = nullptr);

    // Starts over with this filter (its paging fields and order are the model's own).
    void setFilter(const EventFilter &filter);
    const EventFilter &filter() const { return m_filter; }
    const Event &eventAt(int row) const { return m_rows.at(row); }
    int rowOfId(qint64 id) const; // -1 when not loaded
    bool isLoading() const { return m_loading; }
    // Every matching event is loaded (the store has no older one).
    bool isComplete() const { return m_exhausted; }
    int pagesLoaded() const { return m_pages; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void pageLoaded(int rows);
    void loadFailed(const QString &error);

private:
    void reload();
    void requestPage();
    void insertLive(const Event &event);
    void trimLive();
    QString marks(const Event &event) const;

    EventStoreService *m_store;
    IncidentTracker *m_incidents;
    EventFilter m_filter;
    QList<Event> m_rows;      // the pending block first, then stored events by id descending
    int m_pendingCount = 0;
    QList<Event> m_early;     // live events that arrived before the first page
    quint64 m_generation = 0; // answers for an older filter are dropped
    bool m_firstPage = false;
    bool m_loading = false;
    bool m_exhausted = false;
    int m_pages = 0;
};

} // namespace opsdeck
