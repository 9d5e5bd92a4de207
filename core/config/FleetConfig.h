#pragma once

// The fleet configuration as plain values: what one YAML file describes (see docs/config.md).
// Immutable once loaded; cheap to copy across threads in queued signals.

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

namespace opsdeck {

using Milliseconds = std::chrono::milliseconds;

enum class HealthFormat { Auto, Seeds, Ietf, Spring, Kubernetes, Plain };
enum class ConfirmationMode { Click, Typed };

struct SshDefaults {
    QString user;
    int port = 22;
    QString identityFile; // empty: ssh-agent, then ~/.ssh/config
    QString knownHostsFile;
    Milliseconds connectTimeout{10'000};
    Milliseconds commandTimeout{60'000};
    Milliseconds idleTimeout{5 * 60'000};    // close a session unused this long
    Milliseconds keepaliveInterval{15'000}; // probe this often; dead after 3 unanswered probes
};

struct Thresholds {
    Milliseconds responseTimeWarning{2'000};
    double memoryPercent = 90;
    double cpuPercent = 90;
    Milliseconds cpuSustained{5 * 60'000};
    double diskFreePercent = 10;
    Milliseconds backupMaxAge{24 * 3'600'000};
    // A host is unreachable (alerted) only after this many consecutive failed attempts spread over
    // at least this long; before that it is "retrying".
    int unreachableFailures = 2;
    Milliseconds unreachableWindow{10'000};
};

struct HealthCheckConfig {
    QString url;
    HealthFormat format = HealthFormat::Auto;
    Milliseconds interval{10'000};
    Milliseconds timeout{5'000};
    // Hosts a redirect may lead to besides the URL's own origin: "host" or "host:port", lowercase.
    QStringList redirectHosts;
};

struct ServiceConfig {
    QString name;
    QString unit;
    QList<HealthCheckConfig> health;
    QStringList restartCommand; // argv; empty means "systemctl restart <unit>"
    bool useSudo = true;
};

struct AppConfig {
    QString name;
    QString path;         // Capistrano's deploy path (required for capistrano)
    QString strategy = QStringLiteral("capistrano"); // capistrano | kamal | compose
    int keepReleases = 5;
    QStringList services; // restarted after a release switch; default: every service of the host
    // Kamal: containers SERVICE-ROLE[-DESTINATION]-VERSION, labelled service/role/destination.
    QString kamalService; // default: the app's name
    QString kamalRole = QStringLiteral("web");
    QString kamalDestination;
    int appPort = 80;     // the port kamal-proxy sends to in the app's container
    // Kamal (kamal_control): where the team's Kamal project lives. When set, a switch of every host
    // of the app runs `kamal rollback VERSION` there instead of Kamal's per-host steps.
    QString kamalControlHost; // a host of the file; empty: none
    QString kamalControlPath; // the Kamal project's directory on it (holds config/deploy.yml)
    Milliseconds kamalControlTimeout{600'000};
    // docker compose: the team's compose file (never edited), the project name and the services
    // whose image tag is the release (all from the same tags).
    QString composeFile;
    QString composeProject; // default: the app's name
    QStringList composeServices;
    QList<HealthCheckConfig> health; // the app's own endpoints (Kamal's /up, the app's /health), checked after a switch
};

// A PostgreSQL database by its server and name: a live one (`live_db`), never touched by a drill.
struct DatabaseAddress {
    QString host; // name or address, as written
    int port = 5432;
    QString database;
};

// Where a restore drill restores (`drill`): a scratch PostgreSQL server. OpsDeck connects as `user`
// to `database` (the maintenance database), creates PREFIX_STAMP_RANDOM there, restores into it and
// drops it. The password comes from the environment variable or the file at run time; it is never
// part of the configuration, an event or a command line.
struct DrillTarget {
    QString host; // empty: no drill target
    int port = 5432;
    QString user;
    QString database = QStringLiteral("postgres");
    QString databasePrefix = QStringLiteral("opsdeck_drill");
    QString passwordEnv;
    QString passwordFile;
    bool configured() const { return !host.isEmpty(); }
};

struct BackupConfig {
    QString name;
    QString path;
    QStringList patterns;
    Milliseconds retention{7LL * 24 * 3'600'000};
    Milliseconds rpo{24 * 3'600'000};
    // A daily/weekly/monthly policy (keep the newest complete set of each of the N newest days, ISO
    // weeks, months; UTC). When any is set it replaces `retention` in the preview.
    struct Keep {
        int daily = 0;
        int weekly = 0;
        int monthly = 0;
        bool enabled() const { return daily > 0 || weekly > 0 || monthly > 0; }
    } keep;
    Milliseconds verifyEvery{0};      // every file verified at least this often (BackupVerifySchedule); 0: no schedule
    QStringList command;              // argv of the location's backup script (bin/backup); empty: cannot be run
    Milliseconds commandTimeout{3'600'000}; // how long a run may take before its outcome is unknown
    QList<DatabaseAddress> liveDbs;   // the live databases this location's dumps come from (live_db)
    DrillTarget drill;                // where a restore drill restores; not configured: no drill
    Milliseconds rto{3'600'000};      // a drill's restore should take less than this (RTO evidence)
};

struct HostConfig {
    QString name;
    QString environment;
    QString address;
    int port = 22;
    QString user;
    QString identityFile;
    QString knownHostsFile;
    QString jumpHost; // name of another host in the same file, or empty
    // Which connection values the file gave (for the host or under defaults); the others may come
    // from ~/.ssh/config, as with `ssh`.
    bool addressExplicit = false;
    bool userExplicit = false;
    bool portExplicit = false;
    QStringList labels;
    QList<ServiceConfig> services;
    QList<AppConfig> apps;
    QList<BackupConfig> backups;
};

struct EnvironmentConfig {
    QString name;
    ConfirmationMode confirmation = ConfirmationMode::Click;
    bool requireApproval = false;
    // How long a request for approval waits for a second person (approval_expires).
    Milliseconds approvalExpiry{15 * 60'000};
    bool requireSignedChecklist = false;
    // The checklist templates whose signed runs approve this environment (checklist_templates); empty:
    // not named in the file, so ChecklistLibrary::acceptedFor's default applies.
    QStringList checklistTemplates;
    QString caFile;
    QList<HostConfig> hosts;
};

struct Person {
    QString login;
    QString name;
    QStringList roles;
};

struct Role {
    QString id;
    QString displayName;
};

struct FleetConfig {
    QString sourceFile;
    SshDefaults ssh;
    Milliseconds healthInterval{10'000};
    Milliseconds healthTimeout{5'000};
    Thresholds thresholds;
    QList<Role> roles;
    QList<Person> people;
    QString checklistDirectory;
    QList<EnvironmentConfig> environments;

    const HostConfig *findHost(const QString &name) const;
    int hostCount() const;
    int serviceCount() const;
    // "3 environments, 12 hosts, 30 services, 2 people" — the check-config summary.
    QString summary() const;
};

QString healthFormatName(HealthFormat format);
// A URL as it may be shown, logged, stored or exported: credentials (user:password@) replaced by
// "***@". Works on text that is not a valid URL too (a configuration error quotes it).
QString redactedUrl(const QString &url);
std::optional<HealthFormat> healthFormatFromName(const QString &name);
// An entry of a health check's allow_redirects_to, normalized ("host" or "host:port", the host as
// QUrl spells it, IPv6 in brackets); nullopt for anything else (a scheme, a path, user info, blanks).
std::optional<QString> redirectHostFromText(const QString &text);

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::FleetConfig)
