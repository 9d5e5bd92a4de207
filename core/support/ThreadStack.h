#pragma once

// Gives back the pages of the calling thread's stack that lie below the caller's frame. A thread's
// stack keeps every page it ever touched resident, and an SSH session thread per host reaches deep
// once (the key exchange, a command's packets through libssh and the crypto library) and then
// sleeps in its event loop: about 32 KiB a thread, 32 MiB for a 1,000-host window, most of it
// pages no frame uses any more. madvise(MADV_DONTNEED) drops them; a page touched again comes back
// zeroed, as a fresh stack page does. Only ever below the caller's frame (and a page of margin for
// the call itself), never on the main thread (the kernel grows its stack). Linux with glibc; elsewhere
// it does nothing. Thread-safe: each thread only touches its own stack.

#include <QtGlobal>

namespace opsdeck::ThreadStack {

// Bytes given back from the calling thread's stack (0: nothing to give, or not available here).
qsizetype releaseUnused();
// Bytes of the calling thread's stack resident now (-1: not available here); for tests and benches.
qsizetype residentBytes();

} // namespace opsdeck::ThreadStack
