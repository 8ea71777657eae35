// Benchmark: FindingsEngine::find (what the Reflection page's findings panel runs on its
// worker thread) for the whole team and for each rep, on a demo database.
//
//   bench_reflection_findings --db FILE [--period 2026-Q3] [--runs 3]
//   bench_reflection_findings --customers 100000 [--seed 42]   (generates demo data first)
//
// Each scope is run once untimed (warm cache) and then --runs times; the best wall time is
// reported with the number of findings, so the run also shows what the panel would list.
// Results go to docs/performance.md ("Findings").
#include "BenchDatabase.h"
#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "storage/Database.h"
#include "storage/RepRepository.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <limits>

using namespace rapport;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the findings of a period, team and per rep."));
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("an existing Rapport database"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("customers"),
                      QStringLiteral("generate demo data with N customers first"), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("demo seed"), QStringLiteral("SEED"), QStringLiteral("42")});
    parser.addOption({QStringLiteral("period"), QStringLiteral("the period to look at"),
                      QStringLiteral("PERIOD"), QStringLiteral("2026-Q3")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("timed runs per scope"), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addHelpOption();
    parser.process(app);

    core::FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    QTemporaryDir tmp;
    int exitCode = 0;
    const QString dbPath = bench::benchDatabase(parser, tmp, exitCode);
    if (dbPath.isEmpty())
        return exitCode;
    auto period = core::Period::parse(parser.value(QStringLiteral("period")));
    if (!period) {
        fprintf(stderr, "%s\n", qPrintable(period.error().message));
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    auto db = core::Database::open(dbPath, core::Database::OpenMode::OpenExisting);
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error().details()));
        return 1;
    }
    core::MetricsEngine metrics(**db, clock);
    core::FindingsEngine engine(**db, metrics);

    std::vector<core::Scope> scopes{core::Scope::all()};
    if (auto reps = core::RepRepository(**db).list(); reps) {
        for (const auto& rep : *reps) {
            if (rep.role == core::RepRole::Rep)
                scopes.push_back(core::Scope::rep(rep.id));
        }
    }
    printf("%-16s %10s %10s\n", "scope", "best ms", "findings");
    for (const auto& scope : scopes) {
        qint64 best = std::numeric_limits<qint64>::max();
        std::vector<core::Finding> last;
        for (int run = 0; run <= runs; ++run) { // run 0 warms the cache, untimed
            QElapsedTimer t;
            t.start();
            auto found = engine.find(*period, scope);
            const qint64 ms = t.elapsed();
            if (!found) {
                fprintf(stderr, "%s: %s\n", qPrintable(scope.describe()),
                        qPrintable(found.error().details()));
                return 1;
            }
            last = std::move(*found);
            if (run > 0)
                best = std::min(best, ms);
        }
        printf("%-16s %10lld %10zu\n", qPrintable(scope.describe()), static_cast<long long>(best),
               last.size());
        for (const auto& f : last)
            printf("    [%s] %s\n", qPrintable(core::toString(f.severity)), qPrintable(f.title));
    }
    return 0;
}
