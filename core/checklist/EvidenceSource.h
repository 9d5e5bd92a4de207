#pragma once

// Where automatic checklist items get their evidence: a small interface so the rules can be tested
// with any answer, and FleetEvidenceSource asks the real fleet (health endpoints, backup directories,
// release directories, commands over SSH). collect() never blocks its caller.

#include "ChecklistPlan.h"

#include <QDateTime>
#include <QFuture>
#include <QJsonArray>

namespace opsdeck {

struct EvidenceRequest {
    QString item;
    EvidenceSpec spec;
    ChecklistPlan plan; // environment, release and hosts the evidence is about
};

struct Evidence {
    bool passed = false;
    QString summary;     // one line: what was checked and what was found
    QJsonArray checks;   // one object per target: {"target", "passed", "detail"}
    QDateTime checkedAt;
};

class EvidenceSource
{
public:
    virtual ~EvidenceSource() = default;
    virtual QFuture<Evidence> collect(const EvidenceRequest &request) = 0;
};

} // namespace opsdeck
