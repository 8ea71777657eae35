// Customers who come back (metrics.md, "Churn reasons and win-back"; docs/metrics.md,
// "Returning customers"): a customer is one over [acq, ch) and again from ret on; a return is
// a new customer of its period; and no figure of a period that ended before the return
// changes when it is recorded. Numbers worked out by hand.
#include "MetricsFixture.h"
#include "metrics/ChurnFigures.h"
#include "metrics/MetricsJson.h"
#include "metrics/ProductFigures.h"
#include "services/CustomerService.h"
#include "storage/DrillDownStore.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace rapport;
using Catch::Detail::Approx;
using core::Scope;
using test::checkBase;

namespace {

// 2026 by quarters. A: a customer throughout. B: new in Q1. R: churned 2026-05-10 (Q2),
// back 2026-10-20 (Q4) with a purchase. T: churned 2026-08-01 and back 2026-09-01, both in Q3.
struct ReturnBook : test::MetricsFixture
{
    qint64 a = customer("2025-01-01T00:00:00Z");
    qint64 b = customer("2026-02-01T00:00:00Z");
    qint64 r = customer("2025-06-01T00:00:00Z", "2026-05-10T00:00:00Z");
    qint64 t = customer("2025-03-01T00:00:00Z", "2026-08-01T00:00:00Z", "r2", "enterprise");

    ReturnBook()
    {
        purchase(a, "2026-02-10T00:00:00Z", 10000);
        purchase(r, "2026-03-01T00:00:00Z", 5000);
        purchase(t, "2026-07-15T00:00:00Z", 7000);
        comeBack(t, "2026-09-01T00:00:00Z");
    }

    // Logs the purchase and marks the customer back at its time, as the window does.
    void comeBack(qint64 id, const char* at)
    {
        purchase(id, at, 2500);
        core::CustomerService customers(*db);
        auto found = customers.returnOffer(id, test::utc(at));
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        auto when = customers.returnTime(**found, clock.nowUtc());
        REQUIRE_OK(when);
        CHECK(*when == test::utc(at));
        auto saved = customers.markReturned(**found, *when);
        REQUIRE_OK(saved);
        REQUIRE(saved->saved);
    }
};

} // namespace

TEST_CASE("the customer base counts a returned customer again from their return, and a return as new",
          "[engines][metrics][base][returns]")
{
    ReturnBook book;
    {
        INFO("before the churn: Q1");
        const auto q1 = book.compute("2026-Q1");
        checkBase(q1, {3, 4, 1, 0, 4}); // A, R, T at the start; B new
        CHECK(*q1.retentionRate == Approx(100.0));
        CHECK(*q1.churnRate == Approx(0.0));
    }
    {
        INFO("the churn period: Q2, R leaves");
        const auto q2 = book.compute("2026-Q2");
        checkBase(q2, {4, 3, 0, 1, 4});
        CHECK(*q2.retentionRate == Approx(75.0));
        CHECK(*q2.churnRate == Approx(25.0));
    }
    {
        INFO("between churn and return: Q3, R is no customer; T leaves and comes back");
        const auto q3 = book.compute("2026-Q3");
        // S: A, B, T. E: A, B, T (back). N: T's return. Churned: T. Active: A, B, T once.
        checkBase(q3, {3, 3, 1, 1, 3});
        CHECK(*q3.retentionRate == Approx(200.0 / 3.0)); // T is lost and won back, not retained
        CHECK(*q3.churnRate == Approx(100.0 / 3.0));
    }
    book.comeBack(book.r, "2026-10-20T00:00:00Z");
    {
        INFO("the return period: Q4, R back");
        const auto q4 = book.compute("2026-Q4");
        checkBase(q4, {3, 4, 1, 0, 4}); // S: A, B, T; R's return is new
        CHECK(*q4.retentionRate == Approx(100.0));
        CHECK(*q4.churnRate == Approx(0.0));
    }
    {
        INFO("after the return: 2027-Q1");
        const auto next = book.compute("2027-Q1");
        checkBase(next, {4, 4, 0, 0, 4});
        CHECK(*next.retentionRate == Approx(100.0));
    }
    {
        INFO("the month R is back in, and the one before");
        checkBase(book.compute("2026-10"), {3, 4, 1, 0, 4});
        checkBase(book.compute("2026-09"), {2, 3, 1, 0, 3}); // T back on 2026-09-01: new
        checkBase(book.compute("2026-08"), {3, 2, 0, 1, 3}); // T leaves
    }
    {
        INFO("a scope: rep r2 holds T only");
        const auto t = book.compute("2026-Q3", Scope::rep(QStringLiteral("r2")));
        checkBase(t, {1, 1, 1, 1, 1});
        CHECK(*t.retentionRate == Approx(0.0));
        CHECK(*t.churnRate == Approx(100.0));
    }
    {
        INFO("the churn figures keep both churns where they happened");
        auto q2 = core::ChurnFigures::compute(*book.db, core::Period::quarter(2026, 2), Scope::all());
        REQUIRE_OK(q2);
        CHECK(q2->churned == 1);
        CHECK(q2->wonBack == 1); // R's purchase on 2026-10-20, 163 days after leaving
        auto q3 = core::ChurnFigures::compute(*book.db, core::Period::quarter(2026, 3), Scope::all());
        REQUIRE_OK(q3);
        CHECK(q3->churned == 1);
        CHECK(q3->wonBack == 1);
    }
}

