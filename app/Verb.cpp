#include "Verb.h"

#include "ApproveVerb.h"
#include "BackupVerb.h"
#include "CheckConfigVerb.h"
#include "ChecklistVerb.h"
#include "HealthVerbs.h"
#include "ImportVerb.h"
#include "IncidentVerb.h"
#include "ReleaseVerb.h"
#include "ServiceVerb.h"
#include "StoreVerbs.h"
#include "TimelineVerb.h"
#include "TrustVerb.h"

namespace opsdeck {

QList<Verb> allVerbs()
{
    return {checkConfigVerb(), importVerb(), statusVerb(), probeVerb(), serviceVerb(), releaseVerb(), approveVerb(), trustVerb(), timelineVerb(), incidentVerb(),
            checklistVerb(), backupVerb(), dbVerb(), auditVerb()};
}

} // namespace opsdeck
