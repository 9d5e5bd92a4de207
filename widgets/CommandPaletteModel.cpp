#include "CommandPaletteModel.h"

#include "ops/ServiceCommands.h"
#include "release/ReleaseInventoryReader.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace opsdeck {

namespace {

bool boundary(const QString &text, qsizetype at)
{
    return at <= 0 || at >= text.size() || !text.at(at - 1).isLetterOrNumber() || !text.at(at).isLetterOrNumber();
}

// A substring match: 0 at the start of the text, 2 at the start of a word, 4 inside a word; one more
// when it stops inside a word ("host-100" in "host-1000").
int substringScore(const QString &word, const QString &text)
{
    int best = -1;
    for (qsizetype at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
        const int start = at == 0 ? 0 : (!text.at(at - 1).isLetterOrNumber() ? 2 : 4);
        const int score = start + (boundary(text, at + word.size()) ? 0 : 1);
        if (best < 0 || score < best)
            best = score;
        if (best == 0)
            break;
    }
    return best;
}

QString verbText(ServiceVerb verb, const QString &service, const QString &host)
{
    switch (verb) {
    case ServiceVerb::Restart:
        return CommandPaletteModel::tr("Restart %1 on %2").arg(service, host);
    case ServiceVerb::Start:
        return CommandPaletteModel::tr("Start %1 on %2").arg(service, host);
    case ServiceVerb::Stop:
        return CommandPaletteModel::tr("Stop %1 on %2").arg(service, host);
    case ServiceVerb::Reload:
        return CommandPaletteModel::tr("Reload %1 on %2").arg(service, host);
    }
    return {};
}

} // namespace

CommandPaletteModel::CommandPaletteModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<PaletteEntry> CommandPaletteModel::fleetEntries(const FleetConfig &config)
{
    QList<PaletteEntry> places;
    QList<PaletteEntry> actions;
    auto add = [](QList<PaletteEntry> &list, PaletteEntry::Kind kind, const QString &text, const QString &detail) -> PaletteEntry & {
        PaletteEntry entry;
        entry.kind = kind;
        entry.text = text;
        entry.detail = detail;
        list.append(entry);
        return list.last();
    };
    for (const EnvironmentConfig &env : config.environments) {
        add(places, PaletteEntry::Kind::Environment, tr("Environment %1").arg(env.name), tr("%n host(s)", nullptr, int(env.hosts.size())))
            .environment = env.name;
        QStringList rolled; // a rolling restart per service name, once per environment
        for (const HostConfig &host : env.hosts) {
            PaletteEntry &h = add(places, PaletteEntry::Kind::Host, tr("Host %1").arg(host.name), env.name);
            h.environment = env.name;
            h.host = host.name;
            for (const ServiceConfig &service : host.services) {
                PaletteEntry &s = add(places, PaletteEntry::Kind::Service, tr("Service %1 on %2").arg(service.name, host.name), env.name);
                s.environment = env.name;
                s.host = host.name;
                s.service = service.name;
                for (const ServiceVerb verb : {ServiceVerb::Restart, ServiceVerb::Stop, ServiceVerb::Start, ServiceVerb::Reload}) {
                    PaletteEntry &a = add(actions, PaletteEntry::Kind::ServiceAction, verbText(verb, service.name, host.name), env.name);
                    a.environment = env.name;
                    a.host = host.name;
                    a.service = service.name;
                    a.number = int(verb);
                }
                if (!rolled.contains(service.name)) {
                    rolled << service.name;
                    PaletteEntry &r = add(actions, PaletteEntry::Kind::ServiceAction,
                                          tr("Restart %1 on all hosts (rolling)").arg(service.name), env.name);
                    r.environment = env.name;
                    r.host = host.name; // the row selected; the action covers every host of the service
                    r.service = service.name;
                    r.number = int(ServiceVerb::Restart);
                    r.rolling = true;
                }
            }
            for (const BackupConfig &backup : host.backups) {
                const QString where = env.name + u'/' + host.name;
                PaletteEntry &b = add(places, PaletteEntry::Kind::BackupLocation, tr("Backups %1 on %2").arg(backup.name, host.name), where);
                b.environment = env.name;
                b.host = host.name;
                b.service = backup.name;
                PaletteEntry &run = add(actions, PaletteEntry::Kind::BackupRun, tr("Run backup %1 on %2").arg(backup.name, host.name), where);
                run.environment = env.name;
                run.host = host.name;
                run.service = backup.name;
            }
        }
        for (const QString &app : ReleaseInventoryReader::appNames(config, env.name)) {
            PaletteEntry &a = add(places, PaletteEntry::Kind::App, tr("Releases of %1").arg(app), env.name);
            a.environment = env.name;
            a.service = app;
            PaletteEntry &r = add(actions, PaletteEntry::Kind::Rollback, tr("Roll back %1").arg(app), env.name);
            r.environment = env.name;
            r.service = app;
        }
    }
    return places + actions;
}