TEST_CASE("a series of periods counts returns as each period on its own does",
          "[engines][metrics][base][returns]")
{
    ReturnBook book;
    book.comeBack(book.r, "2026-10-20T00:00:00Z");
    std::vector<core::Period> months;
    for (int m = 1; m <= 12; ++m)
        months.push_back(core::Period::month(2026, m));
    months.push_back(core::Period::month(2027, 1));
    auto series = book.engine.computeSeries(months);
    REQUIRE_OK(series);
    REQUIRE(series->size() == months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        INFO("month " << months[i].label().toStdString());
        auto one = book.engine.compute(months[i]);
        REQUIRE_OK(one);
        CHECK(core::MetricsJson::result((*series)[i]) == core::MetricsJson::result(*one));
    }
    // Spot checks by hand: May (R leaves), September (T back), October (R back).
    checkBase((*series)[4], {4, 3, 0, 1, 4});
    checkBase((*series)[8], {2, 3, 1, 0, 3});
    checkBase((*series)[9], {3, 4, 1, 0, 4});
}

TEST_CASE("the drill-down lists the customers the base figures count, returns included",
          "[engines][metrics][base][returns][drilldown]")
{
    ReturnBook book;
    book.comeBack(book.r, "2026-10-20T00:00:00Z");
    const auto ids = [&](core::DrillDownStore::Records what, const char* period) {
        return book.drillDown(what, period);
    };
    using R = core::DrillDownStore::Records;
    // Q3: A, B, T at the start; T left and came back within it: not retained (E - N = 2).
    CHECK(ids(R::CustomersAtStart, "2026-Q3") ==
          std::map<qint64, bool>{{book.a, true}, {book.b, true}, {book.t, false}});
    CHECK(ids(R::ActiveCustomers, "2026-Q3") ==
          std::map<qint64, bool>{{book.a, true}, {book.b, true}, {book.t, false}});
    // Q4: T (back before it) retained; R active through their return.
    CHECK(ids(R::CustomersAtStart, "2026-Q4") ==
          std::map<qint64, bool>{{book.a, true}, {book.b, true}, {book.t, true}});
    const auto active = ids(R::ActiveCustomers, "2026-Q4");
    CHECK(active.size() == 4);
    CHECK(active.count(book.r) == 1);
    CHECK(ids(R::ChurnedCustomers, "2026-Q2") == std::map<qint64, bool>{{book.r, false}});
}

