#include "Verb.h"

#include "CheckConfigVerb.h"
#include "ServiceVerb.h"
#include "TrustVerb.h"

namespace opsdeck {

QList<Verb> allVerbs()
{
    return {checkConfigVerb(), serviceVerb(), trustVerb()};
}

} // namespace opsdeck
