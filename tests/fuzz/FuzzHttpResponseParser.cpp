// libFuzzer target for the HTTP/1.x response reader of the health client: whatever a server sends,
// reading ends in a response or a failure with a bounded one-line reason, never in a crash, a hang,
// a body over the cap or bytes consumed that were not given. The first input byte picks how the
// rest is cut into reads (as a socket would deliver it) and whether the connection then closes.
// tools/test runs it briefly; run longer by hand with
//   build-fuzz/tests/fuzz/fuzz_http_response_parser -max_total_time=600

#include "health/HttpResponseParser.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype step = 1 + (data[0] & 0x3f);
    const bool eof = (data[0] & 0x40) != 0;
    const bool head = (data[0] & 0x80) != 0;
    const char *input = reinterpret_cast<const char *>(data + 1);
    const qsizetype length = qsizetype(size - 1);
    constexpr qint64 kCap = 4096;

    opsdeck::HttpResponseParser parser(kCap);
    // Two responses on one connection, as keep-alive reads them: the second starts where the first ended.
    qsizetype at = 0;
    for (int response = 0; response < 2 && at <= length; ++response) {
        parser.reset(head);
        while (at < length && !parser.isDone() && !parser.isFailed()) {
            const qsizetype n = std::min(step, length - at);
            const qsizetype used = parser.feed(input + at, n);
            if (used < 0 || used > n)
                __builtin_trap();
            at += used;
            if (used < n && !parser.isDone() && !parser.isFailed())
                __builtin_trap(); // stopped early without an end
        }
        if (eof && at == length)
            parser.finish();
        if (parser.isDone() && parser.isFailed())
            __builtin_trap();
        if (parser.body().size() > kCap)
            __builtin_trap();
        if (parser.isFailed()) {
            const QString reason = parser.reason();
            if (reason.isEmpty() || reason.size() > 200 || reason.contains(u'\n') || reason.contains(u'\r'))
                __builtin_trap();
            if (parser.keepAlive() || parser.failure() == opsdeck::HttpResponseParser::Failure::None)
                __builtin_trap();
            // Failed: nothing more is consumed.
            if (at < length && parser.feed(input + at, length - at) != 0)
                __builtin_trap();
            break;
        }
        if (parser.isDone() && (parser.status() < 200 || parser.status() > 999))
            __builtin_trap(); // interim answers are never the end
        if (!parser.isDone())
            break;
    }
    return 0;
}
