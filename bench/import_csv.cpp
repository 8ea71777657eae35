// CSV import speed against the sqlite3 shell's own .import, and the importer's peak memory.
// Usage: bench_import_csv [customers=100000] [folder]
//
// 1. Generates the demo data set for that many customers and exports it to four CSV files.
// 2. Imports the four files into an empty Rapport database, in a child process so that its
//    peak memory (VmHWM) is the import's own.
// 3. Times `sqlite3 shell.db` running `.mode csv` and `.import` of the same four files into
//    untyped tables (what the shell does with a header row), in the same run.
// Prints the times, the ratio and the peak memory. With a folder, the files are kept there.
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "interchange/CsvExporter.h"
#include "interchange/CsvImporter.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace rapport;

namespace {

const core::CsvKind kKinds[] = {core::CsvKind::Reps, core::CsvKind::Customers, core::CsvKind::Interactions,
                                core::CsvKind::Surveys};

QString fileFor(const QString& folder, core::CsvKind kind)
{
    return QDir(folder).filePath(core::toString(kind) + QStringLiteral(".csv"));
}

// Peak resident memory of this process so far, in KiB.
qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// CPU seconds (user + system) used by the children waited for so far: on a busy machine
// wall time says little, CPU time says what the work itself costs.
double seconds(const rusage& usage)
{
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double childCpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return seconds(usage);
}

int fail(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    return 1;
}

// The child: imports the four files of `folder` into a new database there.
int importOnly(const QString& folder)
{
    QTextStream out(stdout);
    const QString path = QDir(folder).filePath(QStringLiteral("imported.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    QElapsedTimer total;
    total.start();
    {
        auto db = core::Database::open(path);
        if (!db)
            return fail(db.error().details());
        core::CsvImporter importer(**db);
        for (core::CsvKind kind : kKinds) {
            QElapsedTimer t;
            t.start();
            auto report = importer.importFile(kind, fileFor(folder, kind));
            if (!report)
                return fail(report.error().details());
            if (!report->written && report->rows > 0)
                return fail(report->problemsText());
            out << QStringLiteral("  import %1: %2 rows in %3 ms\n")
                       .arg(core::toString(kind), -12)
                       .arg(report->rows, 9)
                       .arg(t.elapsed(), 6);
        }
    } // closing the database checkpoints the WAL into the file: part of the cost
    out << QStringLiteral("import-total-ms %1\n").arg(total.elapsed());
    // The import's own thread: SQLite's sorter threads take part of the index builds, so on a
    // machine with a free core the wall time approaches this rather than the process's CPU.
    rusage self{};
    getrusage(RUSAGE_THREAD, &self);
    out << QStringLiteral("import-main-thread-cpu %1\n").arg(seconds(self), 0, 'f', 2);
    out << QStringLiteral("import-peak-kib %1\n").arg(peakMemoryKiB());
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--import-only"))
        return importOnly(args.at(2));

    const int customers = args.size() > 1 ? args.at(1).toInt() : 100000;
    if (customers < 1)
        return fail(QStringLiteral("usage: bench_import_csv [customers] [folder]"));
    QTemporaryDir temp;
    const QString folder = args.size() > 2 ? args.at(2) : temp.path();
    QDir().mkpath(folder);
    QTextStream out(stdout);

    // 1. Demo data, exported.
    const QString source = QDir(folder).filePath(QStringLiteral("source.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(source + suffix);
    {
        auto db = core::Database::open(source);
        if (!db)
            return fail(db.error().details());
        const core::FixedClock clock(QDateTime(QDate(2026, 6, 30), QTime(12, 0), Qt::UTC));
        core::DemoOptions options;
        options.customers = customers;
        auto summary = core::DemoGenerator(clock).generate(**db, options);
        if (!summary)
            return fail(summary.error().details());
        QElapsedTimer t;
        t.start();
        qint64 bytes = 0;
        for (core::CsvKind kind : kKinds) {
            auto rows = core::CsvExporter(**db).exportFile(kind, fileFor(folder, kind));
            if (!rows)
                return fail(rows.error().details());
            bytes += QFileInfo(fileFor(folder, kind)).size();
            out << QStringLiteral("  export %1: %2 rows\n").arg(core::toString(kind), -12).arg(*rows, 9);
        }
        out << QStringLiteral("export: %1 ms, %2 MB of CSV\n").arg(t.elapsed()).arg(bytes / 1e6, 0, 'f', 1);
    }

    // 2. Rapport's import, in a child process.
    const double cpuBeforeImport = childCpuSeconds();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--import-only"), folder});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        return fail(QStringLiteral("the import failed"));
    const double importCpu = childCpuSeconds() - cpuBeforeImport;
    const QString report = QString::fromUtf8(child.readAllStandardOutput());
    qint64 importMs = 0;
    qint64 peak = 0;
    double mainThreadCpu = 0;
    for (const QString& line : report.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("import-total-ms ")))
            importMs = line.mid(16).toLongLong();
        else if (line.startsWith(QLatin1String("import-peak-kib ")))
            peak = line.mid(16).toLongLong();
        else if (line.startsWith(QLatin1String("import-main-thread-cpu ")))
            mainThreadCpu = line.mid(23).toDouble();
        else if (!line.isEmpty())
            out << line << '\n';
    }

    // 3. The sqlite3 shell's .import of the same files into untyped tables.
    const QString shellDb = QDir(folder).filePath(QStringLiteral("shell.sqlite"));
    QFile::remove(shellDb);
    QString script = QStringLiteral(".mode csv\n");
    for (core::CsvKind kind : kKinds)
        script += QStringLiteral(".import '%1' %2\n").arg(fileFor(folder, kind), core::toString(kind));
    const double cpuBeforeShell = childCpuSeconds();
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), shellDb});
    if (!shell.waitForStarted())
        return fail(QStringLiteral("the sqlite3 shell is not installed"));
    shell.write(script.toUtf8());
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const qint64 shellMs = t.elapsed();
    const double shellCpu = childCpuSeconds() - cpuBeforeShell;
    if (shell.exitCode() != 0)
        return fail(QStringLiteral("sqlite3 .import failed: %1").arg(QString::fromUtf8(shell.readAllStandardError())));

    out << QStringLiteral("Rapport import (typed, validated, indexed, WAL, one transaction): %1 ms wall, %2 s CPU\n")
               .arg(importMs)
               .arg(importCpu, 0, 'f', 2)
        << QStringLiteral("sqlite3 shell .import (untyped tables, no indexes):                %1 ms wall, %2 s CPU\n")
               .arg(shellMs)
               .arg(shellCpu, 0, 'f', 2)
        << QStringLiteral("ratio: %1x wall, %2x CPU\n")
               .arg(static_cast<double>(importMs) / static_cast<double>(std::max<qint64>(shellMs, 1)), 0, 'f', 2)
               .arg(importCpu / std::max(shellCpu, 0.001), 0, 'f', 2)
        << QStringLiteral("import's own thread: %1 s CPU (the rest ran on SQLite's sorter threads)\n")
               .arg(mainThreadCpu, 0, 'f', 2)
        << QStringLiteral("import peak memory (VmHWM): %1 MiB\n").arg(static_cast<double>(peak) / 1024.0, 0, 'f', 1);
    return 0;
}
