// libFuzzer target for the configuration loader: any bytes must end in a config or in errors, never
// in a crash, a hang or unbounded memory. tools/test runs it briefly; run longer by hand with
//   build-fuzz/tests/fuzz/fuzz_config_loader -max_total_time=600 tests/core/config/golden

#include "config/ConfigLoader.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = opsdeck::ConfigLoader::loadBytes(bytes, QStringLiteral("fuzz.yaml"), QStringLiteral("/tmp"));
    // Invariants a user relies on: a result is either a config or at least one positioned error.
    if (result.ok() == !result.errors.isEmpty())
        __builtin_trap();
    for (const auto &error : result.errors) {
        if (error.message.isEmpty() || error.line < 0 || error.column < 0)
            __builtin_trap();
    }
    return 0;
}
