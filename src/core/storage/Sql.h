#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>



// Small helpers for the storage layer only: nothing outside src/core/storage includes this.
namespace rapport::core::sql {

// Prepares a statement; the error carries the SQL and the caller's location.
Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement,
                          SourceLocation where = SourceLocation::current());
// Executes a prepared statement.
Status exec(QSqlQuery& query, SourceLocation where = SourceLocation::current());
// Prepares and executes a statement without parameters.
Status execText(const QSqlDatabase& db, const QString& statement,
                SourceLocation where = SourceLocation::current());
// Prepares, binds `values` in order and executes.
Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
           SourceLocation where = SourceLocation::current());
// The first column of the first row (an invalid QVariant when there is no row).
Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values = {},
                        SourceLocation where = SourceLocation::current());
Error errorFrom(const QSqlQuery& query, const QString& what,
                SourceLocation where = SourceLocation::current());

// Instants are stored as whole seconds since the Unix epoch, UTC.
QVariant instant(const QDateTime& t);
QDateTime instantFrom(const QVariant& v);
QVariant text(const QString& s); // empty string -> NULL
QVariant optionalInt(const std::optional<qint64>& v);
QVariant optionalReal(const std::optional<double>& v);

} // namespace rapport::core::sql
