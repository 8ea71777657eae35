#include "reflection/findings/ChurnReasonDetector.h"

#include "metrics/ChurnFigures.h"
#include "metrics/MetricsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"

#include <QCoreApplication>
#include <cmath>
#include <limits>
#include <set>

namespace rapport::core::findings {

Status ChurnReasonDetector::detect(FindingContext& c)
{
    const qint64 start1 = c.comparison.current.customersStart;
    const qint64 start2 = c.comparison.previous.customersStart;
    if (start1 <= 0 || start2 <= 0)
        return {};
    auto now = ChurnFigures::compute(c.db, c.period, c.scope);
    if (!now)
        return now.error();
    auto before = ChurnFigures::compute(c.db, c.previous, c.scope);
    if (!before)
        return before.error();
    auto countOf = [](const ChurnFigures& f, const QString& reason) {
        const auto it = f.reasons.find(reason);
        return it == f.reasons.end() ? qint64{0} : it->second;
    };
    std::set<QString> reasons;
    for (const auto& [reason, n] : now->reasons)
        reasons.insert(reason);
    for (const auto& [reason, n] : before->reasons)
        reasons.insert(reason);
    std::vector<QString> eligible;
    for (const QString& reason : reasons)
        // More leavers without a reason is the churn rate's story (opposing metrics and trends),
        // not a reason's: a book that records no reasons would repeat it here.
        if (reason != QLatin1String(ChurnFigures::kUnknownReason) &&
            countOf(*now, reason) + countOf(*before, reason) >= minimumSample(Metric::ComplaintsByCategory))
            eligible.push_back(reason);
    const double bar =
        FindingStatistics::criticalZFor(static_cast<int>(eligible.size()), c.scope.kind == Scope::Kind::Rep);
    for (const QString& reason : eligible) {
        const QString words =
            QString(reason).replace(QLatin1Char('_'), QLatin1Char(' ')); // as a reader says it
        const qint64 n1 = countOf(*now, reason);
        const qint64 n2 = countOf(*before, reason);
        const double z =
            FindingStatistics::poissonRateZ(n1, static_cast<double>(start1), n2, static_cast<double>(start2));
        const double rate1 = 100.0 * static_cast<double>(n1) / static_cast<double>(start1);
        const double rate2 = 100.0 * static_cast<double>(n2) / static_cast<double>(start2);
        const double ratio = rate2 > 0 ? rate1 / rate2 : std::numeric_limits<double>::infinity();
        if (z < bar || ratio < kMinRatio)
            continue;
        Finding f;
        f.kind = FindingKind::ChurnReason;
        f.scope = c.scope;
        f.subject = reason;
        f.statistic = z;
        f.severity = ratio >= 2.0 && z >= FindingStatistics::kStrongZ ? FindingSeverity::Critical
                                                                      : FindingSeverity::Warning;
        f.title =
            QCoreApplication::translate("ChurnReasonDetector", "More customers leave over '%1'").arg(words);
        f.explanation =
            QCoreApplication::translate("ChurnReasonDetector",
                                        "In %1, %2 of %3 who left gave '%4' as the reason, against %5 in %6: "
                                        "%7 per 100 customers at the start instead of %8.")
                .arg(c.period.label(), FindingWords::count(n1), c.scopeWords(c.scope), words,
                     FindingWords::count(n2), c.previous.label(), fmt(rate1, 2), fmt(rate2, 2));
        if (std::isfinite(ratio))
            f.explanation +=
                QLatin1Char(' ') +
                QCoreApplication::translate("ChurnReasonDetector", "That is %1 times the earlier rate.")
                    .arg(fmt(ratio, 1));
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Change, z, bar);
        f.explanation += QLatin1Char(' ') +
                         QCoreApplication::translate("ChurnReasonDetector",
                                                     "It rests on %1 customers at the start of %2 and %3 at "
                                                     "the start of %4.")
                             .arg(FindingWords::count(start1), c.period.label(), FindingWords::count(start2),
                                  c.previous.label());
        f.numbers = {{QCoreApplication::translate("ChurnReasonDetector", "left %1").arg(c.period.label()),
                      static_cast<double>(n1), 0},
                     {QCoreApplication::translate("ChurnReasonDetector", "left %1").arg(c.previous.label()),
                      static_cast<double>(n2), 0},
                     {QStringLiteral("z"), z, 2}};
        auto ids = FindingsStore(c.db).churnedWithReasonIds(
            reason, c.period.startSeconds(), c.period.endSeconds(), c.scope, FindingRecords::kMaxIds);
        if (!ids)
            return ids.error();
        f.records.push_back(
            records(QStringLiteral("customers"),
                    QCoreApplication::translate("ChurnReasonDetector", "customers who left over '%1' in %2")
                        .arg(words, c.period.label()),
                    *ids));
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core::findings
