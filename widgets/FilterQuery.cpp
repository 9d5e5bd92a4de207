#include "FilterQuery.h"

#include <QRegularExpression>

#include <algorithm>

namespace opsdeck {

FilterQuery::FilterQuery(const QString &text)
    : m_words(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
{
}

bool FilterQuery::wordMatches(const QString &word, const QString &term)
{
    return term.contains(word, Qt::CaseInsensitive);
}

bool FilterQuery::wordMatchesAny(const QString &word, const QStringList &terms)
{
    return std::any_of(terms.cbegin(), terms.cend(), [&](const QString &term) { return wordMatches(word, term); });
}

bool FilterQuery::matches(const QStringList &terms) const
{
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) { return wordMatchesAny(word, terms); });
}

} // namespace opsdeck
