#include "app/dashboard/DashboardFixture.h"

#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <QLocale>

namespace rapport::test {
namespace {

qint64 customer(core::Database& db, const char* ext, const char* name, const char* owner, const char* segment,
                const char* acquired, const char* churned = nullptr)
{
    core::Customer c;
    c.externalId = QString::fromLatin1(ext);
    c.name = QString::fromLatin1(name);
    c.owner = QString::fromLatin1(owner);
    c.segment = QString::fromLatin1(segment);
    c.acquiredAt = utc(acquired);
    if (churned)
        c.churnedAt = utc(churned);
    REQUIRE_OK(core::CustomerRepository(db).insert(c));
    return c.id;
}

void survey(core::Database& db, qint64 customer, core::SurveyKind kind, int score, const char* at)
{
    core::SurveyResponse r;
    r.customerId = customer;
    r.survey = kind;
    r.score = score;
    r.respondedAt = utc(at);
    REQUIRE_OK(core::SurveyRepository(db).insert(r));
}

void interaction(core::Database& db, qint64 customer, core::InteractionKind kind, const char* at,
                 const QString& category = {})
{
    core::Interaction i;
    i.customerId = customer;
    i.kind = kind;
    i.occurredAt = utc(at);
    i.category = category;
    REQUIRE_OK(core::InteractionRepository(db).insert(i));
}

} // namespace

DashboardFixture::DashboardFixture()
{
    // Numbers in the tests are checked in this locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::CreateIfMissing));
    core::Database& db = session.database();
    REQUIRE_OK(
        core::RepRepository(db).insert({QStringLiteral("r1"), QStringLiteral("Ann"), core::RepRole::Rep}));
    REQUIRE_OK(
        core::RepRepository(db).insert({QStringLiteral("r2"), QStringLiteral("Bob"), core::RepRole::Rep}));
    c1 = customer(db, "C1", "Alpha", "r1", "retail", "2026-01-10T00:00:00Z");
    c2 = customer(db, "C2", "Beta", "r1", "retail", "2026-01-10T00:00:00Z", "2026-08-15T00:00:00Z");
    c3 = customer(db, "C3", "Gamma", "r2", "wholesale", "2026-01-10T00:00:00Z");
    c4 = customer(db, "C4", "Delta", "r2", "wholesale", "2026-07-05T00:00:00Z");

    // July: CSAT 5 and 4 (100 %), one purchase of 80.00.
    survey(db, c1, core::SurveyKind::Csat, 5, "2026-07-20T10:00:00Z");
    survey(db, c3, core::SurveyKind::Csat, 4, "2026-07-21T10:00:00Z");
    purchase(c1, "2026-07-15T10:00:00Z", 8000);

    // August: CSAT 5, 4, 2, 3 (50 %); NPS 10 and 6 (0); CES 6 and 4 (5.00).
    survey(db, c1, core::SurveyKind::Csat, 5, "2026-08-02T10:00:00Z");
    survey(db, c2, core::SurveyKind::Csat, 4, "2026-08-03T10:00:00Z");
    survey(db, c3, core::SurveyKind::Csat, 2, "2026-08-04T10:00:00Z");
    survey(db, c4, core::SurveyKind::Csat, 3, "2026-08-05T10:00:00Z");
    survey(db, c1, core::SurveyKind::Nps, 10, "2026-08-06T10:00:00Z");
    survey(db, c3, core::SurveyKind::Nps, 6, "2026-08-07T10:00:00Z");
    survey(db, c1, core::SurveyKind::Ces, 6, "2026-08-08T10:00:00Z");
    survey(db, c3, core::SurveyKind::Ces, 4, "2026-08-09T10:00:00Z");
    // Purchases 100.00 (followed up 2 days later) and 50.00 (not followed up), a refund
    // of 20.00: revenue 130.00, follow-up rate 50 %.
    purchase(c1, "2026-08-03T10:00:00Z", 10000);
    interaction(db, c1, core::InteractionKind::FollowUp, "2026-08-05T10:00:00Z");
    purchase(c3, "2026-08-10T10:00:00Z", 5000);
    purchase(c1, "2026-08-20T10:00:00Z", -2000);
    // Two complaints on four active customers: 50 per 100 customers.
    interaction(db, c3, core::InteractionKind::Complaint, "2026-08-12T10:00:00Z", QStringLiteral("billing"));
    interaction(db, c4, core::InteractionKind::Complaint, "2026-08-20T10:00:00Z");
}

void DashboardFixture::purchase(qint64 customer, const char* at, qint64 cents, const QString& rep)
{
    core::Interaction i;
    i.customerId = customer;
    i.kind = core::InteractionKind::Purchase;
    i.occurredAt = utc(at);
    i.amountCents = cents;
    i.repId = rep;
    REQUIRE_OK(core::InteractionRepository(session.database()).insert(i));
}

} // namespace rapport::test
