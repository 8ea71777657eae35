#include "reflection/LocalizedQuestionnaire.h"

#include "logging/LogCategories.h"

#include <QFile>

namespace rapport::core::LocalizedQuestionnaire {

QStringList differences(const Questionnaire& base, const Questionnaire& translated)
{
    QStringList found;
    if (translated.id() != base.id() || translated.version() != base.version())
        found << QStringLiteral("it is '%1' version %2").arg(translated.id()).arg(translated.version());
    if (translated.scaleLabels().size() != base.scaleLabels().size())
        found << QStringLiteral("its scale has %1 points").arg(translated.scaleLabels().size());
    const auto& dims = base.dimensions();
    const auto& otherDims = translated.dimensions();
    if (dims.size() != otherDims.size())
        found << QStringLiteral("it has %1 dimensions").arg(otherDims.size());
    for (std::size_t i = 0; i < std::min(dims.size(), otherDims.size()); ++i) {
        if (dims[i].id != otherDims[i].id)
            found << QStringLiteral("dimension %1 is '%2'").arg(i + 1).arg(otherDims[i].id);
        else if (dims[i].strategies.size() != otherDims[i].strategies.size())
            found << QStringLiteral("dimension '%1' has %2 strategies")
                         .arg(dims[i].id)
                         .arg(otherDims[i].strategies.size());
    }
    const auto& items = base.items();
    const auto& otherItems = translated.items();
    if (items.size() != otherItems.size())
        found << QStringLiteral("it has %1 items").arg(otherItems.size());
    for (std::size_t i = 0; i < std::min(items.size(), otherItems.size()); ++i) {
        const QuestionnaireItem& a = items[i];
        const QuestionnaireItem& b = otherItems[i];
        if (a.id != b.id || a.dimension != b.dimension || a.reverse != b.reverse)
            found << QStringLiteral("item %1 is '%2' on '%3'%4")
                         .arg(i + 1)
                         .arg(b.id, b.dimension, b.reverse ? QStringLiteral(", reversed") : QString());
    }
    return found;
}

Result<Questionnaire> builtin(const QString& id, int version, const QString& language)
{
    auto base = Questionnaire::builtin(id, version);
    if (!base || language.isEmpty() || language == QLatin1String("en"))
        return base;
    const QString path = QStringLiteral(":/questionnaire/%1-v%2.%3.json").arg(id).arg(version).arg(language);
    if (!QFile::exists(path))
        return base;
    auto translated = Questionnaire::fromFile(path);
    if (!translated) {
        qCWarning(lcReflection) << "translated questionnaire is broken:" << translated.error().message;
        return base;
    }
    if (const QStringList found = differences(*base, *translated); !found.isEmpty()) {
        qCWarning(lcReflection) << "translated questionnaire" << path
                                << "is not the same instrument:" << found.join(QStringLiteral("; "));
        return base;
    }
    return translated;
}

} // namespace rapport::core::LocalizedQuestionnaire
