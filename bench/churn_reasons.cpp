// Benchmark (issue 19): the churn reason list on a large book. Reading the list (what Mark
// Churned and Customers › Churn Reasons… show), and merging the reason --from into --into
// (every customer who gave it moved, versions raised) with its undo, best of --runs each;
// every merge is undone, so the book is as it was afterwards.
//
//   bench_churn_reasons --db FILE [--runs 5] [--from competitor] [--into price]
//   bench_churn_reasons --customers 100000 [--seed 42]   (generates demo data first)
//
// Results go to docs/performance.md ("Churn reasons").
#include "BenchDatabase.h"
#include "services/ChurnReasonService.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

using namespace rapport;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    bench::addDatabaseOptions(parser);
    parser.addOption({QStringLiteral("from"), QStringLiteral("reason to merge"), QStringLiteral("KEY"),
                      QStringLiteral("competitor")});
    parser.addOption({QStringLiteral("into"), QStringLiteral("reason to merge it into"),
                      QStringLiteral("KEY"), QStringLiteral("price")});
    parser.process(app);
    QTemporaryDir tmp;
    int exitCode = 0;
    auto db = bench::openBenchDatabase(parser, tmp, exitCode);
    if (!db)
        return exitCode;
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    core::ChurnReasonService reasons(*db);
    qint64 list = std::numeric_limits<qint64>::max();
    qint64 merge = list;
    qint64 undo = list;
    std::size_t moved = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        auto listed = reasons.list();
        list = std::min(list, t.elapsed());
        t.restart();
        auto merged =
            reasons.rename(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("into")));
        merge = std::min(merge, t.elapsed());
        if (!listed || !merged) {
            std::fprintf(stderr, "%s\n", qPrintable((!listed ? listed.error() : merged.error()).details()));
            return 1;
        }
        moved = merged->customerIds.size();
        t.restart();
        if (core::Status s = reasons.undoRename(*merged); !s) {
            std::fprintf(stderr, "%s\n", qPrintable(s.error().details()));
            return 1;
        }
        undo = std::min(undo, t.elapsed());
    }
    std::printf("list %lld ms, merge of %zu customers %lld ms, its undo %lld ms (best of %d)\n",
                static_cast<long long>(list), moved, static_cast<long long>(merge),
                static_cast<long long>(undo), runs);
    return 0;
}
