#pragma once

// Gives the heap's free pages back to the system every kIntervalMs (glibc's malloc_trim). With an
// SSH session thread per host, glibc keeps up to eight malloc arenas per core, and the chunks freed
// after bursts of work (a start's connections, listings, polls) stay resident in them until trimmed:
// about 19 MiB of a 1,000-host window's 309 MiB (docs/benchmarks.md, "The window at 1,000 hosts").
// Each trim runs on a pool thread, never the UI thread, one at a time. Where the C library is not
// glibc there is nothing to call: available() is false and the timer is not started. Lives on the
// thread that creates it.

#include <QObject>

#include <atomic>

class QTimer;

namespace opsdeck {

class HeapTrimmer final : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 30'000;

    explicit HeapTrimmer(QObject *parent = nullptr, int intervalMs = kIntervalMs);
    ~HeapTrimmer() override;

    static bool available();
    // Trims now, on the calling thread; true when memory was given back.
    static bool trimNow();
    int trims() const { return m_trims.load(); } // finished so far

private:
    void trimLater();

    QTimer *m_timer;
    std::atomic<bool> m_running{false};
    std::atomic<int> m_trims{0};
};

} // namespace opsdeck
