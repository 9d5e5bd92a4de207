#include "UnitState.h"

#include <QTimeZone>

namespace opsdeck::UnitStateParser {

QString properties()
{
    return QStringLiteral("Id,LoadState,ActiveState,SubState,MainPID,ActiveEnterTimestamp,NRestarts");
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
    }
    flush();
    return units;
}

} // namespace opsdeck::UnitStateParser
