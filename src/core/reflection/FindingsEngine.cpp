#include "reflection/FindingsEngine.h"

#include "logging/LogCategories.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/MetricsEngine.h"
#include "storage/Database.h"
#include "storage/FindingsStore.h"
#include "storage/RepRepository.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <iterator>
#include <cmath>
#include <limits>
#include <map>
#include <set>

namespace rapport::core {

QString toString(FindingKind kind)
{
    switch (kind) {
    case FindingKind::ComplaintCategoryChange:
        return QStringLiteral("complaint_category");
    case FindingKind::OpposingMetrics:
        return QStringLiteral("opposing_metrics");
    case FindingKind::GroupOutlier:
        return QStringLiteral("group_outlier");
    case FindingKind::CommentTheme:
        return QStringLiteral("comment_theme");
    case FindingKind::OpposingTrend:
        return QStringLiteral("opposing_trend");
    }
    return {};
}

QString toString(FindingSeverity severity)
{
    switch (severity) {
    case FindingSeverity::Info:
        return QStringLiteral("info");
    case FindingSeverity::Warning:
        return QStringLiteral("warning");
    case FindingSeverity::Critical:
        return QStringLiteral("critical");
    }
    return {};
}

namespace {

constexpr double kStrongZ = 5.0; // evidence strong enough for "critical" when the effect is large too

QString fmt(double v, int decimals = 1)
{
    return QString::number(v, 'f', decimals);
}

FindingRecords records(const QString& table, const QString& description, const FindingsStore::IdList& list)
{
    return {table, description, list.ids, list.total};
}

QString scopeWords(const Scope& scope, const std::map<QString, QString>& repNames)
{
    switch (scope.kind) {
    case Scope::Kind::Rep: {
        const auto it = repNames.find(scope.value);
        return QStringLiteral("the customers of %1").arg(it != repNames.end() ? it->second : scope.value);
    }
    case Scope::Kind::Segment:
        return QStringLiteral("the %1 segment").arg(scope.value);
    case Scope::Kind::All:
        break;
    }
    return QStringLiteral("all customers");
}

qint64 minimumSample(Metric metric)
{
    return MetricCatalogue::of(metric).minimumSample;
}

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
    return {QString::fromLatin1(d.contractKey), QString::fromLatin1(d.phrase), d.higherIsBetter(), d.reportDecimals,
            current, previous};
}

} // namespace

struct FindingsEngine::Context
{
    Period period;
    Period previous;
    Scope scope;
    MetricsComparison comparison;
    std::map<QString, QString> repNames;
    qint64 windowSeconds = 0;
    std::vector<Finding> out;
};

double FindingsEngine::twoProportionZ(qint64 x1, qint64 n1, qint64 x2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0;
    const double p1 = static_cast<double>(x1) / static_cast<double>(n1);
    const double p2 = static_cast<double>(x2) / static_cast<double>(n2);
    const double pooled = static_cast<double>(x1 + x2) / static_cast<double>(n1 + n2);
    const double variance = pooled * (1 - pooled) * (1.0 / static_cast<double>(n1) + 1.0 / static_cast<double>(n2));
    return variance > 0 ? (p1 - p2) / std::sqrt(variance) : 0;
}

double FindingsEngine::poissonRateZ(qint64 c1, double e1, qint64 c2, double e2)
{
    const qint64 n = c1 + c2;
    if (n <= 0 || e1 <= 0 || e2 <= 0)
        return 0;
    const double p0 = e1 / (e1 + e2);
    const double expected = static_cast<double>(n) * p0;
    const double sd = std::sqrt(expected * (1 - p0));
    return sd > 0 ? (static_cast<double>(c1) - expected) / sd : 0;
}

double FindingsEngine::npsChangeZ(qint64 pro1, qint64 det1, qint64 n1, qint64 pro2, qint64 det2, qint64 n2)
{
    if (n1 <= 0 || n2 <= 0)
        return 0;
    // Each response scores +1, 0 or -1; NPS / 100 is their mean.
    auto meanAndVariance = [](qint64 pro, qint64 det, qint64 n) {
        const double p = static_cast<double>(pro) / static_cast<double>(n);
        const double d = static_cast<double>(det) / static_cast<double>(n);
        return std::pair{p - d, (p + d - (p - d) * (p - d)) / static_cast<double>(n)};
    };
    const auto [m1, v1] = meanAndVariance(pro1, det1, n1);
    const auto [m2, v2] = meanAndVariance(pro2, det2, n2);
    return v1 + v2 > 0 ? (m1 - m2) / std::sqrt(v1 + v2) : 0;
}

