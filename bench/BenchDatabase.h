#pragma once
// The database a benchmark runs on, shared by the benchmarks that take
// `--db FILE` or `--customers N [--seed S]` (demo data up to 2026-10-31, generated first).

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <memory>
#include <optional>

namespace rapport::bench {

// The options benchDatabase() reads, and --runs (default 5).
inline void addDatabaseOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("db"), QStringLiteral("database file"), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("customers"), QStringLiteral("demo customers"), QStringLiteral("N")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("demo seed"), QStringLiteral("S"), QStringLiteral("42")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("timed runs"), QStringLiteral("N"), QStringLiteral("5")});
}

// The path of the database to measure: --db, or a new file in `tmp` filled with demo data.
// Empty after a message on stderr, with the exit status in `exitCode` (2 usage, 1 failure).
inline QString benchDatabase(const QCommandLineParser& parser, const QTemporaryDir& tmp, int& exitCode)
{
    const QString given = parser.value(QStringLiteral("db"));
    if (!given.isEmpty())
        return given;
    if (!parser.isSet(QStringLiteral("customers"))) {
        std::fprintf(stderr, "give --db FILE or --customers N\n");
        exitCode = 2;
        return {};
    }
    const QString path = tmp.filePath(QStringLiteral("bench.sqlite"));
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().details()));
        exitCode = 1;
        return {};
    }
    const core::FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    core::DemoOptions options;
    options.customers = parser.value(QStringLiteral("customers")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toULongLong();
    options.until = QDate(2026, 10, 31);
    QElapsedTimer t;
    t.start();
    auto summary = core::DemoGenerator(clock).generate(**db, options);
    if (!summary) {
        std::fprintf(stderr, "demo: %s\n", qPrintable(summary.error().details()));
        exitCode = 1;
        return {};
    }
    std::printf("generated %lld customers in %lld ms\n", static_cast<long long>(summary->customers),
                static_cast<long long>(t.elapsed()));
    std::fflush(stdout);
    return path;
}

// benchDatabase(), opened; null after a message on stderr, with the exit status in `exitCode`.
inline std::unique_ptr<core::Database> openBenchDatabase(const QCommandLineParser& parser,
                                                         const QTemporaryDir& tmp, int& exitCode)
{
    const QString path = benchDatabase(parser, tmp, exitCode);
    if (path.isEmpty())
        return nullptr;
    auto db = core::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().details()));
        exitCode = 1;
        return nullptr;
    }
    return std::move(db).value();
}

} // namespace rapport::bench
