#include "TerminalText.h"

#include <QStringList>
#include <algorithm>

namespace rapport::cli {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f);
}

} // namespace

QString TerminalText::escaped(const QString& text)
{
    if (std::none_of(text.begin(), text.end(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isControl(u))
            out += c;
        else
            out += (u < 0x80 ? QStringLiteral("\\x") : QStringLiteral("\\u")) +
                   QString::number(u, 16).toUpper().rightJustified(u < 0x80 ? 2 : 4, QLatin1Char('0'));
    }
    return out;
}

QString TerminalText::escapedLines(const QString& text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString& line : lines)
        line = escaped(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace rapport::cli
