#include "ReleaseInventory.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace opsdeck {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(ReleaseInventory)
};
} // namespace

const ReleaseOnHost *HostReleaseState::release(const QString &name) const
{
    for (const ReleaseOnHost &r : releases) {
        if (r.name == name)
            return &r;
    }
    return nullptr;
}

QString ReleaseInventory::checkReleaseName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$"));
    if (!pattern.match(name).hasMatch())
        return Text::tr("a release name must be 1–128 letters, digits, '.', '_', '+' or '-', starting with a letter or digit");
    if (name.contains(QStringLiteral("..")))
        return Text::tr("a release name must not contain '..'");
    return {};
}

QStringList AppReleaseInventory::releaseNames() const
{
    QStringList names;
    for (const HostReleaseState &h : hosts) {
        for (const ReleaseOnHost &r : h.releases) {
            if (!names.contains(r.name))
                names << r.name;
        }
    }
    if (strategy == QLatin1String("kamal") || strategy == QLatin1String("compose")) {
        // Kamal's versions are commits, compose's are image tags ("v1.10" is newer than "v1.9"):
        // newest by when their container or image was created, on any host.
        QHash<QString, QDateTime> created;
        for (const HostReleaseState &h : hosts) {
            for (const ReleaseOnHost &r : h.releases) {
                if (!created.contains(r.name) || created.value(r.name) < r.revisionTime)
                    created.insert(r.name, r.revisionTime);
            }
        }
        std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
            const QDateTime ta = created.value(a), tb = created.value(b);
            return ta != tb ? ta > tb : a > b;
        });
        return names;
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) { return a > b; });
    return names;
}

QString AppReleaseInventory::commonCurrent() const
{
    QString common;
    for (const HostReleaseState &h : hosts) {
        if (!h.reached)
            continue;
        if (h.current.isEmpty() || (!common.isEmpty() && h.current != common))
            return {};
        common = h.current;
    }
    return common;
}

bool AppReleaseInventory::presentEverywhere(const QString &release) const
{
    if (hosts.isEmpty())
        return false;
    return std::all_of(hosts.cbegin(), hosts.cend(), [&](const HostReleaseState &h) {
        const ReleaseOnHost *r = h.reached ? h.release(release) : nullptr;
        return r && r->complete();
    });
}

QString AppReleaseInventory::whyNotTarget(const QString &release) const
{
    if (const QString bad = ReleaseInventory::checkReleaseName(release); !bad.isEmpty())
        return bad;
    for (const HostReleaseState &h : hosts) {
        if (!h.reached)
            return Text::tr("%1 was not reached: %2").arg(h.host, h.error);
        const ReleaseOnHost *r = h.release(release);
        if (!r)
            return Text::tr("release %1 is not on %2").arg(release, h.host);
        if (!r->hasRevisionFile)
            return Text::tr("release %1 on %2 is incomplete: no REVISION file").arg(release, h.host);
        if (!r->brokenLinks.isEmpty())
            return Text::tr("release %1 on %2 has links that do not resolve: %3")
                .arg(release, h.host, r->brokenLinks.mid(0, 3).join(QStringLiteral(", ")));
    }
    if (markedBad.contains(release))
        return Text::tr("release %1 is marked bad; unmark it first").arg(release);
    bool allCurrent = true;
    for (const HostReleaseState &h : hosts)
        allCurrent = allCurrent && h.current == release;
    if (allCurrent)
        return Text::tr("release %1 is already current on every host").arg(release);
    return {};
}

QStringList AppReleaseInventory::offerable() const
{
    QStringList names;
    for (const QString &name : releaseNames()) {
        if (whyNotTarget(name).isEmpty())
            names << name;
    }
    return names;
}

std::optional<QString> AppReleaseInventory::defaultRollbackTarget() const
{
    const QString current = commonCurrent();
    if (current.isEmpty())
        return std::nullopt;
    const QStringList names = releaseNames(); // newest first
    const QStringList targets = offerable();
    for (qsizetype i = names.indexOf(current) + 1; i > 0 && i < names.size(); ++i) {
        if (targets.contains(names.at(i)))
            return names.at(i);
    }
    return std::nullopt;
}

QStringList AppReleaseInventory::drift() const
{
    QStringList sentences;
    QStringList unreached;
    QHash<QString, QStringList> hostsByCurrent;
    for (const HostReleaseState &h : hosts) {
        if (!h.reached) {
            unreached << h.host;
            continue;
        }
        hostsByCurrent[h.current.isEmpty() ? QString() : h.current] << h.host;
    }
    if (!unreached.isEmpty())
        sentences << Text::tr("not reached: %1").arg(unreached.join(QStringLiteral(", ")));
    if (hostsByCurrent.size() > 1) {
        QStringList parts;
        QStringList keys = hostsByCurrent.keys();
        std::sort(keys.begin(), keys.end(), [](const QString &a, const QString &b) { return a > b; });
        for (const QString &current : keys)
            parts << (current.isEmpty() ? Text::tr("no resolvable current on %1").arg(hostsByCurrent.value(current).join(QStringLiteral(", ")))
                                        : Text::tr("%1 on %2", "release, hosts").arg(current, hostsByCurrent.value(current).join(QStringLiteral(", "))));
        sentences << Text::tr("current differs: %1").arg(parts.join(QStringLiteral("; ")));
    } else if (hostsByCurrent.size() == 1 && hostsByCurrent.constBegin().key().isEmpty()) {
        sentences << Text::tr("current does not resolve to a release");
    }
    for (const QString &name : releaseNames()) {
        QStringList missing;
        for (const HostReleaseState &h : hosts) {
            if (h.reached && !h.release(name))
                missing << h.host;
        }
        if (!missing.isEmpty())
            sentences << Text::tr("release %1 missing on %2").arg(name, missing.join(QStringLiteral(", ")));
    }
    return sentences;
}

} // namespace opsdeck
