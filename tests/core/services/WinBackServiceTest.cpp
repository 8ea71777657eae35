// The win-back queue, its outreach and return recognition (metrics.md, docs/metrics.md "The
// win-back queue"), on both engines, against rows worked out by hand. Now is 2026-11-01, so the
// queue holds the churns of [2025-11-01, 2026-11-01).
#include "services/WinBackService.h"

#include "core/metrics/MetricsFixture.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "storage/Sql.h"

using namespace rapport;
using core::InteractionKind;
using core::Scope;
using core::WinBackOutcome;

namespace {

struct QueueBook : test::MetricsFixture
{
    // acquired 2024-01-01 everywhere; owner r1 / smb unless said.
    qint64 w1 = customer("2024-01-01T00:00:00Z", "2026-06-01T00:00:00Z");
    qint64 w2 = customer("2024-01-01T00:00:00Z", "2026-09-01T00:00:00Z", "r2", "enterprise");
    qint64 w3 = customer("2024-01-01T00:00:00Z", "2026-10-01T00:00:00Z");
    qint64 edge = customer("2024-01-01T00:00:00Z", "2025-11-01T00:00:00Z");   // the window's first second
    qint64 tooOld = customer("2024-01-01T00:00:00Z", "2025-10-31T23:59:59Z"); // a second before it
    qint64 bought = customer("2024-01-01T00:00:00Z", "2026-05-01T00:00:00Z"); // bought again
    qint64 back = customer("2024-01-01T00:00:00Z", "2026-04-01T00:00:00Z");   // marked returned
    qint64 atNow = customer("2024-01-01T00:00:00Z", "2026-11-01T00:00:00Z");  // churns at now
    qint64 stays = customer("2024-01-01T00:00:00Z");

    QueueBook()
    {
        run(QStringLiteral("UPDATE customers SET churn_reason = 'price' WHERE id = %1").arg(w1));
        run(QStringLiteral("UPDATE customers SET name = 'Aaron Able', company = 'Able Ltd' WHERE id = %1")
                .arg(w3));
        // w1: the 365 days before 2026-06-01 start on 2025-06-01 (no 29 February between):
        // 100.00 on that first second, a refund of 20.00; not 999.99 a second earlier nor
        // 500.00 at the churn instant (before it, not after: still in the queue).
        purchase(w1, "2025-06-01T00:00:00Z", 10000);
        purchase(w1, "2025-05-31T23:59:59Z", 99999);
        purchase(w1, "2026-01-10T00:00:00Z", -2000);
        purchase(w1, "2026-06-01T00:00:00Z", 50000);
        outreach(w1, InteractionKind::Call, WinBackOutcome::NoAnswer, "2026-06-10T00:00:00Z");
        outreach(w1, InteractionKind::Email, WinBackOutcome::Declined, "2026-07-01T00:00:00Z");
        interaction(w1, InteractionKind::Call, "2026-07-05T00:00:00Z", std::nullopt,
                    "renewal"); // no outreach
        interaction(w1, InteractionKind::Note, "2026-07-06T00:00:00Z", std::nullopt, "win_back_won_back");
        // w2: 300.00; after leaving only a refund (no purchase) and an outreach that went well.
        purchase(w2, "2026-03-01T00:00:00Z", 30000);
        purchase(w2, "2026-09-10T00:00:00Z", -500);
        outreach(w2, InteractionKind::Meeting, WinBackOutcome::WonBack, "2026-09-15T00:00:00Z");
        // w3: 80.00 like w1; before it by name.
        purchase(w3, "2026-05-01T00:00:00Z", 8000);
        purchase(w1, "2026-02-01T00:00:00Z", 0); // w1: 100.00 - 20.00 + 0.00 = 80.00
        purchase(bought, "2026-07-01T00:00:00Z", 0);
        REQUIRE_OK(core::CustomerService(*db).markReturned(**core::CustomerService(*db).find(back),
                                                           test::utc("2026-06-01T00:00:00Z")));
    }

    void run(const QString& statement) { REQUIRE_OK(core::sql::execText(db->connection(), statement)); }

    void outreach(qint64 customerId, InteractionKind kind, WinBackOutcome outcome, const char* at)
    {
        auto i =
            core::WinBackService::outreach(customerId, QStringLiteral("r1"), kind, outcome, test::utc(at));
        REQUIRE_OK(i);
        REQUIRE_OK(core::WinBackService(*db).logOutreach(*i));
        CHECK(i->id > 0);
    }

    std::vector<qint64> ids(const Scope& scope = Scope::all(), int limit = -1, qint64 offset = 0)
    {
        auto q = core::WinBackService(*db).queue(clock.nowUtc(), scope, limit, offset);
        REQUIRE_OK(q);
        std::vector<qint64> out;
        for (const core::WinBackEntry& e : *q)
            out.push_back(e.customerId);
        return out;
    }
};

} // namespace

