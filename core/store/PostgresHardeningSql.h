#pragma once

// Internal to PostgresSchema.cpp: the SQL of two hardening steps, apart from the migration list for
// their length.
//   accessFunctions  step 6: no OpsDeck role holds CREATEROLE, SUPERUSER or BYPASSRLS; grants and revokes
//                    go through opsdeck.set_access, a SECURITY DEFINER function owned by the NOLOGIN role
//                    opsdeck_grantor, the one role with ADMIN OPTION on the OpsDeck roles
//   eventLimits      step 7: how large an event's and a lock's text may be (EventLimits.h), as a trigger
//                    that refuses early with a clear message and as CHECK constraints nobody can skip

namespace opsdeck::PostgresSchema::Sql {

extern const char *const accessFunctions;
extern const char *const eventLimits;

} // namespace opsdeck::PostgresSchema::Sql
