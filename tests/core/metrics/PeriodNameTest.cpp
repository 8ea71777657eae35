#include "metrics/PeriodName.h"

#include "TestSupport.h"

using namespace rapport;

TEST_CASE("a period is named as a reader calls it, in their language", "[metrics][period]")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale german(QLocale::German, QLocale::Germany);
    CHECK(core::PeriodName::of(core::Period::quarter(2026, 3), english) == QStringLiteral("2026-Q3"));
    CHECK(core::PeriodName::of(core::Period::quarter(2026, 3), german) == QStringLiteral("2026-Q3"));
    CHECK(core::PeriodName::of(core::Period::year(2026), german) == QStringLiteral("2026")); // not "2.026"
    CHECK(core::PeriodName::of(core::Period::month(2026, 3), english) == QStringLiteral("March 2026"));
    CHECK(core::PeriodName::of(core::Period::month(2026, 3), german) == QStringLiteral("März 2026"));
    auto range = core::Period::parse(QStringLiteral("2026-07-01..2026-07-15"));
    REQUIRE_OK(range);
    CHECK(core::PeriodName::of(*range, german) == QStringLiteral("01.07.26 – 14.07.26"));
}
