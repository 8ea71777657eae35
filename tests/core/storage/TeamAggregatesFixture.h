#pragma once

#include "TestSupport.h"
#include "common/Clock.h"
#include "core/metrics/MetricsFixture.h"
#include "domain/Customer.h"
#include "domain/Interaction.h"
#include "domain/Rep.h"
#include "domain/SurveyResponse.h"
#include "services/TeamService.h"
#include "storage/CustomerRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

namespace rapport::test {

// A small team on the test server, figures hand-checked for 2026-Q3 (clock 2026-11-01, a
// 14-day follow-up window):
//   reps r1 "Rita One", r2 "Rob Two", r3 "Ria Three" (role rep), m1 "Mia Manager" (manager);
//   customers: r1 C1 and C4 (new 2026-08-05); r2 C2 and C5 (churned 2026-08-20); r3 C3 and C6
//   (churned 2026-03-01, back 2026-09-15); m1 C7. Base: 5 at the start, 6 at the end, 2 new
//   (C4 and C6's return), 1 churned, 7 active; retention (6 - 2) / 5 = 80 %, churn 1 / 5 = 20 %.
//   CSAT: r1 8 x 5 + 2 x 2 (80 %), r2 5 x 4 + 5 x 1 (50 %), r3 9 x 5 + 3 x 3 (75 %),
//   m1 5 and 1: the team 23 of 34 satisfied. NPS: one 10 (r2).
//   Purchases: C1 125.00 (08-01) and 25.00 (08-10), C2 999.00 (08-02), C3 10.00 (07-15),
//   C4 refund -5.00 (09-01), C7 50.00 (08-15): revenue 1204.00, 5 purchases, 4 paying, 1 repeat.
//   Follow-ups: C1 08-05 answers 08-01; C2 08-30 is 28 days late: 1 of 5 followed (20 %).
//   Complaints: C1 07-20 resolved in 2 h ("delivery"), C2 08-03 in 24 h (" billing "),
//   C3 09-10 open (no category): 3, 1 open, median 13 h, 3 / 7 active = 42.86 per 100.
struct SmallTeam
{
    QString uri = newServerDatabase();
    std::unique_ptr<core::Database> admin = openOrFail(uri);
    core::FixedClock clock{utc("2026-11-01T00:00:00Z")};
    QString repLogin = serverLogin("rita");
    QString managerLogin = serverLogin("mia");
    std::map<QString, qint64> ids; // customers by external id

    SmallTeam()
    {
        rep("r1", "Rita One");
        rep("r2", "Rob Two");
        rep("r3", "Ria Three");
        rep("m1", "Mia Manager", core::RepRole::Manager);
        customer("C1", "r1", "2026-01-10T00:00:00Z");
        customer("C4", "r1", "2026-08-05T00:00:00Z");
        customer("C2", "r2", "2026-01-10T00:00:00Z");
        customer("C5", "r2", "2026-01-10T00:00:00Z", "2026-08-20T00:00:00Z");
        customer("C3", "r3", "2026-01-10T00:00:00Z");
        customer("C6", "r3", "2026-01-10T00:00:00Z", "2026-03-01T00:00:00Z", "2026-09-15T00:00:00Z");
        customer("C7", "m1", "2026-01-10T00:00:00Z");
        csat("C1", 5, 8);
        csat("C1", 2, 2);
        csat("C2", 4, 5);
        csat("C2", 1, 5);
        csat("C3", 5, 9);
        csat("C3", 3, 3);
        csat("C7", 5, 1);
        csat("C7", 1, 1);
        survey("C2", core::SurveyKind::Nps, 10, "2026-08-12T00:00:00Z");
        interaction("C1", core::InteractionKind::Purchase, "2026-08-01T10:00:00Z", 12500);
        interaction("C1", core::InteractionKind::Purchase, "2026-08-10T10:00:00Z", 2500);
        interaction("C2", core::InteractionKind::Purchase, "2026-08-02T10:00:00Z", 99900);
        interaction("C3", core::InteractionKind::Purchase, "2026-07-15T10:00:00Z", 1000);
        interaction("C4", core::InteractionKind::Purchase, "2026-09-01T10:00:00Z", -500);
        interaction("C7", core::InteractionKind::Purchase, "2026-08-15T10:00:00Z", 5000);
        interaction("C1", core::InteractionKind::FollowUp, "2026-08-05T10:00:00Z");
        interaction("C2", core::InteractionKind::FollowUp, "2026-08-30T10:00:00Z");
        interaction("C1", core::InteractionKind::Complaint, "2026-07-20T10:00:00Z", {}, "delivery",
                    "2026-07-20T12:00:00Z");
        interaction("C2", core::InteractionKind::Complaint, "2026-08-03T00:00:00Z", {}, " billing ",
                    "2026-08-04T00:00:00Z");
        interaction("C3", core::InteractionKind::Complaint, "2026-09-10T00:00:00Z");
        core::TeamService team(*admin);
        REQUIRE_OK(team.addUser({repLogin, QStringLiteral("rep"), QStringLiteral("r1"), true}));
        REQUIRE_OK(team.addUser({managerLogin, QStringLiteral("manager"), {}, true}));
    }

    std::unique_ptr<core::Database> asRep() const { return openOrFail(serverUriAs(uri, repLogin)); }
    std::unique_ptr<core::Database> asManager() const { return openOrFail(serverUriAs(uri, managerLogin)); }

private:
    void rep(const char* id, const char* name, core::RepRole role = core::RepRole::Rep)
    {
        REQUIRE_OK(
            core::RepRepository(*admin).insert({QString::fromLatin1(id), QString::fromLatin1(name), role}));
    }

    void customer(const char* externalId, const char* owner, const char* acquired,
                  const char* churned = nullptr, const char* returned = nullptr)
    {
        core::Customer c;
        c.externalId = QString::fromLatin1(externalId);
        c.name = QStringLiteral("Customer ") + c.externalId;
        c.owner = QString::fromLatin1(owner);
        c.acquiredAt = utc(acquired);
        if (churned)
            c.churnedAt = utc(churned);
        if (returned)
            c.returnedAt = utc(returned);
        REQUIRE_OK(core::CustomerRepository(*admin).insert(c));
        ids[c.externalId] = c.id;
    }

    void survey(const char* customer, core::SurveyKind kind, int score, const char* at)
    {
        core::SurveyResponse r;
        r.customerId = ids.at(QString::fromLatin1(customer));
        r.survey = kind;
        r.score = score;
        r.respondedAt = utc(at);
        REQUIRE_OK(core::SurveyRepository(*admin).insert(r));
    }

    // `count` CSAT responses with `score`, a day apart from 2026-08-01 on.
    void csat(const char* customer, int score, int count)
    {
        for (int i = 0; i < count; ++i) {
            const QByteArray at =
                utc("2026-08-01T09:00:00Z").addDays(i).addSecs(score * 60).toString(Qt::ISODate).toLatin1();
            survey(customer, core::SurveyKind::Csat, score, at.constData());
        }
    }

    void interaction(const char* customer, core::InteractionKind kind, const char* at,
                     std::optional<qint64> cents = {}, const char* category = "",
                     const char* resolved = nullptr)
    {
        storeInteraction(*admin, ids.at(QString::fromLatin1(customer)), kind, at, cents, category, resolved);
    }
};

} // namespace rapport::test
