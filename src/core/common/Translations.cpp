#include "common/Translations.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QLibraryInfo>
#include <QTranslator>

namespace rapport::core::Translations {

namespace {

QString g_language = QStringLiteral("en");

// Qt 6.4's lupdate (without its clang parser, which takes over ten minutes on this tree)
// does not follow C++17 nested namespace definitions, so it files the strings of a class in
// `namespace rapport::app {` under the bare class name, while tr() asks with the qualified
// one. Looking up the bare name after the qualified one bridges the two.
class CatalogueTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char* context, const char* sourceText, const char* disambiguation,
                      int n) const override
    {
        QString text = QTranslator::translate(context, sourceText, disambiguation, n);
        if (!text.isNull() || !context)
            return text;
        const char* bare = context;
        for (const char* c = context; *c; ++c)
            if (c[0] == ':' && c[1] == ':')
                bare = c + 2;
        return bare == context ? text : QTranslator::translate(bare, sourceText, disambiguation, n);
    }
};

bool isEnglish(const QString& language)
{
    return language == QLatin1String("en") || language.startsWith(QLatin1String("en-")) ||
           language.startsWith(QLatin1String("en_")) || language == QLatin1String("C");
}

QString catalogue(const QString& language)
{
    return QStringLiteral(":/i18n/%1_%2.qm").arg(QLatin1String(CatalogueName), language);
}

// The first of the user's languages that is English or has a catalogue, in their order of
// preference ("de-AT" falls back to "de"). QTranslator::load(QLocale, …) would skip English,
// having no file for it, and load the second choice instead.
QString chooseLanguage(const QString& requested)
{
    const QStringList wanted = requested.isEmpty() ? QLocale::system().uiLanguages() : QStringList{requested};
    const QStringList known = available();
    for (const QString& entry : wanted) {
        if (isEnglish(entry))
            return QStringLiteral("en");
        QString language = entry;
        language.replace(QLatin1Char('-'), QLatin1Char('_'));
        for (;;) {
            if (known.contains(language))
                return language;
            const qsizetype cut = language.lastIndexOf(QLatin1Char('_'));
            if (cut < 0)
                break;
            language.truncate(cut);
        }
    }
    return QStringLiteral("en");
}

} // namespace

QStringList available()
{
    QStringList languages{QStringLiteral("en")};
    const QString prefix = QLatin1String(CatalogueName) + QLatin1Char('_');
    QDirIterator it(QStringLiteral(":/i18n"), {prefix + QLatin1String("*.qm")});
    while (it.hasNext()) {
        const QString language = it.nextFileInfo().completeBaseName().mid(prefix.size());
        if (!languages.contains(language)) // English's own catalogue holds its plural forms only
            languages << language;
    }
    return languages;
}

bool installCatalogue(QCoreApplication& application, const QString& path)
{
    auto* translator = new CatalogueTranslator(&application);
    if (!translator->load(path)) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

QString language()
{
    return g_language;
}

QString install(QCoreApplication& application, const QString& language)
{
    const QString chosen = chooseLanguage(language);
    g_language = chosen;
    if (chosen == QLatin1String("en")) {
        installCatalogue(application, catalogue(chosen)); // "1 customer", "3 customers"
        return chosen;
    }
    auto* qtCatalogue = new QTranslator(&application);
    if (qtCatalogue->load(QStringLiteral("qtbase_") + chosen,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtCatalogue);
    else
        delete qtCatalogue; // Qt's catalogues are optional: without them, standard buttons stay English
    installCatalogue(application, catalogue(chosen));
    return chosen;
}

} // namespace rapport::core::Translations
