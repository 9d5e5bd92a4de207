#pragma once

// The composition root of the window: creates the configuration source, the store service and the
// main window, wires them, and records what happens to the configuration as events. UI thread.

#include <QObject>

#include <memory>

namespace opsdeck {

class ConfigSource;
class EventStoreService;
class MainWindow;

struct ConsoleOptions {
    QString configFile; // empty: the one used last time, if any
    QString store;      // --store argument; empty: the default SQLite file
};

class ConsoleApp final : public QObject
{
    Q_OBJECT
public:
    explicit ConsoleApp(const ConsoleOptions &options, QObject *parent = nullptr);
    ~ConsoleApp() override;

    MainWindow *window() const { return m_window.get(); }
    ConfigSource *config() const { return m_config; }
    EventStoreService *store() const { return m_store; }

private:
    EventStoreService *m_store;
    ConfigSource *m_config;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace opsdeck