TEST_CASE("the win-back queue holds the last 12 months' churned customers who did not come back, by revenue "
          "before leaving",
          "[engines][services][winback]")
{
    QueueBook book;
    CHECK(book.ids() == std::vector<qint64>{book.w2, book.w3, book.w1, book.edge});
    auto q = core::WinBackService(*book.db).queue(book.clock.nowUtc(), Scope::all());
    REQUIRE_OK(q);
    REQUIRE(q->size() == 4);
    const core::WinBackEntry& w2 = q->at(0);
    CHECK(w2.name == QStringLiteral("Customer 2"));
    CHECK(w2.owner == QStringLiteral("r2"));
    CHECK(w2.ownerName == QStringLiteral("Rep Two"));
    CHECK(w2.churnedAt == test::utc("2026-09-01T00:00:00Z"));
    CHECK(w2.churnReason.isEmpty());
    CHECK(w2.revenueBeforeCents == 30000);
    CHECK(w2.lastOutreachAt == test::utc("2026-09-15T00:00:00Z"));
    CHECK(w2.lastOutcome == WinBackOutcome::WonBack); // an outcome is no return
    const core::WinBackEntry& w3 = q->at(1);
    CHECK(w3.name == QStringLiteral("Aaron Able"));
    CHECK(w3.company == QStringLiteral("Able Ltd"));
    CHECK(w3.revenueBeforeCents == 8000);
    CHECK_FALSE(w3.lastOutreachAt.isValid());
    CHECK_FALSE(w3.lastOutcome);
    const core::WinBackEntry& w1 = q->at(2);
    CHECK(w1.churnReason == QStringLiteral("price"));
    CHECK(w1.revenueBeforeCents == 8000);
    CHECK(w1.lastOutreachAt == test::utc("2026-07-01T00:00:00Z"));
    CHECK(w1.lastOutcome == WinBackOutcome::Declined);
    CHECK(q->at(3).revenueBeforeCents == 0);

    // Scopes and pages.
    CHECK(book.ids(Scope::rep(QStringLiteral("r1"))) == std::vector<qint64>{book.w3, book.w1, book.edge});
    CHECK(book.ids(Scope::segment(QStringLiteral("enterprise"))) == std::vector<qint64>{book.w2});
    CHECK(book.ids(Scope::all(), 2, 1) == std::vector<qint64>{book.w3, book.w1});
    CHECK(book.ids(Scope::all(), 2, 4).empty());

    // A purchase after the churn takes a customer out, as soon as it is logged.
    book.purchase(book.w3, "2026-10-15T00:00:00Z", 100);
    CHECK(book.ids() == std::vector<qint64>{book.w2, book.w1, book.edge});
}

TEST_CASE("an outreach is a call, an e-mail or a meeting with its outcome as the category",
          "[engines][services][winback]")
{
    QueueBook book;
    CHECK(core::outcomeCategory(WinBackOutcome::WonBack) == QStringLiteral("win_back_won_back"));
    CHECK(core::outcomeCategory(WinBackOutcome::Declined) == QStringLiteral("win_back_declined"));
    CHECK(core::outcomeCategory(WinBackOutcome::NoAnswer) == QStringLiteral("win_back_no_answer"));
    CHECK(core::outcomeFromCategory(QStringLiteral("win_back_declined")) == WinBackOutcome::Declined);
    CHECK_FALSE(core::outcomeFromCategory(QStringLiteral("win_back_maybe")));
    CHECK_FALSE(core::WinBackService::outreach(book.w3, {}, InteractionKind::Purchase,
                                               WinBackOutcome::WonBack, test::utc("2026-10-10T00:00:00Z")));
    CHECK_FALSE(
        core::WinBackService::outreach(book.w3, {}, InteractionKind::Call, WinBackOutcome::WonBack, {}));
    book.outreach(book.w3, InteractionKind::Call, WinBackOutcome::NoAnswer, "2026-10-10T00:00:00Z");
    auto history = core::InteractionService(*book.db).forCustomer(book.w3);
    REQUIRE_OK(history);
    const auto it = std::find_if(history->begin(), history->end(),
                                 [](const core::Interaction& i) { return i.kind == InteractionKind::Call; });
    REQUIRE(it != history->end());
    CHECK(it->category == QStringLiteral("win_back_no_answer"));
    CHECK(it->occurredAt == test::utc("2026-10-10T00:00:00Z"));
    // The queue shows it; won back on the phone still leaves them churned until they buy.
    book.outreach(book.w3, InteractionKind::Call, WinBackOutcome::WonBack, "2026-10-11T00:00:00Z");
    auto q = core::WinBackService(*book.db).queue(book.clock.nowUtc(), Scope::all(), 1, 1);
    REQUIRE_OK(q);
    REQUIRE(q->size() == 1);
    CHECK(q->front().customerId == book.w3);
    CHECK(q->front().lastOutcome == WinBackOutcome::WonBack);
    CHECK((*core::CustomerService(*book.db).find(book.w3))->isChurned());
}

