#pragma once

// Internal to PostgresSchema.cpp: the checklist rules in SQL (schema step 5).
//   checklistApply  opsdeck.checklist_apply(e opsdeck.events): checks a checklist event against the
//                   run's state and updates it, or raises why not
//   checklistAdmit  the BEFORE INSERT trigger that calls it and turns a refusal into a
//                   checklist.refused row instead of an error

namespace opsdeck::PostgresSchema::Sql {

extern const char *const checklistApply;
extern const char *const checklistAdmit;

} // namespace opsdeck::PostgresSchema::Sql
