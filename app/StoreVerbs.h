#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck db migrate|grant|revoke|status`: the team store's schema and who may use it.
Verb dbVerb();
// `opsdeck audit verify`: walks the audit chain and reports edited, deleted, inserted or reordered rows.
Verb auditVerb();
} // namespace opsdeck
