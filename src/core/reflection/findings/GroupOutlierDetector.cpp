#include "reflection/findings/GroupOutlierDetector.h"

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

namespace {

using GroupBy = FindingsStore::GroupBy;
using Measure = FindingsStore::Measure;

struct Candidate
{
    Measure measure;
    GroupBy by;
    QString group;
    qint64 x = 0, n = 0, restX = 0, restN = 0;
    double z = 0;
    double previousZ = 0; // the same departure one period earlier, when that is what let it pass
};

struct Family
{
    Measure measure;
    GroupBy by;
    qint64 minimum;
    std::vector<FindingsStore::GroupCounts> rows;
};

// Peels outliers one at a time: the strongest that passes is set aside before the others are
// compared again, so one rep far below does not make every other rep look "better than the
// rest". `passes(candidate)` says whether a departure counts.
template <typename Passes> std::vector<Candidate> peel(const Family& fam, const Passes& passes)
{
    std::vector<Candidate> found;
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
            Candidate k{fam.measure, fam.by, r.group, r.successes, r.total, restX, restN};
            k.z = FindingStatistics::twoProportionZ(r.successes, r.total, restX, restN);
            const double gap = 100.0 * (static_cast<double>(r.successes) / static_cast<double>(r.total) -
                                        static_cast<double>(restX) / static_cast<double>(restN));
            if (std::abs(gap) < FindingsEngine::kMinGroupGap || !passes(k))
                continue;
            if (!strongest || std::abs(k.z) > std::abs(strongest->z)) {
                strongest = k;
                strongestAt = i;
            }
        }
        if (!strongest)
            break;
        found.push_back(*strongest);
        pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(strongestAt));
    }
    return found;
}

} // namespace

Status GroupOutlierDetector::detect(FindingContext& c)
{
    FindingsStore store(c.db);
    // A rep is compared with the whole team; within a segment, reps with the segment's other reps.
    const Scope base = c.scope.kind == Scope::Kind::Rep ? Scope::all() : c.scope;
    std::vector<GroupBy> groupings{GroupBy::Owner};
    if (c.scope.kind == Scope::Kind::All)
        groupings.push_back(GroupBy::Segment);
    std::vector<Family> families;
    std::vector<Family> before; // the same, one period earlier: for the person rule
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
            if (by != GroupBy::Owner)
                continue;
            auto earlier = store.groupCounts(measure, by, c.previous.startSeconds(), c.previous.endSeconds(),
                                             base, c.windowSeconds);
            if (!earlier)
                return earlier.error();
            before.push_back({measure, by, minimum, std::move(*earlier)});
        }
    }
    // Bonferroni over every group with enough data; for one rep, at least as for the team.
    if (c.scope.kind == Scope::Kind::Rep)
        tests = std::max<int>(tests, static_cast<int>(c.repNames.size()) * 2);
    const double critical = FindingStatistics::criticalZ(tests);
    const double personBar = FindingStatistics::criticalZFor(tests, true);

    // A rep is named only on stronger evidence: the person bar, or the ordinary bar in this
    // period and, the same way, in the one before (docs/reflection.md).
    std::vector<Candidate> earlierDepartures;
    for (const Family& fam : before) {
        auto found = peel(fam, [&](const Candidate& k) { return std::abs(k.z) >= critical; });
        earlierDepartures.insert(earlierDepartures.end(), found.begin(), found.end());
    }
    auto earlierZ = [&](const Candidate& k) {
        for (const Candidate& e : earlierDepartures)
            if (e.measure == k.measure && e.group == k.group && (e.z > 0) == (k.z > 0))
                return e.z;
        return 0.0;
    };
    std::vector<Candidate> candidates;
    for (const Family& fam : families) {
        const bool people = fam.by == GroupBy::Owner;
        auto found = peel(fam, [&](const Candidate& k) {
            if (std::abs(k.z) < critical)
                return false;
            return !people || std::abs(k.z) >= personBar || earlierZ(k) != 0;
        });
        for (Candidate& k : found) {
            if (people && std::abs(k.z) < personBar)
                k.previousZ = earlierZ(k);
            if (c.scope.kind != Scope::Kind::Rep || k.group == c.scope.value)
                candidates.push_back(k);
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
        const char* explanation =
            csat ? QT_TRANSLATE_NOOP("GroupOutlierDetector",
                                     "In %1, %2 of %3 CSAT answers from %4 were satisfied (%5%), against %6% "
                                     "from %7 (%8 answers): a gap of %9 points.")
                 : QT_TRANSLATE_NOOP(
                       "GroupOutlierDetector",
                       "In %1, %2 of %3 purchases by %4 had a follow-up within the window (%5%), "
                       "against %6% for %7 (%8 purchases): a gap of %9 points.");
        f.explanation =
            QCoreApplication::translate("GroupOutlierDetector", explanation)
                .arg(c.period.label(), FindingWords::count(k.x), FindingWords::count(k.n), subjectWords,
                     fmt(p), fmt(rest), peers, FindingWords::count(k.restN), fmt(std::abs(gap)));
        const bool twoPeriods = k.previousZ != 0;
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Gap, k.z,
                                                                 isRep && !twoPeriods ? personBar : critical);
        if (isRep && twoPeriods)
            f.explanation += QLatin1Char(' ') +
                             QCoreApplication::translate("GroupOutlierDetector",
                                                         "Because it names a person, it had to show in %1 "
                                                         "as well, and it did (z = %2).")
                                 .arg(c.previous.label(), fmt(k.previousZ, 1));
        else if (isRep)
            f.explanation += QLatin1Char(' ') +
                             QCoreApplication::translate("GroupOutlierDetector",
                                                         "Because it names a person, it had to pass this "
                                                         "stricter bar.");
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
