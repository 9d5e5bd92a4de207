#include "Verb.h"

#include "CheckConfigVerb.h"
#include "HealthVerbs.h"
#include "ServiceVerb.h"
#include "StoreVerbs.h"
#include "TrustVerb.h"

namespace opsdeck {

QList<Verb> allVerbs()
{
    return {checkConfigVerb(), statusVerb(), probeVerb(), serviceVerb(), trustVerb(), dbVerb(), auditVerb()};
}

} // namespace opsdeck
