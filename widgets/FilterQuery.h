#pragma once

// The overview filters' matching rule, shared by the Dashboard, Services and Fleet: what the operator
// typed, split into words; a row matches when every word is found (case-insensitive, anywhere in
// it) in one of the row's terms (its host, service, environment, labels, state word …). Plain value.
// Any thread.

#include <QStringList>

namespace opsdeck {

class FilterQuery final
{
public:
    FilterQuery() = default;
    explicit FilterQuery(const QString &text);

    bool isEmpty() const { return m_words.isEmpty(); }
    const QStringList &words() const { return m_words; }
    // Whether `word` is found in `term`: the rule one word is held to against one term.
    static bool wordMatches(const QString &word, const QString &term);
    // Whether `word` is found in one of `terms`.
    static bool wordMatchesAny(const QString &word, const QStringList &terms);
    // Every word found in one of `terms` (an empty query matches everything).
    bool matches(const QStringList &terms) const;

    bool operator==(const FilterQuery &) const = default;

private:
    QStringList m_words;
};

} // namespace opsdeck
