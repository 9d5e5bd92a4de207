#include "Verb.h"

#include "CheckConfigVerb.h"
#include "HealthVerbs.h"
#include "ServiceVerb.h"
#include "TrustVerb.h"

namespace opsdeck {

QList<Verb> allVerbs()
{
    return {checkConfigVerb(), statusVerb(), probeVerb(), serviceVerb(), trustVerb()};
}

} // namespace opsdeck
