// The team's list of churn reasons (issue 19): what Mark Churned offers, renaming and merging
// that keep every period's counts under the new name, undo that moves back exactly what moved,
// and a manager-only rule on the team server. Both engines.
#include "services/ChurnReasonService.h"

#include "core/metrics/MetricsFixture.h"
#include "metrics/Period.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/TeamService.h"
#include "storage/ChurnMetricsStore.h"
#include "storage/CustomerRepository.h"
#include "storage/RepRepository.h"
#include "storage/Sql.h"

using namespace rapport;

namespace {

const QStringList kCommon{QStringLiteral("competitor"), QStringLiteral("no_longer_needed"),
                          QStringLiteral("price"), QStringLiteral("product_quality"),
                          QStringLiteral("service")};

struct ReasonBook : test::MetricsFixture
{
    // Two leavers over price in 2026-Q1, one over "too expensive" in Q2, one over product
    // quality, one without a reason, one who stays.
    qint64 p1 = customer("2025-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
    qint64 p2 = customer("2025-01-01T00:00:00Z", "2026-03-01T00:00:00Z", "r2");
    qint64 t1 = customer("2025-01-01T00:00:00Z", "2026-05-01T00:00:00Z");
    qint64 q1 = customer("2025-01-01T00:00:00Z", "2026-05-02T00:00:00Z");
    qint64 none = customer("2025-01-01T00:00:00Z", "2026-05-03T00:00:00Z");
    qint64 stays = customer("2025-01-01T00:00:00Z");

    ReasonBook()
    {
        reason(p1, "price");
        reason(p2, "price");
        reason(t1, "too_expensive");
        reason(q1, "product_quality");
    }

    void reason(qint64 id, const char* key)
    {
        REQUIRE_OK(core::sql::run(db->connection(),
                                  QStringLiteral("UPDATE customers SET churn_reason = ? WHERE id = ?"),
                                  {QString::fromLatin1(key), id}));
    }

    QString reasonOf(qint64 id) { return (*core::CustomerService(*db).find(id))->churnReason; }
    qint64 versionOf(qint64 id) { return (*core::CustomerService(*db).find(id))->version; }

    // "key:customers:listed" for every reason, in the list's order.
    QStringList listed()
    {
        auto reasons = core::ChurnReasonService(*db).list();
        REQUIRE_OK(reasons);
        QStringList out;
        for (const core::ChurnReason& r : *reasons)
            out << QStringLiteral("%1:%2:%3").arg(r.key).arg(r.customers).arg(r.listed ? 1 : 0);
        return out;
    }

    // The churn figures' reason counts of a quarter (the stored key; empty: none given).
    std::map<QString, qint64> reasonsIn(const char* quarter)
    {
        auto period = core::Period::parse(QString::fromLatin1(quarter));
        REQUIRE_OK(period);
        auto counts = core::ChurnMetricsStore(*db).counts(period->start().toSecsSinceEpoch(),
                                                          period->end().toSecsSinceEpoch(), 180 * 86400,
                                                          core::Scope::all());
        REQUIRE_OK(counts);
        std::map<QString, qint64> out;
        for (const auto& [key, row] : *counts)
            out[key] = row.churned;
        return out;
    }
};

} // namespace

TEST_CASE("the list holds the common reasons and every reason in use, the most given first",
          "[engines][churn][reasons]")
{
    ReasonBook book;
    CHECK(book.listed() == QStringList{QStringLiteral("price:2:1"), QStringLiteral("product_quality:1:1"),
                                       QStringLiteral("too_expensive:1:0"), QStringLiteral("competitor:0:1"),
                                       QStringLiteral("no_longer_needed:0:1"),
                                       QStringLiteral("service:0:1")});
    auto choices = core::ChurnReasonService(*book.db).choices();
    REQUIRE_OK(choices);
    CHECK(choices->front() == QStringLiteral("price"));
    CHECK(choices->size() == 6);
}

TEST_CASE("a new reason is added as a key, and one that exists is refused", "[engines][churn][reasons]")
{
    ReasonBook book;
    core::ChurnReasonService reasons(*book.db);
    auto added = reasons.add(QStringLiteral("  Moved   Abroad "));
    REQUIRE_OK(added);
    CHECK(*added == QStringLiteral("moved_abroad"));
    CHECK(book.listed().contains(QStringLiteral("moved_abroad:0:1")));
    // Listed, in use without being listed, typed in capitals: all already there.
    for (const char* taken : {"moved abroad", "Too Expensive", "PRICE"}) {
        auto again = reasons.add(QString::fromLatin1(taken));
        REQUIRE_FALSE(again.ok());
        CHECK(again.error().kind == core::ErrorKind::Conflict);
    }
    CHECK_FALSE(reasons.add(QStringLiteral("   ")).ok());
    CHECK(book.listed().size() == 7);
}

TEST_CASE("only a reason nobody gave comes off the list", "[engines][churn][reasons]")
{
    ReasonBook book;
    core::ChurnReasonService reasons(*book.db);
    REQUIRE_OK(reasons.remove(QStringLiteral("competitor")));
    CHECK_FALSE(book.listed().join(QLatin1Char(' ')).contains(QStringLiteral("competitor")));
    const core::Status refused = reasons.remove(QStringLiteral("price"));
    REQUIRE_FALSE(refused.ok());
    // "2 customers" once the English plural is loaded; tests run without translations.
    CHECK(refused.error().message.contains(QStringLiteral("2 customer")));
    CHECK(refused.error().message.contains(QStringLiteral("left for \"price\"")));
    CHECK(book.reasonOf(book.p1) == QStringLiteral("price"));
    CHECK(book.listed().front() == QStringLiteral("price:2:1"));
}

TEST_CASE("a rename moves every customer and every period to the new name, and undo moves them back",
          "[engines][churn][reasons]")
{
    ReasonBook book;
    const qint64 before = book.versionOf(book.p1);
    core::ChurnReasonService reasons(*book.db);
    auto renamed = reasons.rename(QStringLiteral("price"), QStringLiteral("Pricing"));
    REQUIRE_OK(renamed);
    CHECK(renamed->to == QStringLiteral("pricing"));
    CHECK_FALSE(renamed->merged);
    CHECK(renamed->customerIds == std::vector<qint64>{book.p1, book.p2});
    CHECK(book.reasonOf(book.p1) == QStringLiteral("pricing"));
    CHECK(book.reasonOf(book.p2) == QStringLiteral("pricing"));
    // An edit begun before the rename is a conflict, not a silent overwrite of the reason.
    CHECK(book.versionOf(book.p1) == before + 1);
    // The earlier quarter's figures count the same customers under the new name.
    CHECK(book.reasonsIn("2026-Q1") == std::map<QString, qint64>{{QStringLiteral("pricing"), 2}});
    CHECK(book.listed().front() == QStringLiteral("pricing:2:1"));
    CHECK_FALSE(book.listed().join(QLatin1Char(' ')).contains(QStringLiteral("price:")));

    REQUIRE_OK(reasons.undoRename(*renamed));
    CHECK(book.reasonOf(book.p1) == QStringLiteral("price"));
    CHECK(book.reasonsIn("2026-Q1") == std::map<QString, qint64>{{QStringLiteral("price"), 2}});
    CHECK(book.listed().front() == QStringLiteral("price:2:1"));
    CHECK_FALSE(book.listed().join(QLatin1Char(' ')).contains(QStringLiteral("pricing")));
}

TEST_CASE("a merge joins two reasons, and its undo separates exactly the customers it moved",
          "[engines][churn][reasons]")
{
    ReasonBook book;
    core::ChurnReasonService reasons(*book.db);
    auto merged = reasons.rename(QStringLiteral("too_expensive"), QStringLiteral("Price"));
    REQUIRE_OK(merged);
    CHECK(merged->merged);
    CHECK(merged->customerIds == std::vector<qint64>{book.t1});
    CHECK(book.reasonsIn("2026-Q2") == std::map<QString, qint64>{{QString(), 1},
                                                                 {QStringLiteral("price"), 1},
                                                                 {QStringLiteral("product_quality"), 1}});
    CHECK(book.listed().front() == QStringLiteral("price:3:1"));

    // Someone gives t1 another reason meanwhile: undo leaves that one alone.
    book.reason(book.p2, "price"); // unchanged, and not moved by undo either
    REQUIRE_OK(reasons.undoRename(*merged));
    CHECK(book.reasonOf(book.t1) == QStringLiteral("too_expensive"));
    CHECK(book.reasonOf(book.p1) == QStringLiteral("price"));
    CHECK(book.reasonOf(book.p2) == QStringLiteral("price"));
    // It was in use but never listed: undo does not list it.
    CHECK(book.listed().contains(QStringLiteral("too_expensive:1:0")));

    auto again = reasons.rename(QStringLiteral("too_expensive"), QStringLiteral("price"));
    REQUIRE_OK(again);
    book.reason(book.t1, "service");
    REQUIRE_OK(reasons.undoRename(*again));
    CHECK(book.reasonOf(book.t1) == QStringLiteral("service"));
}

TEST_CASE("a rename to the same name, to nothing or of a reason that is gone writes nothing",
          "[engines][churn][reasons]")
{
    ReasonBook book;
    core::ChurnReasonService reasons(*book.db);
    const QStringList before = book.listed();
    CHECK_FALSE(reasons.rename(QStringLiteral("price"), QStringLiteral(" PRICE ")).ok());
    CHECK_FALSE(reasons.rename(QStringLiteral("price"), QStringLiteral("  ")).ok());
    auto gone = reasons.rename(QStringLiteral("moved"), QStringLiteral("relocated"));
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().kind == core::ErrorKind::Conflict);
    CHECK(book.listed() == before);
}