TEST_CASE("recording a return changes no figure of a period that ended before it",
          "[engines][metrics][returns][history]")
{
    ReturnBook book;
    book.survey(book.r, core::SurveyKind::Csat, 2, "2026-04-01T00:00:00Z");
    book.interaction(book.r, core::InteractionKind::Complaint, "2026-04-02T00:00:00Z", std::nullopt, "price");
    // Every period that ends by 2026-10-20, the return: a year, quarters, months, a range that
    // ends at the return's very second.
    QStringList periods{QStringLiteral("2025"), QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"),
                        QStringLiteral("2026-Q3"), QStringLiteral("2026-01-01..2026-10-20")};
    for (int m = 1; m <= 9; ++m)
        periods << QStringLiteral("2026-%1").arg(m, 2, 10, QLatin1Char('0'));
    const std::vector<Scope> scopes{Scope::all(), Scope::rep(QStringLiteral("r1")),
                                    Scope::segment(QStringLiteral("smb"))};
    // Every figure of the catalogue (the metrics JSON), the churn and the product figures.
    const auto everything = [&] {
        std::vector<QJsonObject> out;
        for (const QString& name : periods) {
            auto p = core::Period::parse(name);
            REQUIRE_OK(p);
            for (const Scope& scope : scopes) {
                auto m = book.engine.compute(*p, scope);
                REQUIRE_OK(m);
                auto churn = core::ChurnFigures::compute(*book.db, *p, scope);
                REQUIRE_OK(churn);
                auto products = core::ProductFigures::compute(*book.db, *p, scope);
                REQUIRE_OK(products);
                QJsonObject all = core::MetricsJson::result(*m);
                all.insert(QStringLiteral("churn"), churn->toJson());
                all.insert(QStringLiteral("products"), products->toJson());
                all.insert(QStringLiteral("name"), QString(name + QLatin1Char(' ') + scope.describe()));
                out.push_back(all);
            }
        }
        return out;
    };
    const auto text = [](const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
    };
    const std::vector<QJsonObject> before = everything();
    REQUIRE(before.size() == std::size_t(periods.size()) * scopes.size());
    REQUIRE(before.at(3).value(QStringLiteral("customers_start")).toInt() == 3); // 2026-Q1: A, R, T

    // The return itself, as of 2026-10-20: not one figure moves.
    core::CustomerService customers(*book.db);
    REQUIRE_OK(customers.markReturned(**customers.find(book.r), test::utc("2026-10-20T00:00:00Z")));
    auto back = customers.find(book.r);
    REQUIRE_OK(back);
    CHECK((*back)->churnedAt == test::utc("2026-05-10T00:00:00Z")); // the churn stays
    CHECK((*back)->churnReason.isEmpty());
    CHECK((*back)->returnedAt == test::utc("2026-10-20T00:00:00Z"));
    const std::vector<QJsonObject> marked = everything();
    for (std::size_t i = 0; i < before.size(); ++i)
        CHECK(text(marked[i]) == text(before[i]));

    // Their purchase, at that second. By the contract's own definition won_back counts a
    // purchase within 180 days after the churn as the win-back of that churn: the churn
    // periods' won_back (and rate) rise by R, and nothing else moves.
    book.purchase(book.r, "2026-10-20T00:00:00Z", 2500);
    const std::vector<QJsonObject> bought = everything();
    int wonBackRose = 0;
    for (std::size_t i = 0; i < before.size(); ++i) {
        const QString name = before[i].value(QStringLiteral("name")).toString();
        INFO(name.toStdString());
        QJsonObject was = before[i], is = bought[i];
        QJsonObject churnWas = was.take(QStringLiteral("churn")).toObject();
        QJsonObject churnIs = is.take(QStringLiteral("churn")).toObject();
        CHECK(text(is) == text(was));
        const int rise = churnIs.take(QStringLiteral("won_back")).toInt() -
                         churnWas.take(QStringLiteral("won_back")).toInt();
        churnWas.remove(QStringLiteral("win_back_rate"));
        churnIs.remove(QStringLiteral("win_back_rate"));
        CHECK(text(churnIs) == text(churnWas));
        // R left on 2026-05-10: in 2026-Q2, May and the range, never elsewhere.
        const bool holdsTheChurn = name.startsWith(QLatin1String("2026-Q2")) ||
                                   name.startsWith(QLatin1String("2026-05")) ||
                                   name.startsWith(QLatin1String("2026-01-01..2026-10-20"));
        CHECK(rise == (holdsTheChurn ? 1 : 0));
        wonBackRose += rise;
    }
    CHECK(wonBackRose == 9); // three periods in three scopes
    // And the period the return falls in does change: R is a customer again.
    CHECK(book.compute("2026-Q4").customersEnd == 4);
}

TEST_CASE("the customer base with returns still reads only its covering index", "[storage][metrics][returns]")
{
    auto db = test::memoryDatabase();
    QSqlQuery q(db->connection());
    REQUIRE(
        q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT acquired_at, churned_at, returned_at FROM customers"
                              " WHERE acquired_at < 100")));
    QStringList steps;
    while (q.next())
        steps << q.value(3).toString();
    INFO(steps.join(QLatin1Char('\n')).toStdString());
    CHECK(steps.join(QLatin1Char('\n')).contains(QStringLiteral("COVERING INDEX customers_base")));
}
