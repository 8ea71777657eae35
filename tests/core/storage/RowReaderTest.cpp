// RowReader streams the metrics' rows: a raw statement on a file, a server cursor fetched in
// batches of 20,000 on a team server, where the metrics ask for the next batch while they work
// through one (read-ahead). These tests read past several batches, with two cursors of one
// connection taking turns, as the follow-up figures do.
#include "storage/RowReader.h"

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QSqlQuery>

using namespace rapport;

namespace {

// The numbers 1..n, one row each, on both engines.
QString numbers(int n, const char* value = "i")
{
    return QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)"
                          " SELECT %2 FROM n")
        .arg(n)
        .arg(QLatin1String(value));
}

core::RowReader readAhead(core::Database& db, const QString& sql)
{
    auto reader = core::RowReader::prepare(db, sql, QStringLiteral("reading numbers"));
    REQUIRE_OK(reader);
    reader->setReadAhead(true);
    return std::move(reader).value();
}

// The connection still answers a plain query (nothing of a cursor's is left in flight).
void checkConnectionFree(core::Database& db)
{
    QSqlQuery q(db.connection());
    REQUIRE(q.exec(QStringLiteral("SELECT 41 + 1")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 42);
}

} // namespace

TEST_CASE("two readers of one connection taking turns row by row each read every row, across batches",
          "[engines][storage][row-reader]")
{
    auto db = test::memoryDatabase();
    {
        core::RowReader a = readAhead(*db, numbers(50001));
        core::RowReader b = readAhead(*db, numbers(45000));
        qint64 nextA = 1, nextB = 1;
        bool moreA = true, moreB = true;
        while (moreA || moreB) {
            if (moreA && (moreA = a.next())) {
                REQUIRE(a.integer(0) == nextA);
                ++nextA;
            }
            if (moreB && (moreB = b.next())) {
                REQUIRE(b.integer(0) == nextB);
                ++nextB;
            }
        }
        CHECK_FALSE(a.failed());
        CHECK_FALSE(b.failed());
        CHECK(nextA == 50002);
        CHECK(nextB == 45001);
    }
    checkConnectionFree(*db);
}

TEST_CASE("a reader left in the middle of a batch, with the next one asked for, frees its connection",
          "[engines][storage][row-reader]")
{
    auto db = test::memoryDatabase();
    {
        core::RowReader a = readAhead(*db, numbers(100000));
        for (int i = 1; i <= 25000; ++i) {
            REQUIRE(a.next());
            REQUIRE(a.integer(0) == i);
        }
    }
    checkConnectionFree(*db);
    core::RowReader again = readAhead(*db, numbers(40000));
    qint64 count = 0;
    while (again.next())
        ++count;
    CHECK(count == 40000);
    CHECK_FALSE(again.failed());
}

TEST_CASE("a failure in a batch read ahead is reported by the reader", "[engines][storage][row-reader]")
{
    auto db = test::memoryDatabase();
    // Row 30,000 divides by zero: on the server in the second batch, asked for ahead.
    core::RowReader a = readAhead(*db, numbers(50000, "CAST(100 / (30000 - i) AS INTEGER)"));
    qint64 rows = 0;
    while (a.next())
        ++rows;
    if (db->isServer()) {
        CHECK(a.failed());
        CHECK(a.error(QStringLiteral("reading")).details().contains(QStringLiteral("division by zero")));
        CHECK(rows == 20000);
    } else {
        // SQLite answers NULL for a division by zero.
        CHECK_FALSE(a.failed());
        CHECK(rows == 50000);
    }
}
