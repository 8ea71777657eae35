#include "reflection/Questionnaire.h"

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace rapport;
using core::Questionnaire;

namespace {

// A small valid definition that each test breaks in one place.
QJsonObject validDefinition()
{
    const QByteArray json = R"({
      "id": "mini", "version": 2, "title": "Mini",
      "scale": {"min": 1, "max": 5, "labels": ["a", "b", "c", "d", "e"]},
      "dimensions": [
        {"id": "alpha", "name": "Alpha", "high": "hi", "low": "lo", "strategies": ["do x"]},
        {"id": "beta", "name": "Beta", "high": "hi", "low": "lo", "strategies": ["do y"]}
      ],
      "items": [
        {"id": "a1", "dimension": "alpha", "text": "first"},
        {"id": "b1", "dimension": "beta", "text": "second", "reverse": true}
      ]
    })";
    return QJsonDocument::fromJson(json).object();
}

QString loadError(const QJsonObject& definition)
{
    auto q = Questionnaire::fromJson(QJsonDocument(definition).toJson(), QStringLiteral("test.json"));
    REQUIRE_FALSE(q.ok());
    return q.error().message;
}

QJsonObject withItem(QJsonObject def, int index, const QString& key, const QJsonValue& value)
{
    QJsonArray items = def.value(QStringLiteral("items")).toArray();
    QJsonObject item = items.at(index).toObject();
    if (value.isUndefined())
        item.remove(key);
    else
        item.insert(key, value);
    items.replace(index, item);
    def.insert(QStringLiteral("items"), items);
    return def;
}

} // namespace

TEST_CASE("the built-in CRM-style questionnaire loads with four dimensions of at least four items each",
          "[reflection]")
{
    auto q = Questionnaire::crmStyle();
    REQUIRE_OK(q);
    CHECK(q->id() == QStringLiteral("crm-style"));
    CHECK(q->version() == 1);
    CHECK(q->scaleLabels().size() == 5);
    QStringList ids;
    for (const auto& d : q->dimensions()) {
        ids << d.id;
        const auto items = q->itemsOf(d.id);
        CHECK(items.size() >= 4);
        CHECK(std::count_if(items.begin(), items.end(), [](const auto& i) { return i.reverse; }) >= 1);
        CHECK(std::count_if(items.begin(), items.end(), [](const auto& i) { return !i.reverse; }) >= 1);
        CHECK(d.strategies.size() >= 3);
        CHECK_FALSE(d.highMeaning.isEmpty());
        CHECK_FALSE(d.lowMeaning.isEmpty());
    }
    CHECK(ids == QStringList{QStringLiteral("approach"), QStringLiteral("listening"),
                             QStringLiteral("complaints"), QStringLiteral("follow_up")});
}

TEST_CASE("an unknown built-in questionnaire or version is an error, not a crash", "[reflection]")
{
    auto q = Questionnaire::builtin(QStringLiteral("crm-style"), 99);
    REQUIRE_FALSE(q.ok());
    CHECK(q.error().message.contains(QStringLiteral("version 99")));
}

TEST_CASE("a valid definition loads its items in order with their reverse keying", "[reflection]")
{
    auto q = Questionnaire::fromJson(QJsonDocument(validDefinition()).toJson(), QStringLiteral("test.json"));
    REQUIRE_OK(q);
    REQUIRE(q->items().size() == 2);
    CHECK(q->items()[0].id == QStringLiteral("a1"));
    CHECK_FALSE(q->items()[0].reverse);
    CHECK(q->items()[1].reverse);
    CHECK(q->dimension(QStringLiteral("beta"))->strategies == QStringList{QStringLiteral("do y")});
}

