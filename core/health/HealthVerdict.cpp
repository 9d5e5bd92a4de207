#include "HealthVerdict.h"

namespace opsdeck {

QString healthStatusName(HealthStatus status)
{
    switch (status) {
    case HealthStatus::Pass: return QStringLiteral("pass");
    case HealthStatus::Warn: return QStringLiteral("warn");
    case HealthStatus::Fail: return QStringLiteral("fail");
    case HealthStatus::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

HealthStatus worse(HealthStatus a, HealthStatus b)
{
    auto rank = [](HealthStatus s) {
        switch (s) {
        case HealthStatus::Pass: return 0;
        case HealthStatus::Unknown: return 1;
        case HealthStatus::Warn: return 2;
        case HealthStatus::Fail: return 3;
        }
        return 3;
    };
    return rank(a) >= rank(b) ? a : b;
}

} // namespace opsdeck
