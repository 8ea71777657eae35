#include "services/BookSetupService.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "services/BookSettingsService.h"
#include "services/DatabaseAccess.h"
#include "storage/RepRepository.h"

// The first steps in a new book (issue 20's first-run page and `rapport-cli demo`), on a real
// file and on the team server alike.
using namespace rapport;

namespace {

struct NewBook : test::BookOnEngine
{
    std::unique_ptr<core::Database> db = test::openOrFail(where);
    core::FixedClock clock{test::utc("2026-06-30T15:00:00Z")};
};

qint64 rowsStored(core::Database& db)
{
    auto info = core::DatabaseAccess::info(db);
    REQUIRE_OK(info);
    return info->reps + info->customers + info->interactions + info->surveyResponses + info->goals;
}

} // namespace

TEST_CASE("a new book is empty until its first rep, and has customers only once one is added",
          "[engines][services][firstrun]")
{
    NewBook book;
    core::BookSetupService setup(*book.db);
    REQUIRE_OK(setup.isEmpty());
    CHECK(*setup.isEmpty());
    CHECK_FALSE(*setup.hasCustomers());

    REQUIRE_OK(
        setup.addRep({QStringLiteral("  anovak "), QStringLiteral(" Anna Novak "), core::RepRole::Manager}));
    auto stored = core::RepRepository(*book.db).find(QStringLiteral("anovak"));
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->name == QStringLiteral("Anna Novak")); // trimmed
    CHECK((*stored)->role == core::RepRole::Manager);
    CHECK_FALSE(*setup.isEmpty());
    CHECK_FALSE(*setup.hasCustomers());

    // A taken id is a conflict that names its owner, and changes nobody.
    const core::Status taken =
        setup.addRep({QStringLiteral("anovak"), QStringLiteral("Andrej Novak"), core::RepRole::Rep});
    REQUIRE_FALSE(taken.ok());
    CHECK(taken.error().kind == core::ErrorKind::Conflict);
    CHECK(taken.error().message.contains(QStringLiteral("Anna Novak")));
    CHECK((*core::RepRepository(*book.db).find(QStringLiteral("anovak")))->name ==
          QStringLiteral("Anna Novak"));
    // Blank id or name: refused.
    CHECK_FALSE(setup.addRep({QStringLiteral(" "), QStringLiteral("Nobody"), core::RepRole::Rep}).ok());
    CHECK_FALSE(setup.addRep({QStringLiteral("nobody"), QStringLiteral("  "), core::RepRole::Rep}).ok());
    CHECK(rowsStored(*book.db) == 1);
}

TEST_CASE("demo data goes only into an empty book, with its currency, and a cancelled fill leaves it empty",
          "[engines][services][firstrun][demo]")
{
    NewBook book;
    core::BookSetupService setup(*book.db);
    core::DemoOptions options;
    options.customers = 60;

    // An unknown currency writes nothing.
    CHECK_FALSE(setup.fillWithDemo(book.clock, options, QStringLiteral("XYZ")).ok());
    CHECK(*setup.isEmpty());

    // Cancelled at the first report: nothing at all, no currency either.
    auto cancelled =
        setup.fillWithDemo(book.clock, options, QStringLiteral("CHF"), [](qint64, qint64) { return false; });
    REQUIRE_OK(cancelled);
    CHECK(cancelled->cancelled);
    CHECK(*setup.isEmpty());
    CHECK(core::BookSettingsService(*book.db).currency()->isEmpty());

    auto filled = setup.fillWithDemo(book.clock, options, QStringLiteral("CHF"));
    REQUIRE_OK(filled);
    CHECK_FALSE(filled->cancelled);
    CHECK(filled->customers == 60);
    CHECK(*setup.hasCustomers());
    CHECK(*core::BookSettingsService(*book.db).currency() == QStringLiteral("CHF"));
    const qint64 rows = rowsStored(*book.db);
    CHECK(rows ==
          filled->reps + filled->customers + filled->interactions + filled->surveyResponses + filled->goals);

    // A second fill is refused and adds nothing.
    auto again = setup.fillWithDemo(book.clock, options, QStringLiteral("EUR"));
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().message.contains(QStringLiteral("empty book")));
    CHECK(rowsStored(*book.db) == rows);
    CHECK(*core::BookSettingsService(*book.db).currency() == QStringLiteral("CHF"));
}

TEST_CASE("a rep id is suggested from the login name", "[services][firstrun]")
{
    CHECK(core::BookSetupService::suggestedRepId(QStringLiteral(" Anna.Novak ")) ==
          QStringLiteral("anna.novak"));
    CHECK(core::BookSetupService::suggestedRepId(QStringLiteral("j doe_2-x")) == QStringLiteral("jdoe_2-x"));
    CHECK(core::BookSetupService::suggestedRepId(QStringLiteral("@#!")).isEmpty());
    CHECK(core::BookSetupService::suggestedRepId(QString()).isEmpty());
}
