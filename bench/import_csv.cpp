// CSV import speed against the sqlite3 shell's own .import, and the importer's peak memory.
// Usage: bench_import_csv [customers=100000] [folder]
//
// 1. Generates the demo data set for that many customers and exports it to four CSV files.
// 2. Imports the four files into an empty Rapport database, in a child process so that its
//    peak memory (VmHWM) is the import's own.
// 3. Times `sqlite3 shell.db` running `.mode csv` and `.import` of the same four files into
//    untyped tables (what the shell does with a header row), in the same run.
// 4. Times the shell building Rapport's own database from the same files without any
//    validation: `.import` into temporary untyped tables, one set-based INSERT ... SELECT per
//    table into an empty Rapport schema (indexes dropped and built again before COMMIT, as
//    the import does), same pragmas. That is a floor for any importer on this schema.
// 5. Times the shell copying the imported database's rows, already typed, into another empty
//    Rapport database: per table one transaction, indexes dropped, INSERT ... SELECT *,
//    indexes built again, COMMIT, checkpoint at close; the import's pragmas. No CSV at all:
//    what SQLite alone needs to write Rapport's database in WAL mode, the floor below any
//    importer of this schema, however fast its parsing.
// Each shell runs under a child of this program that reports its wall time, CPU and peak
// memory (getrusage of its only child). Prints the times, the ratios, the peak memory and
// the load average before and after. With a folder, the files are kept there.
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
#include <QMap>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <optional>
#include <sys/resource.h>

using namespace rapport;

namespace {

// In the order a book is filled (a file's references first); products since issue 19.
const core::CsvKind kKinds[] = {core::CsvKind::Reps, core::CsvKind::Products, core::CsvKind::Customers,
                                core::CsvKind::Interactions, core::CsvKind::Surveys};

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
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
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

// The child that runs one sqlite3 shell: `--shell DB SCRIPT`. Its only child is the shell,
// so getrusage(RUSAGE_CHILDREN) is the shell's CPU and peak memory alone.
int shellOnly(const QString& dbPath, const QString& scriptPath)
{
    QFile scriptFile(scriptPath);
    if (!scriptFile.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(scriptPath));
    const QByteArray script = scriptFile.readAll();
    QProcess shell;
    QElapsedTimer t;
    t.start();
    shell.start(QStringLiteral("sqlite3"), {QStringLiteral("-bail"), dbPath});
    if (!shell.waitForStarted())
        return fail(QStringLiteral("the sqlite3 shell is not installed"));
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(-1);
    const qint64 ms = t.elapsed();
    if (shell.exitStatus() != QProcess::NormalExit || shell.exitCode() != 0)
        return fail(
            QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(shell.readAllStandardError())));
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    // With `.timer on` the shell prints "Run Time: real R user U sys S" after each SQL
    // statement (not after dot-commands such as .import): their sum is the SQL part alone.
    double timedReal = 0;
    double timedCpu = 0;
    for (const QByteArray& line : shell.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> words = line.simplified().split(' ');
        if (words.size() == 8 && line.startsWith("Run Time:")) {
            timedReal += words.at(3).toDouble();
            timedCpu += words.at(5).toDouble() + words.at(7).toDouble();
        }
    }
    QTextStream out(stdout);
    out << QStringLiteral(
               "shell-ms %1\nshell-cpu %2\nshell-peak-kib %3\nshell-timed-ms %4\nshell-timed-cpu %5\n")
               .arg(ms)
               .arg(seconds(usage), 0, 'f', 2)
               .arg(usage.ru_maxrss) // KiB on Linux
               .arg(static_cast<qint64>(timedReal * 1000.0))
               .arg(timedCpu, 0, 'f', 2);
    return 0;
}

struct Measured
{
    qint64 ms = 0;
    double cpu = 0;
    qint64 peakKiB = 0;
    qint64 timedMs = 0; // the statements timed by `.timer on`
    double timedCpu = 0;
};

