#pragma once

// Internal to PostgresSchema.cpp: the checklist rules in SQL (schema steps 5 and 8).
//   checklistApply  opsdeck.checklist_apply(e opsdeck.events): checks a checklist event against the
//                   run's state and updates it, or raises why not (the rules as they are now)
//   checklistAdmit  the BEFORE INSERT trigger that calls it and turns a refusal into a
//                   checklist.refused row instead of an error
//   ownChecks       step 8: opsdeck.checklist_evidence, every check kept as its recorder's own, filled
//                   from the log; signatures already stored without the signer's own checks end

namespace opsdeck::PostgresSchema::Sql {

extern const char *const checklistApply;
extern const char *const checklistAdmit;
extern const char *const ownChecks;

} // namespace opsdeck::PostgresSchema::Sql
