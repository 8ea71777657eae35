#include "reflection/findings/GroupOutlierDetector.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"

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

Status GroupOutlierDetector::detect(FindingContext& c)
{
    FindingsStore store(c.db);
    using GroupBy = FindingsStore::GroupBy;
    using Measure = FindingsStore::Measure;
    struct Candidate
    {
        Measure measure;
        GroupBy by;
        QString group;
        qint64 x = 0, n = 0, restX = 0, restN = 0;
        double z = 0;
    };
    // A rep is compared with the whole team; within a segment, reps with the segment's other reps.
    const Scope base = c.scope.kind == Scope::Kind::Rep ? Scope::all() : c.scope;
    std::vector<GroupBy> groupings{GroupBy::Owner};
    if (c.scope.kind == Scope::Kind::All)
        groupings.push_back(GroupBy::Segment);
    struct Family
    {
        Measure measure;
        GroupBy by;
        qint64 minimum;
        std::vector<FindingsStore::GroupCounts> rows;
    };
    std::vector<Family> families;
    int tests = 0;
    for (Measure measure : {Measure::Csat, Measure::FollowUp}) {
        const qint64 minimum = minimumSample(measure == Measure::Csat ? Metric::Csat : Metric::FollowUpRate);
        for (GroupBy by : groupings) {
            auto rows = store.groupCounts(measure, by, c.period.startSeconds(), c.period.endSeconds(), base,
                                          c.windowSeconds);
            if (!rows)
                return rows.error();
            for (const auto& r : *rows)
                tests += r.total >= minimum ? 1 : 0;
            families.push_back({measure, by, minimum, std::move(*rows)});
        }
    }
    // Bonferroni over every group with enough data; for one rep, at least as for the team.
    if (c.scope.kind == Scope::Kind::Rep)
        tests = std::max<int>(tests, static_cast<int>(c.repNames.size()) * 2);
    const double critical = FindingStatistics::criticalZ(tests);

    // Peel outliers one at a time: the strongest is set aside before the others are compared
    // again, so one rep far below does not make every other rep look "better than the rest".
    std::vector<Candidate> candidates;
    for (Family& fam : families) {
        std::vector<FindingsStore::GroupCounts> pool = fam.rows;
        while (true) {
            qint64 sumX = 0;
            qint64 sumN = 0;
            for (const auto& r : pool) {
                sumX += r.successes;
                sumN += r.total;
            }
            std::optional<Candidate> strongest;
            std::size_t strongestAt = 0;
            for (std::size_t i = 0; i < pool.size(); ++i) {
                const auto& r = pool[i];
                const qint64 restX = sumX - r.successes;
                const qint64 restN = sumN - r.total;
                if (r.total < fam.minimum || restN < fam.minimum)
                    continue;
                const double z = FindingStatistics::twoProportionZ(r.successes, r.total, restX, restN);
                const double gap = 100.0 * (static_cast<double>(r.successes) / static_cast<double>(r.total) -
                                            static_cast<double>(restX) / static_cast<double>(restN));
                if (std::abs(z) < critical || std::abs(gap) < FindingsEngine::kMinGroupGap)
                    continue;
                if (!strongest || std::abs(z) > std::abs(strongest->z)) {
                    strongest =
                        Candidate{fam.measure, fam.by, r.group, r.successes, r.total, restX, restN, z};
                    strongestAt = i;
                }
            }
            if (!strongest)
                break;
            if (c.scope.kind != Scope::Kind::Rep || strongest->group == c.scope.value)
                candidates.push_back(*strongest);
            pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(strongestAt));
        }
    }
    for (const Candidate& k : candidates) {
        const double p = 100.0 * static_cast<double>(k.x) / static_cast<double>(k.n);
        const double rest = 100.0 * static_cast<double>(k.restX) / static_cast<double>(k.restN);
        const double gap = p - rest;
        const bool isRep = k.by == GroupBy::Owner;
        const auto named = c.repNames.find(k.group);
        const QString who = isRep ? (named != c.repNames.end() ? named->second : k.group) : k.group;
        const bool csat = k.measure == Measure::Csat;
        const MetricDescription& metric = MetricCatalogue::of(csat ? Metric::Csat : Metric::FollowUpRate);
        const QString what = metric.translatedPhrase();
        const QString peers = isRep
                                  ? QCoreApplication::translate("GroupOutlierDetector", "the other reps")
                                  : QCoreApplication::translate("GroupOutlierDetector", "the other segments");
        Finding f;
        f.kind = FindingKind::GroupOutlier;
        f.scope = isRep ? Scope::rep(k.group) : Scope::segment(k.group);
        f.subject = QStringLiteral("%1:%2").arg(QString::fromLatin1(metric.contractKey), k.group);
        f.statistic = k.z;
        const bool worse = gap < 0;
        f.severity = !worse ? FindingSeverity::Info
                            : (std::abs(gap) >= 15 && std::abs(k.z) >= FindingStatistics::kStrongZ
                                   ? FindingSeverity::Critical
                                   : FindingSeverity::Warning);
        const QString subjectWords =
            isRep ? QCoreApplication::translate("GroupOutlierDetector", "%1's customers").arg(who)
                  : QCoreApplication::translate("GroupOutlierDetector", "the %1 segment").arg(who);
        // Whole sentences, one per case, so that a translation can order its words freely.
        const char* title = nullptr;
        if (csat && isRep)
            title = worse ? QT_TRANSLATE_NOOP("GroupOutlierDetector", "%1: CSAT lower than the other reps")
                          : QT_TRANSLATE_NOOP("GroupOutlierDetector", "%1: CSAT higher than the other reps");
        else if (csat)
            title = worse ? QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                              "In the %1 segment: CSAT lower than the other segments")
                          : QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                              "In the %1 segment: CSAT higher than the other segments");
        else if (isRep)
            title = worse ? QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                              "%1 follows up less often than the other reps")
                          : QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                              "%1 follows up more often than the other reps");
        else
            title = worse ? QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                              "the %1 segment follows up less often than the other segments")
                          : QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                              "the %1 segment follows up more often than the other segments");
        f.title = QCoreApplication::translate("GroupOutlierDetector", title).arg(who).trimmed();
        if (csat)
            f.explanation = QCoreApplication::translate(
                                "GroupOutlierDetector",
                                "In %1, %2 of %3 CSAT answers from %4 were satisfied (%5%), against %6% "
                                "from %7 (%8 answers). The gap of %9 points is far larger than chance "
                                "would make it (z = %10, the bar is %11).")
                                .arg(c.period.label(), QString::number(k.x), QString::number(k.n),
                                     subjectWords, fmt(p), fmt(rest), peers, QString::number(k.restN),
                                     fmt(std::abs(gap)), fmt(k.z, 1), fmt(critical, 2));
        else
            f.explanation = QCoreApplication::translate(
                                "GroupOutlierDetector",
                                "In %1, %2 of %3 purchases by %4 had a follow-up within the window (%5%), "
                                "against %6% for %7 (%8 purchases). The gap of %9 points is far larger "
                                "than chance would make it (z = %10, the bar is %11).")
                                .arg(c.period.label(), QString::number(k.x), QString::number(k.n),
                                     subjectWords, fmt(p), fmt(rest), peers, QString::number(k.restN),
                                     fmt(std::abs(gap)), fmt(k.z, 1), fmt(critical, 2));
        f.numbers = {
            {what, p, 1},
            {QCoreApplication::translate("GroupOutlierDetector", "%1 of the rest").arg(what), rest, 1},
            {csat ? QCoreApplication::translate("GroupOutlierDetector", "responses")
                  : QCoreApplication::translate("GroupOutlierDetector", "purchases"),
             static_cast<double>(k.n), 0},
            {QStringLiteral("z"), k.z, 2}};
        auto ids = csat ? store.unsatisfiedCsatIds(k.by, k.group, c.period.startSeconds(),
                                                   c.period.endSeconds(), FindingRecords::kMaxIds)
                        : store.purchasesWithoutFollowUpIds(k.by, k.group, c.period.startSeconds(),
                                                            c.period.endSeconds(), c.windowSeconds,
                                                            FindingRecords::kMaxIds);
        if (!ids)
            return ids.error();
        if (csat)
            f.records.push_back(records(
                QStringLiteral("survey_responses"),
                QCoreApplication::translate("GroupOutlierDetector", "CSAT answers of 3 or less from %1")
                    .arg(subjectWords),
                *ids));
        else
            f.records.push_back(records(
                QStringLiteral("interactions"),
                QCoreApplication::translate("GroupOutlierDetector", "purchases by %1 with no follow-up")
                    .arg(subjectWords),
                *ids));
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core::findings