double FindingsEngine::criticalZ(int tests, double familyAlpha, double minZ)
{
    // Solve erfc(z / sqrt 2) = alpha / tests by bisection (two-sided normal tail).
    const double target = familyAlpha / std::max(1, tests);
    double lo = 0;
    double hi = 40;
    for (int i = 0; i < 100; ++i) {
        const double mid = (lo + hi) / 2;
        if (std::erfc(mid / std::sqrt(2.0)) > target)
            lo = mid;
        else
            hi = mid;
    }
    return std::max(minZ, hi);
}

Result<std::vector<Finding>> FindingsEngine::find(const Period& period, const Scope& scope) const
{
    Context c;
    c.period = period;
    c.previous = period.previous();
    c.scope = scope;
    auto comparison = m_engine.compare(period, scope);
    if (!comparison)
        return comparison.error();
    c.comparison = std::move(*comparison);
    auto reps = RepRepository(m_db).list();
    if (!reps)
        return reps.error();
    for (const Rep& rep : *reps)
        c.repNames[rep.id] = rep.name.isEmpty() ? rep.id : rep.name;
    auto window = m_engine.followUpWindowDays();
    if (!window)
        return window.error();
    c.windowSeconds = qint64{*window} * 86400;

    for (auto step : {&FindingsEngine::complaintCategories, &FindingsEngine::opposingMetrics,
                      &FindingsEngine::groupOutliers, &FindingsEngine::commentThemes,
                      &FindingsEngine::opposingTrends}) {
        if (Status s = (this->*step)(c); !s)
            return s.error();
    }
    std::stable_sort(c.out.begin(), c.out.end(), [](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity > b.severity;
        return std::abs(a.statistic) > std::abs(b.statistic);
    });
    qCInfo(lcReflection) << "findings for" << period.label() << scope.describe() << ":" << c.out.size();
    return std::move(c.out);
}

Status FindingsEngine::complaintCategories(Context& c) const
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
        if (countOf(now, name) + countOf(before, name) >= minimumSample(Metric::ComplaintsByCategory))
            eligible.push_back(name);
    }
    const double critical = criticalZ(static_cast<int>(eligible.size()));
    FindingsStore store(m_db);
    for (const QString& name : eligible) {
        const qint64 c1 = countOf(now, name);
        const qint64 c2 = countOf(before, name);
        const double z = poissonRateZ(c1, e1, c2, e2);
        const double rate1 = 100.0 * static_cast<double>(c1) / e1;
        const double rate2 = 100.0 * static_cast<double>(c2) / e2;
        const double ratio = rate2 > 0 ? rate1 / rate2 : std::numeric_limits<double>::infinity();
        const bool rising = z > 0;
        if (std::abs(z) < critical || (rising ? ratio < kMinRateRatio : ratio > 1.0 / kMinRateRatio))
            continue;
        Finding f;
        f.kind = FindingKind::ComplaintCategoryChange;
        f.scope = c.scope;
        f.subject = name;
        f.statistic = z;
        f.severity = !rising ? FindingSeverity::Info
                             : (ratio >= 2.0 && z >= kStrongZ ? FindingSeverity::Critical : FindingSeverity::Warning);
        const QString times = std::isfinite(ratio) ? fmt(rising ? ratio : 1.0 / ratio) : QString();
        f.title = rising ? QStringLiteral("'%1' complaints are rising").arg(name)
                         : QStringLiteral("'%1' complaints are falling").arg(name);
        f.explanation =
            QStringLiteral("%1 '%2' complaints came in during %3 against %4 in %5: %6 per 100 active customers "
                           "instead of %7%8. A change this large is very unlikely to be chance (z = %9, the bar "
                           "is %10).")
                .arg(QString::number(c1), name, c.period.label(), QString::number(c2), c.previous.label(),
                     fmt(rate1, 2), fmt(rate2, 2),
                     times.isEmpty() ? QString()
                                     : QStringLiteral(", %1 times %2").arg(times, rising ? QStringLiteral("as many")
                                                                                         : QStringLiteral("fewer")),
                     fmt(z, 1), fmt(critical, 2));
        f.numbers = {{QStringLiteral("complaints %1").arg(c.period.label()), static_cast<double>(c1), 0},
                     {QStringLiteral("complaints %1").arg(c.previous.label()), static_cast<double>(c2), 0},
                     {QStringLiteral("per 100 customers %1").arg(c.period.label()), rate1, 2},
                     {QStringLiteral("per 100 customers %1").arg(c.previous.label()), rate2, 2},
                     {QStringLiteral("z"), z, 2}};
        auto ids = store.complaintIds(name, c.period.startSeconds(), c.period.endSeconds(), c.scope,
                                      FindingRecords::kMaxIds);
        if (!ids)
            return ids.error();
        f.records.push_back(records(QStringLiteral("interactions"),
                                    QStringLiteral("'%1' complaints in %2").arg(name, c.period.label()), *ids));
        c.out.push_back(std::move(f));
    }
    return {};
}

