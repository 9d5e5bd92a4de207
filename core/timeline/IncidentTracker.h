#pragma once

// The incidents, notes and pins of a store, kept current, and every change to them. Builds an
// IncidentBook from the store when it opens (paging through the timeline's own kinds), then folds
// what the live feed brings (this console's changes and everyone else's). Changes are recorded with
// EventStoreService::record: each future says whether the store took it, so a refusal (a resolve by
// a non-lead, an offline team store) reaches the person who asked. Checks what it can before asking
// the store: unknown incidents, transitions that do not apply, the lead role for resolve.
//
// Lives on the UI thread (or the main thread of a command-line verb); every store call is
// asynchronous and its continuation runs on this object's thread.

#include "IncidentBook.h"
#include "IncidentDossier.h"

#include "store/EventStore.h"

#include <QFuture>
#include <QObject>

#include <memory>
#include <optional>

namespace opsdeck {

class EventStoreService;

class IncidentTracker final : public QObject
{
    Q_OBJECT
public:
    explicit IncidentTracker(EventStoreService *store, QObject *parent = nullptr);
    ~IncidentTracker() override;

    const IncidentBook &book() const { return m_book; }
    bool isLoaded() const { return m_loaded; }
    QString loadError() const { return m_loadError; }
    EventStoreService *store() const { return m_store; }

    // Who this console acts as (the store's identity). A seam for tests: the SQLite store's local
    // user holds every role, so a test plays a non-lead through setIdentityOverride().
    StoreIdentity identity() const;
    void setIdentityOverride(std::optional<StoreIdentity> identity);
    // Why this console may not resolve incidents, or empty when it may.
    QString whyCannotResolve() const;

    // The new incident's id; the events (if any) are attached to it.
    QFuture<StoreResult<qint64>> open(const QString &title, const QString &severity, const QList<Event> &events);
    QFuture<StoreResult<QList<Event>>> attach(qint64 incident, const QList<Event> &events);
    QFuture<StoreResult<Event>> detach(qint64 incident, const Event &event);
    // incident 0: a note about the event only; about null: a note about the incident only.
    QFuture<StoreResult<Event>> addNote(const QString &text, qint64 incident, const Event *about);
    QFuture<StoreResult<Event>> setPinned(const Event &event, bool pinned);
    QFuture<StoreResult<Event>> setState(qint64 incident, IncidentState to);

    // The incident with its attached events, notes, times and (when asked) suggestions.
    QFuture<StoreResult<IncidentDossier>> dossier(qint64 incident, bool withSuggestions);
    // Every event matching the filter, oldest first, at most cap (truncated says whether there were more).
    struct Range {
        QList<Event> events;
        bool truncated = false;
    };
    QFuture<StoreResult<Range>> range(const EventFilter &filter, int cap);

Q_SIGNALS:
    void identityChanged();
    void loaded();
    void loadFailed(const QString &error);
    // The book changed (after loading, or an event folded from the live feed).
    void changed();

private:
    struct Paging;
    struct Batch;
    void load();
    void loadPage(std::shared_ptr<Paging> paging);
    void recordNext(std::shared_ptr<Batch> batch);
    QFuture<StoreResult<QList<Event>>> recordAll(const QList<Event> &events);
    QString checkTransition(const Incident &incident, IncidentState to) const;

    EventStoreService *m_store;
    IncidentBook m_book;
    bool m_loaded = false;
    bool m_loading = false;
    QString m_loadError;
    QString m_loadedLocation;
    std::optional<StoreIdentity> m_identityOverride;
};

} // namespace opsdeck
