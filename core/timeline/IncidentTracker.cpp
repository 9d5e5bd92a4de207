#include "IncidentTracker.h"

#include "TimelineEvents.h"

#include "store/EventStoreService.h"
#include "support/LogCategories.h"

#include <QCoreApplication>
#include <QPromise>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(IncidentTracker)
};

constexpr int kPageSize = 1000;
constexpr int kMaxSuggestionCandidates = 5000;

template<typename T>
QFuture<StoreResult<T>> refused(const QString &why)
{
    return QtFuture::makeReadyFuture(StoreResult<T>::failure(why));
}
} // namespace

struct IncidentTracker::Paging {
    EventFilter filter;
    int cap = 0;
    QList<Event> events;
    std::function<void(StoreResult<Range>)> done;
};

struct IncidentTracker::Batch {
    QList<Event> events;
    QList<Event> stored;
    QPromise<StoreResult<QList<Event>>> promise;
};

IncidentTracker::IncidentTracker(EventStoreService *store, QObject *parent) : QObject(parent), m_store(store)
{
    qRegisterMetaType<opsdeck::Incident>();
    qRegisterMetaType<opsdeck::IncidentDossier>();
    connect(m_store, &EventStoreService::stateChanged, this, [this](EventStoreService::State state) {
        if (state == EventStoreService::State::Open && m_store->location() != m_loadedLocation)
            load();
        Q_EMIT identityChanged();
    });
    connect(m_store, &EventStoreService::appended, this, [this](const Event &event) {
        if (!IncidentBook::folds(event.kind) || event.pending)
            return;
        const bool known = m_book.events().contains(event.id);
        m_book.apply(event);
        if (!known)
            Q_EMIT changed();
    });
    if (m_store->state() == EventStoreService::State::Open)
        load();
}

IncidentTracker::~IncidentTracker() = default;

void IncidentTracker::load()
{
    if (m_loading)
        return;
    m_loading = true;
    m_loaded = false;
    m_loadError.clear();
    const QString location = m_store->location();
    auto paging = std::make_shared<Paging>();
    paging->filter.kinds = IncidentBook::kinds();
    paging->cap = std::numeric_limits<int>::max() - 1;
    paging->done = [this, location](StoreResult<Range> result) {
        m_loading = false;
        if (!result) {
            m_loadError = result.error;
            qCWarning(lcStore) << "cannot load incidents:" << result.error;
            Q_EMIT loadFailed(result.error);
            return;
        }
        m_book.apply(result.value->events);
        m_loaded = true;
        m_loadedLocation = location;
        Q_EMIT loaded();
        Q_EMIT changed();
    };
    loadPage(paging);
}

void IncidentTracker::loadPage(std::shared_ptr<Paging> paging)
{
    EventFilter page = paging->filter;
    page.newestFirst = false;
    page.beforeId = 0;
    page.afterId = paging->events.isEmpty() ? paging->filter.afterId : paging->events.constLast().id;
    page.limit = int(std::min<qint64>(kPageSize, qint64(paging->cap) + 1 - paging->events.size()));
    m_store->query(page).then(this, [this, paging, page](const StoreResult<QList<Event>> &result) {
        if (!result) {
            paging->done(StoreResult<Range>::failureFrom(result));
            return;
        }
        paging->events.append(*result.value);
        if (paging->events.size() > paging->cap) {
            paging->events.resize(paging->cap);
            paging->done(StoreResult<Range>::success({paging->events, true}));
        } else if (result.value->size() < page.limit) {
            paging->done(StoreResult<Range>::success({paging->events, false}));
        } else {
            loadPage(paging);
        }
    });
}