Status FindingsEngine::opposingMetrics(Context& c) const
{
    FindingsStore store(m_db);
    std::vector<Scope> scopes{c.scope};
    if (c.scope.kind == Scope::Kind::All) {
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
    };
    std::vector<ScopeMovements> all;
    int tests = 0;
    for (const Scope& scope : scopes) {
        ScopeMovements m;
        m.scope = scope;
        if (scope == c.scope) {
            m.comparison = c.comparison;
        } else {
            auto comparison = m_engine.compare(c.period, scope);
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
        if (now->csatTotal >= minimumSample(Metric::Csat) && before->csatTotal >= minimumSample(Metric::Csat)) {
            csat.tested = true;
            csat.z = twoProportionZ(now->csatSatisfied, now->csatTotal, before->csatSatisfied, before->csatTotal);
        }
        Movement nps = movement(Metric::Nps, r1.nps, r2.nps);
        if (now->npsTotal >= minimumSample(Metric::Nps) && before->npsTotal >= minimumSample(Metric::Nps)) {
            nps.tested = true;
            nps.z = npsChangeZ(now->npsPromoters, now->npsDetractors, now->npsTotal, before->npsPromoters,
                               before->npsDetractors, before->npsTotal);
        }
        Movement retention = movement(Metric::RetentionRate, r1.retentionRate, r2.retentionRate);
        Movement churn = movement(Metric::ChurnRate, r1.churnRate, r2.churnRate);
        const qint64 minimumBase = minimumSample(Metric::RetentionRate);
        if (r1.customersStart >= minimumBase && r2.customersStart >= minimumBase) {
            retention.tested = true;
            retention.z = twoProportionZ(r1.customersEnd - r1.customersNew, r1.customersStart,
                                         r2.customersEnd - r2.customersNew, r2.customersStart);
            // churn_rate's numerator, recovered exactly from the rate (an integer count over S).
            auto churned = [](const MetricsResult& r) {
                return std::llround(r.churnRate.value_or(0) * static_cast<double>(r.customersStart) / 100.0);
            };
            churn.tested = true;
            churn.z = twoProportionZ(churned(r1), r1.customersStart, churned(r2), r2.customersStart);
        }
        m.satisfaction = {csat, nps};
        m.loyalty = {retention, churn};
        for (const auto* list : {&m.satisfaction, &m.loyalty})
            for (const Movement& mv : *list)
                tests += mv.tested ? 1 : 0;
        all.push_back(std::move(m));
    }
    const double critical = criticalZ(tests);
    // A movement's direction in "better" terms: +1 better, -1 worse, 0 not significant.
    auto judged = [critical](const Movement& m) {
        if (!m.tested || std::abs(m.z) < critical)
            return 0;
        const bool up = m.z > 0;
        return up == m.higherIsBetter ? 1 : -1;
    };

    for (const ScopeMovements& m : all) {
        std::vector<const Movement*> better;
        std::vector<const Movement*> worse;
        for (const Movement& mv : m.satisfaction) {
            const int j = judged(mv);
            if (j > 0)
                better.push_back(&mv);
            else if (j < 0)
                worse.push_back(&mv);
        }
        std::vector<const Movement*> loyaltyBetter;
        std::vector<const Movement*> loyaltyWorse;
        for (const Movement& mv : m.loyalty) {
            const int j = judged(mv);
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
            f.numbers.push_back({QStringLiteral("%1 %2").arg(mv->label, c.period.label()), mv->current.value_or(0), mv->decimals});
            f.numbers.push_back({QStringLiteral("%1 %2").arg(mv->label, c.previous.label()), mv->previous.value_or(0), mv->decimals});
            f.numbers.push_back({QStringLiteral("z of the %1 change").arg(mv->label), mv->z, 2});
            minZ = std::min(minZ, std::abs(mv->z));
            return QStringLiteral("%1 went from %2 to %3").arg(mv->label, fmt(mv->previous.value_or(0)), fmt(mv->current.value_or(0)));
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
        const QString where = scopeWords(m.scope, c.repNames);
        if (satisfiedButLeaving) {
            f.severity = minZ >= kStrongZ ? FindingSeverity::Critical : FindingSeverity::Warning;
            f.title = QStringLiteral("Happier but leaving: satisfaction up, loyalty down in %1").arg(where);
            f.explanation = QStringLiteral("In %1, %2, yet %3 (%4 against %5). Customers say they are more satisfied "
                                           "while more of them leave: satisfaction surveys may not reach the "
                                           "customers who go, or something other than service drives them away "
                                           "(price, competition, product fit). Each change passes the bar of z = %6.")
                                .arg(where, upNames.join(QStringLiteral(" and ")), downNames.join(QStringLiteral(" and ")),
                                     c.period.label(), c.previous.label(), fmt(critical, 2));
        } else {
            f.severity = FindingSeverity::Warning;
            f.title = QStringLiteral("Less satisfied but staying: satisfaction down, loyalty up in %1").arg(where);
            f.explanation = QStringLiteral("In %1, %2, while %3 (%4 against %5). Customers stay for now even though "
                                           "they rate the service lower; that goodwill may not last. Each change "
                                           "passes the bar of z = %6.")
                                .arg(where, downNames.join(QStringLiteral(" and ")), upNames.join(QStringLiteral(" and ")),
                                     c.period.label(), c.previous.label(), fmt(critical, 2));
        }

        // Evidence: complaint categories that grew in this scope.
        const MetricsResult& r1 = m.comparison.current;
        const MetricsResult& r2 = m.comparison.previous;
        for (const auto& [name, count] : r1.complaintsByCategory) {
            const auto it = r2.complaintsByCategory.find(name);
            const qint64 before = it == r2.complaintsByCategory.end() ? 0 : it->second;
            const double z = poissonRateZ(count, static_cast<double>(r1.customersActive), before,
                                          static_cast<double>(r2.customersActive));
            if (count + before >= minimumSample(Metric::ComplaintsByCategory) && z >= kMinZ)
                f.evidence << QStringLiteral("'%1' complaints rose from %2 to %3 (z = %4).")
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
                            if (o.key == mv->key && o.tested && (o.z > 0) == (mv->z > 0)
                                && std::abs(o.z) > strongest) {
                                strongest = std::abs(o.z);
                                driver = &other;
                            }
                }
                if (driver && strongest >= kMinZ)
                    f.evidence << QStringLiteral("The %1 change is strongest in %2 (z = %3).")
                                      .arg(mv->label, scopeWords(driver->scope, c.repNames), fmt(strongest, 1));
            }
        }
        auto churned = store.churnedCustomerIds(c.period.startSeconds(), c.period.endSeconds(), m.scope,
                                                FindingRecords::kMaxIds);
        if (!churned)
            return churned.error();
        f.records.push_back(records(QStringLiteral("customers"),
                                    QStringLiteral("customers of %1 who left in %2").arg(where, c.period.label()),
                                    *churned));
        c.out.push_back(std::move(f));
    }
    return {};
}

