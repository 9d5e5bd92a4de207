#pragma once

// A systemd unit's state as `systemctl show` reports it. Plain values.

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>

namespace opsdeck {

struct UnitState {
    QString unit;
    QString loadState;   // loaded, not-found, masked …
    QString activeState; // active, inactive, failed, activating, deactivating, reloading
    QString subState;    // running, dead, exited, start …
    qint64 mainPid = 0;
    QDateTime since;     // ActiveEnterTimestamp (when it last became active); invalid if never
    int restarts = 0;    // NRestarts
    QString invocationId; // InvocationID: systemd's id of this run of the unit (new on every start); empty if unknown

    bool isActive() const { return activeState == QLatin1String("active"); }
    bool exists() const { return loadState != QLatin1String("not-found"); }
};

namespace UnitStateParser {
// The properties OpsDeck asks for, in `systemctl show -p` form.
QString properties();
// Parses the blocks of `systemctl show -p … UNIT…` (separated by blank lines). Lines it does not
// understand are ignored; units it does not find are absent from the result.
QHash<QString, UnitState> parse(const QByteArray &output);
// "Sun 2026-11-22 02:27:38 UTC" → UTC time; invalid for "" and "n/a".
QDateTime parseTimestamp(const QString &text);
} // namespace UnitStateParser

// Whether `after` is another run of the unit than `before` (it was started or restarted in between):
// another InvocationID when both readings have one; otherwise another main PID or another
// ActiveEnterTimestamp. False when nothing tells them apart.
bool isNewInvocation(const UnitState &before, const UnitState &after);
// "PID 4242, active since 2026-11-22 02:27:38 UTC, invocation 1f0c…" — what identifies a run, for people.
QString describeInvocation(const UnitState &state);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::UnitState)
