#include "TimelineModel.h"

#include "OutcomeStyle.h"
#include "store/EventKind.h"
#include "store/EventStoreService.h"
#include "support/DisplayText.h"
#include "timeline/EventFilterMatch.h"
#include "timeline/IncidentTracker.h"
#include "timeline/TimelineReport.h"
#include "StatusColors.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QTextDocument>

#include <algorithm>

namespace opsdeck {

TimelineModel::TimelineModel(EventStoreService *store, IncidentTracker *incidents, QObject *parent)
    : QAbstractTableModel(parent), m_store(store), m_incidents(incidents)
{
    connect(m_store, &EventStoreService::stateChanged, this, [this](EventStoreService::State state) {
        // Opened (or reopened elsewhere): start over. Back from offline: the live feed catches up.
        if (state == EventStoreService::State::Open && !m_firstPage && !m_loading)
            reload();
    });
    connect(m_store, &EventStoreService::appended, this, &TimelineModel::insertLive);
    if (m_incidents) {
        connect(m_incidents, &IncidentTracker::changed, this, [this] {
            if (!m_rows.isEmpty())
                Q_EMIT dataChanged(index(0, MarksColumn), index(int(m_rows.size()) - 1, MarksColumn));
        });
    }
    reload();
}

void TimelineModel::setFilter(const EventFilter &filter)
{
    m_filter = filter;
    m_filter.afterId = 0;
    m_filter.beforeId = 0;
    m_filter.newestFirst = true;
    m_filter.limit = kPageSize;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_pendingCount = 0;
    m_early.clear();
    m_firstPage = false;
    m_loading = false;
    m_exhausted = false;
    m_pages = 0;
    ++m_generation;
    endResetModel();
    if (m_store->state() == EventStoreService::State::Open || m_store->state() == EventStoreService::State::Offline)
        requestPage();
}

void TimelineModel::requestPage()
{
    if (m_loading || m_exhausted)
        return;
    m_loading = true;
    EventFilter page = m_filter;
    page.newestFirst = true;
    page.limit = kPageSize;
    page.afterId = 0;
    page.beforeId = m_rows.size() > m_pendingCount ? m_rows.constLast().id : 0;
    const quint64 generation = m_generation;
    m_store->query(page).then(this, [this, generation](const StoreResult<QList<Event>> &result) {
        if (generation != m_generation)
            return;
        m_loading = false;
        if (!result) {
            Q_EMIT loadFailed(result.error);
            return;
        }
        const QList<Event> &events = *result.value;
        if (!events.isEmpty()) {
            beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + events.size()) - 1);
            m_rows.append(events);
            endInsertRows();
        }
        ++m_pages;
        m_exhausted = events.size() < kPageSize;
        trimLive(); // what arrived live while the page was on its way
        if (!m_firstPage) {
            m_firstPage = true;
            const QList<Event> early = std::exchange(m_early, {});
            for (const Event &event : early)
                insertLive(event);
        }
        Q_EMIT pageLoaded(int(events.size()));
    });
}

int TimelineModel::rowOfId(qint64 id) const
{
    // Stored rows are sorted by id descending after the pending block.
    const auto begin = m_rows.cbegin() + m_pendingCount;
    const auto it = std::lower_bound(begin, m_rows.cend(), id, [](const Event &e, qint64 wanted) { return e.id > wanted; });
    return it != m_rows.cend() && it->id == id ? int(it - m_rows.cbegin()) : -1;
}

void TimelineModel::insertLive(const Event &event)
{
    if (!EventFilterMatch::matches(m_filter, event))
        return;
    if (!m_firstPage) {
        m_early.append(event);
        return;
    }
    const auto pendingWithKey = [&]() -> int {
        for (int i = 0; i < m_pendingCount; ++i) {
            if (!event.key.isEmpty() && m_rows.at(i).key == event.key)
                return i;
        }
        return -1;
    };
    if (event.pending) {
        if (const int row = pendingWithKey(); row >= 0) {
            m_rows[row] = event;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
        beginInsertRows({}, 0, 0);
        m_rows.prepend(event);
        ++m_pendingCount;
        endInsertRows();
        return;
    }
    if (const int row = pendingWithKey(); row >= 0) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        --m_pendingCount;
        endRemoveRows();
    }
    if (rowOfId(event.id) >= 0)
        return;
    const bool anyStored = m_rows.size() > m_pendingCount;
    // Older than everything loaded while older pages remain: paging will bring it in order.
    if (anyStored && event.id < m_rows.constLast().id && !m_exhausted)
        return;
    const auto begin = m_rows.cbegin() + m_pendingCount;
    const int row = int(std::lower_bound(begin, m_rows.cend(), event.id,
                                         [](const Event &e, qint64 id) { return e.id > id; })
                        - m_rows.cbegin());
    beginInsertRows({}, row, row);
    m_rows.insert(row, event);
    endInsertRows();
    trimLive();
}