TEST_CASE("Mark Churned's note is written with the churn in one step, and undone with it",
          "[engines][churn][reasons]")
{
    ReasonBook book;
    core::CustomerService customers(*book.db);
    const core::Customer before = **customers.find(book.stays);
    const core::Customer gone =
        core::markedChurned(before, test::utc("2026-10-15T12:00:00Z"), QStringLiteral("competitor"));
    core::Interaction note =
        core::churnNote(gone, QStringLiteral("  Went with a cheaper rival. "), QStringLiteral("r1"));
    auto saved = customers.change(before, gone, {&note, 0});
    REQUIRE_OK(saved);
    REQUIRE_FALSE(saved->conflict);
    CHECK(note.id > 0);
    auto history = core::InteractionService(*book.db).forCustomer(book.stays);
    REQUIRE_OK(history);
    REQUIRE(history->size() == 1);
    CHECK(history->front().kind == core::InteractionKind::Note);
    CHECK(history->front().category == QStringLiteral("churn_note"));
    CHECK(history->front().notes == QStringLiteral("Went with a cheaper rival."));
    CHECK(history->front().occurredAt == test::utc("2026-10-15T12:00:00Z"));
    CHECK(history->front().repId == QStringLiteral("r1"));

    auto undone = customers.change(gone, before, {nullptr, note.id});
    REQUIRE_OK(undone);
    CHECK_FALSE(book.reasonOf(book.stays).size());
    CHECK((*customers.find(book.stays))->churnedAt.isNull());
    CHECK(core::InteractionService(*book.db).forCustomer(book.stays)->empty());
}