QFuture<StoreResult<IncidentTracker::Range>> IncidentTracker::range(const EventFilter &filter, int cap)
{
    auto promise = std::make_shared<QPromise<StoreResult<Range>>>();
    promise->start();
    auto paging = std::make_shared<Paging>();
    paging->filter = filter;
    paging->cap = std::max(1, cap);
    paging->done = [promise](StoreResult<Range> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    loadPage(paging);
    return promise->future();
}

StoreIdentity IncidentTracker::identity() const
{
    return m_identityOverride ? *m_identityOverride : m_store->identity();
}

void IncidentTracker::setIdentityOverride(std::optional<StoreIdentity> identity)
{
    m_identityOverride = std::move(identity);
    Q_EMIT identityChanged();
}

QString IncidentTracker::whyCannotResolve() const
{
    const StoreIdentity me = identity();
    if (me.hasRole(TimelineEvents::LeadRole))
        return {};
    return Text::tr("Only a lead (role opsdeck_lead) may resolve an incident; %1 has %2.")
        .arg(me.actor.isEmpty() ? Text::tr("this console") : me.actor,
             me.roles.isEmpty() ? Text::tr("no OpsDeck role") : me.roles.join(QStringLiteral(", ")));
}

QString IncidentTracker::checkTransition(const Incident &incident, IncidentState to) const
{
    switch (to) {
    case IncidentState::Mitigated:
        if (incident.state != IncidentState::Open)
            return Text::tr("Incident #%1 is %2; only an open incident can be mitigated.")
                .arg(incident.id)
                .arg(incidentStateName(incident.state));
        return {};
    case IncidentState::Resolved:
        if (incident.state == IncidentState::Resolved)
            return Text::tr("Incident #%1 is already resolved.").arg(incident.id);
        return whyCannotResolve();
    case IncidentState::Open:
        if (incident.state == IncidentState::Open)
            return Text::tr("Incident #%1 is already open.").arg(incident.id);
        return {};
    }
    return {};
}

void IncidentTracker::recordNext(std::shared_ptr<Batch> batch)
{
    if (batch->stored.size() == batch->events.size()) {
        batch->promise.addResult(StoreResult<QList<Event>>::success(batch->stored));
        batch->promise.finish();
        return;
    }
    m_store->record(batch->events.at(batch->stored.size())).then(this, [this, batch](const StoreResult<Event> &stored) {
        if (!stored) {
            batch->promise.addResult(StoreResult<QList<Event>>::failureFrom(stored));
            batch->promise.finish();
            return;
        }
        batch->stored.append(*stored.value);
        recordNext(batch);
    });
}

QFuture<StoreResult<QList<Event>>> IncidentTracker::recordAll(const QList<Event> &events)
{
    auto batch = std::make_shared<Batch>();
    batch->events = events;
    batch->promise.start();
    QFuture<StoreResult<QList<Event>>> future = batch->promise.future();
    recordNext(batch);
    return future;
}

QFuture<StoreResult<qint64>> IncidentTracker::open(const QString &title, const QString &severity, const QList<Event> &events)
{
    if (title.trimmed().isEmpty())
        return refused<qint64>(Text::tr("An incident needs a title."));
    if (!isIncidentSeverity(severity))
        return refused<qint64>(Text::tr("Severity must be one of %1, not '%2'.")
                                   .arg(incidentSeverities().join(QStringLiteral(", ")), severity));
    // The environment of the incident, when every event it starts from shares one.
    QString environment;
    for (const Event &event : events) {
        if (environment.isEmpty())
            environment = event.environment;
        else if (event.environment != environment && !event.environment.isEmpty()) {
            environment.clear();
            break;
        }
    }
    return m_store->record(TimelineEvents::opened(title, severity, environment))
        .then(this, [this, events](const StoreResult<Event> &opened) {
            if (!opened)
                return QtFuture::makeReadyFuture(StoreResult<qint64>::failureFrom(opened));
            // The book knows the incident once the live feed brought the opening; attach by its id.
            Incident incident;
            incident.id = opened.value->id;
            incident.title = opened.value->details.value(QStringLiteral("title")).toString();
            QList<Event> attachments;
            for (const Event &event : events) {
                if (event.id > 0)
                    attachments.append(TimelineEvents::attached(incident, event, true));
            }
            const qint64 id = incident.id;
            return recordAll(attachments).then(this, [id](const StoreResult<QList<Event>> &attached) {
                if (!attached)
                    return StoreResult<qint64>::failure(
                        Text::tr("Incident #%1 was opened, but attaching its events failed: %2").arg(id).arg(attached.error));
                return StoreResult<qint64>::success(id);
            });
        })
        .unwrap();
}

QFuture<StoreResult<QList<Event>>> IncidentTracker::attach(qint64 id, const QList<Event> &events)
{
    const Incident *incident = m_book.find(id);
    if (!incident)
        return refused<QList<Event>>(Text::tr("There is no incident #%1.").arg(id));
    QList<Event> attachments;
    for (const Event &event : events) {
        if (event.id <= 0)
            return refused<QList<Event>>(Text::tr("An event waiting to be synced cannot be attached yet."));
        if (event.id == id || IncidentBook::folds(event.kind))
            return refused<QList<Event>>(Text::tr("#%1 is the timeline's own record (%2) and cannot be attached.")
                                             .arg(event.id)
                                             .arg(event.kind));
        if (!std::binary_search(incident->attached.cbegin(), incident->attached.cend(), event.id))
            attachments.append(TimelineEvents::attached(*incident, event, true));
    }
    if (attachments.isEmpty())
        return refused<QList<Event>>(Text::tr("Every selected event is already attached to incident #%1.").arg(id));
    return recordAll(attachments);
}

QFuture<StoreResult<Event>> IncidentTracker::detach(qint64 id, const Event &event)
{
    const Incident *incident = m_book.find(id);
    if (!incident)
        return refused<Event>(Text::tr("There is no incident #%1.").arg(id));
    if (!std::binary_search(incident->attached.cbegin(), incident->attached.cend(), event.id))
        return refused<Event>(Text::tr("#%1 is not attached to incident #%2.").arg(event.id).arg(id));
    return m_store->record(TimelineEvents::attached(*incident, event, false));
}

QFuture<StoreResult<Event>> IncidentTracker::addNote(const QString &text, qint64 incident, const Event *about)
{
    if (text.trimmed().isEmpty())
        return refused<Event>(Text::tr("A note needs some text."));
    if (incident > 0 && !m_book.find(incident))
        return refused<Event>(Text::tr("There is no incident #%1.").arg(incident));
    if (about && about->id <= 0)
        return refused<Event>(Text::tr("An event waiting to be synced cannot have notes yet."));
    if (incident <= 0 && !about)
        return refused<Event>(Text::tr("A note is about an incident or an event."));
    return m_store->record(TimelineEvents::note(text.trimmed(), incident, about));
}

QFuture<StoreResult<Event>> IncidentTracker::setPinned(const Event &event, bool pinned)
{
    if (event.id <= 0)
        return refused<Event>(Text::tr("An event waiting to be synced cannot be pinned yet."));
    if (m_book.isPinned(event.id) == pinned)
        return refused<Event>(pinned ? Text::tr("#%1 is already pinned.").arg(event.id)
                                     : Text::tr("#%1 is not pinned.").arg(event.id));
    return m_store->record(TimelineEvents::pin(event, pinned));
}

QFuture<StoreResult<Event>> IncidentTracker::setState(qint64 id, IncidentState to)
{
    const Incident *incident = m_book.find(id);
    if (!incident)
        return refused<Event>(Text::tr("There is no incident #%1.").arg(id));
    if (const QString why = checkTransition(*incident, to); !why.isEmpty())
        return refused<Event>(why);
    return m_store->record(TimelineEvents::stateChange(*incident, to));
}

QFuture<StoreResult<IncidentDossier>> IncidentTracker::dossier(qint64 id, bool withSuggestions)
{
    const Incident *found = m_book.find(id);
    if (!found)
        return refused<IncidentDossier>(Text::tr("There is no incident #%1.").arg(id));
    auto dossier = std::make_shared<IncidentDossier>();
    dossier->incident = *found;
    dossier->notes = m_book.notesFor(*found);
    for (qint64 change : found->history)
        dossier->changes.append(m_book.events().value(change));

    auto promise = std::make_shared<QPromise<StoreResult<IncidentDossier>>>();
    promise->start();
    QFuture<StoreResult<IncidentDossier>> future = promise->future();
    auto finish = [promise, dossier](StoreResult<IncidentDossier> result) {
        promise->addResult(std::move(result));
        promise->finish();
    };
    auto suggest = [this, dossier, finish, withSuggestions] {
        dossier->times = IncidentTimes::of(dossier->incident, dossier->attached);
        if (!withSuggestions) {
            finish(StoreResult<IncidentDossier>::success(*dossier));
            return;
        }
        const auto [since, until] = IncidentSuggestions::window(dossier->incident, dossier->attached);
        EventFilter near;
        near.since = since;
        near.until = until;
        range(near, kMaxSuggestionCandidates).then(this, [dossier, finish](const StoreResult<Range> &candidates) {
            if (!candidates) {
                finish(StoreResult<IncidentDossier>::failureFrom(candidates));
                return;
            }
            dossier->suggestions = IncidentSuggestions::rank(dossier->incident, dossier->attached, candidates.value->events);
            finish(StoreResult<IncidentDossier>::success(*dossier));
        });
    };
    if (found->attached.isEmpty()) {
        suggest();
        return future;
    }
    EventFilter attached;
    attached.ids = found->attached;
    range(attached, int(found->attached.size())).then(this, [dossier, finish, suggest](const StoreResult<Range> &events) {
        if (!events) {
            finish(StoreResult<IncidentDossier>::failureFrom(events));
            return;
        }
        dossier->attached = events.value->events;
        for (qint64 wanted : std::as_const(dossier->incident.attached)) {
            const bool present = std::any_of(dossier->attached.cbegin(), dossier->attached.cend(),
                                             [wanted](const Event &e) { return e.id == wanted; });
            if (!present)
                dossier->missing.append(wanted);
        }
        suggest();
    });
    return future;
}

} // namespace opsdeck
