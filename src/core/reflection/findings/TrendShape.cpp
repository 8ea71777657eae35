#include "reflection/findings/TrendShape.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"
#include "reflection/findings/StepTest.h"
#include "storage/FindingsStore.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace rapport::core::findings {

Result<std::optional<TrendShape::Step>>
TrendShape::find(const FindingContext& c, const std::vector<Period>& periods, const Scope& scope)
{
    if (periods.empty())
        return std::optional<Step>{};
    const std::vector<Period> months = Period::steps(periods.front(), periods.back(), Period::Step::Month);
    auto series = c.engine.computeSeries(
        months, scope, MetricsEngine::Surveys | MetricsEngine::Base | MetricsEngine::Complaints);
    if (!series)
        return series.error();
    std::vector<double> t;
    std::vector<std::size_t> at; // month index of each point
    std::vector<qint64> satisfied, answers, churned, starters;
    for (std::size_t i = 0; i < series->size(); ++i) {
        const MetricsResult& r = (*series)[i];
        const qint64 n = static_cast<qint64>(r.value(QStringLiteral("responses.csat")).value_or(0));
        if (n <= 0 || r.customersStart <= 0 || !r.csat || !r.churnRate)
            continue;
        t.push_back(static_cast<double>(i));
        at.push_back(i);
        answers.push_back(n);
        satisfied.push_back(std::llround(*r.csat * static_cast<double>(n) / 100.0));
        starters.push_back(r.customersStart);
        churned.push_back(std::llround(*r.churnRate * static_cast<double>(r.customersStart) / 100.0));
    }
    const double bar = FindingStatistics::criticalZ(2 * StepTest::candidates(static_cast<int>(t.size())));
    const StepTest::Fit csat = StepTest::fit(t, satisfied, answers, bar);
    const StepTest::Fit churn = StepTest::fit(t, churned, starters, bar);
    if (!csat.step && !churn.step)
        return std::optional<Step>{};
    const bool useCsat = csat.step && (!churn.step || std::abs(csat.stepZ) >= std::abs(churn.stepZ));
    const StepTest::Fit& fit = useCsat ? csat : churn;
    const std::size_t month = at[static_cast<std::size_t>(fit.at)];
    Step step;
    step.month = months[month];
    step.csat = useCsat;
    step.before = 100.0 * fit.before;
    step.after = 100.0 * fit.after;
    step.z = fit.stepZ;

    // What else began that month: the complaint category that rose most from it on.
    auto sum = [&](std::size_t from, std::size_t to, const QString* category) {
        double total = 0;
        for (std::size_t i = from; i < to && i < series->size(); ++i) {
            const MetricsResult& r = (*series)[i];
            if (!category) {
                total += static_cast<double>(r.customersActive);
                continue;
            }
            const auto it = r.complaintsByCategory.find(*category);
            total += it == r.complaintsByCategory.end() ? 0.0 : static_cast<double>(it->second);
        }
        return total;
    };
    const std::size_t side = kSideMonths;
    const std::size_t from = month >= side ? month - side : 0;
    const std::size_t to = month + side;
    std::set<QString> categories;
    for (std::size_t i = from; i < to && i < series->size(); ++i)
        for (const auto& [name, count] : (*series)[i].complaintsByCategory)
            categories.insert(name);
    const double exposureBefore = sum(from, month, nullptr);
    const double exposureAfter = sum(month, to, nullptr);
    double strongest = 0;
    for (const QString& name : categories) {
        const double before = sum(from, month, &name);
        const double after = sum(month, to, &name);
        if (before + after <
            static_cast<double>(MetricCatalogue::of(Metric::ComplaintsByCategory).minimumSample))
            continue;
        const double z = FindingStatistics::poissonRateZ(static_cast<qint64>(after), exposureAfter,
                                                         static_cast<qint64>(before), exposureBefore);
        const double ratio = before > 0 && exposureAfter > 0
                                 ? (after / exposureAfter) / (before / exposureBefore)
                                 : std::numeric_limits<double>::infinity();
        if (z >= FindingStatistics::kMinZ && ratio >= FindingsEngine::kMinRateRatio && z > strongest) {
            strongest = z;
            step.category = name;
            step.categoryBefore = static_cast<qint64>(before);
            step.categoryAfter = static_cast<qint64>(after);
        }
    }
    // A rep's change of customers: the rep whose intake of new customers rose most then.
    FindingsStore store(c.db);
    auto before = store.newCustomersByOwner(months[from].startSeconds(), months[month].startSeconds(), scope);
    if (!before)
        return before.error();
    const std::size_t last = std::min(to, months.size()) - 1;
    auto after = store.newCustomersByOwner(months[month].startSeconds(), months[last].endSeconds(), scope);
    if (!after)
        return after.error();
    const double monthsBefore = static_cast<double>(month - from);
    const double monthsAfter = static_cast<double>(last + 1 - month);
    strongest = 0;
    for (const auto& [owner, count] : *after) {
        const auto it = before->find(owner);
        const qint64 earlier = it == before->end() ? 0 : it->second;
        const double z = FindingStatistics::poissonRateZ(count, monthsAfter, earlier, monthsBefore);
        const double ratio = earlier > 0 ? (static_cast<double>(count) / monthsAfter) /
                                               (static_cast<double>(earlier) / monthsBefore)
                                         : std::numeric_limits<double>::infinity();
        if (count + earlier >= MetricCatalogue::of(Metric::ComplaintsByCategory).minimumSample &&
            z >= FindingStatistics::kMinZ && ratio >= FindingsEngine::kMinRateRatio && z > strongest) {
            strongest = z;
            const auto named = c.repNames.find(owner);
            step.rep = named != c.repNames.end() ? named->second : owner;
            step.repBefore = earlier;
            step.repAfter = count;
        }
    }
    return std::optional<Step>{step};
}