Status FindingsEngine::groupOutliers(Context& c) const
{
    FindingsStore store(m_db);
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
    const double critical = criticalZ(tests);

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
                const double z = twoProportionZ(r.successes, r.total, restX, restN);
                const double gap = 100.0 * (static_cast<double>(r.successes) / static_cast<double>(r.total)
                                            - static_cast<double>(restX) / static_cast<double>(restN));
                if (std::abs(z) < critical || std::abs(gap) < kMinGroupGap)
                    continue;
                if (!strongest || std::abs(z) > std::abs(strongest->z)) {
                    strongest = Candidate{fam.measure, fam.by, r.group, r.successes, r.total, restX, restN, z};
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
        const QString what = QString::fromLatin1(metric.phrase);
        const QString peers = isRep ? QStringLiteral("the other reps") : QStringLiteral("the other segments");
        Finding f;
        f.kind = FindingKind::GroupOutlier;
        f.scope = isRep ? Scope::rep(k.group) : Scope::segment(k.group);
        f.subject = QStringLiteral("%1:%2").arg(QString::fromLatin1(metric.contractKey), k.group);
        f.statistic = k.z;
        const bool worse = gap < 0;
        f.severity = !worse ? FindingSeverity::Info
                            : (std::abs(gap) >= 15 && std::abs(k.z) >= kStrongZ ? FindingSeverity::Critical
                                                                                : FindingSeverity::Warning);
        const QString subjectWords = isRep ? QStringLiteral("%1's customers").arg(who)
                                           : QStringLiteral("the %1 segment").arg(who);
        f.title = csat ? QStringLiteral("%1 %2: CSAT %3 than %4").arg(isRep ? QString() : QStringLiteral("In"),
                                                                           isRep ? who : subjectWords,
                                                                           worse ? QStringLiteral("lower") : QStringLiteral("higher"),
                                                                           peers)
                                  .trimmed()
                       : QStringLiteral("%1 follows up %2 often than %3")
                             .arg(isRep ? who : subjectWords, worse ? QStringLiteral("less") : QStringLiteral("more"), peers);
        if (csat)
            f.explanation = QStringLiteral("In %1, %2 of %3 CSAT answers from %4 were satisfied (%5%), against %6% "
                                           "from %7 (%8 answers). The gap of %9 points is far larger than chance "
                                           "would make it (z = %10, the bar is %11).")
                                .arg(c.period.label(), QString::number(k.x), QString::number(k.n), subjectWords, fmt(p),
                                     fmt(rest), peers, QString::number(k.restN), fmt(std::abs(gap)), fmt(k.z, 1),
                                     fmt(critical, 2));
        else
            f.explanation = QStringLiteral("In %1, %2 of %3 purchases by %4 had a follow-up within the window (%5%), "
                                           "against %6% for %7 (%8 purchases). The gap of %9 points is far larger "
                                           "than chance would make it (z = %10, the bar is %11).")
                                .arg(c.period.label(), QString::number(k.x), QString::number(k.n), subjectWords, fmt(p),
                                     fmt(rest), peers, QString::number(k.restN), fmt(std::abs(gap)), fmt(k.z, 1),
                                     fmt(critical, 2));
        f.numbers = {{what, p, 1}, {QStringLiteral("%1 of the rest").arg(what), rest, 1},
                     {csat ? QStringLiteral("responses") : QStringLiteral("purchases"), static_cast<double>(k.n), 0},
                     {QStringLiteral("z"), k.z, 2}};
        auto ids = csat ? store.unsatisfiedCsatIds(k.by, k.group, c.period.startSeconds(), c.period.endSeconds(),
                                                   FindingRecords::kMaxIds)
                        : store.purchasesWithoutFollowUpIds(k.by, k.group, c.period.startSeconds(),
                                                            c.period.endSeconds(), c.windowSeconds,
                                                            FindingRecords::kMaxIds);
        if (!ids)
            return ids.error();
        if (csat)
            f.records.push_back(records(QStringLiteral("survey_responses"),
                                        QStringLiteral("CSAT answers of 3 or less from %1").arg(subjectWords), *ids));
        else
            f.records.push_back(records(QStringLiteral("interactions"),
                                        QStringLiteral("purchases by %1 with no follow-up").arg(subjectWords), *ids));
        c.out.push_back(std::move(f));
    }
    return {};
}

