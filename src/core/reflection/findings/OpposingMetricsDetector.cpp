#include "reflection/findings/OpposingMetricsDetector.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"
#include "reflection/findings/ProductComplaintDetector.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <vector>

namespace rapport::core::findings {

namespace {

// One satisfaction or loyalty figure in two periods with the z of its change.
struct Movement
{
    QString key;
    QString label;
    bool higherIsBetter = true;
    int decimals = 1;
    std::optional<double> current;
    std::optional<double> previous;
    double z = 0;
    bool tested = false; // enough data on both sides
};

Movement movement(Metric metric, std::optional<double> current, std::optional<double> previous)
{
    const MetricDescription& d = MetricCatalogue::of(metric);
    return {QString::fromLatin1(d.contractKey),
            d.translatedPhrase(),
            d.higherIsBetter(),
            d.reportDecimals,
            current,
            previous};
}

} // namespace

Status OpposingMetricsDetector::detect(FindingContext& c)
{
    FindingsStore store(c.db);
    std::vector<Scope> scopes{c.scope};
    if (c.scope.kind == Scope::Kind::All && c.subScopes) {
        auto segments = store.segments(c.scope);
        if (!segments)
            return segments.error();
        for (const QString& s : *segments)
            scopes.push_back(Scope::segment(s));
        for (const auto& [id, name] : c.repNames)
            scopes.push_back(Scope::rep(id));
    }

    struct ScopeMovements
    {
        Scope scope;
        MetricsComparison comparison;
        std::vector<Movement> satisfaction;
        std::vector<Movement> loyalty;
        qint64 answersNow = 0; // CSAT and NPS answers
        qint64 answersBefore = 0;
    };
    std::vector<ScopeMovements> all;
    int tests = 0;
    for (const Scope& scope : scopes) {
        ScopeMovements m;
        m.scope = scope;
        if (scope == c.scope) {
            m.comparison = c.comparison;
        } else {
            auto comparison = c.engine.compare(c.period, scope);
            if (!comparison)
                return comparison.error();
            m.comparison = std::move(*comparison);
        }
        auto now = store.surveyCounts(c.period.startSeconds(), c.period.endSeconds(), scope);
        auto before = store.surveyCounts(c.previous.startSeconds(), c.previous.endSeconds(), scope);
        if (!now)
            return now.error();
        if (!before)
            return before.error();
        const MetricsResult& r1 = m.comparison.current;
        const MetricsResult& r2 = m.comparison.previous;

        Movement csat = movement(Metric::Csat, r1.csat, r2.csat);
        if (now->csatTotal >= minimumSample(Metric::Csat) &&
            before->csatTotal >= minimumSample(Metric::Csat)) {
            csat.tested = true;
            csat.z = FindingStatistics::twoProportionZ(now->csatSatisfied, now->csatTotal,
                                                       before->csatSatisfied, before->csatTotal);
        }
        Movement nps = movement(Metric::Nps, r1.nps, r2.nps);
        if (now->npsTotal >= minimumSample(Metric::Nps) && before->npsTotal >= minimumSample(Metric::Nps)) {
            nps.tested = true;
            nps.z =
                FindingStatistics::npsChangeZ(now->npsPromoters, now->npsDetractors, now->npsTotal,
                                              before->npsPromoters, before->npsDetractors, before->npsTotal);
        }
        Movement retention = movement(Metric::RetentionRate, r1.retentionRate, r2.retentionRate);
        Movement churn = movement(Metric::ChurnRate, r1.churnRate, r2.churnRate);
        const qint64 minimumBase = minimumSample(Metric::RetentionRate);
        if (r1.customersStart >= minimumBase && r2.customersStart >= minimumBase) {
            retention.tested = true;
            retention.z =
                FindingStatistics::twoProportionZ(r1.customersEnd - r1.customersNew, r1.customersStart,
                                                  r2.customersEnd - r2.customersNew, r2.customersStart);
            // churn_rate's numerator, recovered exactly from the rate (an integer count over S).
            auto churned = [](const MetricsResult& r) {
                return std::llround(r.churnRate.value_or(0) * static_cast<double>(r.customersStart) / 100.0);
            };
            churn.tested = true;
            churn.z = FindingStatistics::twoProportionZ(churned(r1), r1.customersStart, churned(r2),
                                                        r2.customersStart);
        }
        auto tally = [&](const Movement& mv, Tally t) {
            if (mv.tested)
                c.tallies[tallyKey(FindingKind::OpposingMetrics, scope, mv.key)] = t;
        };
        tally(csat, {now->csatSatisfied, 0, now->csatTotal, before->csatSatisfied, 0, before->csatTotal});
        tally(nps, {now->npsPromoters, now->npsDetractors, now->npsTotal, before->npsPromoters,
                    before->npsDetractors, before->npsTotal});
        tally(retention, {r1.customersEnd - r1.customersNew, 0, r1.customersStart,
                          r2.customersEnd - r2.customersNew, 0, r2.customersStart});
        if (churn.tested) {
            auto churnedOf = [](const MetricsResult& r) {
                return std::llround(r.churnRate.value_or(0) * static_cast<double>(r.customersStart) / 100.0);
            };
            tally(churn, {churnedOf(r1), 0, r1.customersStart, churnedOf(r2), 0, r2.customersStart});
        }
        m.answersNow = now->csatTotal + now->npsTotal;
        m.answersBefore = before->csatTotal + before->npsTotal;
        m.satisfaction = {csat, nps};
        m.loyalty = {retention, churn};
        for (const auto* list : {&m.satisfaction, &m.loyalty})
            for (const Movement& mv : *list)
                tests += mv.tested ? 1 : 0;
        all.push_back(std::move(m));
    }
    const double critical = FindingStatistics::criticalZ(tests);
    const double personBar = FindingStatistics::criticalZFor(tests, true); // a rep's customers
    // A movement's direction in "better" terms: +1 better, -1 worse, 0 not significant.
    auto judged = [](const Movement& m, double bar) {
        if (!m.tested || std::abs(m.z) < bar)
            return 0;
        const bool up = m.z > 0;
        return up == m.higherIsBetter ? 1 : -1;
    };

    for (const ScopeMovements& m : all) {
        const double bar = m.scope.kind == Scope::Kind::Rep ? personBar : critical;
        std::vector<const Movement*> better;
        std::vector<const Movement*> worse;
        for (const Movement& mv : m.satisfaction) {
            const int j = judged(mv, bar);
            if (j > 0)
                better.push_back(&mv);
            else if (j < 0)
                worse.push_back(&mv);
        }
        std::vector<const Movement*> loyaltyBetter;
        std::vector<const Movement*> loyaltyWorse;
        for (const Movement& mv : m.loyalty) {
            const int j = judged(mv, bar);
            if (j > 0)
                loyaltyBetter.push_back(&mv);
            else if (j < 0)
                loyaltyWorse.push_back(&mv);
        }
        // Satisfaction up while loyalty falls (the worrying case), or the reverse.
        const bool satisfiedButLeaving = !better.empty() && !loyaltyWorse.empty();
        const bool unhappyButStaying = !worse.empty() && !loyaltyBetter.empty();
        if (!satisfiedButLeaving && !unhappyButStaying)
            continue;
        const auto& up = satisfiedButLeaving ? better : loyaltyBetter;
        const auto& down = satisfiedButLeaving ? loyaltyWorse : worse;

        Finding f;
        f.kind = FindingKind::OpposingMetrics;
        f.scope = m.scope;
        double minZ = std::numeric_limits<double>::infinity();
        QStringList upNames;
        QStringList downNames;
        auto describe = [&](const Movement* mv) {
            f.numbers.push_back({QStringLiteral("%1 %2").arg(mv->label, c.period.label()),
                                 mv->current.value_or(0), mv->decimals});
            f.numbers.push_back({QStringLiteral("%1 %2").arg(mv->label, c.previous.label()),
                                 mv->previous.value_or(0), mv->decimals});
            f.numbers.push_back(
                {QCoreApplication::translate("OpposingMetricsDetector", "z of the %1 change").arg(mv->label),
                 mv->z, 2});
            minZ = std::min(minZ, std::abs(mv->z));
            return QCoreApplication::translate("OpposingMetricsDetector", "%1 went from %2 to %3")
                .arg(mv->label, fmt(mv->previous.value_or(0)), fmt(mv->current.value_or(0)));
        };
        for (const Movement* mv : up)
            upNames << describe(mv);
        for (const Movement* mv : down)
            downNames << describe(mv);
        QStringList subjects;
        for (const Movement* mv : up)
            subjects << mv->key;
        for (const Movement* mv : down)
            subjects << mv->key;
        f.subject = subjects.join(QLatin1Char('/'));
        f.statistic = minZ;
        const QString where = c.scopeWords(m.scope);
        if (satisfiedButLeaving) {
            f.severity =
                minZ >= FindingStatistics::kStrongZ ? FindingSeverity::Critical : FindingSeverity::Warning;
            f.title = QCoreApplication::translate("OpposingMetricsDetector",
                                                  "Happier but leaving: satisfaction up, loyalty down in %1")
                          .arg(where);
            f.explanation =
                QCoreApplication::translate(
                    "OpposingMetricsDetector",
                    "In %1, %2, yet %3 (%4 against %5). Customers say they are more satisfied "
                    "while more of them leave: satisfaction surveys may not reach the "
                    "customers who go, or something other than service drives them away "
                    "(price, competition, product fit).")
                    .arg(where, upNames.join(QCoreApplication::translate("OpposingMetricsDetector", " and ")),
                         downNames.join(QCoreApplication::translate("OpposingMetricsDetector", " and ")),
                         c.period.label(), c.previous.label());
            auto product = ProductComplaintDetector::carryingProduct(c, m.scope);
            if (!product)
                return product.error();
            if (!product->isEmpty())
                f.explanation += QLatin1Char(' ') + *product;
        } else {
            f.severity = FindingSeverity::Warning;
            f.title =
                QCoreApplication::translate("OpposingMetricsDetector",
                                            "Less satisfied but staying: satisfaction down, loyalty up in %1")
                    .arg(where);
            f.explanation =
                QCoreApplication::translate(
                    "OpposingMetricsDetector",
                    "In %1, %2, while %3 (%4 against %5). Customers stay for now even though "
                    "they rate the service lower; that goodwill may not last.")
                    .arg(where,
                         downNames.join(QCoreApplication::translate("OpposingMetricsDetector", " and ")),
                         upNames.join(QCoreApplication::translate("OpposingMetricsDetector", " and ")),
                         c.period.label(), c.previous.label());
        }
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Changes, minZ, bar);
        f.explanation +=
            QLatin1Char(' ') +
            QCoreApplication::translate("OpposingMetricsDetector",
                                        "It rests on %1 survey answers and %2 customers at the start of "
                                        "%3, against %4 and %5 in %6.")
                .arg(FindingWords::count(m.answersNow),
                     FindingWords::count(m.comparison.current.customersStart), c.period.label(),
                     FindingWords::count(m.answersBefore),
                     FindingWords::count(m.comparison.previous.customersStart), c.previous.label());
        if (m.scope.kind == Scope::Kind::Rep)
            f.explanation += QLatin1Char(' ') +
                             QCoreApplication::translate("OpposingMetricsDetector",
                                                         "Because it names a person's customers, each change "
                                                         "had to pass this stricter bar.");

        // Evidence: complaint categories that grew in this scope.
        const MetricsResult& r1 = m.comparison.current;
        const MetricsResult& r2 = m.comparison.previous;
        for (const auto& [name, count] : r1.complaintsByCategory) {
            const auto it = r2.complaintsByCategory.find(name);
            const qint64 before = it == r2.complaintsByCategory.end() ? 0 : it->second;
            const double z = FindingStatistics::poissonRateZ(count, static_cast<double>(r1.customersActive),
                                                             before, static_cast<double>(r2.customersActive));
            if (count + before >= minimumSample(Metric::ComplaintsByCategory) &&
                z >= FindingStatistics::kMinZ)
                f.evidence << QCoreApplication::translate("OpposingMetricsDetector",
                                                          "'%1' complaints rose from %2 to %3 (z = %4).")
                                  .arg(name, QString::number(before), QString::number(count), fmt(z, 1));
        }
        // Evidence: for all customers, the segment or rep whose loyalty moved most the same way.
        if (m.scope == c.scope && c.scope.kind == Scope::Kind::All) {
            for (const Movement* mv : down) {
                const ScopeMovements* driver = nullptr;
                double strongest = 0;
                for (const ScopeMovements& other : all) {
                    if (other.scope == m.scope)
                        continue;
                    for (const auto* list : {&other.satisfaction, &other.loyalty})
                        for (const Movement& o : *list)
                            if (o.key == mv->key && o.tested && (o.z > 0) == (mv->z > 0) &&
                                std::abs(o.z) > strongest) {
                                strongest = std::abs(o.z);
                                driver = &other;
                            }
                }
                if (driver && strongest >= FindingStatistics::kMinZ)
                    f.evidence << QCoreApplication::translate("OpposingMetricsDetector",
                                                              "The %1 change is strongest in %2 (z = %3).")
                                      .arg(mv->label, c.scopeWords(driver->scope), fmt(strongest, 1));
            }
        }
        auto churned = store.churnedCustomerIds(c.period.startSeconds(), c.period.endSeconds(), m.scope,
                                                FindingRecords::kMaxIds);
        if (!churned)
            return churned.error();
        f.records.push_back(
            records(QStringLiteral("customers"),
                    QCoreApplication::translate("OpposingMetricsDetector", "customers of %1 who left in %2")
                        .arg(where, c.period.label()),
                    *churned));
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core::findings
