#pragma once

// The configuration in use, kept current with its file. Loads on a worker thread, watches the file
// (editors that replace the file included), and never replaces a good configuration with a bad one:
// a failed reload reports its errors and keeps the last good configuration. Lives on the UI thread.

#include "ConfigError.h"
#include "FleetConfig.h"

#include <QObject>

#include <optional>

class QFileSystemWatcher;
class QTimer;

namespace opsdeck {

struct ConfigLoadResult;

class ConfigSource final : public QObject
{
    Q_OBJECT
public:
    explicit ConfigSource(QObject *parent = nullptr);
    ~ConfigSource() override;

    void setFile(const QString &path); // loads it, then watches it
    QString file() const { return m_file; }
    void reload();

    bool hasConfig() const { return m_current.has_value(); }
    const FleetConfig &current() const { return *m_current; } // only when hasConfig()
    const ConfigErrors &lastErrors() const { return m_lastErrors; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void loaded(const opsdeck::FleetConfig &config);
    // The file has errors; current() is unchanged.
    void rejected(const opsdeck::ConfigErrors &errors, int suppressedErrors);

private:
    void finishLoad(const ConfigLoadResult &result, quint64 generation);
    void watch();

    QString m_file;
    std::optional<FleetConfig> m_current;
    ConfigErrors m_lastErrors;
    QFileSystemWatcher *m_watcher;
    QTimer *m_debounce;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace opsdeck