namespace {

// Words too common to make a theme on their own.
const QSet<QString>& stopWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        const char* const list[] = {
            "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
            "because", "been", "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for",
            "from", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "in",
            "into", "is", "it", "its", "just", "last", "me", "more", "most", "much", "my", "no", "nor", "not",
            "now", "of", "on", "once", "one", "only", "or", "other", "our", "out", "over", "own", "same", "she",
            "should", "so", "some", "still", "such", "than", "that", "the", "their", "them", "then", "there",
            "these", "they", "this", "those", "time", "to", "too", "two", "up", "us", "very", "was", "we", "were",
            "what", "when", "where", "which", "while", "who", "why", "will", "with", "would", "you", "your",
            "per", "via", "ok", "okay", "also", "get", "got", "went", "yet",
        };
        for (const char* w : list)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Lower-case words of letters (and inner apostrophes dropped), a plural 's' removed from
// longer words so "shipments" and "shipment" count together.
QStringList words(const QString& text)
{
    QStringList out;
    QString current;
    auto flush = [&] {
        if (current.size() > 4 && current.endsWith(QLatin1Char('s')) && !current.endsWith(QLatin1String("ss")))
            current.chop(1);
        if (!current.isEmpty())
            out << current;
        current.clear();
    };
    for (const QChar ch : text) {
        if (ch.isLetter())
            current += ch.toLower();
        else if (ch != QLatin1Char('\''))
            flush();
    }
    flush();
    return out;
}

// Terms of one comment: content words and pairs of adjacent content words, each once.
QSet<QString> terms(const QString& text)
{
    QSet<QString> out;
    const QStringList all = words(text);
    QString previous;
    for (const QString& w : all) {
        if (w.size() < 3 || stopWords().contains(w)) {
            previous.clear();
            continue;
        }
        out.insert(w);
        if (!previous.isEmpty())
            out.insert(previous + QLatin1Char(' ') + w);
        previous = w;
    }
    return out;
}

struct TermStats
{
    qint64 commentsNow = 0;
    qint64 commentsBefore = 0;
    qint64 complaintsNow = 0;
    std::set<qint64> customers;
    std::vector<qint64> documents; // indexes of the current period's comments using the term
    std::vector<qint64> complaintIds;
    std::vector<qint64> responseIds;
    qint64 complaintTotal = 0;
    qint64 responseTotal = 0;
};

} // namespace

