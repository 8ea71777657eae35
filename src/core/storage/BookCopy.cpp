#include "storage/BookCopy.h"

#include "logging/LogCategories.h"
#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ServerSql.h"
#include "storage/Sql.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <algorithm>
#include <libpq-fe.h>
#include <vector>

namespace rapport::core {
namespace {

enum class ColumnType { Integer, Real, Text };

struct TableShape
{
    QString name;
    QStringList columns;
    std::vector<ColumnType> types;
    QString order; // ORDER BY: ids ascending, so the copy numbers nothing anew
    bool hasIdentity = false;
    QStringList parents; // the tables its foreign keys name
};

// Parents before children: a table that a later schema step added (products, schema 9) may be
// named by an older one's foreign key (interactions.product_id).
std::vector<TableShape> parentsFirst(std::vector<TableShape> tables)
{
    std::vector<TableShape> ordered;
    QStringList placed;
    while (!tables.empty()) {
        auto ready = std::find_if(tables.begin(), tables.end(), [&placed](const TableShape& t) {
            return std::all_of(t.parents.cbegin(), t.parents.cend(),
                               [&](const QString& p) { return p == t.name || placed.contains(p); });
        });
        if (ready == tables.end())
            ready = tables.begin(); // a cycle the schema does not have: keep creation order
        placed << ready->name;
        ordered.push_back(std::move(*ready));
        tables.erase(ready);
    }
    return ordered;
}

// The tables in creation order (parents before children) with their columns, read from a
// freshly migrated private database: the schema as this version of Rapport defines it.
Result<std::vector<TableShape>> schemaTables()
{
    auto reference = Database::openInMemory();
    if (!reference)
        return reference.error();
    const QSqlDatabase db = (*reference)->connection();
    std::vector<TableShape> tables;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY rowid")))
        return sql::errorFrom(names, QStringLiteral("Reading Rapport's schema failed"));
    while (names.next()) {
        TableShape t;
        t.name = names.value(0).toString();
        QSqlQuery info(db);
        // PRAGMA takes no bound parameters; the name is our own table's.
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(t.name)))
            return sql::errorFrom(info, QStringLiteral("Reading Rapport's schema failed"));
        QStringList keys;
        while (info.next()) {
            const QString column = info.value(1).toString();
            const QString type = info.value(2).toString().toUpper();
            t.columns << column;
            t.types.push_back(type == QLatin1String("INTEGER") ? ColumnType::Integer
                              : type == QLatin1String("REAL")  ? ColumnType::Real
                                                               : ColumnType::Text);
            if (info.value(5).toInt() > 0)
                keys << column;
            if (column == QLatin1String("id") && info.value(5).toInt() > 0)
                t.hasIdentity = type == QLatin1String("INTEGER");
        }
        t.order = keys.join(QStringLiteral(", "));
        QSqlQuery foreign(db);
        if (!foreign.exec(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(t.name)))
            return sql::errorFrom(foreign, QStringLiteral("Reading Rapport's schema failed"));
        while (foreign.next())
            t.parents << foreign.value(2).toString();
        tables.push_back(std::move(t));
    }
    return parentsFirst(std::move(tables));
}

Result<qint64> rowCount(const Database& db, const QString& table)
{
    auto n = sql::scalar(db.connection(), QStringLiteral("SELECT count(*) FROM ") + table);
    if (!n)
        return n.error();
    return n->toLongLong();
}

// One row of the source on its way to the target.
class TableWriter
{
public:
    virtual ~TableWriter() = default;
    virtual Status begin(const TableShape& table) = 0;
    virtual Status row(const RowReader& in, const TableShape& table) = 0;
    virtual Status end(const TableShape& table) = 0;
    // Leaves a table half-way (a failure or a cancel), so the transaction can roll back.
    virtual void abort() {}
};

// Into a file: one prepared INSERT per table, values bound with their types.
class FileWriter final : public TableWriter
{
public:
    explicit FileWriter(const Database& db) : m_handle(db.nativeHandle()) {}

    Status begin(const TableShape& table) override
    {
        QStringList marks;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            marks << QStringLiteral("?");
        const QString sql =
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table.name, table.columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
        auto st = SqliteStatement::prepare(m_handle, sql.toUtf8(), QStringLiteral("Copying failed"),
                                           SqliteStatement::Reuse::Persistent);
        if (!st)
            return st.error();
        m_insert = std::move(st).value();
        return {};
    }

    Status row(const RowReader& in, const TableShape& table) override
    {
        for (int c = 0; c < static_cast<int>(table.types.size()); ++c) {
            if (in.isNull(c)) {
                m_insert.bindNull(c + 1);
                continue;
            }
            switch (table.types[static_cast<std::size_t>(c)]) {
            case ColumnType::Integer:
                m_insert.bindInt(c + 1, in.integer(c));
                break;
            case ColumnType::Real:
                m_insert.bindReal(c + 1, in.real(c));
                break;
            case ColumnType::Text:
                m_insert.bindTextCopy(c + 1, in.text(c));
                break;
            }
        }
        return m_insert.run(
            QCoreApplication::translate("rapport::core::BookCopy", "Copying a row of %1 failed")
                .arg(table.name));
    }

