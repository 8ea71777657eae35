#pragma once
// A small synthetic CRM for findings and report tests: two quarters (2026-Q2 and 2026-Q3)
// drawn from one seeded random process, with optional planted changes in Q3.

#include "TestSupport.h"
#include "storage/CustomerRepository.h"
#include "storage/Database.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <array>
#include <random>

namespace rapport::test {

struct FindingsWorld
{
    struct Plan
    {
        quint64 seed = 1;
        bool deliveryTriples = false;   // Q3: 'delivery' complaints three times as likely
        bool lowCsatRep = false;        // Q3: rep "r2"'s customers satisfied 45% instead of 80%
        bool happierButLeaving = false; // Q3: segment "gamma" satisfied 99%, yet 20% churn
    };

    std::unique_ptr<core::Database> db = memoryDatabase();
    std::mt19937_64 random;
    int customers = 0;

    // A uniform number in [0, 1) from the engine's bits (the same on every platform).
    double unit() { return static_cast<double>(random() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(random() % static_cast<quint64>(hi - lo));
    }

    static constexpr std::array<const char*, 3> kSegments{"alpha", "beta", "gamma"};
    static constexpr std::array<const char*, 6> kReps{"r1", "r2", "r3", "r4", "r5", "r6"};

    explicit FindingsWorld(const Plan& plan) : random(plan.seed)
    {
        core::RepRepository reps(*db);
        for (const char* id : kReps)
            REQUIRE_OK(
                reps.insert({QString::fromLatin1(id), QStringLiteral("Rep %1").arg(QString::fromLatin1(id)),
                             core::RepRole::Rep}));
        // A rep with a handful of customers, all unhappy: too few answers to judge.
        REQUIRE_OK(reps.insert({QStringLiteral("tiny"), QStringLiteral("Tiny Rep"), core::RepRole::Rep}));

        core::WriteTransaction tx(*db);
        REQUIRE_OK(tx.begun());
        const QDateTime q2 = utc("2026-04-01T00:00:00Z");
        const QDateTime q3 = utc("2026-07-01T00:00:00Z");
        const QDateTime q4 = utc("2026-10-01T00:00:00Z");
        for (int i = 0; i < 720; ++i) {
            const char* owner = kReps[static_cast<std::size_t>(i) % kReps.size()];
            const char* segment = kSegments[static_cast<std::size_t>(i / 6) % kSegments.size()];
            // 600 customers from the start of 2025, 60 new in each quarter.
            const QDateTime acquired =
                i < 600 ? utc("2025-01-01T00:00:00Z") : (i < 660 ? at(q2, q3) : at(q3, q4));
            simulateCustomer(plan, owner, segment, acquired, q2, q3, q4);
        }
        for (int i = 0; i < 5; ++i) {
            const qint64 c = customer("tiny", "alpha", utc("2025-01-01T00:00:00Z"), {});
            for (const QDateTime& from : {q2, q3})
                csat(c, 1, at(from, from.addMonths(3)), {});
        }
        REQUIRE_OK(tx.commit());
    }

    QDateTime at(const QDateTime& from, const QDateTime& to)
    {
        return QDateTime::fromSecsSinceEpoch(between(from.toSecsSinceEpoch(), to.toSecsSinceEpoch()),
                                             Qt::UTC);
    }

    void simulateCustomer(const Plan& plan, const char* owner, const char* segment, const QDateTime& acquired,
                          const QDateTime& q2, const QDateTime& q3, const QDateTime& q4)
    {
        const bool gamma = QLatin1String(segment) == QLatin1String("gamma");
        // Churn: 3% a quarter (planted: 15% in gamma in Q3), decided before inserting.
        QDateTime churned;
        for (const auto& [from, to] : {std::pair{q2, q3}, std::pair{q3, q4}}) {
            if (churned.isValid() || acquired >= to)
                continue;
            const double hazard = plan.happierButLeaving && gamma && from == q3 ? 0.20 : 0.03;
            if (chance(hazard))
                churned = at(std::max(from, acquired), to);
        }
        const qint64 c = customer(owner, segment, acquired, churned);
        for (const auto& [from, to] : {std::pair{q2, q3}, std::pair{q3, q4}}) {
            const QDateTime start = std::max(from, acquired);
            const QDateTime end = churned.isValid() && churned < to ? churned : to;
            if (start >= end)
                continue;
            const bool late = from == q3;
            // Complaints: billing, delivery and product-quality, each 4% a quarter.
            static constexpr std::array<const char*, 3> categories{"billing", "delivery", "product-quality"};
            static constexpr std::array<std::array<const char*, 2>, 3> notes{{
                {"Invoice total looked wrong.", "Charged for a cancelled licence."},
                {"Parcel arrived late.", "Courier lost the parcel."},
                {"Screen flickers after update.", "Device stopped charging."},
            }};
            for (std::size_t k = 0; k < categories.size(); ++k) {
                const double p = (k == 1 && late && plan.deliveryTriples) ? 0.12 : 0.04;
                if (chance(p))
                    complaint(c, owner, categories[k], notes[k][random() % 2], at(start, end));
            }
            // One CSAT answer per quarter from 80% of customers.
            if (chance(0.8)) {
                double satisfied = 0.8;
                if (late && plan.lowCsatRep && QLatin1String(owner) == QLatin1String("r2"))
                    satisfied = 0.45;
                if (late && plan.happierButLeaving && gamma)
                    satisfied = 0.99;
                static constexpr std::array<const char*, 4> comments{
                    "Good service overall.", "Friendly people.", "Could be quicker.", "Prices went up."};
                const int score = chance(satisfied) ? 4 + static_cast<int>(random() % 2)
                                                    : 2 + static_cast<int>(random() % 2);
                csat(c, score, at(start, end),
                     chance(0.3) ? QString::fromLatin1(comments[random() % 4]) : QString());
            }
            // Purchases: half the customers buy once a quarter; 70% get a follow-up two days later.
            if (chance(0.5)) {
                const QDateTime bought = at(start, end);
                interaction(c, owner, core::InteractionKind::Purchase, bought);
                if (chance(0.7))
                    interaction(c, owner, core::InteractionKind::FollowUp, bought.addDays(2));
            }
        }
    }

    qint64 customer(const char* owner, const char* segment, const QDateTime& acquired,
                    const QDateTime& churned)
    {
        core::Customer c;
        c.externalId = QStringLiteral("C-%1").arg(++customers);
        c.name = QStringLiteral("Customer %1").arg(customers);
        c.owner = QString::fromLatin1(owner);
        c.segment = QString::fromLatin1(segment);
        c.acquiredAt = acquired;
        c.churnedAt = churned;
        REQUIRE_OK(core::CustomerRepository(*db).insert(c));
        return c.id;
    }

    void interaction(qint64 customerId, const char* rep, core::InteractionKind kind, const QDateTime& when)
    {
        core::Interaction i;
        i.customerId = customerId;
        i.repId = QString::fromLatin1(rep);
        i.kind = kind;
        i.occurredAt = when;
        if (kind == core::InteractionKind::Purchase)
            i.amountCents = 25000;
        REQUIRE_OK(core::InteractionRepository(*db).insert(i));
    }

    void complaint(qint64 customerId, const char* rep, const char* category, const char* note,
                   const QDateTime& when)
    {
        core::Interaction i;
        i.customerId = customerId;
        i.repId = QString::fromLatin1(rep);
        i.kind = core::InteractionKind::Complaint;
        i.occurredAt = when;
        i.category = QString::fromLatin1(category);
        i.notes = QString::fromLatin1(note);
        i.resolvedAt = when.addDays(1);
        REQUIRE_OK(core::InteractionRepository(*db).insert(i));
    }

    void csat(qint64 customerId, int score, const QDateTime& when, const QString& comment)
    {
        core::SurveyResponse r;
        r.customerId = customerId;
        r.survey = core::SurveyKind::Csat;
        r.score = score;
        r.respondedAt = when;
        r.comment = comment;
        REQUIRE_OK(core::SurveyRepository(*db).insert(r));
    }
};

} // namespace rapport::test
