#pragma once

// Which host and which of its backup locations an action on one location works on (a backup run, a
// restore drill): the host the request names, in the request's environment, and the location it
// names or, when it names none, the only one of the host's locations able to do the action. Each
// action says what "able" means (a command to run, a drill target) and how a problem with it is said.
// Pure; thread-safe. The host pointer points into the FleetConfig given.

#include "config/FleetConfig.h"

#include <QStringList>

#include <functional>

namespace opsdeck {

struct BackupLocationChoice {
    enum class Problem {
        None,           // host and location found, and the location is able
        NoSuchHost,     // no host of that name in that environment
        NoneAble,       // no location named, and none of the host's is able
        SeveralAble,    // no location named, and several are able (able lists them)
        NoSuchLocation, // the named location is not one of the host's
        NotAble,        // the named location exists but cannot do the action
    };

    // The action's own sentences for what "able" means, each a tr() template of its own: noneAble with
    // %1 the environment, %2 the host; severalAble also %3, the able locations; notAble %3, the location.
    struct Wording {
        QString noneAble;
        QString severalAble;
        QString notAble;
    };

    Problem problem = Problem::None;
    QString environment;              // as requested
    QString hostName;                 // as requested
    const HostConfig *host = nullptr; // null only for NoSuchHost
    QString locationName;             // as named, or the only able one when none was named
    BackupConfig location;            // the location chosen (NotAble too); empty name when there is none
    QStringList able;                 // the host's able locations, in the file's order

    // The problem as a sentence (the wording's, or the chooser's own for a host or location that does
    // not exist); empty when there is none.
    QString problemText(const Wording &wording) const;

    static BackupLocationChoice choose(const FleetConfig &config, const QString &environment, const QString &host,
                                       const QString &location, const std::function<bool(const BackupConfig &)> &isAble);
};

} // namespace opsdeck