Status FindingsEngine::commentThemes(Context& c) const
{
    FindingsStore store(m_db);
    std::map<QString, TermStats> stats;
    qint64 documentsNow = 0;
    qint64 documentsBefore = 0;
    Status s = store.forEachComment(c.period.startSeconds(), c.period.endSeconds(), c.scope,
                                    [&](const FindingsStore::Comment& comment) {
                                        const qint64 document = documentsNow++;
                                        for (const QString& t : terms(comment.text)) {
                                            TermStats& st = stats[t];
                                            ++st.commentsNow;
                                            st.documents.push_back(document);
                                            st.customers.insert(comment.customerId);
                                            auto& ids = comment.complaint ? st.complaintIds : st.responseIds;
                                            auto& total = comment.complaint ? st.complaintTotal : st.responseTotal;
                                            if (comment.complaint)
                                                ++st.complaintsNow;
                                            if (ids.size() < static_cast<std::size_t>(FindingRecords::kMaxIds))
                                                ids.push_back(comment.id);
                                            ++total;
                                        }
                                    });
    if (!s)
        return s;
    s = store.forEachComment(c.previous.startSeconds(), c.previous.endSeconds(), c.scope,
                             [&](const FindingsStore::Comment& comment) {
                                 ++documentsBefore;
                                 for (const QString& t : terms(comment.text)) {
                                     const auto it = stats.find(t);
                                     if (it != stats.end())
                                         ++it->second.commentsBefore;
                                 }
                             });
    if (!s)
        return s;
    if (documentsNow == 0 || documentsBefore == 0)
        return {};

    struct Theme
    {
        QString term;
        const TermStats* st;
        double z;
        double ratio;
    };
    std::vector<Theme> candidates;
    for (const auto& [term, st] : stats) {
        if (static_cast<qint64>(st.customers.size()) >= kMinThemeCustomers)
            candidates.push_back({term, &st, 0, 0});
    }
    const double critical = criticalZ(static_cast<int>(candidates.size()));
    std::vector<Theme> themes;
    for (Theme& t : candidates) {
        t.z = twoProportionZ(t.st->commentsNow, documentsNow, t.st->commentsBefore, documentsBefore);
        const double shareNow = static_cast<double>(t.st->commentsNow) / static_cast<double>(documentsNow);
        const double shareBefore = static_cast<double>(t.st->commentsBefore) / static_cast<double>(documentsBefore);
        t.ratio = shareBefore > 0 ? shareNow / shareBefore : std::numeric_limits<double>::infinity();
        if (t.z >= critical && t.ratio >= kMinThemeRatio)
            themes.push_back(t);
    }
    std::sort(themes.begin(), themes.end(), [](const Theme& a, const Theme& b) {
        return a.z != b.z ? a.z > b.z : a.term < b.term;
    });
    // Share of a's comments that also use b (documents are in increasing order).
    auto overlap = [](const TermStats& a, const TermStats& b) {
        std::vector<qint64> both;
        std::set_intersection(a.documents.begin(), a.documents.end(), b.documents.begin(), b.documents.end(),
                              std::back_inserter(both));
        return a.documents.empty() ? 0.0 : static_cast<double>(both.size()) / static_cast<double>(a.documents.size());
    };
    // Terms that mostly occur in the same comments ("date", "moved", "date moved") are one
    // theme told several times: keep the strongest, named by its longest usual phrasing.
    std::vector<Theme> chosen;
    for (const Theme& t : themes) {
        if (static_cast<int>(chosen.size()) >= kMaxThemes)
            break;
        const bool covered = std::any_of(chosen.begin(), chosen.end(),
                                         [&](const Theme& k) { return overlap(*t.st, *k.st) >= 0.6; });
        if (covered)
            continue;
        Theme named = t;
        for (const Theme& other : themes) {
            const bool longer = other.term.count(QLatin1Char(' ')) > named.term.count(QLatin1Char(' '));
            if (longer && overlap(*other.st, *t.st) >= 0.6 && overlap(*t.st, *other.st) >= 0.6)
                named = other;
        }
        chosen.push_back(named);
    }
    for (const Theme& t : chosen) {
        const TermStats& st = *t.st;
        const double shareNow = 100.0 * static_cast<double>(st.commentsNow) / static_cast<double>(documentsNow);
        const double shareBefore = 100.0 * static_cast<double>(st.commentsBefore) / static_cast<double>(documentsBefore);
        Finding f;
        f.kind = FindingKind::CommentTheme;
        f.scope = c.scope;
        f.subject = t.term;
        f.statistic = t.z;
        f.severity = t.ratio >= 3.0 && t.z >= kStrongZ && st.complaintsNow * 2 >= st.commentsNow
                         ? FindingSeverity::Warning
                         : FindingSeverity::Info;
        f.title = QStringLiteral("Recurring in comments: \"%1\"").arg(t.term);
        f.explanation = QStringLiteral("\"%1\" appears in %2 of %3 comments and complaint notes in %4 (%5%), written by "
                                       "%6 different customers, against %7% in %8. Reading a few of these comments "
                                       "is the quickest way to learn what lies behind it.")
                            .arg(t.term, QString::number(st.commentsNow), QString::number(documentsNow),
                                 c.period.label(), fmt(shareNow), QString::number(st.customers.size()),
                                 fmt(shareBefore), c.previous.label());
        f.numbers = {{QStringLiteral("comments %1").arg(c.period.label()), static_cast<double>(st.commentsNow), 0},
                     {QStringLiteral("share %1 (%)").arg(c.period.label()), shareNow, 1},
                     {QStringLiteral("share %1 (%)").arg(c.previous.label()), shareBefore, 1},
                     {QStringLiteral("customers"), static_cast<double>(st.customers.size()), 0},
                     {QStringLiteral("z"), t.z, 2}};
        if (st.complaintTotal > 0)
            f.records.push_back({QStringLiteral("interactions"), QStringLiteral("complaints mentioning it"),
                                 st.complaintIds, st.complaintTotal});
        if (st.responseTotal > 0)
            f.records.push_back({QStringLiteral("survey_responses"), QStringLiteral("survey comments mentioning it"),
                                 st.responseIds, st.responseTotal});
        c.out.push_back(std::move(f));
    }
    return {};
}

