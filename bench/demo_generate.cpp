// Demo data generation: how long `rapport-cli demo --customers N` takes.
// Usage: bench_demo_generate [customers=100000] [seed=42]
// Writes into a fresh file in a temporary folder and prints wall time, rows and file size.
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace rapport;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int customers = args.size() > 1 ? args.at(1).toInt() : 100000;
    const quint64 seed = args.size() > 2 ? args.at(2).toULongLong() : 42;
    QTextStream out(stdout);
    if (customers < 1) {
        QTextStream(stderr) << "usage: bench_demo_generate [customers] [seed]\n";
        return 2;
    }

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench-demo.sqlite"));
    auto db = core::Database::open(path);
    if (!db) {
        QTextStream(stderr) << db.error().details() << '\n';
        return 1;
    }
    // A fixed last day, so every run writes the same rows.
    const core::FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
    core::DemoOptions options;
    options.customers = customers;
    options.seed = seed;

    QElapsedTimer timer;
    timer.start();
    auto result = core::DemoGenerator(clock).generate(*db.value(), options);
    const qint64 ms = timer.elapsed();
    if (!result) {
        QTextStream(stderr) << result.error().details() << '\n';
        return 1;
    }
    db.value().reset(); // close, so the WAL is checkpointed into the file before measuring it
    qint64 bytes = QFileInfo(path).size();
    if (QFileInfo::exists(path + QStringLiteral("-wal")))
        bytes += QFileInfo(path + QStringLiteral("-wal")).size();

    const core::DemoSummary& s = *result;
    out << "customers:        " << s.customers << '\n'
        << "interactions:     " << s.interactions << '\n'
        << "survey responses: " << s.surveyResponses << '\n'
        << "rows in total:    " << s.rows() << '\n'
        << "wall time:        " << QString::number(static_cast<double>(ms) / 1000.0, 'f', 2) << " s\n"
        << "rows per second:  " << (ms > 0 ? s.rows() * 1000 / ms : 0) << '\n'
        << "file size:        " << QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1)
        << " MiB\n";
    return 0;
}