TEST_CASE("return recognition: a purchase after the churn brings a churned customer back, once",
          "[engines][services][winback][returns]")
{
    QueueBook book;
    core::CustomerService customers(*book.db);
    const auto offered = [&](qint64 id, const char* at) {
        auto offer = customers.returnOffer(id, at ? test::utc(at) : QDateTime());
        REQUIRE_OK(offer);
        return offer->has_value();
    };
    CHECK(offered(book.w1, "2026-10-01T00:00:00Z"));
    CHECK(offered(book.w1, nullptr));
    CHECK_FALSE(offered(book.w1, "2026-06-01T00:00:00Z"));   // at the churn instant: no return
    CHECK_FALSE(offered(book.back, "2026-10-01T00:00:00Z")); // back already
    CHECK_FALSE(offered(book.stays, "2026-10-01T00:00:00Z"));
    CHECK_FALSE(offered(9999999, "2026-10-01T00:00:00Z"));

    // Back at their first purchase after leaving, else now (never before the churn).
    const core::Customer w1 = **customers.find(book.w1);
    auto none = customers.returnTime(w1, book.clock.nowUtc());
    REQUIRE_OK(none);
    CHECK(*none == book.clock.nowUtc());
    CHECK(*customers.returnTime(**customers.find(book.bought), book.clock.nowUtc()) ==
          test::utc("2026-07-01T00:00:00Z"));
    CHECK(*customers.returnTime(**customers.find(book.atNow), test::utc("2026-10-01T00:00:00Z")) ==
          test::utc("2026-11-01T00:00:00Z"));

    auto saved = customers.markReturned(w1, test::utc("2026-10-20T00:00:00Z"));
    REQUIRE_OK(saved);
    REQUIRE(saved->saved);
    CHECK(saved->saved->churnedAt == test::utc("2026-06-01T00:00:00Z"));
    CHECK(saved->saved->churnReason == QStringLiteral("price"));
    CHECK(saved->saved->returnedAt == test::utc("2026-10-20T00:00:00Z"));
    CHECK(saved->saved->hasReturned());
    CHECK_FALSE(saved->saved->isChurned());
    CHECK(book.ids() == std::vector<qint64>{book.w2, book.w3, book.edge});

    // Undo is the change reversed.
    auto undone = customers.change(*saved->saved, w1);
    REQUIRE_OK(undone);
    REQUIRE(undone->saved);
    CHECK_FALSE(undone->saved->returnedAt.isValid());
    CHECK(undone->saved->isChurned());

    // Churning a returned customer again: the new churn, the return forgotten.
    const core::Customer returned = **customers.find(book.back);
    const core::Customer again =
        core::markedChurned(returned, test::utc("2026-10-25T00:00:00Z"), QStringLiteral("service"));
    CHECK_FALSE(again.returnedAt.isValid());
    auto churned = customers.change(returned, again);
    REQUIRE_OK(churned);
    REQUIRE(churned->saved);
    CHECK(churned->saved->churnedAt == test::utc("2026-10-25T00:00:00Z"));
    CHECK(churned->saved->churnReason == QStringLiteral("service"));
    CHECK_FALSE(churned->saved->returnedAt.isValid());
}

TEST_CASE("the field-by-field merge knows a customer's return", "[engines][services][returns]")
{
    QueueBook book;
    core::CustomerService customers(*book.db);
    const core::Customer read = **customers.find(book.w1);
    // Someone else marks them back; this edit of the e-mail address keeps that.
    REQUIRE_OK(customers.markReturned(read, test::utc("2026-10-20T00:00:00Z")));
    core::Customer mine = read;
    mine.email = QStringLiteral("w1@example.org");
    auto merged = customers.change(read, mine);
    REQUIRE_OK(merged);
    REQUIRE(merged->saved);
    CHECK(merged->merged);
    CHECK(merged->saved->returnedAt == test::utc("2026-10-20T00:00:00Z"));
    // A return at another time clashes on that field alone.
    auto clash = customers.markReturned(read, test::utc("2026-10-22T00:00:00Z"));
    REQUIRE_OK(clash);
    REQUIRE(clash->conflict);
    CHECK(clash->conflict->fields == std::vector<core::CustomerField>{core::CustomerField::ReturnedAt});
    CHECK(core::fieldKey(core::CustomerField::ReturnedAt) == QStringLiteral("returned_at"));
    CHECK(core::fieldText(merged->saved.value(), core::CustomerField::ReturnedAt) ==
          QStringLiteral("2026-10-20T00:00:00Z"));
}
