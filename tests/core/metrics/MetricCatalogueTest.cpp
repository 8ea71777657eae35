// The metric catalogue is the one description of every figure (issue 15): its rows are the
// contract's keys in order, and the sub-keys of the two objects find their object's row.
#include "metrics/MetricCatalogue.h"

#include "TestSupport.h"
#include "metrics/MetricsEngine.h"

using namespace rapport::core;

TEST_CASE("the catalogue lists every contract key once, in the contract's order", "[metrics][catalogue]")
{
    QStringList keys;
    for (const MetricDescription& d : MetricCatalogue::all()) {
        INFO(d.contractKey);
        CHECK(MetricCatalogue::find(QString::fromLatin1(d.contractKey)) == &d);
        CHECK(&MetricCatalogue::of(d.key) == &d);
        CHECK_FALSE(d.translatedTitle().isEmpty());
        keys << QString::fromLatin1(d.contractKey);
    }
    CHECK(keys == MetricsEngine::keys());
}

TEST_CASE("sub-keys of responses and complaints_by_category share their object's row", "[metrics][catalogue]")
{
    CHECK(MetricCatalogue::find(QStringLiteral("responses.nps")) == &MetricCatalogue::of(Metric::Responses));
    CHECK(MetricCatalogue::find(QStringLiteral("complaints_by_category.billing")) ==
          &MetricCatalogue::of(Metric::ComplaintsByCategory));
    CHECK(MetricCatalogue::find(QStringLiteral("revenue.total")) == nullptr);
    CHECK(MetricCatalogue::find(QStringLiteral("unknown")) == nullptr);
    CHECK(MetricCatalogue::title(QStringLiteral("complaints_by_category.billing")) ==
          QStringLiteral("Complaints about billing"));
    CHECK(MetricCatalogue::isAdditive(QStringLiteral("responses.csat")));
    CHECK_FALSE(MetricCatalogue::isAdditive(QStringLiteral("responses")));
    CHECK(MetricCatalogue::isCount(QStringLiteral("complaints_by_category.billing")));
}

TEST_CASE("the survey figures need the same number of responses before they are judged",
          "[metrics][catalogue]")
{
    const qint64 responses = MetricCatalogue::of(Metric::Csat).minimumSample;
    CHECK(responses == 30);
    CHECK(MetricCatalogue::of(Metric::Nps).minimumSample == responses);
    CHECK(MetricCatalogue::of(Metric::Ces).minimumSample == responses);
    CHECK_FALSE(MetricCatalogue::of(Metric::ChurnRate).higherIsBetter());
    CHECK(MetricCatalogue::of(Metric::Ces).higherIsBetter()); // higher means easier
}

TEST_CASE("a result gives each scalar metric the same value by catalogue key and by contract key",
          "[metrics][catalogue]")
{
    MetricsResult r;
    r.csat = 81.5;
    r.nps = -4;
    r.customersActive = 17;
    r.revenueCents = 123450;
    r.revenuePerPayingCustomerCents = 2500.0;
    r.resolutionHoursMedian = 6.5;
    for (const MetricDescription& d : MetricCatalogue::all()) {
        INFO(d.contractKey);
        CHECK(r.value(d.key) == r.value(QString::fromLatin1(d.contractKey)));
    }
    CHECK(r.value(Metric::Revenue) == 1234.5);
    CHECK_FALSE(r.value(Metric::Responses));
}
