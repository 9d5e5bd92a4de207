// libFuzzer target for the checklist template loader: any bytes must end in a template or in
// positioned errors, never in a crash, a hang or unbounded memory. tools/test runs it briefly; run
// longer by hand with
//   build-fuzz/tests/fuzz/fuzz_checklist_template -max_total_time=600 tests/core/checklist/golden

#include "checklist/ChecklistTemplateLoader.h"

#include <QByteArray>
#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto result = opsdeck::ChecklistTemplateLoader::loadBytes(bytes, QStringLiteral("fuzz.yaml"));
    // Invariants a user relies on: a result is either a template or at least one positioned error,
    // and a template has items and a sign-off role.
    if (result.ok() == !result.errors.isEmpty())
        __builtin_trap();
    if (result.ok() && (result.checklist->items().isEmpty() || result.checklist->signoff.roles.isEmpty()))
        __builtin_trap();
    for (const auto &error : result.errors) {
        if (error.message.isEmpty() || error.line < 0 || error.column < 0)
            __builtin_trap();
    }
    return 0;
}
