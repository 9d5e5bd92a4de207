#include "WildcardMatch.h"

namespace opsdeck {

bool wildcardMatch(QByteArrayView name, QByteArrayView pattern)
{
    qsizetype n = 0;
    qsizetype p = 0;
    qsizetype starAt = -1;
    qsizetype starName = 0;
    while (n < name.size()) {
        if (p < pattern.size() && pattern.at(p) == '*') {
            starAt = p++;
            starName = n;
        } else if (p < pattern.size() && (pattern.at(p) == '?' || pattern.at(p) == name.at(n))) {
            ++n;
            ++p;
        } else if (starAt >= 0) {
            p = starAt + 1;
            n = ++starName;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern.at(p) == '*')
        ++p;
    return p == pattern.size();
}

} // namespace opsdeck
