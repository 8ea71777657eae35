#include "storage/ScopedCacheSize.h"

#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/SqliteStatement.h"

// The page cache a read raises for its duration (the win-back queue's) is put back after it.
using namespace rapport;

namespace {

qint64 cacheSize(sqlite3* handle)
{
    auto size = core::SqliteStatement::integerOf(handle, "PRAGMA cache_size", QStringLiteral("x"));
    REQUIRE_OK(size);
    return *size;
}

} // namespace

TEST_CASE("a scoped page cache is raised for its scope and put back after it", "[storage]")
{
    auto db = core::Database::openInMemory();
    REQUIRE_OK(db);
    sqlite3* handle = (*db)->nativeHandle();
    REQUIRE_OK(core::SqliteStatement::exec(handle, "PRAGMA cache_size = -2000", QStringLiteral("x")));
    {
        const core::ScopedCacheSize larger(handle, 32 * 1024);
        CHECK(cacheSize(handle) == -32 * 1024);
    }
    CHECK(cacheSize(handle) == -2000);

    SECTION("a cache already as large, or one set in pages, is left as it is")
    {
        REQUIRE_OK(core::SqliteStatement::exec(handle, "PRAGMA cache_size = -65536", QStringLiteral("x")));
        {
            const core::ScopedCacheSize larger(handle, 32 * 1024);
            CHECK(cacheSize(handle) == -65536);
        }
        CHECK(cacheSize(handle) == -65536);
        REQUIRE_OK(core::SqliteStatement::exec(handle, "PRAGMA cache_size = 100", QStringLiteral("x")));
        {
            const core::ScopedCacheSize larger(handle, 32 * 1024);
            CHECK(cacheSize(handle) == 100);
        }
        CHECK(cacheSize(handle) == 100);
    }

    SECTION("nothing on a server's connection")
    {
        const core::ScopedCacheSize none(nullptr, 32 * 1024); // no handle: no crash, no change
        CHECK(cacheSize(handle) == -2000);
    }
}
