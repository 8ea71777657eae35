#include "reflection/findings/OpposingTrendDetector.h"

#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"
#include "reflection/findings/ProductComplaintDetector.h"
#include "reflection/findings/TrendShape.h"

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

Status OpposingTrendDetector::detect(FindingContext& c)
{
    // The window: FindingsEngine::kTrendPeriods periods of the asked kind, the asked one last.
    std::vector<Period> periods{c.period};
    while (periods.size() < static_cast<std::size_t>(FindingsEngine::kTrendPeriods))
        periods.insert(periods.begin(), periods.front().previous());
    std::vector<Scope> scopes{c.scope};
    FindingsStore store(c.db);
    if (c.scope.kind == Scope::Kind::All && c.subScopes) {
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
        qint64 answers = 0;  // CSAT answers over the periods used
        qint64 starters = 0; // customers at the start, summed over the periods used
        std::optional<double> csatFirst, csatLast, churnFirst, churnLast;
    };
    std::vector<Trend> trends;
    for (const Scope& scope : scopes) {
        auto series = c.engine.computeSeries(periods, scope, MetricsEngine::Surveys | MetricsEngine::Base);
        if (!series)
            return series.error();
        std::vector<double> t;
        std::vector<qint64> satisfied, answers, churned, starters;
        Trend trend;
        trend.scope = scope;
        for (std::size_t i = 0; i < series->size(); ++i) {
            const MetricsResult& r = (*series)[i];
            const qint64 n = static_cast<qint64>(r.value(QStringLiteral("responses.csat")).value_or(0));
            if (n < minimumSample(Metric::Csat) || r.customersStart < minimumSample(Metric::ChurnRate) ||
                !r.csat || !r.churnRate)
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
            trend.answers += n;
            trend.starters += r.customersStart;
        }
        if (trend.used < FindingsEngine::kMinTrendPeriods)
            continue;
        trend.csatZ = FindingStatistics::trendZ(t, satisfied, answers, &trend.csatChange);
        trend.churnZ = FindingStatistics::trendZ(t, churned, starters, &trend.churnChange);
        trend.csatChange *= 100;
        trend.churnChange *= 100;
        trends.push_back(trend);
    }
    const double critical = FindingStatistics::criticalZFor(static_cast<int>(2 * trends.size()),
                                                            c.scope.kind == Scope::Kind::Rep);
    for (const Trend& tr : trends) {
        const bool csatMoved =
            std::abs(tr.csatZ) >= critical && std::abs(tr.csatChange) >= FindingsEngine::kMinTrendCsatPoints;
        const bool churnMoved = std::abs(tr.churnZ) >= critical &&
                                std::abs(tr.churnChange) >= FindingsEngine::kMinTrendChurnPoints;
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
        const QString where = c.scopeWords(tr.scope);
        const QString span = QCoreApplication::translate("OpposingTrendDetector", "%1 to %2")
                                 .arg(tr.first.label(), tr.last.label());
        Finding f;
        f.kind = FindingKind::OpposingTrend;
        f.scope = tr.scope;
        // The rising side first, as for opposing metrics: the order tells the two stories apart.
        f.subject = leaving ? QStringLiteral("csat/churn_rate") : QStringLiteral("churn_rate/csat");
        f.statistic = std::min(std::abs(tr.csatZ), std::abs(tr.churnZ));
        f.severity = leaving && f.statistic >= FindingStatistics::kStrongZ ? FindingSeverity::Critical
                                                                           : FindingSeverity::Warning;
        auto signedPoints = [](double v) {
            QString text = fmt(v);
            if (v >= 0)
                text.prepend(QLatin1Char('+'));
            return text;
        };
        // A step or a drift: said differently, because they are fixed differently.
        auto shape = TrendShape::find(c, periods, tr.scope);
        if (!shape)
            return shape.error();
        if (*shape) {
            const QString since = TrendShape::monthName((*shape)->month);
            f.title = leaving ? QCoreApplication::translate("OpposingTrendDetector",
                                                            "Happier but leaving since %1, in %2")
                                    .arg(since, where)
                              : QCoreApplication::translate("OpposingTrendDetector",
                                                            "Less satisfied but staying since %1, in %2")
                                    .arg(since, where);
            f.explanation =
                (leaving
                     ? QCoreApplication::translate("OpposingTrendDetector",
                                                   "From %1, CSAT in %2 rose (%3 points, from %4 to %5) "
                                                   "while churn rose too (%6 points, from %7 to %8).")
                           .arg(span, where, signedPoints(tr.csatChange), fmt(tr.csatFirst.value_or(0)),
                                fmt(tr.csatLast.value_or(0)), signedPoints(tr.churnChange),
                                fmt(tr.churnFirst.value_or(0)), fmt(tr.churnLast.value_or(0)))
                     : QCoreApplication::translate("OpposingTrendDetector",
                                                   "From %1, CSAT in %2 fell (%3 points) while churn fell "
                                                   "as well (%4 points).")
                           .arg(span, where, signedPoints(tr.csatChange), signedPoints(tr.churnChange))) +
                QLatin1Char(' ') + TrendShape::describe(**shape, where);
        } else if (leaving) {
            f.title = QCoreApplication::translate("OpposingTrendDetector",
                                                  "Happier but leaving, period after period, in %1")
                          .arg(where);
            f.explanation =
                QCoreApplication::translate(
                    "OpposingTrendDetector",
                    "From %1, CSAT in %2 trended up (%3 points over the %4 periods with enough data, "
                    "from %5 to %6) while churn trended up too (%7 points, from %8 to %9). From one "
                    "period to the next the changes are small, but the drift is steady: satisfaction "
                    "surveys may not reach the customers who go, or something other than service "
                    "(price, competition, product fit) drives them away.")
                    .arg(span, where, signedPoints(tr.csatChange), QString::number(tr.used),
                         fmt(tr.csatFirst.value_or(0)), fmt(tr.csatLast.value_or(0)),
                         signedPoints(tr.churnChange), fmt(tr.churnFirst.value_or(0)),
                         fmt(tr.churnLast.value_or(0)));
        } else {
            f.title = QCoreApplication::translate("OpposingTrendDetector",
                                                  "Less satisfied but staying, period after period, in %1")
                          .arg(where);
            f.explanation =
                QCoreApplication::translate(
                    "OpposingTrendDetector",
                    "From %1, CSAT in %2 trended down (%3 points over the %4 periods with enough data) "
                    "while churn trended down as well (%5 points). Customers stay for now even though "
                    "they rate the service lower; that goodwill may not last.")
                    .arg(span, where, signedPoints(tr.csatChange), QString::number(tr.used),
                         signedPoints(tr.churnChange));
        }
        if (leaving) {
            // The product behind the latest period's extra complaints, when one carries them.
            auto product = ProductComplaintDetector::carryingProduct(c, tr.scope);
            if (!product)
                return product.error();
            if (!product->isEmpty())
                f.explanation += QLatin1Char(' ') + *product;
        }
        f.explanation +=
            QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Trends, f.statistic, critical);
        f.explanation +=
            QLatin1Char(' ') + QCoreApplication::translate("OpposingTrendDetector",
                                                           "It rests on %1 CSAT answers and on %2 customers "
                                                           "counted at the starts of the %3 periods.")
                                   .arg(FindingWords::count(tr.answers), FindingWords::count(tr.starters),
                                        QString::number(tr.used));
        f.numbers = {
            {QCoreApplication::translate("OpposingTrendDetector", "CSAT %1").arg(tr.first.label()),
             tr.csatFirst.value_or(0), 1},
            {QCoreApplication::translate("OpposingTrendDetector", "CSAT %1").arg(tr.last.label()),
             tr.csatLast.value_or(0), 1},
            {QCoreApplication::translate("OpposingTrendDetector", "churn rate %1").arg(tr.first.label()),
             tr.churnFirst.value_or(0), 1},
            {QCoreApplication::translate("OpposingTrendDetector", "churn rate %1").arg(tr.last.label()),
             tr.churnLast.value_or(0), 1},
            {QCoreApplication::translate("OpposingTrendDetector", "fitted CSAT change (points)"),
             tr.csatChange, 1},
            {QCoreApplication::translate("OpposingTrendDetector", "fitted churn change (points)"),
             tr.churnChange, 1},
            {QCoreApplication::translate("OpposingTrendDetector", "z of the CSAT trend"), tr.csatZ, 2},
            {QCoreApplication::translate("OpposingTrendDetector", "z of the churn trend"), tr.churnZ, 2}};
        auto left = store.churnedCustomerIds(tr.first.startSeconds(), tr.last.endSeconds(), tr.scope,
                                             FindingRecords::kMaxIds);
        if (!left)
            return left.error();
        f.records.push_back(
            records(QStringLiteral("customers"),
                    QCoreApplication::translate("OpposingTrendDetector", "customers of %1 who left from %2")
                        .arg(where, span),
                    *left));
        c.out.push_back(std::move(f));
    }
    return {};
}

} // namespace rapport::core::findings
