#include "UnitState.h"

#include <QTimeZone>

namespace opsdeck::UnitStateParser {

QString properties()
{
    return QStringLiteral("Id,LoadState,ActiveState,SubState,MainPID,ActiveEnterTimestamp,NRestarts,InvocationID");
}

QDateTime parseTimestamp(const QString &text)
{
    // systemd prints "Www YYYY-MM-DD HH:MM:SS ZONE"; the zone is an abbreviation, so only UTC and
    // numeric offsets are trusted here, anything else is read as local time.
    const QStringList parts = text.simplified().split(u' ');
    if (parts.size() < 3)
        return {};
    QDateTime time = QDateTime::fromString(parts.at(1) + u' ' + parts.at(2), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!time.isValid())
        return {};
    const QString zone = parts.size() > 3 ? parts.at(3) : QString();
    if (zone == QLatin1String("UTC") || zone == QLatin1String("GMT")) {
        time.setTimeSpec(Qt::UTC);
    } else if (zone.size() == 5 && (zone.startsWith(u'+') || zone.startsWith(u'-'))) {
        const int sign = zone.startsWith(u'-') ? -1 : 1;
        const int offset = sign * (zone.mid(1, 2).toInt() * 3600 + zone.mid(3, 2).toInt() * 60);
        time.setTimeZone(QTimeZone(offset));
    } else {
        time.setTimeSpec(Qt::LocalTime);
    }
    return time.toUTC();
}

QHash<QString, UnitState> parse(const QByteArray &output)
{
    QHash<QString, UnitState> units;
    UnitState current;
    auto flush = [&] {
        if (!current.unit.isEmpty())
            units.insert(current.unit, current);
        current = UnitState{};
    };
    for (const QByteArray &rawLine : output.split('\n')) {
        const QByteArray line = rawLine.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1));
        if (key == "Id")
            current.unit = value;
        else if (key == "LoadState")
            current.loadState = value;
        else if (key == "ActiveState")
            current.activeState = value;
        else if (key == "SubState")
            current.subState = value;
        else if (key == "MainPID")
            current.mainPid = value.toLongLong();
        else if (key == "ActiveEnterTimestamp")
            current.since = parseTimestamp(value);
        else if (key == "NRestarts")
            current.restarts = value.toInt();
        else if (key == "InvocationID")
            current.invocationId = value;
    }
    flush();
    return units;
}

} // namespace opsdeck::UnitStateParser

namespace opsdeck {

bool isNewInvocation(const UnitState &before, const UnitState &after)
{
    if (!before.invocationId.isEmpty() && !after.invocationId.isEmpty())
        return before.invocationId != after.invocationId;
    if (before.mainPid != after.mainPid && (before.mainPid != 0 || after.mainPid != 0))
        return true;
    return before.since.isValid() && after.since.isValid() && before.since != after.since;
}

QString describeInvocation(const UnitState &state)
{
    QStringList parts;
    parts << (state.mainPid > 0 ? QStringLiteral("PID %1").arg(state.mainPid) : QStringLiteral("no main process"));
    if (state.since.isValid())
        parts << QStringLiteral("active since %1").arg(state.since.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    if (!state.invocationId.isEmpty())
        parts << QStringLiteral("invocation %1").arg(state.invocationId.left(12));
    return parts.join(QStringLiteral(", "));
}

} // namespace opsdeck
