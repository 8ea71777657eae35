#include "reflection/findings/CommentTokenizer.h"

namespace rapport::core::findings {

// Words too common to make a theme on their own.
const QSet<QString>& CommentTokenizer::stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char* const list[] = {
            "a",     "about",  "after", "again", "all",     "also",  "am",     "an",    "and",   "any",
            "are",   "as",     "at",    "be",    "because", "been",  "before", "being", "but",   "by",
            "can",   "could",  "did",   "do",    "does",    "doing", "for",    "from",  "had",   "has",
            "have",  "having", "he",    "her",   "here",    "him",   "his",    "how",   "i",     "if",
            "in",    "into",   "is",    "it",    "its",     "just",  "last",   "me",    "more",  "most",
            "much",  "my",     "no",    "nor",   "not",     "now",   "of",     "on",    "once",  "one",
            "only",  "or",     "other", "our",   "out",     "over",  "own",    "same",  "she",   "should",
            "so",    "some",   "still", "such",  "than",    "that",  "the",    "their", "them",  "then",
            "there", "these",  "they",  "this",  "those",   "time",  "to",     "too",   "two",   "up",
            "us",    "very",   "was",   "we",    "were",    "what",  "when",   "where", "which", "while",
            "who",   "why",    "will",  "with",  "would",   "you",   "your",   "per",   "via",   "ok",
            "okay",  "also",   "get",   "got",   "went",    "yet",
        };
        for (const char* w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Lower-case words of letters (and inner apostrophes dropped), a plural 's' removed from
// longer words so "shipments" and "shipment" count together.
QStringList CommentTokenizer::words(const QString& text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (current.size() > 4 && current.endsWith(QLatin1Char('s')) &&
            !current.endsWith(QLatin1String("ss")))
            current.chop(1);
        if (!current.isEmpty())
            out << current;
        current.clear();
    };
    for (const QChar ch : text) {
        if (ch.isLetter())
            current += ch.toLower();
        else if (ch != QLatin1Char('\''))
            flush();
    }
    flush();
    return out;
}

// Terms of one comment: content words and pairs of adjacent content words, each once.
QSet<QString> CommentTokenizer::terms(const QString& text)
{
    QSet<QString> out;
    const QStringList all = words(text);
    QString previous;
    for (const QString& w : all) {
        if (w.size() < 3 || stopWords().contains(w)) {
            previous.clear();
            continue;
        }
        out.insert(w);
        if (!previous.isEmpty())
            out.insert(previous + QLatin1Char(' ') + w);
        previous = w;
    }
    return out;
}

} // namespace rapport::core::findings
