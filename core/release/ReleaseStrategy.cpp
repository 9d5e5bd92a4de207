#include "ReleaseStrategy.h"

#include "CapistranoStrategy.h"
#include "ComposeStrategy.h"
#include "KamalStrategy.h"

namespace opsdeck {

QStringList ReleaseStrategy::versionsOf(const ReleaseOnHost &release) const
{
    QStringList versions{release.name};
    if (!release.revision.isEmpty() && release.revision != release.name)
        versions << release.revision;
    return versions;
}

QDateTime ReleaseStrategy::fromDockerTime(const QString &text)
{
    const QString head = text.section(u' ', 0, 2);
    QDateTime t = QDateTime::fromString(head, QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
    if (!t.isValid())
        t = QDateTime::fromString(head.section(u' ', 0, 1), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    return t.isValid() ? t.toUTC() : QDateTime();
}

std::unique_ptr<ReleaseStrategy> ReleaseStrategy::named(const QString &name)
{
    if (name == QLatin1String("capistrano"))
        return std::make_unique<CapistranoStrategy>();
    if (name == QLatin1String("kamal"))
        return std::make_unique<KamalStrategy>();
    if (name == QLatin1String("compose"))
        return std::make_unique<ComposeStrategy>();
    return nullptr;
}

std::unique_ptr<ReleaseStrategy> ReleaseStrategy::forApp(const AppConfig &app)
{
    return named(app.strategy);
}

} // namespace opsdeck
