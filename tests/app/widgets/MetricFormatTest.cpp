#include "widgets/MetricFormat.h"

#include "TestSupport.h"
#include "storage/RepRepository.h"

#include <QLocale>

using namespace rapport;

TEST_CASE("changes are signed, and a change that rounds to zero reads plus-minus zero", "[app][dashboard]")
{
    QLocale::setDefault(QLocale::c());
    CHECK(app::MetricFormat::change(QStringLiteral("csat"), 50.9, 56.6) == QStringLiteral("-5.7 pts"));
    CHECK(app::MetricFormat::change(QStringLiteral("nps"), 10.0, 4.0) == QStringLiteral("+6.0 pts"));
    CHECK(app::MetricFormat::change(QStringLiteral("follow_up_rate"), 66.70, 66.72) ==
          QStringLiteral("±0.0 pts"));
    CHECK(app::MetricFormat::change(QStringLiteral("revenue"), 110.0, 100.0) == QStringLiteral("+10.0 %"));
    CHECK(app::MetricFormat::change(QStringLiteral("ces"), 5.0, 5.2) == QStringLiteral("-0.20"));
    CHECK(app::MetricFormat::change(QStringLiteral("csat"), std::nullopt, 50.0) ==
          QStringLiteral("no comparison"));
}

TEST_CASE("a rep scope is named by the rep's name read from the database, or its id when it has none",
          "[app][dashboard]")
{
    auto db = test::memoryDatabase();
    REQUIRE_OK(core::RepRepository(*db).insert(
        {QStringLiteral("fb"), QStringLiteral("Finn Brennan"), core::RepRole::Rep}));
    CHECK(app::MetricFormat::scope(core::Scope::rep(QStringLiteral("fb")), *db) ==
          QStringLiteral("Rep Finn Brennan"));
    CHECK(app::MetricFormat::scope(core::Scope::rep(QStringLiteral("zz")), *db) == QStringLiteral("Rep zz"));
    CHECK(app::MetricFormat::scope(core::Scope::all(), *db) == QStringLiteral("Whole team"));
}
