// Benchmark (issue 19): the win-back queue at --now (2026-11-01; the churns of the 12 months before),
// whole and its first page of 50, for the whole book, one rep and one segment, warm, best of
// --runs. Target: under 150 ms each on the 100k demo.
//
//   bench_win_back_queue --db FILE [--runs 5] [--now 2026-12-04T00:00:00Z] [--rep ID] [--segment NAME]
//   bench_win_back_queue --customers 100000 [--seed 42]   (generates demo data first)
//
// Results go to docs/performance.md ("Win-back queue").
#include "BenchDatabase.h"
#include "services/WinBackService.h"

#include <QCoreApplication>
#include <algorithm>
#include <ctime>
#include <functional>
#include <limits>

using namespace rapport;

namespace {

struct Timing
{
    qint64 wallMs = -1; // best wall-clock time
    qint64 cpuMs = -1;  // best process CPU time (user + system): what the query costs on a busy machine
};

// The best of `runs` timed calls after one untimed one; -1 when a call failed.
Timing bestOf(int runs, const std::function<bool()>& call)
{
    if (!call())
        return {};
    Timing best{std::numeric_limits<qint64>::max(), std::numeric_limits<qint64>::max()};
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const std::clock_t cpu = std::clock();
        if (!call())
            return {};
        best.cpuMs = std::min(best.cpuMs, static_cast<qint64>((std::clock() - cpu) * 1000 / CLOCKS_PER_SEC));
        best.wallMs = std::min(best.wallMs, t.elapsed());
    }
    return best;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addDatabaseOptions(parser);
    parser.addOption({QStringLiteral("rep"), QStringLiteral("rep id for the rep scope"), QStringLiteral("ID"),
                      QStringLiteral("fbrennan")});
    parser.addOption({QStringLiteral("segment"), QStringLiteral("segment for the segment scope"),
                      QStringLiteral("NAME"), QStringLiteral("enterprise")});
    parser.addOption({QStringLiteral("now"), QStringLiteral("the queue's now, ISO 8601 UTC"),
                      QStringLiteral("T"), QStringLiteral("2026-11-01T00:00:00Z")});
    parser.process(app);
    QTemporaryDir tmp;
    int exitCode = 0;
    auto db = bench::openBenchDatabase(parser, tmp, exitCode);
    if (!db)
        return exitCode;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QDateTime now = QDateTime::fromString(parser.value(QStringLiteral("now")), Qt::ISODate);
    if (!now.isValid()) {
        std::fprintf(stderr, "--now: not an ISO 8601 instant\n");
        return 2;
    }
    core::WinBackService service(*db);
    std::printf("%-22s %8s %10s %10s %10s %10s\n", "scope", "rows", "whole ms", "whole cpu", "page ms",
                "page cpu");
    for (const core::Scope& scope :
         {core::Scope::all(), core::Scope::rep(parser.value(QStringLiteral("rep"))),
          core::Scope::segment(parser.value(QStringLiteral("segment")))}) {
        std::size_t rows = 0;
        const Timing whole = bestOf(runs, [&] {
            auto q = service.queue(now, scope);
            rows = q ? q->size() : 0;
            return q.ok();
        });
        const Timing page = bestOf(runs, [&] { return service.queue(now, scope, 50, 0).ok(); });
        std::printf("%-22s %8zu %10lld %10lld %10lld %10lld\n", qPrintable(scope.describe()), rows,
                    static_cast<long long>(whole.wallMs), static_cast<long long>(whole.cpuMs),
                    static_cast<long long>(page.wallMs), static_cast<long long>(page.cpuMs));
    }
    return 0;
}
