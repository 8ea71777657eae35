#pragma once

#include "TestSupport.h"
#include "common/Clock.h"
#include "domain/Customer.h"
#include "domain/Interaction.h"
#include "domain/Rep.h"
#include "domain/SurveyResponse.h"
#include "metrics/MetricsEngine.h"
#include "storage/CustomerRepository.h"
#include "storage/DrillDownStore.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <map>
#include <optional>

namespace rapport::test {

// Stores one interaction through the repository (so the schema's rules apply) and answers its id.
inline qint64 storeInteraction(core::Database& db, qint64 customerId, core::InteractionKind kind,
                               const char* at, std::optional<qint64> cents = std::nullopt,
                               const char* category = "", const char* resolved = nullptr)
{
    core::Interaction i;
    i.customerId = customerId;
    i.kind = kind;
    i.occurredAt = utc(at);
    i.amountCents = cents;
    i.category = QString::fromLatin1(category);
    if (resolved)
        i.resolvedAt = utc(resolved);
    REQUIRE_OK(core::InteractionRepository(db).insert(i));
    return i.id;
}

// A small hand-built book of business for metric tests: every row is written through the
// repositories, so the fixtures go through the same schema rules as real data.
struct MetricsFixture
{
    std::unique_ptr<core::Database> db = memoryDatabase();
    core::FixedClock clock{utc("2026-11-01T00:00:00Z")};
    core::MetricsEngine engine{*db, clock};
    int next = 0;

    MetricsFixture()
    {
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r1"), QStringLiteral("Rep One"), core::RepRole::Rep}));
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r2"), QStringLiteral("Rep Two"), core::RepRole::Rep}));
    }

    qint64 customer(const char* acquired, const char* churned = nullptr, const char* owner = "r1",
                    const char* segment = "smb")
    {
        core::Customer c;
        c.externalId = QStringLiteral("C-%1").arg(++next);
        c.name = QStringLiteral("Customer %1").arg(next);
        c.owner = QString::fromLatin1(owner);
        c.segment = QString::fromLatin1(segment);
        c.acquiredAt = utc(acquired);
        if (churned)
            c.churnedAt = utc(churned);
        REQUIRE_OK(core::CustomerRepository(*db).insert(c));
        return c.id;
    }

    qint64 interaction(qint64 customerId, core::InteractionKind kind, const char* at,
                       std::optional<qint64> cents = std::nullopt, const char* category = "",
                       const char* resolved = nullptr)
    {
        return storeInteraction(*db, customerId, kind, at, cents, category, resolved);
    }

    qint64 purchase(qint64 customerId, const char* at, qint64 cents)
    {
        return interaction(customerId, core::InteractionKind::Purchase, at, cents);
    }

    void survey(qint64 customerId, core::SurveyKind kind, int score, const char* at)
    {
        core::SurveyResponse r;
        r.customerId = customerId;
        r.survey = kind;
        r.score = score;
        r.respondedAt = utc(at);
        REQUIRE_OK(core::SurveyRepository(*db).insert(r));
    }

    // The customers a drill-down of the whole book lists for `period`, each with its "retained"
    // column; the listed total must be their number.
    std::map<qint64, bool> drillDown(core::DrillDownStore::Records what, const char* period)
    {
        auto p = core::Period::parse(QString::fromLatin1(period));
        REQUIRE_OK(p);
        auto table = core::DrillDownStore(*db).records(what, p->startSeconds(), p->endSeconds(),
                                                       core::Scope::all(), {}, 14 * 86400, 100);
        REQUIRE_OK(table);
        std::map<qint64, bool> retained;
        for (const QVariantList& row : table->rows)
            retained[row.at(0).toLongLong()] = row.at(6).toBool();
        CHECK(table->total == qint64(retained.size()));
        return retained;
    }

    core::MetricsResult compute(const char* period, const core::Scope& scope = core::Scope::all())
    {
        auto p = core::Period::parse(QString::fromLatin1(period));
        REQUIRE_OK(p);
        auto r = engine.compute(*p, scope);
        REQUIRE_OK(r);
        return std::move(r).value();
    }
};

// A period's customer base as the tests of returns and churns write it down by hand.
struct BaseFigures
{
    qint64 start, end, fresh, churned, active;
};

inline void checkBase(const core::MetricsResult& m, BaseFigures want)
{
    CHECK(m.customersStart == want.start);
    CHECK(m.customersEnd == want.end);
    CHECK(m.customersNew == want.fresh);
    CHECK(m.customersChurned == want.churned);
    CHECK(m.customersActive == want.active);
    // Every return is new and every churn is churned, so the books balance.
    CHECK(m.customersEnd == m.customersStart + m.customersNew - m.customersChurned);
}

} // namespace rapport::test
