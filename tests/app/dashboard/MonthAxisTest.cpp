#include "dashboard/MonthAxis.h"

#include "TestSupport.h"

#include <QFontMetricsF>

using rapport::app::MonthAxis;

namespace {

QStringList twelveMonths()
{
    return {QStringLiteral("07/25"), QStringLiteral("08/25"), QStringLiteral("09/25"),
            QStringLiteral("10/25"), QStringLiteral("11/25"), QStringLiteral("12/25"),
            QStringLiteral("01/26"), QStringLiteral("02/26"), QStringLiteral("03/26"),
            QStringLiteral("04/26"), QStringLiteral("05/26"), QStringLiteral("06/26")};
}

} // namespace

TEST_CASE("a wide plot labels every month", "[app][dashboard][chart]")
{
    MonthAxis axis(twelveMonths());
    axis.fitTo(2000);
    CHECK(axis.labelledMonths() == twelveMonths());
    CHECK(axis.endValue(QStringLiteral("07/25")) == 0);
    CHECK(axis.endValue(QStringLiteral("06/26")) == 11);
}

TEST_CASE("a narrow plot labels every k-th month counting back from the latest", "[app][dashboard][chart]")
{
    MonthAxis axis(twelveMonths());
    const QFontMetricsF metrics(axis.labelsFont());
    const qreal label = metrics.horizontalAdvance(QStringLiteral("06/26")) + 2 * metrics.averageCharWidth();
    // Room for a label in every third slot but not in every second one.
    axis.fitTo(label * 12 / 2.5);
    CHECK(axis.labelledMonths() == QStringList({QStringLiteral("09/25"), QStringLiteral("12/25"),
                                                QStringLiteral("03/26"), QStringLiteral("06/26")}));

    // Wider again: every month comes back.
    axis.fitTo(label * 12 + 1);
    CHECK(axis.labelledMonths().size() == 12);

    // A plot with no width yet (before layout) still names the latest month.
    axis.fitTo(0);
    CHECK(axis.labelledMonths() == QStringList({QStringLiteral("06/26")}));
}
