#pragma once

#include "Verb.h"

namespace opsdeck {
// `opsdeck service show|restart|start|stop|reload|recheck|logs|locks|unlock ENV/SERVICE …`
Verb serviceVerb();
} // namespace opsdeck
