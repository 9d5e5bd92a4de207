#include "ReleaseStrategy.h"

#include "CapistranoStrategy.h"
#include "KamalStrategy.h"

namespace opsdeck {

QStringList ReleaseStrategy::versionsOf(const ReleaseOnHost &release) const
{
    QStringList versions{release.name};
    if (!release.revision.isEmpty() && release.revision != release.name)
        versions << release.revision;
    return versions;
}

std::unique_ptr<ReleaseStrategy> ReleaseStrategy::named(const QString &name)
{
    if (name == QLatin1String("capistrano"))
        return std::make_unique<CapistranoStrategy>();
    if (name == QLatin1String("kamal"))
        return std::make_unique<KamalStrategy>();
    return nullptr;
}

std::unique_ptr<ReleaseStrategy> ReleaseStrategy::forApp(const AppConfig &app)
{
    return named(app.strategy);
}

} // namespace opsdeck
