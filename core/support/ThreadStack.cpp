#include "ThreadStack.h"

#if defined(Q_OS_LINUX) && defined(__GLIBC__)
#include <pthread.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <vector>
#define OPSDECK_THREAD_STACK 1
#endif

namespace opsdeck::ThreadStack {

#ifdef OPSDECK_THREAD_STACK
namespace {
// The calling thread's stack: [low, high). False on the main thread or when it cannot be read.
bool stackOf(std::uintptr_t *low, std::uintptr_t *high)
{
    if (gettid() == getpid())
        return false;
    pthread_attr_t attributes;
    if (pthread_getattr_np(pthread_self(), &attributes) != 0)
        return false;
    void *address = nullptr;
    size_t size = 0;
    const bool ok = pthread_attr_getstack(&attributes, &address, &size) == 0;
    pthread_attr_destroy(&attributes);
    if (!ok)
        return false;
    *low = reinterpret_cast<std::uintptr_t>(address);
    *high = *low + size;
    return true;
}

std::uintptr_t pageSize()
{
    static const auto size = std::uintptr_t(sysconf(_SC_PAGESIZE));
    return size;
}
} // namespace

__attribute__((noinline)) qsizetype releaseUnused()
{
    std::uintptr_t low = 0;
    std::uintptr_t high = 0;
    if (!stackOf(&low, &high))
        return 0;
    const auto frame = reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0));
    if (frame <= low || frame > high)
        return 0;
    // Everything below this frame is dead; a page of margin below it for madvise's own call.
    const std::uintptr_t end = (frame - pageSize()) & ~(pageSize() - 1);
    const std::uintptr_t begin = (low + pageSize() - 1) & ~(pageSize() - 1);
    if (end <= begin)
        return 0;
    if (madvise(reinterpret_cast<void *>(begin), end - begin, MADV_DONTNEED) != 0)
        return 0;
    return qsizetype(end - begin);
}

qsizetype residentBytes()
{
    std::uintptr_t low = 0;
    std::uintptr_t high = 0;
    if (!stackOf(&low, &high))
        return -1;
    const std::uintptr_t begin = low & ~(pageSize() - 1);
    std::vector<unsigned char> pages((high - begin + pageSize() - 1) / pageSize());
    if (mincore(reinterpret_cast<void *>(begin), high - begin, pages.data()) != 0)
        return -1;
    qsizetype resident = 0;
    for (const unsigned char page : pages)
        resident += (page & 1) ? qsizetype(pageSize()) : 0;
    return resident;
}
#else
qsizetype releaseUnused()
{
    return 0;
}

qsizetype residentBytes()
{
    return -1;
}
#endif

} // namespace opsdeck::ThreadStack
