#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>
#include <optional>
#include <vector>

// Small helpers for the storage layer only: nothing outside src/core/storage includes this.
namespace rapport::core::sql {

// Prepares a statement; the error carries the SQL and the caller's location.
Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement,
                          SourceLocation where = SourceLocation::current());
// Prepares an INSERT whose new row's id insertedId() reads after exec() (the dialect's way).
Result<QSqlQuery> prepareInsert(const QSqlDatabase& db, const QString& statement,
                                SourceLocation where = SourceLocation::current());
qint64 insertedId(QSqlQuery& query);
// Executes a prepared statement.
Status exec(QSqlQuery& query, SourceLocation where = SourceLocation::current());
// Prepares and executes a statement without parameters.
Status execText(const QSqlDatabase& db, const QString& statement,
                SourceLocation where = SourceLocation::current());
// Prepares, binds `values` in order and executes.
Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
           SourceLocation where = SourceLocation::current());
// A conditional write that must change exactly one row ("… WHERE key = ? AND value = ?"):
// when none changed, someone else changed the row since it was read, and the answer is an
// Error of kind Conflict naming `what` (nothing was written).
Status runChangingOneRow(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                         const QString& what, SourceLocation where = SourceLocation::current());
// A conditional write, "… version = version + 1 WHERE id = ? AND version = ?": binds `values`
// (ending with the record's id), then `version`, the one the caller read. When no row changed,
// someone else changed or removed the record since: an Error of kind Conflict naming `what`,
// and nothing written. Answers the record's new version.
Result<qint64> runVersioned(const QSqlDatabase& db, const QString& statement, QVariantList values,
                            qint64 version, const QString& what,
                            SourceLocation where = SourceLocation::current());
// The first column of the first row (an invalid QVariant when there is no row).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {},
                        SourceLocation where = SourceLocation::current());
// Prepares, binds `values` in order and executes a query, ready for next().
Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                         SourceLocation where = SourceLocation::current());

// Every row, each turned into a T by `map(const QSqlQuery&)`.
template <typename T, typename Mapper>
Result<std::vector<T>> queryAll(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                                Mapper map, SourceLocation where = SourceLocation::current())
{
    auto q = select(db, statement, values, where);
    if (!q)
        return q.error();
    std::vector<T> rows;
    while (q->next())
        rows.push_back(map(*q));
    return rows;
}

// The first column of every row as text (DISTINCT lists for pickers and filters).
Result<QStringList> stringColumn(const QSqlDatabase& db, const QString& statement,
                                 const QVariantList& values = {},
                                 SourceLocation where = SourceLocation::current());

// The first row as a T, or nullopt when there is none.
template <typename T, typename Mapper>
Result<std::optional<T>> queryOne(const QSqlDatabase& db, const QString& statement,
                                  const QVariantList& values, Mapper map,
                                  SourceLocation where = SourceLocation::current())
{
    auto q = select(db, statement, values, where);
    if (!q)
        return q.error();
    if (!q->next())
        return std::optional<T>{};
    return std::optional<T>{map(*q)};
}

Error errorFrom(const QSqlQuery& query, const QString& what,
                SourceLocation where = SourceLocation::current());

// Instants are stored as whole seconds since the Unix epoch, UTC.
QVariant instant(const QDateTime& t);
QDateTime instantFrom(const QVariant& v);
QVariant text(const QString& s); // empty string -> NULL
QVariant optionalInt(const std::optional<qint64>& v);
QVariant optionalReal(const std::optional<double>& v);

} // namespace rapport::core::sql
