#include "HeapTrimmer.h"

#include <QThread>
#include <QThreadPool>
#include <QTimer>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace opsdeck {

HeapTrimmer::HeapTrimmer(QObject *parent, int intervalMs) : QObject(parent), m_timer(new QTimer(this))
{
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &HeapTrimmer::trimLater);
    if (available())
        m_timer->start();
}

HeapTrimmer::~HeapTrimmer()
{
    m_timer->stop();
    while (m_running.load()) // a trim under way refers to this object: wait for it (it takes milliseconds)
        QThread::msleep(1);
}

bool HeapTrimmer::available()
{
#if defined(__GLIBC__)
    return true;
#else
    return false;
#endif
}

bool HeapTrimmer::trimNow()
{
#if defined(__GLIBC__)
    return malloc_trim(0) == 1;
#else
    return false;
#endif
}

void HeapTrimmer::trimLater()
{
    bool idle = false;
    if (!m_running.compare_exchange_strong(idle, true))
        return; // the last one is still running
    QThreadPool::globalInstance()->start([this] {
        trimNow();
        ++m_trims;
        m_running.store(false);
    });
}

} // namespace opsdeck
