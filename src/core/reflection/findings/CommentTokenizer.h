#pragma once

#include <QSet>
#include <QString>
#include <QStringList>

namespace rapport::core::findings {

// Cuts complaint notes and survey comments into the terms whose recurrence makes a theme.
class CommentTokenizer
{
public:
    // Lower-case words of letters, a plural 's' dropped from longer words.
    static QStringList words(const QString& text);
    // Content words and pairs of adjacent content words of one comment, each once.
    static QSet<QString> terms(const QString& text);

private:
    static const QSet<QString>& stopWords();
};

} // namespace rapport::core::findings
