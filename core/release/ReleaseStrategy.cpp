#include "ReleaseStrategy.h"

#include "CapistranoStrategy.h"

namespace opsdeck {

std::unique_ptr<ReleaseStrategy> ReleaseStrategy::forApp(const AppConfig &app)
{
    if (app.strategy == QLatin1String("capistrano"))
        return std::make_unique<CapistranoStrategy>();
    return nullptr;
}

} // namespace opsdeck
