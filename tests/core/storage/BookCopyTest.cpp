#include "storage/BookCopy.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Sql.h"

// copy-to's all-or-nothing promise on the server: a copy stopped in the middle of a table
// (while COPY is streaming) leaves the target without a record, and its connection fit for
// the next attempt.
namespace {

using namespace rapport;

qint64 count(core::Database& db, const char* table)
{
    auto n =
        core::sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table));
    REQUIRE_OK(n);
    return n->toLongLong();
}

// A 400-customer demo book in \a file (about 13,000 interactions).
void fillDemo(core::Database& file)
{
    const core::FixedClock clock(test::utc("2026-11-30T12:00:00Z"));
    core::DemoOptions options;
    options.customers = 400;
    options.seed = 5;
    options.until = QDate(2026, 11, 30);
    REQUIRE_OK(core::DemoGenerator(clock).generate(file, options));
}

} // namespace

TEST_CASE("A copy to the server stopped half-way leaves it empty and ready for the next", "[.][server]")
{
    test::TempDatabase temp;
    auto file = temp.open();
    fillDemo(*file);
    const qint64 interactions = count(*file, "interactions");
    REQUIRE(interactions > 10000);

    auto server = test::openOrFail(test::newServerDatabase());
    qint64 calls = 0;
    const core::Status stopped = core::BookCopy::copy(*file, *server, [&calls](qint64 done, qint64) {
        ++calls;
        return done < 10000; // the first report comes at 10,000 rows: inside the interactions
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().message.contains(QStringLiteral("Nothing was copied")));
    CHECK(calls == 1);
    for (const char* table : {"reps", "customers", "interactions", "survey_responses"})
        CHECK(count(*server, table) == 0);

    REQUIRE_OK(core::BookCopy::copy(*file, *server));
    CHECK(count(*server, "interactions") == interactions);
    CHECK(count(*server, "customers") == 400);
}

// The test cluster commits asynchronously, as a tuned server may: a VACUUM right after an
// asynchronous COMMIT marks no page all-visible, and the metrics' index-only scans then read the
// heap until autovacuum comes by. The copy commits synchronously and vacuums, so the dashboard is
// fast at once.
TEST_CASE("A copy to the server leaves every page of its tables all-visible and the tables analysed",
          "[.][server]")
{
    test::TempDatabase temp;
    auto file = temp.open();
    fillDemo(*file);
    auto server = test::openOrFail(test::newServerDatabase());
    REQUIRE(core::sql::scalar(server->connection(),
                              QStringLiteral("SELECT current_setting('synchronous_commit')"))
                ->toString() == QStringLiteral("off"));
    REQUIRE_OK(core::BookCopy::copy(*file, *server));
    for (const char* table : {"customers", "interactions", "survey_responses"}) {
        INFO(table);
        auto pages = core::sql::scalar(
            server->connection(),
            QStringLiteral("SELECT relpages || '/' || relallvisible FROM pg_class WHERE relname = '%1'")
                .arg(QLatin1String(table)));
        REQUIRE_OK(pages);
        const QStringList both = pages->toString().split(QLatin1Char('/'));
        REQUIRE(both.size() == 2);
        CHECK(both[0].toInt() > 0);
        CHECK(both[1] == both[0]);
        auto analysed = core::sql::scalar(
            server->connection(),
            QStringLiteral("SELECT last_analyze IS NOT NULL FROM pg_stat_user_tables WHERE relname = '%1'")
                .arg(QLatin1String(table)));
        REQUIRE_OK(analysed);
        CHECK(analysed->toBool());
    }
}
