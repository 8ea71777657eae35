#include "storage/ImportTransaction.h"

#include "storage/SqliteStatement.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

// A bigger page cache while an import runs: index pages of a growing table are touched
// all over, and a small cache turns that into I/O. Bounded, so memory stays flat.
constexpr const char* kImportCacheSize = "PRAGMA cache_size = -65536"; // 64 MiB
// The page cache while deferred indexes are built at commit: it is also the size of the
// chunks SQLite's sorter sorts, on a helper thread each (see commit()).
constexpr const char* kIndexBuildCacheSize = "PRAGMA cache_size = -8192"; // 8 MiB
// Worker threads SQLite's sorter may use when an index is built.
constexpr const char* kImportThreads = "PRAGMA threads = 2";

QString writeFailed()
{
    return QCoreApplication::translate("rapport::core::ImportTransaction",
                                       "The import could not write to the database");
}

int pragmaValue(sqlite3* handle, const char* text, int fallback)
{
    auto value = SqliteStatement::integerOf(handle, text, writeFailed());
    return value ? static_cast<int>(*value) : fallback;
}

} // namespace

Status ImportTransaction::execute(const char* sql)
{
    return SqliteStatement::exec(m_handle, sql, writeFailed());
}

Status ImportTransaction::begin(sqlite3* handle, const char* table)
{
    m_handle = handle;
    m_deferredIndexes.clear();
    m_previousCacheSize = pragmaValue(m_handle, "PRAGMA cache_size", m_previousCacheSize);
    m_previousThreads = pragmaValue(m_handle, "PRAGMA threads", 0);
    m_previousForeignKeys = pragmaValue(m_handle, "PRAGMA foreign_keys", 1);
    // Every reference a row makes is resolved before it is written (customers by a lookup in
    // this transaction, reps created first), so SQLite's per-row foreign-key probes would only
    // repeat that work. The pragma is ignored inside a transaction: it is set before BEGIN and
    // restored after COMMIT or ROLLBACK.
    if (m_previousForeignKeys != 0) {
        if (Status s = execute("PRAGMA foreign_keys = OFF"); !s)
            return s;
    }
    if (Status s = execute("BEGIN IMMEDIATE"); !s) {
        restoreSettings();
        return s;
    }
    m_open = true;
    // Index builds at commit may sort on a helper thread (the machine has more than one core).
    if (Status s = execute(kImportThreads); !s)
        return s;
    if (Status s = execute(kImportCacheSize); !s)
        return s;
    return deferIndexes(table);
}

Status ImportTransaction::deferIndexes(const char* table)
{
    // The table name is one of our constants; SQLite takes no bound parameter there.
    const QByteArray isEmpty = QByteArrayLiteral("SELECT NOT EXISTS (SELECT 1 FROM ") + table + ')';
    auto empty = SqliteStatement::integerOf(
        m_handle, isEmpty.constData(),
        QCoreApplication::translate("rapport::core::ImportTransaction", "Checking the table failed"));
    if (!empty)
        return empty.error();
    if (*empty != 1)
        return {};
    auto list = SqliteStatement::prepare(
        m_handle,
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ?1 AND sql IS NOT NULL",
        QCoreApplication::translate("rapport::core::ImportTransaction", "Listing the indexes failed"));
    if (!list)
        return list.error();
    list->bindText(1, table);
    QList<QByteArray> names;
    while (list->next()) {
        const QByteArray name = list->text(0).toByteArray();
        names << name;
        m_deferredIndexes.insert(name, list->text(1).toByteArray());
    }
    if (list->failed())
        return list->error(
            QCoreApplication::translate("rapport::core::ImportTransaction", "Listing the indexes failed"));
    for (const QByteArray& name : names) {
        // An identifier read from sqlite_master (our own schema), quoted as SQL requires.
        QByteArray quotedName = name;
        quotedName.replace('"', "\"\"");
        const QByteArray drop = "DROP INDEX \"" + quotedName + '"';
        if (Status st = execute(drop.constData()); !st)
            return st;
    }
    return {};
}

Status ImportTransaction::needIndex(const char* name)
{
    const auto it = m_deferredIndexes.find(QByteArray(name));
    if (it == m_deferredIndexes.end())
        return {};
    const QByteArray create = it.value();
    m_deferredIndexes.erase(it);
    return execute(create.constData());
}

Status ImportTransaction::commit()
{
    if (!m_open)
        return Error::make(QCoreApplication::translate("rapport::core::ImportTransaction",
                                                       "There is no import transaction to commit."));
    // SQLite sorts an index in chunks the size of the page cache and, with PRAGMA threads,
    // hands each chunk to a helper thread while it reads on. With a small cache the chunks
    // are many (and fit the CPU caches): the sort moves to the second core and the
    // connection's thread keeps about half of the work, for about the same total CPU and
    // less memory (10,000 customers: import thread 1.6 -> 1.2 s CPU, peak 94 -> 60 MiB).
    if (!m_deferredIndexes.isEmpty()) {
        if (Status s = execute(kIndexBuildCacheSize); !s) {
            rollback();
            return s;
        }
    }
    for (const QByteArray& create : std::as_const(m_deferredIndexes)) {
        if (Status s = execute(create.constData()); !s) {
            rollback();
            return s;
        }
    }
    m_deferredIndexes.clear();
    if (Status s = execute("COMMIT"); !s) {
        rollback();
        return s;
    }
    m_open = false;
    restoreSettings();
    return {};
}

void ImportTransaction::rollback()
{
    if (!m_open)
        return;
    sqlite3_exec(m_handle, "ROLLBACK", nullptr, nullptr, nullptr);
    m_open = false;
    m_deferredIndexes.clear();
    restoreSettings();
}

void ImportTransaction::restoreSettings()
{
    // The values are our own integers read back from SQLite, never input.
    const std::pair<const char*, int> settings[] = {{"PRAGMA cache_size = ", m_previousCacheSize},
                                                    {"PRAGMA threads = ", m_previousThreads},
                                                    {"PRAGMA foreign_keys = ", m_previousForeignKeys}};
    for (const auto& [pragma, value] : settings) {
        const QByteArray restore = QByteArray(pragma) + QByteArray::number(value);
        sqlite3_exec(m_handle, restore.constData(), nullptr, nullptr, nullptr);
    }
}

} // namespace rapport::core
