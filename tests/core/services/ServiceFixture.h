#pragma once
// A small book in a real SQLite file for the service tests: two reps, and helpers that store
// records through the services the screens use.

#include "TestSupport.h"
#include "services/CustomerService.h"
#include "services/InteractionService.h"
#include "services/SurveyService.h"
#include "storage/RepRepository.h"

#include <QSqlQuery>
#include <optional>

namespace rapport::test {

struct ServiceFixture
{
    TempDatabase temp;
    std::unique_ptr<core::Database> db = temp.open();

    ServiceFixture()
    {
        core::RepRepository reps(*db);
        REQUIRE_OK(reps.insert({QStringLiteral("r1"), QStringLiteral("Ada Archer"), core::RepRole::Rep}));
        REQUIRE_OK(reps.insert({QStringLiteral("r2"), QStringLiteral("Ben Brook"), core::RepRole::Manager}));
    }

    core::Customer addCustomer(const char* ref, const char* name, const char* company = "",
                               const char* segment = "", const char* owner = "",
                               const char* acquired = "2025-01-01T00:00:00Z", const char* churned = nullptr,
                               const char* email = "")
    {
        core::Customer c;
        c.externalId = QString::fromUtf8(ref);
        c.name = QString::fromUtf8(name);
        c.company = QString::fromUtf8(company);
        c.segment = QString::fromUtf8(segment);
        c.owner = QString::fromUtf8(owner);
        c.email = QString::fromUtf8(email);
        c.acquiredAt = utc(acquired);
        if (churned)
            c.churnedAt = utc(churned);
        REQUIRE_OK(core::CustomerService(*db).insert(c));
        return c;
    }

    core::Interaction addInteraction(qint64 customerId, const char* rep, core::InteractionKind kind,
                                     const char* at, std::optional<qint64> amountCents = std::nullopt,
                                     const char* notes = "")
    {
        core::Interaction i;
        i.customerId = customerId;
        i.repId = QString::fromUtf8(rep);
        i.kind = kind;
        i.occurredAt = utc(at);
        i.amountCents = amountCents;
        i.notes = QString::fromUtf8(notes);
        std::optional<core::FollowUpTask> none;
        REQUIRE_OK(core::InteractionService(*db).log(i, none));
        return i;
    }

    core::SurveyResponse addSurvey(qint64 customerId, core::SurveyKind kind, int score, const char* at,
                                   const char* category = "")
    {
        core::SurveyResponse s;
        s.customerId = customerId;
        s.survey = kind;
        s.score = score;
        s.respondedAt = utc(at);
        s.category = QString::fromUtf8(category);
        REQUIRE_OK(core::SurveyService(*db).insert(s));
        return s;
    }

    qint64 count(const char* table) const
    {
        QSqlQuery q(db->connection());
        REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table))));
        REQUIRE(q.next());
        return q.value(0).toLongLong();
    }
};

} // namespace rapport::test
