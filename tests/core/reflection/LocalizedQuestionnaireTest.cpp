#include "reflection/LocalizedQuestionnaire.h"

#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapport;
using core::Questionnaire;
namespace Localized = core::LocalizedQuestionnaire;

namespace {

Questionnaire load(const char* language)
{
    auto q = Localized::builtin(Questionnaire::kCrmStyleId, Questionnaire::kCrmStyleVersion,
                                QString::fromLatin1(language));
    REQUIRE_OK(q);
    return *q;
}

QJsonObject englishDefinition()
{
    QFile file(QStringLiteral(":/questionnaire/crm-style-v1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

TEST_CASE("the German questionnaire is the same instrument with every text translated")
{
    const Questionnaire english = load("en");
    const Questionnaire german = load("de");
    CHECK(Localized::differences(english, german) == QStringList());
    CHECK(german.title() != english.title());
    CHECK(german.instructions() != english.instructions());
    for (int i = 0; i < english.scaleLabels().size(); ++i)
        CHECK(german.scaleLabels().at(i) != english.scaleLabels().at(i));
    for (std::size_t i = 0; i < english.dimensions().size(); ++i) {
        INFO(english.dimensions()[i].id.toStdString());
        CHECK(german.dimensions()[i].name != english.dimensions()[i].name);
        CHECK(german.dimensions()[i].highMeaning != english.dimensions()[i].highMeaning);
        CHECK(german.dimensions()[i].lowMeaning != english.dimensions()[i].lowMeaning);
        for (int s = 0; s < english.dimensions()[i].strategies.size(); ++s)
            CHECK(german.dimensions()[i].strategies.at(s) != english.dimensions()[i].strategies.at(s));
    }
    for (std::size_t i = 0; i < english.items().size(); ++i) {
        INFO(english.items()[i].id.toStdString());
        CHECK(german.items()[i].text != english.items()[i].text);
    }
}

TEST_CASE("a language without its own questionnaire file gets the English one")
{
    CHECK(load("fr").title() == load("en").title());
    CHECK(load("").title() == load("en").title());
}

TEST_CASE("a translation that would change what is measured is told apart")
{
    const Questionnaire english = load("en");
    QJsonObject definition = englishDefinition();
    QJsonArray items = definition.value(QStringLiteral("items")).toArray();
    QJsonObject first = items.at(0).toObject();
    first.insert(QStringLiteral("reverse"), !first.value(QStringLiteral("reverse")).toBool());
    items.replace(0, first);
    definition.insert(QStringLiteral("items"), items);
    auto flipped = Questionnaire::fromJson(QJsonDocument(definition).toJson(), QStringLiteral("test"));
    REQUIRE_OK(flipped);
    const QStringList found = Localized::differences(english, *flipped);
    REQUIRE(found.size() == 1);
    CHECK(found.front().startsWith(QStringLiteral("item 1 is '")));

    QJsonArray dimensions = definition.value(QStringLiteral("dimensions")).toArray();
    QJsonObject dimension = dimensions.at(0).toObject();
    dimension.insert(QStringLiteral("strategies"), QJsonArray{QStringLiteral("only one")});
    dimensions.replace(0, dimension);
    definition.insert(QStringLiteral("dimensions"), dimensions);
    auto fewer = Questionnaire::fromJson(QJsonDocument(definition).toJson(), QStringLiteral("test"));
    REQUIRE_OK(fewer);
    CHECK(Localized::differences(english, *fewer).size() == 2);
}
