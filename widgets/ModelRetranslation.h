#pragma once

// After a language change: a model's texts come from tr() each time a view asks (data(), headerData()),
// so the views only need to be told to ask again. announce() does that for a whole model, tree or table,
// and through every proxy on top of it. Messages already written (an activity log, a result shown) stay in
// the language they were written in. UI thread.

class QAbstractItemModel;

namespace opsdeck::ModelRetranslation {

// Headers of both orientations and every cell (every row at every depth) are announced as changed.
void announce(QAbstractItemModel *model);

} // namespace opsdeck::ModelRetranslation
