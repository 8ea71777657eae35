// Benchmark (issue 19): the per-product and churn figures of each quarter of 2026 and of the
// year 2025, for the whole book and for one rep, warm, best of --runs. Target: under 150 ms each on the 100k
// demo.
//
//   bench_products_churn --db FILE [--runs 5]
//   bench_products_churn --customers 100000 [--seed 42]   (generates demo data first)
//
// The last two columns are the dashboard's Products tab on a change of period, as it computes
// on its job: the table's figures, then the chart's twelve months, one after the other on one
// connection. "tab, new" with nothing cached (the first period shown, or one far from those
// seen); "tab, switch" coming from the quarter before, whose chart months the tab has kept
// (nine of the twelve are the same), as it does until the data changes; for the year 2025,
// coming from its first quarter (January to March kept, nine months to read).
//
// Results go to docs/performance.md ("Products and churn").
#include "BenchDatabase.h"
#include "metrics/ChurnBreakdown.h"
#include "metrics/ChurnFigures.h"
#include "metrics/ProductFigures.h"
#include "metrics/ProductTrend.h"
#include "metrics/ProductTrendCache.h"

#include <QCoreApplication>
#include <algorithm>
#include <functional>
#include <limits>

using namespace rapport;

namespace {

// The best of `runs` timed calls after one untimed one, in ms; -1 when a call failed.
qint64 bestOf(int runs, const std::function<bool()>& call)
{
    if (!call())
        return -1;
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        if (!call())
            return -1;
        best = std::min(best, t.elapsed());
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addDatabaseOptions(parser);
    parser.process(app);
    QTemporaryDir tmp;
    int exitCode = 0;
    auto db = bench::openBenchDatabase(parser, tmp, exitCode);
    if (!db)
        return exitCode;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    // The dashboard's Products tab computes the first two (table, then chart), its Churn tab
    // the last.
    std::printf("%-8s %-10s %12s %12s %16s %16s %14s %16s\n", "quarter", "scope", "products ms", "churn ms",
                "product trend ms", "churn tab ms", "tab, new ms", "tab, switch ms");
    for (int q = 1; q <= 5; ++q) {
        const bool year = q == 5;
        const core::Period period = year ? core::Period::year(2025) : core::Period::quarter(2026, q);
        for (const core::Scope& scope : {core::Scope::all(), core::Scope::rep(QStringLiteral("fbrennan"))}) {
            const qint64 products =
                bestOf(runs, [&] { return core::ProductFigures::compute(*db, period, scope).ok(); });
            const qint64 churn =
                bestOf(runs, [&] { return core::ChurnFigures::compute(*db, period, scope).ok(); });
            const qint64 trend =
                bestOf(runs, [&] { return core::ProductTrend::compute(*db, period, scope).ok(); });
            const qint64 churnTab =
                bestOf(runs, [&] { return core::ChurnBreakdown::compute(*db, period, scope).ok(); });
            const auto tab = [&](core::ProductTrendCache* cache) {
                return core::ProductFigures::compute(*db, period, scope).ok() &&
                       core::ProductTrend::compute(*db, period, scope, 12, cache).ok();
            };
            const qint64 tabNew = bestOf(runs, [&] { return tab(nullptr); });
            const core::Period before = year     ? core::Period::quarter(2025, 1)
                                        : q == 1 ? core::Period::quarter(2025, 4)
                                                 : core::Period::quarter(2026, q - 1);
            // Each run: the previous change fills the cache (untimed), then this one is timed.
            qint64 tabSwitch = std::numeric_limits<qint64>::max();
            for (int i = 0; i <= runs && tabSwitch >= 0; ++i) {
                core::ProductTrendCache cache;
                if (!core::ProductTrend::compute(*db, before, scope, 12, &cache).ok()) {
                    tabSwitch = -1;
                    break;
                }
                QElapsedTimer t;
                t.start();
                if (!tab(&cache))
                    tabSwitch = -1;
                else if (i > 0) // the first one warms up, as bestOf's
                    tabSwitch = std::min(tabSwitch, t.elapsed());
            }
            std::printf("%-8s %-10s %12lld %12lld %16lld %16lld %14lld %16lld\n", qPrintable(period.label()),
                        scope.kind == core::Scope::Kind::All ? "all" : "fbrennan",
                        static_cast<long long>(products), static_cast<long long>(churn),
                        static_cast<long long>(trend), static_cast<long long>(churnTab),
                        static_cast<long long>(tabNew), static_cast<long long>(tabSwitch));
        }
    }
    return 0;
}
