// Customers who come back and leave again (docs/metrics.md, "Leaving again"): every churn
// stays where it happened. The latest churn is on the customer; an earlier one, with its
// return, is kept in past_churns (schema 12), and every figure reads both. Numbers worked out
// by hand.
#include "MetricsFixture.h"
#include "metrics/ChurnFigures.h"
#include "metrics/MetricsJson.h"
#include "metrics/ProductFigures.h"
#include "services/ChurnReasonService.h"
#include "services/CustomerService.h"
#include "storage/DrillDownStore.h"
#include "storage/FindingsStore.h"
#include "storage/Sql.h"

#include <QJsonDocument>

using namespace rapport;
using Catch::Detail::Approx;
using core::Scope;
using test::checkBase;

namespace {

// 2026 by quarters. A: a customer throughout. L (rep r1): left 2026-02-10 over price, back
// 2026-04-15 with a purchase, left again 2026-08-20 over service. M (rep r2, enterprise): left
// 2026-07-05 over price, back 2026-07-20, left again 2026-09-01 to a competitor: all in Q3.
struct LeavingBook : test::MetricsFixture
{
    qint64 a = customer("2025-01-01T00:00:00Z");
    qint64 l = customer("2025-06-01T00:00:00Z");
    qint64 m = customer("2025-03-01T00:00:00Z", nullptr, "r2", "enterprise");

    void leave(qint64 id, const char* at, const char* reason)
    {
        core::CustomerService customers(*db);
        auto found = customers.find(id);
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        auto saved = customers.change(
            **found, core::markedChurned(**found, test::utc(at), QString::fromLatin1(reason)));
        REQUIRE_OK(saved);
        REQUIRE(saved->saved);
    }

    void comeBack(qint64 id, const char* at)
    {
        purchase(id, at, 2500);
        core::CustomerService customers(*db);
        auto found = customers.returnOffer(id, test::utc(at));
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        REQUIRE_OK(customers.markReturned(**found, test::utc(at)));
    }

    void firstRound()
    {
        leave(l, "2026-02-10T00:00:00Z", "price");
        comeBack(l, "2026-04-15T00:00:00Z");
        leave(m, "2026-07-05T00:00:00Z", "price");
        comeBack(m, "2026-07-20T00:00:00Z");
    }

    void secondRound()
    {
        leave(l, "2026-08-20T00:00:00Z", "service");
        leave(m, "2026-09-01T00:00:00Z", "competitor");
    }

    qint64 pastChurns()
    {
        auto n = core::sql::scalar(db->connection(), QStringLiteral("SELECT count(*) FROM past_churns"));
        REQUIRE_OK(n);
        return n->toLongLong();
    }

    core::ChurnFigures churn(const char* period, const Scope& scope = Scope::all())
    {
        auto p = core::Period::parse(QString::fromLatin1(period));
        REQUIRE_OK(p);
        auto result = core::ChurnFigures::compute(*db, *p, scope);
        REQUIRE_OK(result);
        return std::move(result).value();
    }
};

} // namespace

