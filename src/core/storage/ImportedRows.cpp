#include "storage/ImportedRows.h"

#include <QCoreApplication>

namespace rapport::core {
namespace {

constexpr const char* kCreate =
    "CREATE TEMP TABLE IF NOT EXISTS rapport_import_matched (id INTEGER PRIMARY KEY, line INTEGER NOT NULL)";
constexpr const char* kDrop = "DROP TABLE IF EXISTS temp.rapport_import_matched";
constexpr const char* kFind = "SELECT line FROM temp.rapport_import_matched WHERE id = ?1";
constexpr const char* kInsert = "INSERT INTO temp.rapport_import_matched (id, line) VALUES (?1, ?2)";

} // namespace

Status ImportedRows::begin(sqlite3* handle, const char* table)
{
    m_handle = handle;
    m_addedLines.clear();
    m_tableCreated = false;
    // The table name is one of ImportStore's constants; SQLite takes no bound parameter there.
    const QByteArray sql = QByteArrayLiteral("SELECT coalesce(max(rowid), 0) FROM ") + table;
    auto max = SqliteStatement::integerOf(
        m_handle, sql.constData(),
        QCoreApplication::translate("rapport::core::ImportedRows", "Reading the largest row id failed"));
    m_maxBefore = max ? *max : 0;
    if (!max)
        return max.error();
    return {};
}

void ImportedRows::end()
{
    m_find.finalize();
    m_insert.finalize();
    if (m_tableCreated && m_handle)
        sqlite3_exec(m_handle, kDrop, nullptr, nullptr, nullptr);
    m_tableCreated = false;
    m_addedLines.clear();
}

Status ImportedRows::ensureTable()
{
    if (m_tableCreated)
        return {};
    const QString what = QCoreApplication::translate("rapport::core::ImportedRows",
                                                     "Preparing the import's list of matched rows failed");
    if (Status s = SqliteStatement::exec(m_handle, kCreate, what); !s)
        return s;
    if (Status s = SqliteStatement::exec(m_handle, "DELETE FROM temp.rapport_import_matched", what); !s)
        return s;
    for (auto [statement, sql] : {std::pair{&m_find, kFind}, std::pair{&m_insert, kInsert}}) {
        auto prepared = SqliteStatement::prepare(m_handle, sql, what, SqliteStatement::Reuse::Persistent);
        if (!prepared)
            return prepared.error();
        *statement = std::move(*prepared);
    }
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
    SqliteReset reset(m_find);
    m_find.bindInt(1, id);
    if (m_find.next())
        return std::optional<qint64>(m_find.integer(0));
    if (m_find.failed())
        return m_find.error(
            QCoreApplication::translate("rapport::core::ImportedRows", "Looking up a matched row failed"));
    return std::optional<qint64>();
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
    m_insert.bindInt(1, id);
    m_insert.bindInt(2, line);
    return m_insert.run(
        QCoreApplication::translate("rapport::core::ImportedRows", "Remembering a matched row failed"));
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
