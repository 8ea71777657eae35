#include "TestSupport.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "metrics/ChurnFigures.h"
#include "metrics/MetricsEngine.h"
#include "metrics/ProductFigures.h"
#include "reflection/FindingsEngine.h"
#include "reflection/ReportBuilder.h"
#include "reflection/ReportCollector.h"
#include "reflection/ReportProductSections.h"
#include "storage/Database.h"

#include <QJsonDocument>
#include <QSqlQuery>

// Story (d) of the demo (issue 19, "Done when"): on a generated book the findings name the
// slipping product and the report names it and the leading churn reason.
using namespace rapport;

namespace {

const QDate kUntil(2026, 9, 30);

const core::Clock& pinnedClock()
{
    static const core::FixedClock fixed(test::utc("2026-10-01T09:00:00Z"));
    return fixed;
}

struct DemoBook
{
    std::unique_ptr<core::Database> db = test::memoryDatabase();
    DemoBook()
    {
        core::DemoOptions options;
        options.customers = 2000;
        options.seed = 42;
        options.until = kUntil;
        auto result = core::DemoGenerator(pinnedClock()).generate(*db, options);
        REQUIRE_OK(result);
    }
    qint64 count(const char* statement)
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QString::fromLatin1(statement)));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

DemoBook& book()
{
    static DemoBook b; // generated once for the cases below
    return b;
}

const core::ProductFigures::Product& terminal(const core::ProductFigures& f)
{
    for (const auto& p : f.products)
        if (p.externalId == QLatin1String("P-TERMINAL"))
            return p;
    FAIL("no P-TERMINAL");
    return f.products.front();
}

} // namespace

TEST_CASE("the demo has a catalogue and names products on purchases, complaints and support only", "[demo]")
{
    DemoBook& b = book();
    CHECK(b.count("SELECT count(*) FROM products") == 9);
    CHECK(b.count("SELECT count(*) FROM products WHERE active = 0") == 1);
    CHECK(b.count("SELECT count(DISTINCT category) FROM products") == 4);
    CHECK(b.count("SELECT count(*) FROM interactions WHERE product_id IS NOT NULL"
                  " AND kind NOT IN ('purchase', 'complaint', 'support')") == 0);
    // Every purchase names a product; complaints mostly when about quality (delivery and
    // billing trouble is about the order, not the product).
    CHECK(b.count("SELECT count(*) FROM interactions WHERE kind = 'purchase' AND product_id IS NULL") == 0);
    // (a quality complaint names what was bought in the year before it, when there is anything)
    CHECK(
        b.count("SELECT count(*) FROM interactions WHERE kind = 'complaint' AND category = 'product-quality'"
                " AND product_id IS NULL") *
            20 <
        b.count(
            "SELECT count(*) FROM interactions WHERE kind = 'complaint' AND category = 'product-quality'"));
    CHECK(b.count("SELECT count(*) FROM interactions WHERE kind = 'support' AND product_id IS NOT NULL") >
          b.count("SELECT count(*) FROM interactions WHERE kind = 'support' AND product_id IS NULL"));
    // The retired scanner is not sold in the last year; its successor not before.
    CHECK(
        b.count(
            "SELECT count(*) FROM interactions i JOIN products p ON p.id = i.product_id"
            " WHERE p.external_id = 'P-SCANNER1' AND i.kind = 'purchase' AND i.occurred_at >= 1759276800") ==
        0); // 2025-10-01
    CHECK(b.count("SELECT count(*) FROM interactions i JOIN products p ON p.id = i.product_id"
                  " WHERE p.external_id = 'P-SCANNER1' AND i.kind = 'purchase'") > 0);
}

TEST_CASE("in the demo the terminal's complaints per 100 purchases climb over the last months", "[demo]")
{
    DemoBook& b = book();
    auto q1 = core::ProductFigures::compute(*b.db, core::Period::quarter(2026, 1));
    auto q3 = core::ProductFigures::compute(*b.db, core::Period::quarter(2026, 3));
    REQUIRE_OK(q1);
    REQUIRE_OK(q3);
    const auto before = terminal(*q1).figures.complaintsPer100Purchases();
    const auto now = terminal(*q3).figures.complaintsPer100Purchases();
    REQUIRE(before);
    REQUIRE(now);
    INFO("Q1 " << *before << " Q3 " << *now);
    CHECK(*now >= 2.5 * *before);
    // Above every other product in Q3.
    for (const auto& p : q3->products)
        if (p.externalId != QLatin1String("P-TERMINAL") && p.figures.complaintsPer100Purchases())
            CHECK(*p.figures.complaintsPer100Purchases() * 1.5 < *now);
}

