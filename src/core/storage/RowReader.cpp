#include "storage/RowReader.h"

#include "storage/Database.h"
#include "storage/SqlDialect.h"

namespace rapport::core {

Result<RowReader> RowReader::prepare(const Database& db, const QString& sql, const QString& what,
                                     SourceLocation where)
{
    RowReader reader;
    if (db.isServer()) {
        reader.m_server = std::make_unique<ServerCursor>(db.serverHandle(), sql);
        return reader;
    }
    auto statement =
        SqliteStatement::prepare(db.nativeHandle(), sql.toUtf8(), what, SqliteStatement::Reuse::Once, where);
    if (!statement)
        return statement.error();
    reader.m_file = std::move(statement).value();
    return reader;
}

Result<RowReader> RowReader::prepareReadingAhead(const Database& db, const QString& sql, const QString& what,
                                                 SourceLocation where)
{
    auto reader = prepare(db, sql, what, where);
    if (reader)
        reader->setReadAhead(true);
    return reader;
}

} // namespace rapport::core
