// libFuzzer target for the health body parser: any answer must end in a verdict that says why it is
// not a pass, never in a crash, a hang or unbounded memory. An input that starts with a byte below
// 0x10 is a header: format, HTTP status and content type, then the body; any other input is a body
// read with `auto` at HTTP 200, so that the golden bodies seed the corpus as they are. tools/test
// runs it briefly; run longer by hand with
//   build-fuzz/tests/fuzz/fuzz_health_body_parser -max_total_time=600 tests/core/health/golden

#include "health/HealthBodyParser.h"

#include <QByteArray>
#include <QString>

#include <array>

namespace {

using namespace opsdeck;

constexpr std::array kFormats {HealthFormat::Auto, HealthFormat::Seeds, HealthFormat::Ietf, HealthFormat::Spring,
    HealthFormat::Kubernetes, HealthFormat::Plain};
constexpr std::array kHttpStatuses {200, 503, 500, 204, 404, 302, 0, 502, 429, 299, 300, 199, -1, 999};
constexpr std::array kContentTypes {"", "application/json", "application/health+json", "text/plain; charset=utf-8",
    "text/html", "APPLICATION/Health+JSON; charset=utf-8", "application/vnd.spring-boot.actuator.v3+json"};

bool isValid(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Pass:
    case HealthStatus::Warn:
    case HealthStatus::Fail:
    case HealthStatus::Unknown:
        return true;
    }
    return false;
}

bool isOneLine(const QString &text)
{
    return !text.contains(u'\n') && !text.contains(u'\r');
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    HealthFormat format = HealthFormat::Auto;
    int httpStatus = 200;
    QByteArray contentType;
    QByteArray body = input;
    if (input.size() >= 3 && uchar(input.at(0)) < 0x10) {
        format = kFormats[uchar(input.at(0)) % kFormats.size()];
        httpStatus = kHttpStatuses[uchar(input.at(1)) % kHttpStatuses.size()];
        contentType = kContentTypes[uchar(input.at(2)) % kContentTypes.size()];
        body = input.mid(3);
    }

    const HealthVerdict verdict = HealthBodyParser::parse(format, httpStatus, contentType, body);
    // Invariants a user relies on: a verdict always has a status, and one that is not a pass says why
    // in one bounded line; a failing HTTP status is never a pass; `auto` always settles on a format.
    if (!isValid(verdict.status) || verdict.format == HealthFormat::Auto || verdict.httpStatus != httpStatus)
        __builtin_trap();
    if (verdict.status != HealthStatus::Pass && verdict.reason.isEmpty())
        __builtin_trap();
    if (!isOneLine(verdict.reason) || verdict.reason.size() > 400)
        __builtin_trap();
    if ((httpStatus < 200 || httpStatus > 299) && verdict.status != HealthStatus::Fail)
        __builtin_trap();
    for (const HealthComponent &component : verdict.components) {
        if (!isValid(component.status) || !isOneLine(component.name) || !isOneLine(component.message))
            __builtin_trap();
        if (worse(verdict.status, component.status) != verdict.status && httpStatus >= 200 && httpStatus <= 299)
            __builtin_trap(); // no component is worse than the verdict
    }
    if (HealthBodyParser::detect(contentType, body) == HealthFormat::Auto)
        __builtin_trap();
    return 0;
}
