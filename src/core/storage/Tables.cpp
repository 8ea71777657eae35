#include "storage/Tables.h"

namespace rapport::core::tables {

QByteArray columnList(const Table& table, RowId id, const char* idColumn)
{
    QByteArray list = id == RowId::Included ? QByteArray(idColumn) : QByteArray();
    for (const char* column : table.columns) {
        if (!list.isEmpty())
            list += ", ";
        list += column;
    }
    return list;
}

QByteArray insertSql(const Table& table, RowId id)
{
    const std::size_t count = table.columns.size() + (id == RowId::Included ? 1 : 0);
    QByteArray values = "?";
    for (std::size_t i = 1; i < count; ++i)
        values += ", ?";
    return QByteArray("INSERT INTO ") + table.name + " (" + columnList(table, id) + ") VALUES (" + values +
           ')';
}

QByteArray selectSql(const Table& table, const char* idColumn)
{
    return "SELECT " + columnList(table, RowId::Included, idColumn) + " FROM " + table.name;
}

QByteArray selectVersionedSql(const Table& table)
{
    return "SELECT " + columnList(table, RowId::Included) + ", version FROM " + table.name;
}

QByteArray updateSql(const Table& table)
{
    QByteArray sql = QByteArray("UPDATE ") + table.name + " SET ";
    for (std::size_t c = 0; c < table.columns.size(); ++c)
        sql += QByteArray(c == 0 ? "" : ", ") + table.columns[c] + " = ?";
    return sql + " WHERE id = ?";
}

QByteArray versionedUpdateSql(const Table& table)
{
    return updateSql(table).replace(" WHERE id = ?", ", version = version + 1 WHERE id = ? AND version = ?");
}

} // namespace rapport::core::tables
