#include "storage/Sql.h"

#include "storage/PostgresDialect.h"
#include "storage/SqlDialect.h"
#include "storage/SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>

namespace rapport::core::sql {

Error errorFrom(const QSqlQuery& query, const QString& what, SourceLocation where)
{
    // The same Error as the raw SQLite path gives (SqliteStatement): one shape for both.
    const QSqlError e = query.lastError();
    const QString driverText = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (SqlDialect::of(query.driver()).engine() == SqlDialect::Engine::Postgres)
        return postgresError(e.nativeErrorCode(), driverText, what, query.lastQuery(), where);
    return sqliteError(e.nativeErrorCode().toInt(), driverText, what, query.lastQuery(), where);
}

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement, SourceLocation where)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(SqlDialect::of(db.driver()).sql(statement))) {
        Error e = errorFrom(
            query,
            QCoreApplication::translate("rapport::core::sql", "Could not prepare a database statement"),
            where);
        e.statement = statement;
        return e;
    }
    return query;
}

Result<QSqlQuery> prepareInsert(const QSqlDatabase& db, const QString& statement, SourceLocation where)
{
    return prepare(db, statement + SqlDialect::of(db.driver()).returningId(), where);
}

qint64 insertedId(QSqlQuery& query)
{
    // SQLite's driver reports the new rowid; an INSERT ... RETURNING id hands it back as a row.
    if (SqlDialect::of(query.driver()).returningId().isEmpty())
        return query.lastInsertId().toLongLong();
    return query.next() ? query.value(0).toLongLong() : -1;
}

Status exec(QSqlQuery& query, SourceLocation where)
{
    if (!query.exec())
        return errorFrom(
            query, QCoreApplication::translate("rapport::core::sql", "A database statement failed"), where);
    return {};
}

Status execText(const QSqlDatabase& db, const QString& statement, SourceLocation where)
{
    QSqlQuery query(db);
    if (!query.exec(SqlDialect::of(db.driver()).sql(statement))) {
        Error e = errorFrom(
            query, QCoreApplication::translate("rapport::core::sql", "A database statement failed"), where);
        e.statement = statement;
        return e;
    }
    return {};
}

Status run(const QSqlDatabase& db, const QString& statement, const QVariantList& values, SourceLocation where)
{
    auto q = prepare(db, statement, where);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    return exec(*q, where);
}

Status runChangingOneRow(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                         const QString& what, SourceLocation where)
{
    auto q = prepare(db, statement, where);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = exec(*q, where); !s)
        return s.error();
    if (q->numRowsAffected() != 1) {
        Error e =
            Error::make(QCoreApplication::translate("rapport::core::sql",
                                                    "Someone else changed or removed %1 since it was read; "
                                                    "nothing was written")
                            .arg(what),
                        statement, where);
        e.kind = ErrorKind::Conflict;
        return e;
    }
    return {};
}

Result<qint64> runVersioned(const QSqlDatabase& db, const QString& statement, QVariantList values,
                            qint64 version, const QString& what, SourceLocation where)
{
    values.push_back(version);
    if (Status s = runChangingOneRow(db, statement, values, what, where); !s)
        return s.error();
    return version + 1;
}

Result<QSqlQuery> select(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                         SourceLocation where)
{
    auto q = prepare(db, statement, where);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = exec(*q, where); !s)
        return s.error();
    return q;
}

Result<QStringList> stringColumn(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                                 SourceLocation where)
{
    auto q = select(db, statement, values, where);
    if (!q)
        return q.error();
    QStringList result;
    while (q->next())
        result << q->value(0).toString();
    return result;
}

Result<QVariant> scalar(const QSqlDatabase& db, const QString& statement, const QVariantList& values,
                        SourceLocation where)
{
    auto q = prepare(db, statement, where);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = exec(*q, where); !s)
        return s.error();
    return q->next() ? q->value(0) : QVariant();
}

QVariant instant(const QDateTime& t)
{
    if (!t.isValid())
        return QVariant(QMetaType::fromType<qint64>());
    return QVariant::fromValue<qint64>(t.toSecsSinceEpoch());
}

QDateTime instantFrom(const QVariant& v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QVariant text(const QString& s)
{
    if (s.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    return s;
}

QVariant optionalInt(const std::optional<qint64>& v)
{
    return v ? QVariant::fromValue<qint64>(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant optionalReal(const std::optional<double>& v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

} // namespace rapport::core::sql