    Status end(const TableShape&) override
    {
        m_insert.finalize();
        return {};
    }

private:
    sqlite3* m_handle;
    SqliteStatement m_insert;
};

// Into a server: COPY ... FROM STDIN in text format, sent in blocks of about 1 MiB.
class ServerWriter final : public TableWriter
{
public:
    explicit ServerWriter(const Database& db) : m_conn(db.serverHandle()) {}

    Status begin(const TableShape& table) override
    {
        const QByteArray sql = QStringLiteral("COPY %1 (%2) FROM STDIN")
                                   .arg(table.name, table.columns.join(QStringLiteral(", ")))
                                   .toUtf8();
        PGresult* r = PQexec(m_conn, sql.constData());
        const bool ok = PQresultStatus(r) == PGRES_COPY_IN;
        PQclear(r);
        if (!ok)
            return failure(table);
        m_buffer.clear();
        return {};
    }

    Status row(const RowReader& in, const TableShape& table) override
    {
        for (int c = 0; c < static_cast<int>(table.types.size()); ++c) {
            if (in.isNull(c)) {
                m_buffer.null();
                continue;
            }
            switch (table.types[static_cast<std::size_t>(c)]) {
            case ColumnType::Integer:
                m_buffer.integer(in.integer(c));
                break;
            case ColumnType::Real:
                m_buffer.real(in.real(c));
                break;
            case ColumnType::Text:
                m_buffer.text(in.text(c));
                break;
            }
        }
        m_buffer.endRow();
        if (m_buffer.size() >= (1 << 20))
            return flush(table);
        return {};
    }

    Status end(const TableShape& table) override
    {
        if (Status s = flush(table); !s)
            return s;
        if (PQputCopyEnd(m_conn, nullptr) != 1)
            return failure(table);
        PGresult* r = PQgetResult(m_conn);
        const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
        PQclear(r);
        while ((r = PQgetResult(m_conn)))
            PQclear(r);
        if (!ok)
            return failure(table);
        if (table.hasIdentity) {
            // The identity goes on after the highest id copied, so new records get new ids.
            const QByteArray sql =
                QStringLiteral(
                    "SELECT setval(pg_get_serial_sequence('%1', 'id'), coalesce(max(id), 0) + 1, false)"
                    " FROM %1")
                    .arg(table.name)
                    .toUtf8();
            PGresult* s = PQexec(m_conn, sql.constData());
            const bool set = PQresultStatus(s) == PGRES_TUPLES_OK;
            PQclear(s);
            if (!set)
                return failure(table);
        }
        return {};
    }

    void abort() override
    {
        // A connection in the middle of a COPY takes no other statement: end it as failed.
        if (PQputCopyEnd(m_conn, "copy-to stopped") == 1) {
            while (PGresult* r = PQgetResult(m_conn))
                PQclear(r);
        }
    }

private:
    Status flush(const TableShape& table)
    {
        if (m_buffer.isEmpty())
            return {};
        if (PQputCopyData(m_conn, m_buffer.bytes().constData(), static_cast<int>(m_buffer.size())) != 1)
            return failure(table);
        m_buffer.clear();
        return {};
    }

    Error failure(const TableShape& table) const
    {
        return Error::make(
            QCoreApplication::translate("rapport::core::BookCopy", "Copying %1 to the team server failed: %2")
                .arg(table.name, QString::fromUtf8(PQerrorMessage(m_conn)).trimmed()));
    }

    pg_conn* m_conn;
    CopyText m_buffer;
};

