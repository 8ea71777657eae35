#include "reflection/findings/ComplaintCategoryDetector.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"

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

Status ComplaintCategoryDetector::detect(FindingContext& c)
{
    const MetricsResult& now = c.comparison.current;
    const MetricsResult& before = c.comparison.previous;
    const double e1 = static_cast<double>(now.customersActive);
    const double e2 = static_cast<double>(before.customersActive);
    if (e1 <= 0 || e2 <= 0)
        return {};
    std::set<QString> categories;
    for (const auto& [name, count] : now.complaintsByCategory)
        categories.insert(name);
    for (const auto& [name, count] : before.complaintsByCategory)
        categories.insert(name);
    auto countOf = [](const MetricsResult& r, const QString& name) {
        const auto it = r.complaintsByCategory.find(name);
        return it == r.complaintsByCategory.end() ? qint64{0} : it->second;
    };
    std::vector<QString> eligible;
    for (const QString& name : categories) {
        c.tallies[tallyKey(FindingKind::ComplaintCategoryChange, c.scope, name)] = Tally{
            countOf(now, name), 0, now.customersActive, countOf(before, name), 0, before.customersActive};
        if (countOf(now, name) + countOf(before, name) >= minimumSample(Metric::ComplaintsByCategory))
            eligible.push_back(name);
    }
    const double critical =
        FindingStatistics::criticalZFor(static_cast<int>(eligible.size()), c.scope.kind == Scope::Kind::Rep);
    FindingsStore store(c.db);
    for (const QString& name : eligible) {
        const qint64 c1 = countOf(now, name);
        const qint64 c2 = countOf(before, name);
        const double z = FindingStatistics::poissonRateZ(c1, e1, c2, e2);
        const double rate1 = 100.0 * static_cast<double>(c1) / e1;
        const double rate2 = 100.0 * static_cast<double>(c2) / e2;
        const double ratio = rate2 > 0 ? rate1 / rate2 : std::numeric_limits<double>::infinity();
        const bool rising = z > 0;
        if (std::abs(z) < critical ||
            (rising ? ratio < FindingsEngine::kMinRateRatio : ratio > 1.0 / FindingsEngine::kMinRateRatio))
            continue;
        Finding f;
        f.kind = FindingKind::ComplaintCategoryChange;
        f.scope = c.scope;
        f.subject = name;
        f.statistic = z;
        f.severity = !rising ? FindingSeverity::Info
                             : (ratio >= 2.0 && z >= FindingStatistics::kStrongZ ? FindingSeverity::Critical
                                                                                 : FindingSeverity::Warning);
        const QString times = std::isfinite(ratio) ? fmt(rising ? ratio : 1.0 / ratio) : QString();
        f.title =
            rising ? QCoreApplication::translate("ComplaintCategoryDetector", "'%1' complaints are rising")
                         .arg(name)
                   : QCoreApplication::translate("ComplaintCategoryDetector", "'%1' complaints are falling")
                         .arg(name);
        f.explanation =
            QCoreApplication::translate(
                "ComplaintCategoryDetector",
                "%1 '%2' complaints came in during %3 against %4 in %5: %6 per 100 active customers "
                "instead of %7%8.")
                .arg(FindingWords::count(c1), name, c.period.label(), FindingWords::count(c2),
                     c.previous.label(), fmt(rate1, 2), fmt(rate2, 2),
                     times.isEmpty() ? QString()
                                     : (rising ? QCoreApplication::translate("ComplaintCategoryDetector",
                                                                             ", %1 times as many")
                                               : QCoreApplication::translate("ComplaintCategoryDetector",
                                                                             ", %1 times fewer"))
                                           .arg(times));
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Change, z, critical);
        f.explanation += QLatin1Char(' ') +
                         QCoreApplication::translate("ComplaintCategoryDetector",
                                                     "It rests on %1 active customers in %2 and %3 in %4.")
                             .arg(FindingWords::count(now.customersActive), c.period.label(),
                                  FindingWords::count(before.customersActive), c.previous.label());
        f.numbers = {
            {QCoreApplication::translate("ComplaintCategoryDetector", "complaints %1").arg(c.period.label()),
             static_cast<double>(c1), 0},
            {QCoreApplication::translate("ComplaintCategoryDetector", "complaints %1")
                 .arg(c.previous.label()),
             static_cast<double>(c2), 0},
            {QCoreApplication::translate("ComplaintCategoryDetector", "per 100 customers %1")
                 .arg(c.period.label()),
             rate1, 2},
            {QCoreApplication::translate("ComplaintCategoryDetector", "per 100 customers %1")
                 .arg(c.previous.label()),
             rate2, 2},
            {QStringLiteral("z"), z, 2}};
        auto ids = store.complaintIds(name, c.period.startSeconds(), c.period.endSeconds(), c.scope,
                                      FindingRecords::kMaxIds);
        if (!ids)
            return ids.error();
        f.records.push_back(
            records(QStringLiteral("interactions"),
                    QCoreApplication::translate("ComplaintCategoryDetector", "'%1' complaints in %2")
                        .arg(name, c.period.label()),
                    *ids));
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core::findings