// What the live feed adds is bounded: past the pages scrolled through plus kLiveRowsKept, the oldest
// loaded rows go, a page at a time (paging brings them back, by keyset, when scrolled to). Never
// while a page is on its way: it continues after the last row it was asked for.
void TimelineModel::trimLive()
{
    const qsizetype keep = qsizetype(m_pages) * kPageSize + kLiveRowsKept;
    if (m_loading || m_rows.size() - m_pendingCount <= keep + kPageSize)
        return;
    const qsizetype first = m_pendingCount + keep;
    beginRemoveRows({}, int(first), int(m_rows.size()) - 1);
    m_rows.remove(first, m_rows.size() - first);
    endRemoveRows();
    m_exhausted = false; // older events wait in the store again
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_firstPage && !m_loading && !m_exhausted;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views (and model testers) call this from inside their handling of our own signals; the answer
    // may already be there when it is asked for, so the page is requested from the event loop rather
    // than inserted in the middle of someone else's rowsInserted.
    m_loading = true;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation != m_generation)
                return;
            m_loading = false;
            requestPage();
        },
        Qt::QueuedConnection);
}

QString TimelineModel::marks(const Event &event) const
{
    if (!m_incidents || event.id <= 0)
        return {};
    QStringList parts;
    if (m_incidents->book().isPinned(event.id))
        parts << QStringLiteral("★");
    for (qint64 incident : m_incidents->book().incidentsWith(event.id))
        parts << u'#' + QString::number(incident);
    if (!m_incidents->book().notesAbout(event.id).isEmpty())
        parts << QStringLiteral("✎");
    return parts.join(u' ');
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Event &e = m_rows.at(index.row());
    const int column = index.column();
    if (role == Qt::FontRole && e.pending) {
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    if (role == Qt::ForegroundRole) {
        if (e.pending)
            return QBrush(StatusColors::text(StatusColors::Tone::Muted));
        if (column == OutcomeColumn) {
            if (const auto color = OutcomeStyle::color(TimelineReport::outcome(e), QGuiApplication::palette()))
                return QBrush(*color);
        }
        return {};
    }
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case MarksColumn: {
            QStringList lines;
            if (m_incidents && e.id > 0) {
                if (m_incidents->book().isPinned(e.id))
                    lines << tr("Pinned");
                for (qint64 id : m_incidents->book().incidentsWith(e.id)) {
                    const Incident *incident = m_incidents->book().find(id);
                    lines << tr("Attached to incident #%1: %2").arg(id).arg(incident ? incident->title : QString());
                }
                const int notes = int(m_incidents->book().notesAbout(e.id).size());
                if (notes > 0)
                    lines << tr("%n note(s)", nullptr, notes);
            }
            return lines.isEmpty() ? QVariant() : QVariant(DisplayText::toolTip(lines.join(u'\n')));
        }
        case TimeColumn:
            return e.pending ? tr("Waiting in the local outbox until the team store confirms it")
                             : QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
        case SummaryColumn: return DisplayText::toolTip(e.summary);
        default: return {};
        }
    }
    if (role == Qt::AccessibleTextRole && column == MarksColumn) { // "★" alone says nothing to a screen reader
        QTextDocument document;
        document.setHtml(data(index, Qt::ToolTipRole).toString());
        return document.toPlainText();
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case MarksColumn: return marks(e);
    case TimeColumn:
        return e.pending ? tr("pending sync") : e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case KindColumn: return EventKinds::display(e.kind);
    case OutcomeColumn: return OutcomeStyle::text(TimelineReport::outcome(e));
    case TargetColumn: return TimelineReport::target(e);
    case ActorColumn: return e.actor;
    case SummaryColumn: return e.summary;
    default: return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == MarksColumn)
        return tr("★ pinned · #N attached to incident N · ✎ has notes");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case MarksColumn: return tr("Marks");
    case TimeColumn: return tr("Time (UTC)");
    case KindColumn: return tr("Kind");
    case OutcomeColumn: return tr("Outcome");
    case TargetColumn: return tr("Target");
    case ActorColumn: return tr("Actor");
    case SummaryColumn: return tr("Summary");
    default: return {};
    }
}

} // namespace opsdeck