TEST_CASE("a customer who leaves, comes back and leaves again counts in every period they left in",
          "[engines][metrics][base][returns][leaving-again]")
{
    LeavingBook book;
    book.firstRound();
    book.secondRound();
    CHECK(book.pastChurns() == 2);
    {
        INFO("Q1: L leaves the first time");
        const auto q1 = book.compute("2026-Q1");
        checkBase(q1, {3, 2, 0, 1, 3});
        CHECK(*q1.churnRate == Approx(100.0 / 3.0));
        CHECK(*q1.retentionRate == Approx(200.0 / 3.0));
    }
    {
        INFO("March: L away all month");
        checkBase(book.compute("2026-03"), {2, 2, 0, 0, 2});
    }
    {
        INFO("Q2: L back on 2026-04-15");
        const auto q2 = book.compute("2026-Q2");
        checkBase(q2, {2, 3, 1, 0, 3});
        CHECK(*q2.retentionRate == Approx(100.0));
        CHECK(*q2.churnRate == Approx(0.0));
    }
    {
        INFO("Q3: M leaves, returns and leaves again; L leaves again");
        const auto q3 = book.compute("2026-Q3");
        // S: A, L, M. E: A. N: M's return. Churned: M twice, L. Active: A, L, M once each.
        checkBase(q3, {3, 1, 1, 3, 3});
        // From the start: L (there since April) and M's first churn; M's second stay began in Q3.
        CHECK(*q3.churnRate == Approx(200.0 / 3.0));
        CHECK(*q3.retentionRate == Approx(0.0));
    }
    {
        INFO("Q4 and the whole year");
        checkBase(book.compute("2026-Q4"), {1, 1, 0, 0, 1});
        const auto year = book.compute("2026");
        checkBase(year, {3, 1, 2, 4, 3});
        CHECK(*year.churnRate == Approx(200.0 / 3.0)); // the first churns of L and M
    }
    {
        INFO("scopes: rep r2 holds M only, segment smb A and L");
        const auto m = book.compute("2026-Q3", Scope::rep(QStringLiteral("r2")));
        checkBase(m, {1, 0, 1, 2, 1});
        CHECK(*m.churnRate == Approx(100.0));
        checkBase(book.compute("2026-Q1", Scope::segment(QStringLiteral("smb"))), {2, 1, 0, 1, 2});
    }
    {
        INFO("the churn figures count each departure with the reason given then");
        const auto q1 = book.churn("2026-Q1");
        CHECK(q1.churned == 1);
        CHECK(q1.wonBack == 1); // L's purchase on 2026-04-15, 64 days later
        CHECK(q1.reasons == std::map<QString, qint64>{{QStringLiteral("price"), 1}});
        const auto q3 = book.churn("2026-Q3");
        CHECK(q3.churned == 3);
        CHECK(q3.wonBack == 1); // M's first churn, back 15 days later
        CHECK(q3.reasons == std::map<QString, qint64>{{QStringLiteral("competitor"), 1},
                                                      {QStringLiteral("price"), 1},
                                                      {QStringLiteral("service"), 1}});
        CHECK(*q3.winBackRate == Approx(100.0 / 3.0));
    }
}

TEST_CASE("a series of months counts earlier churns as each month on its own does",
          "[engines][metrics][base][returns][leaving-again]")
{
    LeavingBook book;
    book.firstRound();
    book.secondRound();
    std::vector<core::Period> months;
    for (int month = 1; month <= 12; ++month)
        months.push_back(core::Period::month(2026, month));
    auto series = book.engine.computeSeries(months);
    REQUIRE_OK(series);
    REQUIRE(series->size() == months.size());
    for (std::size_t i = 0; i < months.size(); ++i) {
        INFO("month " << months[i].label().toStdString());
        auto one = book.engine.compute(months[i]);
        REQUIRE_OK(one);
        CHECK(core::MetricsJson::result((*series)[i]) == core::MetricsJson::result(*one));
    }
    // July: M leaves on the 5th and is back on the 20th; August: L leaves again.
    checkBase((*series)[6], {3, 3, 1, 1, 3});
    CHECK((*series)[6].churnRate.value_or(-1) == Approx(100.0 / 3.0));
    checkBase((*series)[7], {3, 2, 0, 1, 3});
    checkBase((*series)[8], {2, 1, 0, 1, 2});
    CHECK((*series)[8].churnRate.value_or(-1) == Approx(50.0)); // M, whose second stay began in July
}

