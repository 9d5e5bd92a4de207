#pragma once

// One problem found in a configuration file, with the position a user can jump to.

#include <QList>
#include <QMetaType>
#include <QString>

namespace opsdeck {

struct ConfigError {
    QString file;
    int line = 0;   // 1-based; 0 when the error concerns the whole file
    int column = 0; // 1-based
    QString message;

    // "file:line:col: message", the form compilers use, so editors can jump to it.
    QString toString() const;
};

using ConfigErrors = QList<ConfigError>;

} // namespace opsdeck

Q_DECLARE_METATYPE(opsdeck::ConfigErrors)
