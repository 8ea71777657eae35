// The list of metric keys a message offers and the keys accepted come from one source
// (issue 18: `trend responses` was refused by a message that listed `responses`).
#include "MetricsFixture.h"

using namespace rapport;
using core::Period;

TEST_CASE("the keys a refused trend lists are exactly keys a trend accepts",
          "[engines][metrics][trend][safety]")
{
    test::MetricsFixture f;
    auto refused = f.engine.trend(QStringLiteral("responses"), Period::month(2026, 1), Period::month(2026, 2),
                                  Period::Step::Month);
    REQUIRE_FALSE(refused.ok());
    const QString message = refused.error().message;
    INFO(message.toStdString());
    const qsizetype at = message.indexOf(QStringLiteral("one of: "));
    REQUIRE(at >= 0);
    QString list = message.mid(at + 8);
    if (list.endsWith(QLatin1Char('.')))
        list.chop(1);
    const QStringList listed = list.split(QStringLiteral(", "));
    CHECK(listed.contains(QStringLiteral("responses.csat")));
    CHECK(listed.contains(QStringLiteral("revenue")));
    for (const QString& key : listed) {
        INFO(key.toStdString());
        CHECK(core::MetricsEngine::isScalarKey(key));
        CHECK(f.engine.trend(key, Period::month(2026, 1), Period::month(2026, 2), Period::Step::Month).ok());
    }
}
