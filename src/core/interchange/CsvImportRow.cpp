#include "interchange/CsvImportRow.h"

#include "domain/Kinds.h"

#include <algorithm>

namespace rapport::core::csvimport {

QByteArrayView trimmed(QByteArrayView v)
{
    while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
        v = v.sliced(1);
    while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t'))
        v.chop(1);
    return v;
}

// The canonical lower-case word that `v` names, ignoring case and surrounding spaces.
std::optional<QByteArrayView> word(QByteArrayView v, const std::vector<QByteArray>& words)
{
    v = trimmed(v);
    for (const QByteArray& w : words) {
        if (w.size() == v.size() && qstrnicmp(w.constData(), v.data(), v.size()) == 0)
            return QByteArrayView(w);
    }
    return std::nullopt;
}

const std::vector<QByteArray>& roleWords()
{
    static const std::vector<QByteArray> words{QByteArrayLiteral("rep"), QByteArrayLiteral("manager")};
    return words;
}

const std::vector<QByteArray>& kindWords()
{
    static const std::vector<QByteArray> words = [] {
        std::vector<QByteArray> w;
        for (const QString& name : interactionKindNames())
            w.push_back(name.toUtf8());
        return w;
    }();
    return words;
}

const std::vector<QByteArray>& surveyWords()
{
    static const std::vector<QByteArray> words{QByteArrayLiteral("csat"), QByteArrayLiteral("nps"),
                                               QByteArrayLiteral("ces")};
    return words;
}

std::optional<bool> activeFlag(QByteArrayView v)
{
    // What the exporter writes (true, false), and what spreadsheets and other programs commonly
    // write for a yes/no column. Anything else is refused rather than guessed.
    static const std::vector<QByteArray> yes{QByteArrayLiteral("true"), QByteArrayLiteral("yes"),
                                             QByteArrayLiteral("1")};
    static const std::vector<QByteArray> no{QByteArrayLiteral("false"), QByteArrayLiteral("no"),
                                            QByteArrayLiteral("0")};
    if (word(v, yes))
        return true;
    if (word(v, no))
        return false;
    return std::nullopt;
}

bool takesProduct(QByteArrayView kind)
{
    return kind == QByteArrayView("purchase") || kind == QByteArrayView("complaint") ||
           kind == QByteArrayView("support");
}

QString quoted(QByteArrayView v)
{
    constexpr qsizetype kMax = 40;
    QString s = QString::fromUtf8(v.first(std::min(v.size(), kMax)));
    if (v.size() > kMax)
        s += QStringLiteral("...");
    return QStringLiteral("\"%1\"").arg(s);
}

} // namespace rapport::core::csvimport
