// Benchmark: CSV import into a team server against `psql \copy` of the same files.
//
//   bench_server_import --server URI (--csv DIR | --from FILE) [--keep-raw] [--second 0]
//
// URI names an empty server book (rapport-cli init), as an admin login. The five files are
// reps.csv, products.csv, customers.csv, interactions.csv and surveys.csv of DIR (the
// interactions name the products), or are first exported
// from the book FILE (a file or a server) with CsvExporter, as `rapport-cli export` writes them.
// For each file in that order:
//
//   COPY     the file sent as it is by COPY ... FROM STDIN (FORMAT csv, HEADER) into a plain
//            table of the schema bench_copy whose columns are the header's names, all text:
//            what `psql -c "\copy t FROM 'f' csv header"` does, through libpq in this process
//            (on a connection of its own, autocommit), 1 MiB at a time;
//   Rapport  core's CsvImporter::importFile into the book, as `rapport-cli import` runs it.
//
// Then the interactions file is imported a second time (every row found unchanged), and with
// --second N so are the first N files of the order again. Per step it prints the wall time,
// this process's CPU, the CPU of the server process of the connection that did the work
// (from /proc, when readable: the cluster runs on this machine) and the largest VmRSS of this
// process sampled every 20 ms during the step. Finally the table of the report: rows,
// Rapport s, COPY s, ratio; the load average before and after. The schema bench_copy is
// dropped at the end unless --keep-raw. Results go to docs/performance.md ("Team server").
#include "interchange/CsvExporter.h"
#include "interchange/CsvImporter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <libpq-fe.h>
#include <optional>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace rapport;

namespace {

const core::CsvKind kKinds[] = {core::CsvKind::Reps, core::CsvKind::Products, core::CsvKind::Customers,
                                core::CsvKind::Interactions, core::CsvKind::Surveys};

QTextStream& out()
{
    static QTextStream s(stdout);
    return s;
}

int fail(const QString& message)
{
    QTextStream(stderr) << "bench_server_import: " << message << '\n';
    return 1;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().trimmed()) : QString();
}

// A field (kB) of /proc/self/status, such as "VmRSS:" or "VmHWM:".
long statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<qsizetype>(qstrlen(field))).trimmed().split(' ').first().toLong();
    return -1;
}

double processCpu()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// User + system CPU seconds of another process (a server backend), or -1 when unreadable.
double otherCpu(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (pid <= 0 || !f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // The fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    return static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong()) /
           static_cast<double>(sysconf(_SC_CLK_TCK));
}

// The largest VmRSS of this process while it lives, sampled every 20 ms.
class RssSampler
{
public:
    RssSampler()
        : m_thread([this] {
              while (!m_stop.load()) {
                  m_max = std::max(m_max.load(), statusKb("VmRSS:"));
                  std::this_thread::sleep_for(std::chrono::milliseconds(20));
              }
          })
    {
    }
    ~RssSampler() { stop(); }
    long stop()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
        return std::max(m_max.load(), statusKb("VmRSS:"));
    }

private:
    std::atomic<bool> m_stop{false};
    std::atomic<long> m_max{0};
    std::thread m_thread;
};

// What one step cost.
struct Step
{
    double wall = 0;
    double cpu = 0;       // this process
    double serverCpu = 0; // the server process of the connection (-1: unknown)
    long rssMaxKb = 0;
};

template <typename Work> Step measure(qint64 serverPid, Work&& work)
{
    RssSampler rss;
    const double cpu0 = processCpu();
    const double server0 = otherCpu(serverPid);
    QElapsedTimer t;
    t.start();
    work();
    Step s;
    s.wall = static_cast<double>(t.nsecsElapsed()) / 1e9;
    s.cpu = processCpu() - cpu0;
    const double server1 = otherCpu(serverPid);
    s.serverCpu = server0 < 0 || server1 < 0 ? -1 : server1 - server0;
    s.rssMaxKb = rss.stop();
    return s;
}

QString describe(const Step& s)
{
    return QStringLiteral("%1 s wall, %2 s client CPU, %3 server CPU, VmRSS max %4 MiB")
        .arg(s.wall, 0, 'f', 2)
        .arg(s.cpu, 0, 'f', 2)
        .arg(s.serverCpu < 0 ? QStringLiteral("?") : QStringLiteral("%1 s").arg(s.serverCpu, 0, 'f', 2))
        .arg(static_cast<double>(s.rssMaxKb) / 1024.0, 0, 'f', 1);
}

// A libpq statement that must succeed; returns the first value of its answer.
std::optional<QByteArray> exec(PGconn* conn, const QByteArray& sql)
{
    PGresult* r = PQexec(conn, sql.constData());
    const auto status = PQresultStatus(r);
    std::optional<QByteArray> value;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        value = PQntuples(r) > 0 ? QByteArray(PQgetvalue(r, 0, 0)) : QByteArray();
    else
        fail(QStringLiteral("%1: %2").arg(QString::fromUtf8(sql), QString::fromUtf8(PQerrorMessage(conn))));
    PQclear(r);
    return value;
}

