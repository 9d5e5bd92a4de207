#pragma once

// What a health check's GET may do, whichever way it goes (direct, TLS or through a proxy): the
// request it sends, and whether a redirect may be followed (never from https to http; otherwise within
// the request's origin or to a host it allows; a refused redirect's target is never contacted). Pure;
// thread-safe.

#include "HttpClient.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace opsdeck::HttpRequestPolicy {

bool isRedirect(int status);

struct RedirectCheck {
    HttpResult::Error error = HttpResult::Error::None; // None: follow it
    QString reason;
};

// Whether a redirect from `from` (the URL that answered) to `target` may be followed. The reason names
// the host only: the target's path and query may carry what its sender should not have put in a verdict.
RedirectCheck checkRedirect(const HttpRequest &request, const QUrl &from, const QUrl &target);

// The GET request for url: its path and query, Host, OpsDeck's User-Agent and Accept, no compression,
// and Basic authorization when the URL carries a user.
QByteArray requestBytes(const QUrl &url);

} // namespace opsdeck::HttpRequestPolicy
