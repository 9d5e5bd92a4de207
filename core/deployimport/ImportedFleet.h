#pragma once

// What `opsdeck import` read from existing deploy files, before it is written as a fleet
// configuration: environments, hosts, services and apps, each value with the reason it was guessed
// (empty when the deploy file said it), and every part of the deploy files that has no place in a
// fleet configuration, with its position. Plain values; the readers fill one, FleetYamlWriter writes it.

#include "config/ConfigError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace opsdeck {

// One value of the configuration to write; guess says why it is not simply what the file said.
struct ImportedValue {
    QString value;
    QString guess;

    bool isSet() const { return !value.isEmpty(); }
};

struct ImportedService {
    ImportedValue name;
    ImportedValue unit;
    bool sudo = true;
    QList<ImportedValue> health; // URLs
};

struct ImportedApp {
    ImportedValue name;
    ImportedValue path;
    ImportedValue strategy;
    QStringList services;
    // Kamal (written when set): its role and destination.
    ImportedValue kamalRole;
    ImportedValue kamalDestination;
    // docker compose (written when set): the compose file on the host, the project, the services
    // whose image tag is the release and why they were chosen.
    ImportedValue composeFile;
    ImportedValue composeProject;
    QStringList composeServices;
    QString composeServicesGuess;
};

struct ImportedHost {
    ImportedValue name;
    ImportedValue address;
    ImportedValue user;
    ImportedValue port;
    ImportedValue identityFile;
    ImportedValue jump;
    QStringList labels;
    QList<ImportedService> services;
    QList<ImportedApp> apps;
    QString origin; // "file:line:col" where the host was first read

    ImportedService *findService(const QString &name);
};

struct ImportedEnvironment {
    ImportedValue name;
    QList<ImportedHost> hosts;
};

struct ImportedFleet {
    QStringList sources;
    QList<ImportedEnvironment> environments;
    ConfigErrors unmapped; // read, but no place for it in a fleet configuration: position and why

    // The environment of that name, added (with its guess) when new.
    ImportedEnvironment &environment(const ImportedValue &name);
    // The host of that name anywhere in the fleet, or nullptr; environment is set to where it is.
    ImportedHost *findHost(const QString &name, QString *environment = nullptr);
    void notMapped(const QString &file, int line, int column, const QString &message);
};

} // namespace opsdeck
