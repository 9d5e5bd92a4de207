#pragma once

// docker compose's layout: a release is an image tag; the app's configured services all run
// REPOSITORY:TAG (each service its own repository), and a tag is on a host when the image of every
// service's repository with that tag is there (`docker image ls`). The running release is the tag
// of the services' running containers (`docker compose ps`); services that disagree are drift. The
// switch pins the target tag per service in a file the strategy owns next to the team's compose
// file (opsdeck.override.yml, passed as a second -f; the compose file itself is never edited), then
// `docker compose up -d --no-deps --wait` recreates the services and waits for their healthchecks.
// Tags and image names a host reports pass Docker's reference grammar and
// ReleaseInventory::checkReleaseName before they are used; every value goes into a command as a
// quoted argument. Pure; thread-safe.

#include "ReleaseStrategy.h"

namespace opsdeck {

struct ImageReference {
    QString repository; // "registry.example.com:5000/team/app"
    QString tag;        // "v1.2.3"; "latest" when the reference names none
};

class ComposeStrategy final : public ReleaseStrategy
{
public:
    QString name() const override { return QStringLiteral("compose"); }
    QString inventoryCommand(const AppConfig &app) const override;
    HostReleaseState parseInventory(const QString &host, const QByteArray &out) const override;
    QString switchCommand(const AppConfig &app, const QString &target, const QString &expected,
                          const QString &actor) const override;
    QString switchSteps(const AppConfig &app, const QString &target, const QString &expected) const override;
    bool switchChangedNothing(int exitCode) const override;
    bool switchLeftTarget(int exitCode) const override;
    bool restartsServices() const override { return false; }
    QStringList notReverted(bool forward) const override;

    // The file the strategy owns: opsdeck.override.yml next to the compose file.
    static QString pinFile(const AppConfig &app);
    // The project name compose is given (-p): the configured one, else the app's name.
    static QString project(const AppConfig &app);
    // An image reference split as Docker reads it, or why it is not one OpsDeck handles (digests,
    // upper case in the repository, a tag outside Docker's grammar [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}
    // or outside ReleaseInventory::checkReleaseName).
    static QString parseImage(const QString &reference, ImageReference *out);
};

} // namespace opsdeck
