#include "ConfigError.h"

namespace opsdeck {

QString ConfigError::toString() const
{
    return QStringLiteral("%1:%2:%3: %4").arg(file).arg(qMax(line, 1)).arg(qMax(column, 1)).arg(message);
}

} // namespace opsdeck