QString TrendShape::monthName(const Period& month)
{
    return QLocale().toString(month.start().toUTC().date(), QStringLiteral("MMMM yyyy"));
}

QString TrendShape::describe(const Step& step, const QString& where)
{
    const QString since = monthName(step.month);
    QString text =
        (step.csat ? QCoreApplication::translate("TrendShape",
                                                 "In %1 the change came at once, not as a steady drift: CSAT "
                                                 "went from %2% in the months before %3 to %4% from then on "
                                                 "(z = %5 for the step beside a linear trend, and what trend "
                                                 "is left beside the step is within chance).")
                   : QCoreApplication::translate(
                         "TrendShape", "In %1 the change came at once, not as a steady drift: churn "
                                       "went from %2% a month in the months before %3 to %4% from "
                                       "then on (z = %5 for the step beside a linear trend, and what "
                                       "trend is left beside the step is within chance)."))
            .arg(where, fmt(step.before), since, fmt(step.after), fmt(step.z, 1));
    text += QLatin1Char(' ') + QCoreApplication::translate("TrendShape",
                                                           "A step has a date and usually a cause that "
                                                           "began then.");
    if (!step.category.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("TrendShape",
                                            "In the same month '%1' complaints rose: %2 in the %3 months "
                                            "from %4 on against %5 in the %3 months before.")
                    .arg(step.category, FindingWords::count(step.categoryAfter), QString::number(kSideMonths),
                         since, FindingWords::count(step.categoryBefore));
    if (!step.rep.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("TrendShape",
                                            "%1 took on %2 new customers in the %3 months from %4 on, "
                                            "against %5 in the %3 months before.")
                    .arg(step.rep, FindingWords::count(step.repAfter), QString::number(kSideMonths), since,
                         FindingWords::count(step.repBefore));
    if (step.category.isEmpty() && step.rep.isEmpty())
        text += QLatin1Char(' ') +
                QCoreApplication::translate("TrendShape",
                                            "Look at what changed in %1 (a product, a price, a rep's book "
                                            "of customers): no complaint category and no rep's intake of "
                                            "new customers rose clearly that month.")
                    .arg(since);
    return text;
}

} // namespace rapport::core::findings
