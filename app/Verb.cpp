#include "Verb.h"

#include "CheckConfigVerb.h"
#include "ChecklistVerb.h"
#include "HealthVerbs.h"
#include "ServiceVerb.h"
#include "StoreVerbs.h"
#include "TrustVerb.h"

namespace opsdeck {

QList<Verb> allVerbs()
{
    return {checkConfigVerb(), statusVerb(), probeVerb(), serviceVerb(), trustVerb(), checklistVerb(), dbVerb(), auditVerb()};
}

} // namespace opsdeck
