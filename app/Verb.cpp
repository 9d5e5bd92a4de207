#include "Verb.h"

#include "CheckConfigVerb.h"

namespace opsdeck {

QList<Verb> allVerbs()
{
    return {checkConfigVerb()};
}

} // namespace opsdeck
