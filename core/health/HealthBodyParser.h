#pragma once

// Reads a health endpoint's answer in any of the formats OpsDeck knows (the seeds' Rails JSON, IETF
// health+json, Spring Boot Actuator, Kubernetes livez/readyz, plain status codes) into a verdict.
// When the HTTP status and the body disagree, the worse wins. Garbage is a failure with the precise
// reason, never a crash. Pure; thread-safe.

#include "HealthVerdict.h"

#include <QByteArray>

namespace opsdeck::HealthBodyParser {

HealthVerdict parse(HealthFormat format, int httpStatus, const QByteArray &contentType, const QByteArray &body);
// What `auto` reads a body as. JSON that cannot be read (truncated, an HTML error page under a JSON
// content type) is still read as JSON, so that the verdict says why; a body with no health markers
// at all is Plain: the HTTP status decides.
HealthFormat detect(const QByteArray &contentType, const QByteArray &body);

} // namespace opsdeck::HealthBodyParser