QByteArray quoted(const QByteArray& name)
{
    return '"' + QByteArray(name).replace('"', "\"\"") + '"';
}

// The untyped table bench_copy.<kind> for `path`, from its header: every column text.
bool createRawTable(PGconn* conn, const QByteArray& table, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1").arg(path));
        return false;
    }
    QByteArray header = f.readLine().trimmed();
    if (header.startsWith("\xEF\xBB\xBF"))
        header = header.mid(3);
    QByteArray columns;
    for (const QByteArray& name : header.split(','))
        columns += (columns.isEmpty() ? "" : ", ") + quoted(name) + " text";
    return exec(conn, "DROP TABLE IF EXISTS bench_copy." + table) &&
           exec(conn, "CREATE TABLE bench_copy." + table + " (" + columns + ")");
}

// `COPY table FROM STDIN (FORMAT csv, HEADER)` fed with the file 1 MiB at a time, as
// psql's \copy does; returns the rows the server counted.
std::optional<qint64> copyFile(PGconn* conn, const QByteArray& table, const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(QStringLiteral("cannot read %1").arg(path));
        return std::nullopt;
    }
    const QByteArray copySql = "COPY bench_copy." + table + " FROM STDIN (FORMAT csv, HEADER)";
    PGresult* r = PQexec(conn, copySql.constData());
    const bool started = PQresultStatus(r) == PGRES_COPY_IN;
    PQclear(r);
    if (!started) {
        fail(QString::fromUtf8(PQerrorMessage(conn)));
        return std::nullopt;
    }
    QByteArray block(1 << 20, Qt::Uninitialized);
    bool ok = true;
    for (qint64 n; ok && (n = f.read(block.data(), block.size())) > 0;)
        ok = PQputCopyData(conn, block.constData(), static_cast<int>(n)) == 1;
    if (PQputCopyEnd(conn, ok ? nullptr : "the bench could not send the file") != 1)
        ok = false;
    std::optional<qint64> rows;
    while ((r = PQgetResult(conn)) != nullptr) {
        if (PQresultStatus(r) == PGRES_COMMAND_OK && ok)
            rows = QByteArray(PQcmdTuples(r)).toLongLong();
        else
            fail(QString::fromUtf8(PQerrorMessage(conn)));
        PQclear(r);
    }
    return rows;
}

qint64 backendPid(core::Database& db)
{
    QSqlQuery q(db.connection());
    return q.exec(QStringLiteral("SELECT pg_backend_pid()")) && q.next() ? q.value(0).toLongLong() : -1;
}

