// Benchmark (issue 19): the per-product and churn figures of each quarter of 2026, for the
// whole book and for one rep, warm, best of --runs. Target: under 150 ms each on the 100k demo.
//
//   bench_products_churn --db FILE [--runs 5]
//   bench_products_churn --customers 100000 [--seed 42]   (generates demo data first)
//
// Results go to docs/performance.md ("Products and churn").
#include "BenchDatabase.h"
#include "metrics/ChurnBreakdown.h"
#include "metrics/ChurnFigures.h"
#include "metrics/ProductFigures.h"
#include "metrics/ProductTrend.h"

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
    const QString path = bench::benchDatabase(parser, tmp, exitCode);
    if (path.isEmpty())
        return exitCode;
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().details()));
        return 1;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    // The dashboard's Products tab computes the first two (table, then chart), its Churn tab
    // the last.
    std::printf("%-8s %-10s %12s %12s %16s %16s\n", "quarter", "scope", "products ms", "churn ms",
                "product trend ms", "churn tab ms");
    for (int q = 1; q <= 4; ++q) {
        const core::Period period = core::Period::quarter(2026, q);
        for (const core::Scope& scope : {core::Scope::all(), core::Scope::rep(QStringLiteral("fbrennan"))}) {
            const qint64 products =
                bestOf(runs, [&] { return core::ProductFigures::compute(**db, period, scope).ok(); });
            const qint64 churn =
                bestOf(runs, [&] { return core::ChurnFigures::compute(**db, period, scope).ok(); });
            const qint64 trend =
                bestOf(runs, [&] { return core::ProductTrend::compute(**db, period, scope).ok(); });
            const qint64 churnTab =
                bestOf(runs, [&] { return core::ChurnBreakdown::compute(**db, period, scope).ok(); });
            std::printf("2026-Q%d  %-10s %12lld %12lld %16lld %16lld\n", q,
                        scope.kind == core::Scope::Kind::All ? "all" : "fbrennan",
                        static_cast<long long>(products), static_cast<long long>(churn),
                        static_cast<long long>(trend), static_cast<long long>(churnTab));
        }
    }
    return 0;
}
