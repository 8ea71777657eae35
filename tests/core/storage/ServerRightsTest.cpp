#include "TestSupport.h"
#include "common/Clock.h"
#include "domain/Customer.h"
#include "domain/Interaction.h"
#include "domain/Rep.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"
#include "services/TeamService.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"

#include <QJsonDocument>
#include <QJsonObject>

// What each login of a team server sees and may write, enforced by the server: through
// Rapport and through plain SQL (libpq, as psql would), the same rows (team.md).
namespace {

using namespace rapport;

core::Customer customer(const char* externalId, const char* owner)
{
    core::Customer c;
    c.externalId = QString::fromLatin1(externalId);
    c.name = QStringLiteral("Customer ") + c.externalId;
    c.owner = QString::fromLatin1(owner);
    c.acquiredAt = test::utc("2026-01-10T00:00:00Z");
    return c;
}

qint64 purchase(core::Database& db, qint64 customerId, const char* at, qint64 cents)
{
    core::Interaction i;
    i.customerId = customerId;
    i.kind = core::InteractionKind::Purchase;
    i.occurredAt = test::utc(at);
    i.amountCents = cents;
    REQUIRE_OK(core::InteractionRepository(db).insert(i));
    return i.id;
}

QByteArray metricsJson(core::Database& db, const core::Scope& scope)
{
    core::FixedClock clock(test::utc("2026-11-01T00:00:00Z"));
    core::MetricsEngine engine(db, clock);
    auto period = core::Period::parse(QStringLiteral("2026-Q3"));
    REQUIRE_OK(period);
    auto result = engine.compute(*period, scope);
    REQUIRE_OK(result);
    // The figures, without the scope's label ("all" for the rep, "rep r1" for the manager).
    QJsonObject json = core::MetricsJson::result(*result);
    json.remove(QStringLiteral("scope"));
    return QJsonDocument(json).toJson();
}

} // namespace

TEST_CASE("A rep login sees and writes only the rep's customers, through Rapport and through SQL",
          "[.][server]")
{
    const QString uri = test::newServerDatabase();
    auto admin = test::openOrFail(uri);
    for (const char* rep : {"r1", "r2"})
        REQUIRE_OK(core::RepRepository(*admin).insert(
            {QString::fromLatin1(rep), QStringLiteral("Rep"), core::RepRole::Rep}));
    core::Customer own = customer("C-1", "r1");
    core::Customer other = customer("C-2", "r2");
    REQUIRE_OK(core::CustomerRepository(*admin).insert(own));
    REQUIRE_OK(core::CustomerRepository(*admin).insert(other));
    purchase(*admin, own.id, "2026-08-01T10:00:00Z", 12500);
    purchase(*admin, other.id, "2026-08-02T10:00:00Z", 99900);
    purchase(*admin, other.id, "2026-08-03T10:00:00Z", 100);

    const QString rep = test::serverLogin("alice");
    const QString manager = test::serverLogin("mona");
    core::TeamService team(*admin);
    REQUIRE_OK(team.addUser({rep, QStringLiteral("rep"), QStringLiteral("r1"), true}));
    REQUIRE_OK(team.addUser({manager, QStringLiteral("manager"), {}, true}));
    auto users = team.users();
    REQUIRE_OK(users);
    REQUIRE(users->size() == 2);

    SECTION("through Rapport")
    {
        auto asRep = test::openOrFail(test::serverUriAs(uri, rep));
        const core::CustomerRepository customers(*asRep);
        auto count = customers.count();
        REQUIRE_OK(count);
        CHECK(*count == 1);
        auto mine = customers.findByExternalId(QStringLiteral("C-1"));
        REQUIRE_OK(mine);
        CHECK(mine->has_value());
        auto theirs = customers.findByExternalId(QStringLiteral("C-2"));
        REQUIRE_OK(theirs);
        CHECK_FALSE(theirs->has_value());

        // Writing another rep's customer is refused by the server, and nothing is written.
        core::Customer intruder = customer("C-3", "r2");
        auto refused = core::CustomerRepository(*asRep).insert(intruder);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.error().message.contains(QStringLiteral("refused")));
        CHECK(test::serverScalar(uri, "SELECT count(*) FROM customers") == QStringLiteral("2"));

        // The rep's figures without a scope are the manager's figures for that rep.
        auto asManager = test::openOrFail(test::serverUriAs(uri, manager));
        const core::Scope r1{core::Scope::Kind::Rep, QStringLiteral("r1")};
        CHECK(metricsJson(*asRep, core::Scope{}) == metricsJson(*asManager, r1));
        CHECK(metricsJson(*asManager, core::Scope{}) == metricsJson(*admin, core::Scope{}));
        CHECK(metricsJson(*asManager, core::Scope{}) != metricsJson(*asRep, core::Scope{}));

        // A rep does not manage logins.
        core::TeamService repTeam(*asRep);
        CHECK_FALSE(repTeam.addUser({test::serverLogin("eve"), QStringLiteral("manager"), {}, true}).ok());
    }
    SECTION("through plain SQL, as psql would")
    {
        CHECK(test::serverScalar(test::serverUriAs(uri, rep), "SELECT count(*) FROM customers") ==
              QStringLiteral("1"));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep), "SELECT count(*) FROM interactions") ==
              QStringLiteral("1"));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep), "SELECT sum(amount_cents) FROM interactions") ==
              QStringLiteral("12500"));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep), "SELECT count(*) FROM reps") ==
              QStringLiteral("1"));
        // Another rep's rows cannot be changed or removed: they are not there for this login.
        CHECK(test::serverScalar(test::serverUriAs(uri, rep),
                                 "UPDATE customers SET name = 'x' WHERE external_id = 'C-2'") ==
              QStringLiteral("0"));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep),
                                 "DELETE FROM interactions WHERE amount_cents = 100") == QStringLiteral("0"));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep),
                                 "UPDATE customers SET owner = 'r2' WHERE external_id = 'C-1'")
                  .startsWith(QStringLiteral("error: ")));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep),
                                 "INSERT INTO team_members VALUES ('x', 'admin', NULL)")
                  .startsWith(QStringLiteral("error: ")));
        CHECK(test::serverScalar(test::serverUriAs(uri, manager), "SELECT count(*) FROM interactions") ==
              QStringLiteral("3"));
        CHECK(test::serverScalar(test::serverUriAs(uri, manager), "UPDATE customers SET segment = 'smb'") ==
              QStringLiteral("2"));
        CHECK(test::serverScalar(uri, "SELECT sum(amount_cents) FROM interactions") ==
              QStringLiteral("112500"));
    }
    SECTION("a removed login can no longer connect")
    {
        REQUIRE_OK(team.removeUser(rep));
        CHECK(test::serverScalar(test::serverUriAs(uri, rep), "SELECT 1")
                  .startsWith(QStringLiteral("error: ")));
        CHECK_FALSE(team.removeUser(rep).ok());
    }
}