TEST_CASE("a churn that conflicts with someone else's save writes no note either",
          "[engines][churn][reasons]")
{
    ReasonBook book;
    core::CustomerService customers(*book.db);
    const core::Customer before = **customers.find(book.stays);
    // Someone else marks them churned for another reason first.
    REQUIRE_OK(customers.change(
        before, core::markedChurned(before, test::utc("2026-10-01T00:00:00Z"), QStringLiteral("price"))));
    const core::Customer mine =
        core::markedChurned(before, test::utc("2026-10-15T12:00:00Z"), QStringLiteral("competitor"));
    core::Interaction note = core::churnNote(mine, QStringLiteral("Went elsewhere"), QStringLiteral("r1"));
    auto saved = customers.change(before, mine, {&note, 0});
    REQUIRE_OK(saved);
    CHECK(saved->conflict.has_value());
    CHECK(book.reasonOf(book.stays) == QStringLiteral("price"));
    CHECK(core::InteractionService(*book.db).forCustomer(book.stays)->empty());
}

TEST_CASE("On a team server only a manager changes the list of churn reasons", "[.][server][churn][reasons]")
{
    const QString uri = test::newServerDatabase();
    auto admin = test::openOrFail(uri);
    REQUIRE_OK(core::RepRepository(*admin).insert(
        {QStringLiteral("r1"), QStringLiteral("Rep"), core::RepRole::Rep}));
    core::Customer c;
    c.externalId = QStringLiteral("C-1");
    c.name = QStringLiteral("Ann");
    c.owner = QStringLiteral("r1");
    c.acquiredAt = test::utc("2025-01-01T00:00:00Z");
    c.churnedAt = test::utc("2026-01-01T00:00:00Z");
    c.churnReason = QStringLiteral("price");
    REQUIRE_OK(core::CustomerRepository(*admin).insert(c));
    const QString rep = test::serverLogin("rosa");
    const QString manager = test::serverLogin("milo");
    core::TeamService team(*admin);
    REQUIRE_OK(team.addUser({rep, QStringLiteral("rep"), QStringLiteral("r1"), true}));
    REQUIRE_OK(team.addUser({manager, QStringLiteral("manager"), {}, true}));

    // The rep reads the list with their own customer's count, and may change nothing on it.
    auto asRep = test::openOrFail(test::serverUriAs(uri, rep));
    core::ChurnReasonService repReasons(*asRep);
    auto seen = repReasons.choices();
    REQUIRE_OK(seen);
    CHECK(seen->front() == QStringLiteral("price"));
    auto refused = repReasons.rename(QStringLiteral("price"), QStringLiteral("pricing"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.contains(QStringLiteral("Only a manager")));
    CHECK_FALSE(repReasons.add(QStringLiteral("moved")).ok());
    CHECK_FALSE(repReasons.remove(QStringLiteral("competitor")).ok());
    CHECK(test::serverScalar(uri, "SELECT churn_reason FROM customers") == QStringLiteral("price"));
    CHECK(test::serverScalar(uri, "SELECT count(*) FROM churn_reasons") == QStringLiteral("5"));
    // Through plain SQL the server refuses the rep's write to the list as well.
    const QString asRepUri = test::serverUriAs(uri, rep);
    CHECK(test::serverScalar(asRepUri, "INSERT INTO churn_reasons (key) VALUES ('sneaky')")
              .startsWith(QStringLiteral("error: ")));
    CHECK(test::serverScalar(asRepUri, "DELETE FROM churn_reasons") == QStringLiteral("0"));
    CHECK(test::serverScalar(asRepUri, "SELECT count(*) FROM churn_reasons") == QStringLiteral("5"));
    CHECK(test::serverScalar(uri, "SELECT count(*) FROM churn_reasons") == QStringLiteral("5"));

    auto asManager = test::openOrFail(test::serverUriAs(uri, manager));
    auto renamed =
        core::ChurnReasonService(*asManager).rename(QStringLiteral("price"), QStringLiteral("pricing"));
    REQUIRE_OK(renamed);
    CHECK(test::serverScalar(uri, "SELECT churn_reason FROM customers") == QStringLiteral("pricing"));
}