struct Row
{
    QString name;
    qint64 rows = 0;
    Step rapport;
    std::optional<Step> copy;
    QString summary;
};

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("server"), QStringLiteral("an empty server book, as an admin login"),
                      QStringLiteral("URI")});
    parser.addOption({QStringLiteral("csv"),
                      QStringLiteral("folder of reps/products/customers/interactions/surveys.csv"),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("export the five files from this book first"),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("second"), QStringLiteral("also import the first N files again"),
                      QStringLiteral("N"), QStringLiteral("0")});
    parser.addOption(
        {QStringLiteral("keep-raw"), QStringLiteral("leave the schema bench_copy on the server")});
    parser.addHelpOption();
    parser.process(app);
    const QString uri = parser.value(QStringLiteral("server"));
    if (uri.isEmpty() || parser.isSet(QStringLiteral("csv")) == parser.isSet(QStringLiteral("from"))) {
        fprintf(stderr, "give --server URI and either --csv DIR or --from FILE\n");
        return 2;
    }

    QTemporaryDir temp;
    QString folder = parser.value(QStringLiteral("csv"));
    if (parser.isSet(QStringLiteral("from"))) {
        folder = temp.path();
        auto source = core::Database::open(parser.value(QStringLiteral("from")),
                                           core::Database::OpenMode::OpenExisting);
        if (!source)
            return fail(source.error().details());
        core::CsvExporter exporter(**source);
        for (core::CsvKind kind : kKinds) {
            QElapsedTimer t;
            t.start();
            auto rows = exporter.exportFile(
                kind, QDir(folder).filePath(core::toString(kind) + QStringLiteral(".csv")));
            if (!rows)
                return fail(rows.error().details());
            out() << "exported " << core::toString(kind) << ": " << *rows << " rows in " << t.elapsed()
                  << " ms\n";
        }
    }
    const auto fileOf = [&](core::CsvKind kind) {
        return QDir(folder).filePath(core::toString(kind) + QStringLiteral(".csv"));
    };

    auto opened = core::Database::open(uri, core::Database::OpenMode::OpenExisting);
    if (!opened)
        return fail(opened.error().details());
    core::Database& db = **opened;
    if (!db.isServer())
        return fail(QStringLiteral("%1 is a file: give a team server's URI").arg(db.path()));
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM customers) + (SELECT count(*) FROM "
                                   "interactions) + (SELECT count(*) FROM survey_responses)")) ||
            !q.next())
            return fail(q.lastError().text());
        if (q.value(0).toLongLong() != 0)
            return fail(QStringLiteral("the book %1 holds records: give an empty one").arg(db.path()));
    }
    PGconn* conn = PQconnectdb(uri.toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK)
        return fail(QString::fromUtf8(PQerrorMessage(conn)));
    if (!exec(conn, "SET client_min_messages = warning") ||
        !exec(conn, "CREATE SCHEMA IF NOT EXISTS bench_copy"))
        return 1;
    const qint64 importPid = backendPid(db);
    const qint64 copyPid = PQbackendPID(conn);

    out() << "server " << db.path() << ", files in " << folder << "\n"
          << "load average at the start: " << loadAverage() << "\n"
          << Qt::flush;
    core::CsvImporter importer(db);
    const auto import = [&](core::CsvKind kind, const QString& label) -> std::optional<Row> {
        Row row;
        row.name = label;
        std::optional<core::Result<core::ImportReport>> report;
        row.rapport = measure(importPid, [&] { report = importer.importFile(kind, fileOf(kind)); });
        if (!*report) {
            fail((*report).error().details());
            return std::nullopt;
        }
        const core::ImportReport& r = **report;
        if (!r.written) {
            fail(r.problemsText());
            return std::nullopt;
        }
        row.rows = r.rows;
        row.summary = r.summary();
        out() << "  Rapport " << label << ": " << describe(row.rapport) << "; " << row.summary << "\n"
              << Qt::flush;
        return row;
    };

    std::vector<Row> rows;
    for (core::CsvKind kind : kKinds) {
        const QByteArray table = core::toString(kind).toUtf8();
        if (!createRawTable(conn, table, fileOf(kind)))
            return 1;
        std::optional<qint64> copied;
        const Step copy = measure(copyPid, [&] { copied = copyFile(conn, table, fileOf(kind)); });
        if (!copied)
            return 1;
        out() << "  COPY " << table << ": " << *copied << " rows, " << describe(copy) << "\n" << Qt::flush;
        auto row = import(kind, core::toString(kind));
        if (!row)
            return 1;
        if (row->rows != *copied)
            return fail(QStringLiteral("%1: COPY read %2 rows, the import %3")
                            .arg(row->name)
                            .arg(*copied)
                            .arg(row->rows));
        row->copy = copy;
        rows.push_back(std::move(*row));
    }
    const int again =
        std::clamp(parser.value(QStringLiteral("second")).toInt(), 0, static_cast<int>(std::size(kKinds)));
    std::vector<core::CsvKind> seconds;
    for (int i = 0; i < again; ++i)
        seconds.push_back(kKinds[i]);
    if (std::find(seconds.begin(), seconds.end(), core::CsvKind::Interactions) == seconds.end())
        seconds.push_back(core::CsvKind::Interactions);
    for (core::CsvKind kind : seconds) {
        auto row = import(kind, core::toString(kind) + QStringLiteral(" again"));
        if (!row)
            return 1;
        rows.push_back(std::move(*row));
    }

    out() << "\n| file | rows | Rapport | COPY | ratio | Rapport client CPU | Rapport server CPU | VmRSS max "
             "|\n"
          << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    double rapportTotal = 0;
    double copyTotal = 0;
    const auto server = [](double s) {
        return s < 0 ? QStringLiteral("?") : QStringLiteral("%1 s").arg(s, 0, 'f', 1);
    };
    for (const Row& r : rows) {
        out() << "| " << r.name << " | " << r.rows << " | " << QString::number(r.rapport.wall, 'f', 2)
              << " s | ";
        if (r.copy) {
            rapportTotal += r.rapport.wall;
            copyTotal += r.copy->wall;
            out() << QString::number(r.copy->wall, 'f', 2) << " s | "
                  << QString::number(r.rapport.wall / std::max(r.copy->wall, 0.001), 'f', 1) << "x | ";
        } else {
            out() << "| | ";
        }
        out() << QString::number(r.rapport.cpu, 'f', 1) << " s | " << server(r.rapport.serverCpu) << " | "
              << QString::number(static_cast<double>(r.rapport.rssMaxKb) / 1024.0, 'f', 1) << " MiB |\n";
    }
    out() << "| the five files | | " << QString::number(rapportTotal, 'f', 2) << " s | "
          << QString::number(copyTotal, 'f', 2) << " s | "
          << QString::number(rapportTotal / std::max(copyTotal, 0.001), 'f', 1) << "x | | | |\n"
          << "within 2x of COPY: " << (rapportTotal <= 2 * copyTotal ? "met" : "NOT met") << "\n"
          << "VmHWM (peak RSS of the whole run): " << statusKb("VmHWM:") << " kB\n"
          << "load average at the end: " << loadAverage() << "\n"
          << Qt::flush;
    if (!parser.isSet(QStringLiteral("keep-raw")))
        exec(conn, "DROP SCHEMA bench_copy CASCADE");
    PQfinish(conn);
    return 0;
}