// One read transaction on the source for the whole copy: REPEATABLE READ on a server (the
// cursors then read inside it), a deferred transaction on a file. Left alone when the
// connection is already in a transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const Database& db) : m_db(db)
    {
        if (sqlite3* file = db.nativeHandle(); file && !sqlite3_get_autocommit(file))
            return;
        if (pg_conn* server = db.serverHandle(); server && PQtransactionStatus(server) != PQTRANS_IDLE)
            return;
        m_begun = sql::execText(
            db.connection(), db.isServer() ? QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
                                           : QStringLiteral("BEGIN"));
        m_owned = m_begun.ok();
    }
    ~ReadSnapshot()
    {
        if (m_owned)
            (void)sql::execText(m_db.connection(), QStringLiteral("COMMIT"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    const Status& begun() const { return m_begun; }

private:
    const Database& m_db;
    Status m_begun;
    bool m_owned = false;
};

Status copyRows(RowReader& in, TableWriter& writer, const TableShape& table, qint64& done, qint64 total,
                const BookCopy::Progress& progress)
{
    while (in.next()) {
        if (Status s = writer.row(in, table); !s)
            return s;
        if (++done % 10000 == 0 && progress && !progress(done, total))
            return Error::make(QCoreApplication::translate("rapport::core::BookCopy",
                                                           "The copy was cancelled. Nothing was copied."));
    }
    if (in.failed())
        return in.error(QStringLiteral("Reading %1 failed").arg(table.name));
    return {};
}

// A server's tables just filled by COPY have no statistics and no visibility map until
// autovacuum comes by: the planner guesses row counts and the metrics' index-only scans visit
// the heap ("Populating a Database" in PostgreSQL's manual). VACUUM (ANALYZE) does both at once
// (see BookCopy::copy for why it needs synchronous commits). The records are committed already,
// so a failure here (a login that does not own the tables) only leaves the work to autovacuum.
void tidyAfterCopy(Database& target, const std::vector<TableShape>& tables)
{
    for (const TableShape& t : tables) {
        if (Status s = sql::execText(target.connection(), QStringLiteral("VACUUM (ANALYZE) ") + t.name); !s)
            qCWarning(lcDb).noquote() << "VACUUM after copy-to failed:" << s.error().details();
    }
}

} // namespace

Status BookCopy::copy(const Database& source, Database& target, const Progress& progress)
{
    auto tables = schemaTables();
    if (!tables)
        return tables.error();
    // A new book's list of churn reasons starts with a few common ones (schema 11): the
    // source's list replaces them, and they do not make the target a book with records.
    const auto seeded = [](const TableShape& t) { return t.name == QLatin1String("churn_reasons"); };
    qint64 total = 0;
    for (const TableShape& t : *tables) {
        auto there = seeded(t) ? Result<qint64>(0) : rowCount(target, t.name);
        if (!there)
            return there.error();
        if (*there > 0)
            return Error::make(QCoreApplication::translate(
                                   "rapport::core::BookCopy",
                                   "%1 already holds records (%2 in %3); copy-to only fills an empty "
                                   "database. Nothing was copied.")
                                   .arg(target.path())
                                   .arg(*there)
                                   .arg(t.name));
        auto here = rowCount(source, t.name);
        if (!here)
            return here.error();
        total += *here;
    }

    // On a server, the copy and the vacuum after it commit synchronously, whatever the server's
    // default: "Copied" then means on disk, and VACUUM can mark the pages all-visible. It marks a
    // page only once its rows' commit is known flushed, which PostgreSQL tracks per group of 32
    // transactions: one asynchronous commit after the copy's (the first ANALYZE's, on the test
    // cluster) left every page unmarked until the WAL writer caught up.
    if (target.isServer())
        if (Status s = sql::execText(target.connection(), QStringLiteral("SET synchronous_commit = on")); !s)
            return s;
    const auto resetCommits = qScopeGuard([&target] {
        if (!target.isServer())
            return;
        if (Status s = sql::execText(target.connection(), QStringLiteral("RESET synchronous_commit")); !s)
            qCWarning(lcDb).noquote()
                << "Resetting synchronous_commit after copy-to failed:" << s.error().details();
    });
    WriteTransaction transaction(target);
    if (!transaction.begun())
        return transaction.begun();
    std::unique_ptr<TableWriter> writer;
    if (target.isServer())
        writer = std::make_unique<ServerWriter>(target);
    else
        writer = std::make_unique<FileWriter>(target);
    // Every table from one snapshot of the source, however others write to it meanwhile.
    const ReadSnapshot snapshot(source);
    if (!snapshot.begun())
        return snapshot.begun();
    qint64 done = 0;
    for (const TableShape& t : *tables) {
        auto in = RowReader::prepare(source,
                                     QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                                         .arg(t.columns.join(QStringLiteral(", ")), t.name, t.order),
                                     QStringLiteral("Reading %1 failed").arg(t.name));
        if (!in)
            return in.error();
        if (seeded(t))
            if (Status s = sql::execText(target.connection(), QStringLiteral("DELETE FROM ") + t.name); !s)
                return s;
        if (Status s = writer->begin(t); !s)
            return s;
        Status failed = copyRows(*in, *writer, t, done, total, progress);
        if (!failed) {
            writer->abort();
            return failed;
        }
        if (Status s = writer->end(t); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    if (target.isServer())
        tidyAfterCopy(target, *tables);
    if (progress)
        progress(total, total);
    return {};
}

Status BookCopy::copyToNewFile(const Database& source, const QString& path, PartialFile::Replace replace,
                               const Progress& progress)
{
    PartialFile partial(path);
    if (Status s = partial.create(); !s)
        return s;
    QFile::remove(partial.path()); // Database::open creates it, owner-only, as a new file
    {
        auto file = Database::open(partial.path(), DatabaseOpenMode::CreateIfMissing);
        if (!file)
            return file.error();
        if (Status s = copy(source, **file, progress); !s)
            return s;
    } // closed: the write-ahead log is folded in and removed
    return partial.moveOntoTarget(replace);
}

} // namespace rapport::core
