#include "metrics/WilsonInterval.h"

#include "TestSupport.h"

using namespace rapport::core;

TEST_CASE("Wilson interval of 8 out of 10 is 49.0 to 94.3 percent", "[metrics][wilson]")
{
    // Hand computation: p = 0.8, z = 1.96, z^2 = 3.8416; denominator 1.38416,
    // centre (0.8 + 0.19208) / 1.38416 = 0.716738, half 1.96 * sqrt(0.016 + 0.009604) / 1.38416 = 0.226578.
    const auto i = wilsonInterval(8, 10);
    REQUIRE(i.has_value());
    CHECK(i->low == Catch::Detail::Approx(49.0157).epsilon(1e-5));
    CHECK(i->high == Catch::Detail::Approx(94.3319).epsilon(1e-5));
}

TEST_CASE("Wilson interval stays inside 0 to 100 at the ends", "[metrics][wilson]")
{
    const auto none = wilsonInterval(0, 5);
    REQUIRE(none.has_value());
    CHECK(none->low == 0.0);
    CHECK(none->high == Catch::Detail::Approx(43.4491).epsilon(1e-5));
    const auto all = wilsonInterval(5, 5);
    REQUIRE(all.has_value());
    CHECK(all->low == Catch::Detail::Approx(56.5509).epsilon(1e-5));
    CHECK(all->high == 100.0);
}

TEST_CASE("Wilson interval narrows as the sample grows", "[metrics][wilson]")
{
    const auto small = wilsonInterval(8, 10);
    const auto large = wilsonInterval(80, 100);
    REQUIRE(small.has_value());
    REQUIRE(large.has_value());
    CHECK(large->low == Catch::Detail::Approx(71.1169).epsilon(1e-5));
    CHECK(large->high == Catch::Detail::Approx(86.6634).epsilon(1e-5));
    CHECK(large->high - large->low < small->high - small->low);
}

TEST_CASE("Wilson interval is empty without trials or with impossible counts", "[metrics][wilson]")
{
    CHECK_FALSE(wilsonInterval(0, 0).has_value());
    CHECK_FALSE(wilsonInterval(3, 2).has_value());
    CHECK_FALSE(wilsonInterval(-1, 4).has_value());
}