double FindingsEngine::trendZ(const std::vector<double>& t, const std::vector<qint64>& x, const std::vector<qint64>& n,
                              double* change)
{
    double sumN = 0;
    double sumX = 0;
    double sumNT = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        sumN += static_cast<double>(n[i]);
        sumX += static_cast<double>(x[i]);
        sumNT += static_cast<double>(n[i]) * t[i];
    }
    if (change)
        *change = 0;
    if (sumN <= 0 || t.size() < 2)
        return 0;
    const double p = sumX / sumN;
    const double tMean = sumNT / sumN;
    double covariance = 0; // sum of n (p_i - p)(t_i - tMean) = sum of x_i (t_i - tMean)
    double spread = 0;     // sum of n (t_i - tMean)^2
    for (std::size_t i = 0; i < t.size(); ++i) {
        covariance += static_cast<double>(x[i]) * (t[i] - tMean);
        spread += static_cast<double>(n[i]) * (t[i] - tMean) * (t[i] - tMean);
    }
    if (spread <= 0 || p <= 0 || p >= 1)
        return 0;
    if (change)
        *change = covariance / spread * (t.back() - t.front());
    return covariance / std::sqrt(p * (1 - p) * spread);
}

Status FindingsEngine::opposingTrends(Context& c) const
{
    // The window: kTrendPeriods periods of the asked kind, the asked one last.
    std::vector<Period> periods{c.period};
    while (periods.size() < static_cast<std::size_t>(kTrendPeriods))
        periods.insert(periods.begin(), periods.front().previous());
    std::vector<Scope> scopes{c.scope};
    FindingsStore store(m_db);
    if (c.scope.kind == Scope::Kind::All) {
        auto segments = store.segments(c.scope);
        if (!segments)
            return segments.error();
        for (const QString& s : *segments)
            scopes.push_back(Scope::segment(s));
    }

    struct Trend
    {
        Scope scope;
        double csatZ = 0;
        double churnZ = 0;
        double csatChange = 0;  // points over the window
        double churnChange = 0; // points over the window
        Period first;
        Period last;
        int used = 0;
        std::optional<double> csatFirst, csatLast, churnFirst, churnLast;
    };
    std::vector<Trend> trends;
    for (const Scope& scope : scopes) {
        auto series = m_engine.computeSeries(periods, scope, MetricsEngine::Surveys | MetricsEngine::Base);
        if (!series)
            return series.error();
        std::vector<double> t;
        std::vector<qint64> satisfied, answers, churned, starters;
        Trend trend;
        trend.scope = scope;
        for (std::size_t i = 0; i < series->size(); ++i) {
            const MetricsResult& r = (*series)[i];
            const qint64 n = static_cast<qint64>(r.value(QStringLiteral("responses.csat")).value_or(0));
            if (n < minimumSample(Metric::Csat) || r.customersStart < minimumSample(Metric::ChurnRate) || !r.csat
                || !r.churnRate)
                continue; // too thin to count: left out of the trend, the time axis keeps its gap
            t.push_back(static_cast<double>(i));
            answers.push_back(n);
            // Both numerators recovered exactly from their rates (integer counts over n and S).
            satisfied.push_back(std::llround(*r.csat * static_cast<double>(n) / 100.0));
            starters.push_back(r.customersStart);
            churned.push_back(std::llround(*r.churnRate * static_cast<double>(r.customersStart) / 100.0));
            if (trend.used == 0) {
                trend.first = periods[i];
                trend.csatFirst = r.csat;
                trend.churnFirst = r.churnRate;
            }
            trend.last = periods[i];
            trend.csatLast = r.csat;
            trend.churnLast = r.churnRate;
            ++trend.used;
        }
        if (trend.used < kMinTrendPeriods)
            continue;
        trend.csatZ = trendZ(t, satisfied, answers, &trend.csatChange);
        trend.churnZ = trendZ(t, churned, starters, &trend.churnChange);
        trend.csatChange *= 100;
        trend.churnChange *= 100;
        trends.push_back(trend);
    }
    const double critical = criticalZ(static_cast<int>(2 * trends.size()));
    for (const Trend& tr : trends) {
        const bool csatMoved = std::abs(tr.csatZ) >= critical && std::abs(tr.csatChange) >= kMinTrendCsatPoints;
        const bool churnMoved = std::abs(tr.churnZ) >= critical && std::abs(tr.churnChange) >= kMinTrendChurnPoints;
        // Apart: satisfaction up while churn rises, or down while churn falls.
        if (!csatMoved || !churnMoved || (tr.csatZ > 0) != (tr.churnZ > 0))
            continue;
        // The period-to-period test already said it for this scope: once is enough.
        const bool said = std::any_of(c.out.begin(), c.out.end(), [&](const Finding& f) {
            return f.kind == FindingKind::OpposingMetrics && f.scope == tr.scope;
        });
        if (said)
            continue;
        const bool leaving = tr.csatZ > 0;
        const QString where = scopeWords(tr.scope, c.repNames);
        const QString span = QStringLiteral("%1 to %2").arg(tr.first.label(), tr.last.label());
        Finding f;
        f.kind = FindingKind::OpposingTrend;
        f.scope = tr.scope;
        f.subject = QStringLiteral("csat/churn_rate");
        f.statistic = std::min(std::abs(tr.csatZ), std::abs(tr.churnZ));
        f.severity = leaving && f.statistic >= kStrongZ ? FindingSeverity::Critical : FindingSeverity::Warning;
        auto signedPoints = [](double v) {
            QString text = fmt(v);
            if (v >= 0)
                text.prepend(QLatin1Char('+'));
            return text;
        };
        if (leaving) {
            f.title = QStringLiteral("Happier but leaving, period after period, in %1").arg(where);
            f.explanation =
                QStringLiteral("From %1, CSAT in %2 trended up (%3 points over the %4 periods with enough data, "
                               "from %5 to %6) while churn trended up too (%7 points, from %8 to %9). From one "
                               "period to the next the changes are small, but the drift is steady: satisfaction "
                               "surveys may not reach the customers who go, or something other than service "
                               "(price, competition, product fit) drives them away. Both trends pass the bar of "
                               "z = %10.")
                    .arg(span, where, signedPoints(tr.csatChange), QString::number(tr.used),
                         fmt(tr.csatFirst.value_or(0)), fmt(tr.csatLast.value_or(0)), signedPoints(tr.churnChange),
                         fmt(tr.churnFirst.value_or(0)), fmt(tr.churnLast.value_or(0)), fmt(critical, 2));
        } else {
            f.title = QStringLiteral("Less satisfied but staying, period after period, in %1").arg(where);
            f.explanation =
                QStringLiteral("From %1, CSAT in %2 trended down (%3 points over the %4 periods with enough data) "
                               "while churn trended down as well (%5 points). Customers stay for now even though "
                               "they rate the service lower; that goodwill may not last. Both trends pass the bar "
                               "of z = %6.")
                    .arg(span, where, signedPoints(tr.csatChange), QString::number(tr.used),
                         signedPoints(tr.churnChange), fmt(critical, 2));
        }
        f.numbers = {{QStringLiteral("CSAT %1").arg(tr.first.label()), tr.csatFirst.value_or(0), 1},
                     {QStringLiteral("CSAT %1").arg(tr.last.label()), tr.csatLast.value_or(0), 1},
                     {QStringLiteral("churn rate %1").arg(tr.first.label()), tr.churnFirst.value_or(0), 1},
                     {QStringLiteral("churn rate %1").arg(tr.last.label()), tr.churnLast.value_or(0), 1},
                     {QStringLiteral("fitted CSAT change (points)"), tr.csatChange, 1},
                     {QStringLiteral("fitted churn change (points)"), tr.churnChange, 1},
                     {QStringLiteral("z of the CSAT trend"), tr.csatZ, 2},
                     {QStringLiteral("z of the churn trend"), tr.churnZ, 2}};
        auto left = store.churnedCustomerIds(tr.first.startSeconds(), tr.last.endSeconds(), tr.scope,
                                             FindingRecords::kMaxIds);
        if (!left)
            return left.error();
        f.records.push_back(records(QStringLiteral("customers"),
                                    QStringLiteral("customers of %1 who left from %2").arg(where, span), *left));
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core
