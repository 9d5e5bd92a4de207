#include "BackupReport.h"

namespace opsdeck {

int BackupLocationReport::incompleteSets() const
{
    return int(std::count_if(sets.cbegin(), sets.cend(), [](const BackupSet &s) { return !s.complete; }));
}

int BackupLocationReport::flaggedFiles() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const BackupFile &f) { return !f.problems.isEmpty(); }));
}

} // namespace opsdeck