TEST_CASE("the drill-down lists the customers the base figures count, earlier churns included",
          "[engines][metrics][base][returns][leaving-again][drilldown]")
{
    LeavingBook book;
    book.firstRound();
    book.secondRound();
    const auto ids = [&](core::DrillDownStore::Records what, const char* period) {
        return book.drillDown(what, period);
    };
    using R = core::DrillDownStore::Records;
    CHECK(ids(R::CustomersAtStart, "2026-Q2") == std::map<qint64, bool>{{book.a, true}, {book.m, true}});
    CHECK(ids(R::ActiveCustomers, "2026-03") == std::map<qint64, bool>{{book.a, true}, {book.m, true}});
    CHECK(ids(R::ChurnedCustomers, "2026-Q1") == std::map<qint64, bool>{{book.l, false}});
    // Q3: both left from a stay that began before it; M's churn and return inside it leave M
    // not retained even though the latest churn is later.
    CHECK(ids(R::ChurnedCustomers, "2026-Q3") == std::map<qint64, bool>{{book.l, false}, {book.m, false}});
    // September: M's second stay began in July, before it.
    CHECK(ids(R::ChurnedCustomers, "2026-09") == std::map<qint64, bool>{{book.m, false}});
    CHECK(ids(R::CustomersAtStart, "2026-07") ==
          std::map<qint64, bool>{{book.a, true}, {book.l, true}, {book.m, false}});
    CHECK(ids(R::CustomersAtStart, "2026-08") ==
          std::map<qint64, bool>{{book.a, true}, {book.l, false}, {book.m, true}});
}

TEST_CASE("leaving again changes no figure of a period that ended before it, and undo puts the customer back",
          "[engines][metrics][returns][history][leaving-again]")
{
    LeavingBook book;
    book.leave(book.l, "2026-02-10T00:00:00Z", "price");
    book.comeBack(book.l, "2026-04-15T00:00:00Z");
    QStringList periods{QStringLiteral("2025"), QStringLiteral("2026-Q1"), QStringLiteral("2026-Q2"),
                        QStringLiteral("2026-01-01..2026-08-20")};
    for (int month = 1; month <= 7; ++month)
        periods << QStringLiteral("2026-%1").arg(month, 2, 10, QLatin1Char('0'));
    const std::vector<Scope> scopes{Scope::all(), Scope::rep(QStringLiteral("r1")),
                                    Scope::segment(QStringLiteral("smb"))};
    const auto everything = [&] {
        std::vector<std::string> out;
        for (const QString& name : periods) {
            auto p = core::Period::parse(name);
            REQUIRE_OK(p);
            for (const Scope& scope : scopes) {
                auto figures = book.engine.compute(*p, scope);
                REQUIRE_OK(figures);
                auto churn = core::ChurnFigures::compute(*book.db, *p, scope);
                REQUIRE_OK(churn);
                QJsonObject all = core::MetricsJson::result(*figures);
                all.insert(QStringLiteral("churn"), churn->toJson());
                out.push_back(name.toStdString() + ' ' + scope.describe().toStdString() + ' ' +
                              QJsonDocument(all).toJson(QJsonDocument::Compact).toStdString());
            }
        }
        return out;
    };
    const auto before = everything();
    REQUIRE(book.compute("2026-Q1").customersChurned == 1);

    core::CustomerService customers(*book.db);
    auto back = customers.find(book.l);
    REQUIRE_OK(back);
    const core::Customer returned = **back;
    const core::Customer gone =
        core::markedChurned(returned, test::utc("2026-08-20T00:00:00Z"), QStringLiteral("service"));
    REQUIRE_OK(customers.change(returned, gone));
    CHECK(book.pastChurns() == 1);
    CHECK(everything() == before);
    CHECK(book.compute("2026-Q3").customersChurned == 1);

    // Undo (the edit reversed): the customer is back as they were, nothing left in past_churns.
    auto now = customers.find(book.l);
    REQUIRE_OK(now);
    auto undone = customers.change(**now, returned);
    REQUIRE_OK(undone);
    REQUIRE(undone->saved);
    CHECK(undone->saved->churnedAt == test::utc("2026-02-10T00:00:00Z"));
    CHECK(undone->saved->churnReason == QStringLiteral("price"));
    CHECK(undone->saved->returnedAt == test::utc("2026-04-15T00:00:00Z"));
    CHECK(book.pastChurns() == 0);
    CHECK(everything() == before);
    CHECK(book.compute("2026-Q3").customersChurned == 0);

    // A churn date picked before the return is read as leaving at the return.
    const core::Customer early =
        core::markedChurned(returned, test::utc("2026-03-01T00:00:00Z"), QStringLiteral("price"));
    CHECK(early.churnedAt == returned.returnedAt);
}