void CommandPaletteModel::setEntries(QList<PaletteEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_folded.clear();
    m_foldedDetail.clear();
    m_folded.reserve(m_entries.size());
    m_foldedDetail.reserve(m_entries.size());
    for (const PaletteEntry &entry : std::as_const(m_entries)) {
        m_folded << entry.text.toCaseFolded();
        m_foldedDetail << entry.detail.toCaseFolded();
    }
    m_shown.resize(m_entries.size());
    for (int i = 0; i < int(m_entries.size()); ++i)
        m_shown[i] = i;
    endResetModel();
}

int CommandPaletteModel::wordScore(const QString &word, const QString &text)
{
    if (word.isEmpty())
        return 0;
    if (const int score = substringScore(word, text); score >= 0)
        return score;
    // The letters in order ("rstweb" in "restart web"): ranked after every substring match.
    qsizetype at = text.indexOf(word.at(0));
    if (at < 0)
        return -1;
    const qsizetype first = at;
    for (qsizetype i = 1; i < word.size(); ++i) {
        at = text.indexOf(word.at(i), at + 1);
        if (at < 0)
            return -1;
    }
    const qsizetype skipped = at - first + 1 - word.size();
    return 6 + int(std::min<qsizetype>(skipped, 1000));
}

void CommandPaletteModel::setQuery(const QString &query)
{
    const QStringList words = query.toCaseFolded().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    std::vector<std::pair<int, int>> ranked; // score, entry
    ranked.reserve(m_entries.size());
    for (int i = 0; i < int(m_entries.size()); ++i) {
        int total = 0;
        for (const QString &word : words) {
            const int inText = wordScore(word, m_folded.at(i));
            const int inDetail = wordScore(word, m_foldedDetail.at(i));
            // Where an entry is counts less than what it is: the start of its place ranks after a word of its text.
            int score = inText;
            if (inDetail >= 0 && (score < 0 || inDetail + 3 < score))
                score = inDetail + 3;
            if (score < 0) {
                total = -1;
                break;
            }
            total += score;
        }
        if (total >= 0)
            ranked.emplace_back(total, i);
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    beginResetModel();
    m_shown.clear();
    m_shown.reserve(ranked.size());
    for (const auto &r : ranked)
        m_shown.push_back(r.second);
    endResetModel();
}

const PaletteEntry &CommandPaletteModel::entry(int row) const
{
    return m_entries.at(m_shown.at(row));
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

int CommandPaletteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_shown.size()))
        return {};
    const PaletteEntry &e = entry(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TextColumn:
            return e.text;
        case DetailColumn:
            return e.detail;
        case ShortcutColumn:
            return e.shortcut;
        }
    }
    if (role == Qt::AccessibleTextRole && index.column() == TextColumn) {
        return e.shortcut.isEmpty() ? tr("%1, %2").arg(e.text, e.detail) : tr("%1, %2, shortcut %3").arg(e.text, e.detail, e.shortcut);
    }
    return {};
}

QVariant CommandPaletteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TextColumn:
        return tr("Go to or do");
    case DetailColumn:
        return tr("Where");
    case ShortcutColumn:
        return tr("Shortcut");
    }
    return {};
}

} // namespace opsdeck
