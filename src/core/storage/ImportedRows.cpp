#include "storage/ImportedRows.h"

#include <sqlite3.h>

namespace rapport::core {
namespace {

constexpr const char* kCreate =
    "CREATE TEMP TABLE IF NOT EXISTS rapport_import_matched (id INTEGER PRIMARY KEY, line INTEGER NOT NULL)";
constexpr const char* kDrop = "DROP TABLE IF EXISTS temp.rapport_import_matched";
constexpr const char* kFind = "SELECT line FROM temp.rapport_import_matched WHERE id = ?1";
constexpr const char* kInsert = "INSERT INTO temp.rapport_import_matched (id, line) VALUES (?1, ?2)";

} // namespace

ImportedRows::~ImportedRows()
{
    sqlite3_finalize(m_find);
    sqlite3_finalize(m_insert);
}

Error ImportedRows::sqliteError(const QString& what) const
{
    return Error::make(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_handle))));
}

Status ImportedRows::begin(sqlite3* handle, const char* table)
{
    m_handle = handle;
    m_addedLines.clear();
    m_tableCreated = false;
    // The table name is one of ImportStore's constants; SQLite takes no bound parameter there.
    const QByteArray sql = QByteArrayLiteral("SELECT coalesce(max(rowid), 0) FROM ") + table;
    sqlite3_stmt* s = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &s, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Reading the largest row id failed"));
    const bool ok = sqlite3_step(s) == SQLITE_ROW;
    m_maxBefore = ok ? sqlite3_column_int64(s, 0) : 0;
    sqlite3_finalize(s);
    if (!ok)
        return sqliteError(QStringLiteral("Reading the largest row id failed"));
    return {};
}

void ImportedRows::end()
{
    sqlite3_finalize(m_find);
    sqlite3_finalize(m_insert);
    m_find = m_insert = nullptr;
    if (m_tableCreated && m_handle)
        sqlite3_exec(m_handle, kDrop, nullptr, nullptr, nullptr);
    m_tableCreated = false;
    m_addedLines.clear();
}

Status ImportedRows::ensureTable()
{
    if (m_tableCreated)
        return {};
    if (sqlite3_exec(m_handle, kCreate, nullptr, nullptr, nullptr) != SQLITE_OK ||
        sqlite3_exec(m_handle, "DELETE FROM temp.rapport_import_matched", nullptr, nullptr, nullptr) !=
            SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, kFind, -1, SQLITE_PREPARE_PERSISTENT, &m_find, nullptr) != SQLITE_OK ||
        sqlite3_prepare_v3(m_handle, kInsert, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK)
        return sqliteError(QStringLiteral("Preparing the import's list of matched rows failed"));
    m_tableCreated = true;
    return {};
}

Result<std::optional<qint64>> ImportedRows::lineOf(qint64 id)
{
    if (id > m_maxBefore) {
        const auto index = static_cast<std::size_t>(id - m_maxBefore - 1);
        if (index < m_addedLines.size())
            return std::optional<qint64>(m_addedLines.at(index));
    }
    if (!m_tableCreated)
        return std::optional<qint64>();
    sqlite3_bind_int64(m_find, 1, id);
    const int rc = sqlite3_step(m_find);
    std::optional<qint64> line;
    if (rc == SQLITE_ROW)
        line = sqlite3_column_int64(m_find, 0);
    sqlite3_reset(m_find);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Looking up a matched row failed"));
    return line;
}

Status ImportedRows::added(qint64 id, qint64 line)
{
    // The usual case: the next id after the table's largest. Anything else (it cannot happen
    // while the import holds the write lock, but costs nothing to handle) goes to the table.
    if (id == m_maxBefore + 1 + static_cast<qint64>(m_addedLines.size()) && line >= 0) {
        m_addedLines.append(line);
        return {};
    }
    return matched(id, line);
}

Status ImportedRows::matched(qint64 id, qint64 line)
{
    if (Status s = ensureTable(); !s)
        return s;
    sqlite3_bind_int64(m_insert, 1, id);
    sqlite3_bind_int64(m_insert, 2, line);
    const int rc = sqlite3_step(m_insert);
    sqlite3_reset(m_insert);
    if (rc != SQLITE_DONE)
        return sqliteError(QStringLiteral("Remembering a matched row failed"));
    return {};
}

void ImportedRows::LineList::append(qint64 line)
{
    if (m_size % kEvery == 0) {
        m_checkpoints.push_back({m_bytes.size(), line});
    } else {
        // Lines grow with the file, so the delta is small and positive; LEB128 varint.
        auto delta = static_cast<quint64>(line - m_last);
        while (delta >= 0x80) {
            m_bytes.append(static_cast<char>((delta & 0x7f) | 0x80));
            delta >>= 7;
        }
        m_bytes.append(static_cast<char>(delta));
    }
    m_last = line;
    ++m_size;
}

qint64 ImportedRows::LineList::at(std::size_t index) const
{
    const Checkpoint& c = m_checkpoints[index / kEvery];
    qint64 line = c.line;
    qsizetype pos = c.offset;
    for (std::size_t i = 0; i < index % kEvery; ++i) {
        quint64 delta = 0;
        int shift = 0;
        quint8 byte = 0;
        do {
            byte = static_cast<quint8>(m_bytes[pos++]);
            delta |= static_cast<quint64>(byte & 0x7f) << shift;
            shift += 7;
        } while (byte & 0x80);
        line += static_cast<qint64>(delta);
    }
    return line;
}

void ImportedRows::LineList::clear()
{
    m_bytes.clear();
    m_checkpoints.clear();
    m_size = 0;
    m_last = 0;
}

} // namespace rapport::core
