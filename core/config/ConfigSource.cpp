#include "ConfigSource.h"

#include "ConfigLoader.h"
#include "../support/LogCategories.h"

#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace opsdeck {

ConfigSource::ConfigSource(QObject *parent)
    : QObject(parent), m_watcher(new QFileSystemWatcher(this)), m_debounce(new QTimer(this))
{
    qRegisterMetaType<opsdeck::FleetConfig>();
    qRegisterMetaType<opsdeck::ConfigErrors>();
    // Editors write in bursts (truncate, write, rename); load once the burst is over.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &ConfigSource::reload);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_debounce, qOverload<>(&QTimer::start));
    // A replaced file drops out of the watch; watching the directory brings it back.
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this] {
        if (!m_watcher->files().contains(m_file) && QFileInfo::exists(m_file))
            m_debounce->start();
    });
}

ConfigSource::~ConfigSource() = default;

void ConfigSource::setFile(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_file = QFileInfo(path).absoluteFilePath();
    m_current.reset();
    reload();
}

void ConfigSource::reload()
{
    if (m_file.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    auto *watcher = new QFutureWatcher<ConfigLoadResult>(this);
    connect(watcher, &QFutureWatcher<ConfigLoadResult>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finishLoad(watcher->result(), generation);
    });
    watcher->setFuture(QtConcurrent::run([file = m_file] { return ConfigLoader::loadFile(file); }));
}

void ConfigSource::finishLoad(const ConfigLoadResult &result, quint64 generation)
{
    watch();
    if (generation != m_generation)
        return; // a newer load is under way; its result is the one that counts
    m_loading = false;
    if (result.ok()) {
        m_current = *result.config;
        m_lastErrors.clear();
        qCInfo(lcConfig) << "loaded" << m_file << ':' << m_current->summary();
        Q_EMIT loaded(*m_current);
    } else {
        m_lastErrors = result.errors;
        qCWarning(lcConfig) << "rejected" << m_file << "with" << result.errors.size() << "errors";
        Q_EMIT rejected(result.errors, result.suppressedErrors);
    }
}

void ConfigSource::watch()
{
    if (QFileInfo::exists(m_file) && !m_watcher->files().contains(m_file))
        m_watcher->addPath(m_file);
    const QString dir = QFileInfo(m_file).absolutePath();
    if (!m_watcher->directories().contains(dir))
        m_watcher->addPath(dir);
}

} // namespace opsdeck