// Runs `script` through the sqlite3 shell on `dbPath` (via the --shell child).
std::optional<Measured> runShell(const QString& folder, const QString& dbPath, const QString& name,
                                 const QString& script)
{
    const QString scriptPath = QDir(folder).filePath(name + QStringLiteral(".sql"));
    QFile file(scriptPath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::nullopt;
    file.write(script.toUtf8());
    file.close();
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--shell"), dbPath, scriptPath});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0)
        return std::nullopt;
    Measured m;
    for (const QString& line : QString::fromUtf8(child.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("shell-ms ")))
            m.ms = line.mid(9).toLongLong();
        else if (line.startsWith(QLatin1String("shell-cpu ")))
            m.cpu = line.mid(10).toDouble();
        else if (line.startsWith(QLatin1String("shell-peak-kib ")))
            m.peakKiB = line.mid(15).toLongLong();
        else if (line.startsWith(QLatin1String("shell-timed-ms ")))
            m.timedMs = line.mid(15).toLongLong();
        else if (line.startsWith(QLatin1String("shell-timed-cpu ")))
            m.timedCpu = line.mid(16).toDouble();
    }
    return m;
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().trimmed());
}

void removeDatabase(const QString& path)
{
    for (const QString& suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

// The floor script: the shell fills an empty Rapport database from the four files with
// set-based SQL and no validation beyond the schema's own constraints. Values are converted
// the way the contract reads them (empty = NULL, instants to Unix seconds, amounts to cents).
// `indexes` are the CREATE INDEX statements of the three bulk tables: dropped before the
// inserts and built again before COMMIT, as the import does on empty tables.
QString floorScript(const QString& folder, const QStringList& indexNames, const QStringList& indexes)
{
    QString script = QStringLiteral(".bail on\nPRAGMA foreign_keys = OFF;\nPRAGMA threads = 2;\n"
                                    "PRAGMA cache_size = -65536;\n");
    for (core::CsvKind kind : kKinds)
        script += QStringLiteral(".import --csv --schema temp '%1' raw_%2\n")
                      .arg(fileFor(folder, kind), core::toString(kind));
    script += QStringLiteral(".timer on\nBEGIN IMMEDIATE;\n");
    for (const QString& name : indexNames)
        script += QStringLiteral("DROP INDEX \"%1\";\n").arg(name);
    script += QStringLiteral(
        "INSERT INTO reps (id, name, role) SELECT id, name, coalesce(nullif(role, ''), 'rep') FROM "
        "temp.raw_reps;\n"
        "INSERT INTO customers (external_id, name, company, email, phone, segment, owner, acquired_at, "
        "churned_at)"
        " SELECT external_id, name, nullif(company, ''), nullif(email, ''), nullif(phone, ''), "
        "nullif(segment, ''),"
        " nullif(owner, ''), unixepoch(acquired_at), unixepoch(nullif(churned_at, '')) FROM "
        "temp.raw_customers;\n"
        "INSERT INTO interactions (external_id, customer_id, rep_id, kind, occurred_at, amount_cents, "
        "category, notes,"
        " resolved_at) SELECT r.external_id, c.id, nullif(r.rep, ''), r.kind, unixepoch(r.occurred_at),"
        " CAST(round(nullif(r.amount, '') * 100) AS INTEGER), nullif(r.category, ''), nullif(r.notes, ''),"
        " unixepoch(nullif(r.resolved_at, '')) FROM temp.raw_interactions r JOIN customers c ON "
        "c.external_id = r.customer;\n"
        "INSERT INTO survey_responses (external_id, customer_id, survey, score, responded_at, comment, "
        "category)"
        " SELECT r.external_id, c.id, r.survey, CAST(r.score AS INTEGER), unixepoch(r.responded_at),"
        " nullif(r.comment, ''), nullif(r.category, '') FROM temp.raw_surveys r JOIN customers c ON "
        "c.external_id = r.customer;\n"
        "PRAGMA cache_size = -8192;\n");
    for (const QString& create : indexes)
        script += create + QStringLiteral(";\n");
    script += QStringLiteral("COMMIT;\n");
    return script;
}

// The secondary indexes of a Rapport database, by table: names and CREATE INDEX statements.
struct TableIndexes
{
    QMap<QString, QStringList> names;
    QMap<QString, QStringList> statements;
};

// Creates an empty Rapport database at `path` (replacing any) and lists its indexes.
std::optional<TableIndexes> emptyRapportDatabase(const QString& path)
{
    removeDatabase(path);
    auto db = core::Database::open(path);
    if (!db) {
        fail(db.error().details());
        return std::nullopt;
    }
    QSqlQuery q((*db)->connection());
    if (!q.exec(QStringLiteral("SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'index'"
                               " AND sql IS NOT NULL ORDER BY name"))) {
        fail(q.lastError().text());
        return std::nullopt;
    }
    TableIndexes indexes;
    while (q.next()) {
        indexes.names[q.value(0).toString()] << q.value(1).toString();
        indexes.statements[q.value(0).toString()] << q.value(2).toString();
    }
    return indexes;
}

// The copy floor script: `source`'s rows copied table by table into the (empty) database the
// shell runs on, the way the import writes an empty table. `indexes` maps a table to its
// CREATE INDEX statements.
QString copyFloorScript(const QString& source, const QMap<QString, QStringList>& indexNames,
                        const QMap<QString, QStringList>& indexes)
{
    QString script = QStringLiteral(".bail on\nPRAGMA foreign_keys = OFF;\nPRAGMA threads = 2;\n"
                                    "ATTACH '%1' AS src;\n")
                         .arg(source);
    for (const char* table : {"reps", "customers", "interactions", "survey_responses"}) {
        const QString name = QString::fromLatin1(table);
        script += QStringLiteral("BEGIN IMMEDIATE;\nPRAGMA cache_size = -65536;\n");
        for (const QString& index : indexNames.value(name))
            script += QStringLiteral("DROP INDEX \"%1\";\n").arg(index);
        script += QStringLiteral("INSERT INTO main.%1 SELECT * FROM src.%1 ORDER BY rowid;\n").arg(name);
        script += QStringLiteral("PRAGMA cache_size = -8192;\n");
        for (const QString& create : indexes.value(name))
            script += create + QStringLiteral(";\n");
        script += QStringLiteral("COMMIT;\n");
    }
    return script;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("--import-only"))
        return importOnly(args.at(2));
    if (args.size() == 4 && args.at(1) == QLatin1String("--shell"))
        return shellOnly(args.at(2), args.at(3));

    const int customers = args.size() > 1 ? args.at(1).toInt() : 100000;
    if (customers < 1)
        return fail(QStringLiteral("usage: bench_import_csv [customers] [folder]"));
    QTemporaryDir temp;
    const QString folder = args.size() > 2 ? args.at(2) : temp.path();
    QDir().mkpath(folder);
    QTextStream out(stdout);
    out << QStringLiteral("load average at the start: %1\n").arg(loadAverage());

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
    removeDatabase(shellDb);
    QString script = QStringLiteral(".mode csv\n");
    for (core::CsvKind kind : kKinds)
        script += QStringLiteral(".import '%1' %2\n").arg(fileFor(folder, kind), core::toString(kind));
    const auto shell = runShell(folder, shellDb, QStringLiteral("shell-import"), script);
    if (!shell)
        return fail(QStringLiteral("sqlite3 .import failed"));

    // 4. The floor: the shell building Rapport's typed, indexed tables from the same files.
    const QString floorDb = QDir(folder).filePath(QStringLiteral("floor.sqlite"));
    const auto floorIndexes = emptyRapportDatabase(floorDb);
    if (!floorIndexes)
        return 1;
    QStringList indexNames;
    QStringList indexes;
    for (const char* table : {"customers", "interactions", "survey_responses"}) {
        indexNames << floorIndexes->names.value(QString::fromLatin1(table));
        indexes << floorIndexes->statements.value(QString::fromLatin1(table));
    }
    const auto floor =
        runShell(folder, floorDb, QStringLiteral("shell-floor"), floorScript(folder, indexNames, indexes));
    if (!floor)
        return fail(QStringLiteral("the sqlite3 floor script failed"));

    // 5. The copy floor: SQLite alone writing the imported rows into an empty Rapport database.
    const QString copyDb = QDir(folder).filePath(QStringLiteral("copy.sqlite"));
    const auto copyIndexes = emptyRapportDatabase(copyDb);
    if (!copyIndexes)
        return 1;
    const auto copyFloor = runShell(folder, copyDb, QStringLiteral("shell-copy-floor"),
                                    copyFloorScript(QDir(folder).filePath(QStringLiteral("imported.sqlite")),
                                                    copyIndexes->names, copyIndexes->statements));
    if (!copyFloor)
        return fail(QStringLiteral("the sqlite3 copy floor script failed"));

    const auto ratio = [](double a, double b) { return a / std::max(b, 0.001); };
    const auto mib = [](qint64 kib) { return static_cast<double>(kib) / 1024.0; };
    out << QStringLiteral("Rapport import (typed, validated, indexed, WAL, one transaction): %1 ms wall, %2 "
                          "s CPU, peak %3 MiB\n")
               .arg(importMs)
               .arg(importCpu, 0, 'f', 2)
               .arg(mib(peak), 0, 'f', 1)
        << QStringLiteral("sqlite3 shell .import (untyped tables, no indexes):                %1 ms wall, %2 "
                          "s CPU, peak %3 MiB\n")
               .arg(shell->ms)
               .arg(shell->cpu, 0, 'f', 2)
               .arg(mib(shell->peakKiB), 0, 'f', 1)
        << QStringLiteral("sqlite3 shell into Rapport's schema (floor, no validation):        %1 ms wall, %2 "
                          "s CPU, peak %3 MiB\n")
               .arg(floor->ms)
               .arg(floor->cpu, 0, 'f', 2)
               .arg(mib(floor->peakKiB), 0, 'f', 1)
        << QStringLiteral(
               "  of which typed INSERT ... SELECT, index builds and COMMIT:     %1 ms wall, %2 s CPU\n")
               .arg(floor->timedMs)
               .arg(floor->timedCpu, 0, 'f', 2)
        << QStringLiteral("sqlite3 shell copying the imported rows (copy floor, no CSV):     %1 ms wall, %2 "
                          "s CPU, peak %3 MiB\n")
               .arg(copyFloor->ms)
               .arg(copyFloor->cpu, 0, 'f', 2)
               .arg(mib(copyFloor->peakKiB), 0, 'f', 1)
        << QStringLiteral("ratio import / .import: %1x wall, %2x CPU\n")
               .arg(ratio(static_cast<double>(importMs), static_cast<double>(shell->ms)), 0, 'f', 2)
               .arg(ratio(importCpu, shell->cpu), 0, 'f', 2)
        << QStringLiteral("ratio floor / .import:  %1x wall, %2x CPU\n")
               .arg(ratio(static_cast<double>(floor->ms), static_cast<double>(shell->ms)), 0, 'f', 2)
               .arg(ratio(floor->cpu, shell->cpu), 0, 'f', 2)
        << QStringLiteral("ratio floor's SQL part alone / .import: %1x wall, %2x CPU\n")
               .arg(ratio(static_cast<double>(floor->timedMs), static_cast<double>(shell->ms)), 0, 'f', 2)
               .arg(ratio(floor->timedCpu, shell->cpu), 0, 'f', 2)
        << QStringLiteral("ratio copy floor / .import: %1x wall, %2x CPU\n")
               .arg(ratio(static_cast<double>(copyFloor->ms), static_cast<double>(shell->ms)), 0, 'f', 2)
               .arg(ratio(copyFloor->cpu, shell->cpu), 0, 'f', 2)
        << QStringLiteral("ratio import / floor:   %1x wall, %2x CPU\n")
               .arg(ratio(static_cast<double>(importMs), static_cast<double>(floor->ms)), 0, 'f', 2)
               .arg(ratio(importCpu, floor->cpu), 0, 'f', 2)
        << QStringLiteral("import's own thread: %1 s CPU (the rest ran on SQLite's sorter threads)\n")
               .arg(mainThreadCpu, 0, 'f', 2)
        << QStringLiteral("load average at the end: %1\n").arg(loadAverage());
    return 0;
}