TEST_CASE("deleting a customer who left twice and undoing it brings back the earlier churn",
          "[engines][metrics][returns][leaving-again]")
{
    LeavingBook book;
    book.firstRound();
    book.secondRound();
    const auto q1 = core::MetricsJson::result(book.compute("2026-Q1"));
    core::CustomerService customers(*book.db);
    auto snapshot = customers.removeCapturing(book.l);
    REQUIRE_OK(snapshot);
    CHECK(book.pastChurns() == 1); // M's
    CHECK(book.compute("2026-Q1").customersStart == 2);
    REQUIRE_OK(customers.restore(*snapshot));
    CHECK(book.pastChurns() == 2);
    CHECK(core::MetricsJson::result(book.compute("2026-Q1")) == q1);
}

TEST_CASE("renaming a churn reason moves the earlier churns too, and undo moves them back",
          "[engines][churn][returns][leaving-again]")
{
    LeavingBook book;
    book.firstRound();
    book.secondRound();
    core::ChurnReasonService reasons(*book.db);
    auto listed = reasons.list();
    REQUIRE_OK(listed);
    const auto count = [&](const QString& key) {
        auto all = reasons.list();
        REQUIRE_OK(all);
        for (const core::ChurnReason& r : *all)
            if (r.key == key)
                return r.customers;
        return qint64(-1);
    };
    CHECK(count(QStringLiteral("price")) == 2); // both first churns
    auto merged = reasons.rename(QStringLiteral("price"), QStringLiteral("competitor"));
    REQUIRE_OK(merged);
    CHECK(merged->pastChurnIds.size() == 2);
    CHECK(merged->customerIds.empty());
    CHECK(count(QStringLiteral("competitor")) == 3);
    CHECK(book.churn("2026-Q1").reasons == std::map<QString, qint64>{{QStringLiteral("competitor"), 1}});
    REQUIRE_OK(reasons.undoRename(*merged));
    CHECK(count(QStringLiteral("price")) == 2);
    CHECK(count(QStringLiteral("competitor")) == 1);
    CHECK(book.churn("2026-Q1").reasons == std::map<QString, qint64>{{QStringLiteral("price"), 1}});
}

TEST_CASE("a finding's evidence names the customers whose earlier churn falls in its period",
          "[engines][reflection][returns][leaving-again]")
{
    LeavingBook book;
    book.firstRound();
    book.secondRound();
    core::FindingsStore store(*book.db);
    const auto q1 = core::Period::quarter(2026, 1);
    auto price = store.churnedWithReasonIds(QStringLiteral("price"), q1.startSeconds(), q1.endSeconds(),
                                            Scope::all(), 10);
    REQUIRE_OK(price);
    CHECK(price->ids == std::vector<qint64>{book.l});
    auto service = store.churnedWithReasonIds(QStringLiteral("service"), q1.startSeconds(), q1.endSeconds(),
                                              Scope::all(), 10);
    REQUIRE_OK(service);
    CHECK(service->ids.empty()); // L's later reason is not that churn's
    const auto q3 = core::Period::quarter(2026, 3);
    auto left =
        store.churnedCustomerIds(q3.startSeconds(), q3.endSeconds(), Scope::rep(QStringLiteral("r2")), 10);
    REQUIRE_OK(left);
    CHECK(left->ids == std::vector<qint64>{book.m}); // once, though M left twice
}
