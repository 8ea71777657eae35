// A team server connection probes a silent peer (issue 16): TCP keepalives and a user timeout
// are added to the address unless it sets them itself, so a vanished server is noticed within
// about a minute, not after TCP's two hours.
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/ServerAddress.h"

#include <libpq-fe.h>
#include <map>
#include <memory>

using namespace rapport;

TEST_CASE("the server address adds keepalive settings and keeps the ones it was given",
          "[storage][server-address]")
{
    const QStringList plain = core::ServerAddress::withKeepalives({QStringLiteral("sslmode='require'")});
    CHECK(plain == QStringList{QStringLiteral("sslmode='require'"), QStringLiteral("keepalives=1"),
                               QStringLiteral("keepalives_idle=30"), QStringLiteral("keepalives_interval=10"),
                               QStringLiteral("keepalives_count=3"),
                               QStringLiteral("tcp_user_timeout=60000")});
    const QStringList own = core::ServerAddress::withKeepalives(
        {QStringLiteral("keepalives_idle='5'"), QStringLiteral("keepalives=0")});
    CHECK(own.count(QStringLiteral("keepalives_idle='5'")) == 1);
    CHECK(own.count(QStringLiteral("keepalives=0")) == 1);
    CHECK_FALSE(own.contains(QStringLiteral("keepalives_idle=30")));
    CHECK_FALSE(own.contains(QStringLiteral("keepalives=1")));
    CHECK(own.contains(QStringLiteral("keepalives_count=3")));
}

TEST_CASE("a connection to the team server runs with the keepalive settings", "[.][server]")
{
    const QString uri = test::newServerDatabase();
    const auto connectionSettings = [](const core::Database& db) {
        std::map<std::string, std::string> settings;
        PQconninfoOption* info = PQconninfo(db.serverHandle());
        REQUIRE(info);
        for (const PQconninfoOption* o = info; o->keyword; ++o)
            settings[o->keyword] = o->val ? o->val : "";
        PQconninfoFree(info);
        return settings;
    };
    auto db = test::openOrFail(uri);
    auto settings = connectionSettings(*db);
    CHECK(settings["keepalives"] == "1");
    CHECK(settings["keepalives_idle"] == "30");
    CHECK(settings["keepalives_interval"] == "10");
    CHECK(settings["keepalives_count"] == "3");
    CHECK(settings["tcp_user_timeout"] == "60000");

    // A worker's connection too; and an address that says otherwise wins.
    auto worker = db->openAnotherConnection();
    REQUIRE_OK(worker);
    CHECK(connectionSettings(**worker)["keepalives_idle"] == "30");
    auto own =
        test::openOrFail(uri + (uri.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?")) +
                         QStringLiteral("keepalives_idle=7"));
    CHECK(connectionSettings(*own)["keepalives_idle"] == "7");
}