TEST_CASE("malformed questionnaire definitions are refused with a message naming the place", "[reflection]")
{
    SECTION("not JSON")
    {
        auto q = Questionnaire::fromJson("{\"id\": ", QStringLiteral("broken.json"));
        REQUIRE_FALSE(q.ok());
        CHECK(q.error().message.contains(QStringLiteral("broken.json is not valid JSON")));
    }
    SECTION("not an object")
    {
        auto q = Questionnaire::fromJson("[1, 2]", QStringLiteral("list.json"));
        REQUIRE_FALSE(q.ok());
        CHECK(q.error().message.contains(QStringLiteral("JSON object")));
    }
    SECTION("an unknown key, such as a typo")
    {
        CHECK(loadError(withItem(validDefinition(), 1, QStringLiteral("revers"), true))
                  .contains(QStringLiteral("items[1].revers is not a known key")));
    }
    SECTION("a missing id")
    {
        QJsonObject def = validDefinition();
        def.remove(QStringLiteral("id"));
        CHECK(loadError(def).contains(QStringLiteral("id is missing")));
    }
    SECTION("a fractional version")
    {
        QJsonObject def = validDefinition();
        def.insert(QStringLiteral("version"), 1.5);
        CHECK(loadError(def).contains(QStringLiteral("version must be a whole number")));
    }
    SECTION("a scale other than 1 to 5")
    {
        QJsonObject def = validDefinition();
        QJsonObject scale = def.value(QStringLiteral("scale")).toObject();
        scale.insert(QStringLiteral("max"), 7);
        def.insert(QStringLiteral("scale"), scale);
        CHECK(loadError(def).contains(QStringLiteral("scale must run from 1 to 5")));
    }
    SECTION("too few scale labels")
    {
        QJsonObject def = validDefinition();
        QJsonObject scale = def.value(QStringLiteral("scale")).toObject();
        scale.insert(QStringLiteral("labels"), QJsonArray{QStringLiteral("a")});
        def.insert(QStringLiteral("scale"), scale);
        CHECK(loadError(def).contains(QStringLiteral("scale.labels must have at least 5 entries")));
    }
    SECTION("an item of an unknown dimension")
    {
        CHECK(loadError(withItem(validDefinition(), 0, QStringLiteral("dimension"), QStringLiteral("gamma")))
                  .contains(QStringLiteral("items[0].dimension 'gamma' names no dimension")));
    }
    SECTION("a duplicate item id")
    {
        CHECK(loadError(withItem(validDefinition(), 1, QStringLiteral("id"), QStringLiteral("a1")))
                  .contains(QStringLiteral("items[1].id 'a1' is used twice")));
    }
    SECTION("a reverse flag that is not a boolean")
    {
        CHECK(loadError(withItem(validDefinition(), 1, QStringLiteral("reverse"), QStringLiteral("yes")))
                  .contains(QStringLiteral("items[1].reverse must be true or false")));
    }
    SECTION("an empty item text")
    {
        CHECK(loadError(withItem(validDefinition(), 0, QStringLiteral("text"), QStringLiteral("  ")))
                  .contains(QStringLiteral("items[0].text must not be empty")));
    }
    SECTION("an item that is not an object")
    {
        QJsonObject def = validDefinition();
        QJsonArray items = def.value(QStringLiteral("items")).toArray();
        items.append(42);
        def.insert(QStringLiteral("items"), items);
        CHECK(loadError(def).contains(QStringLiteral("items[2] must be an object")));
    }
    SECTION("a dimension without items")
    {
        QJsonObject def =
            withItem(validDefinition(), 1, QStringLiteral("dimension"), QStringLiteral("alpha"));
        CHECK(loadError(def).contains(QStringLiteral("'beta' has no items")));
    }
    SECTION("a dimension without strategies")
    {
        QJsonObject def = validDefinition();
        QJsonArray dims = def.value(QStringLiteral("dimensions")).toArray();
        QJsonObject d = dims.at(0).toObject();
        d.insert(QStringLiteral("strategies"), QJsonArray{});
        dims.replace(0, d);
        def.insert(QStringLiteral("dimensions"), dims);
        CHECK(
            loadError(def).contains(QStringLiteral("dimensions[0].strategies must have at least 1 entries")));
    }
    SECTION("an id that is not an identifier")
    {
        QJsonObject def = validDefinition();
        def.insert(QStringLiteral("id"), QStringLiteral("Mini Questionnaire!"));
        CHECK(loadError(def).contains(QStringLiteral("is not an identifier")));
    }
}

TEST_CASE("truncated copies of the built-in questionnaire never load and never crash", "[reflection]")
{
    QFile file(QStringLiteral(":/questionnaire/crm-style-v1.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray full = file.readAll();
    REQUIRE_OK(Questionnaire::fromJson(full, QStringLiteral("full")));
    for (qsizetype cut = 0; cut < full.size(); cut += 37)
        CHECK_FALSE(Questionnaire::fromJson(full.left(cut), QStringLiteral("cut")).ok());
}