TEST_CASE("demo churners give reasons, mostly product quality after complaining about the terminal", "[demo]")
{
    DemoBook& b = book();
    auto churn = core::ChurnFigures::compute(*b.db, core::Period::quarter(2026, 3));
    REQUIRE_OK(churn);
    INFO(QJsonDocument(churn->toJson()).toJson().toStdString());
    for (const char* reason : {"price", "product_quality", "service", "moved", "competitor", "unknown"})
        CHECK(churn->reasons.count(QString::fromLatin1(reason)) == 1);
    CHECK(core::ReportProductSections::leadingReason(*churn) == QStringLiteral("product_quality"));
    // Among those who left since the slip began (2026-02-02) after complaining about the terminal, most name
    // quality.
    const qint64 complained =
        b.count("SELECT count(*) FROM customers c WHERE c.churned_at >= 1769990400 AND EXISTS (SELECT 1 FROM "
                "interactions i"
                " JOIN products p ON p.id = i.product_id WHERE i.customer_id = c.id AND i.kind = 'complaint'"
                " AND p.external_id = 'P-TERMINAL' AND i.occurred_at < c.churned_at"
                " AND i.occurred_at >= c.churned_at - 180 * 86400)"); // since 2026-02-02
    const qint64 quality =
        b.count("SELECT count(*) FROM customers c WHERE c.churned_at >= 1769990400 AND c.churn_reason = "
                "'product_quality'"
                " AND EXISTS (SELECT 1 FROM interactions i JOIN products p ON p.id = i.product_id"
                " WHERE i.customer_id = c.id AND i.kind = 'complaint' AND p.external_id = 'P-TERMINAL'"
                " AND i.occurred_at < c.churned_at AND i.occurred_at >= c.churned_at - 180 * 86400)");
    INFO("complained " << complained << " quality " << quality);
    CHECK(complained >= 10);
    CHECK(quality * 10 >= complained * 6);
    // A few come back: a purchase after leaving, within 180 days.
    const qint64 back =
        b.count("SELECT count(DISTINCT c.id) FROM customers c JOIN interactions i ON i.customer_id = c.id"
                " WHERE i.kind = 'purchase' AND i.occurred_at > c.churned_at");
    const qint64 churned = b.count("SELECT count(*) FROM customers WHERE churned_at IS NOT NULL");
    INFO("back " << back << " of " << churned);
    CHECK(back > 0);
    CHECK(back * 8 < churned);
    // Each of them is marked returned at that purchase, their first after leaving, as the
    // window's offer would; and no one else is.
    CHECK(b.count("SELECT count(*) FROM customers WHERE returned_at IS NOT NULL") == back);
    CHECK(b.count("SELECT count(*) FROM customers c WHERE returned_at IS NOT NULL AND returned_at <> (SELECT"
                  " min(i.occurred_at) FROM interactions i WHERE i.customer_id = c.id AND i.kind = 'purchase'"
                  " AND i.amount_cents >= 0 AND i.occurred_at > c.churned_at)") == 0);
}

TEST_CASE("the findings and the report on the demo name the terminal and the leading churn reason", "[demo]")
{
    DemoBook& b = book();
    core::MetricsEngine metrics(*b.db, pinnedClock());
    const core::Period q3 = core::Period::quarter(2026, 3);
    auto found = core::FindingsEngine(*b.db, metrics).find(q3);
    REQUIRE_OK(found);
    QString all;
    bool named = false;
    for (const auto& f : *found) {
        all += f.title + QLatin1Char('\n');
        named = named || ((f.kind == core::FindingKind::ProductComplaints ||
                           f.kind == core::FindingKind::ProductOutlier) &&
                          f.subject == QLatin1String("P-TERMINAL") &&
                          f.title.contains(QStringLiteral("Counter Terminal T5")));
    }
    INFO(all.toStdString());
    CHECK(named);

    auto data = core::ReportCollector(*b.db, metrics).collect(q3, core::Scope::all());
    REQUIRE_OK(data);
    const QString html = core::ReportBuilder::html(*data, [](const core::ReportChart&) { return QString(); });
    CHECK(html.contains(QStringLiteral("Most complaints per purchase: Counter Terminal T5")));
    const bool reasonNamed =
        html.contains(QStringLiteral("The leading reason is &#x27;product quality&#x27;")) ||
        html.contains(QStringLiteral("The leading reason is 'product quality'"));
    CHECK(reasonNamed);
}
