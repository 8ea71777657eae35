#include "storage/Sql.h"

#include <QSqlError>

namespace rapport::core::sql {

namespace {

// SQLite's primary result codes that a user can act on get a sentence of their own
// instead of the driver's terse text ("database is locked").
QString explainNativeCode(const QString& nativeCode)
{
    bool ok = false;
    const int code = nativeCode.toInt(&ok) & 0xff; // extended codes keep the primary code in the low byte
    if (!ok)
        return {};
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QStringLiteral("The database is busy: another program (another Rapport window or rapport-cli) "
                              "kept it locked for too long. Nothing was written; try again in a moment");
    case 8: // SQLITE_READONLY
        return QStringLiteral("The database cannot be written to: the file or its folder is read-only");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QStringLiteral("The database file is damaged; restore it from a backup");
    case 13: // SQLITE_FULL
        return QStringLiteral(
            "The disk is full (or the database reached its size limit). Nothing was written; "
            "free some space and try again");
    case 10: // SQLITE_IOERR
        return QStringLiteral("The database file could not be read or written (an input/output error)");
    default:
        return {};
    }
}

} // namespace

Error errorFrom(const QSqlQuery& query, const QString& what, SourceLocation where)
{
    const QSqlError e = query.lastError();
    if (const QString explained = explainNativeCode(e.nativeErrorCode()); !explained.isEmpty())
        return Error::make(explained + QStringLiteral(" (") + e.databaseText().trimmed() + QLatin1Char(')'),
                           query.lastQuery(), where);
    QString message = what;
    const QString driverText = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (!driverText.trimmed().isEmpty())
        message += QStringLiteral(": ") + driverText.trimmed();
    return Error::make(message, query.lastQuery(), where);
}

Result<QSqlQuery> prepare(const QSqlDatabase& db, const QString& statement, SourceLocation where)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(statement)) {
        Error e = errorFrom(query, QStringLiteral("Could not prepare a database statement"), where);
        e.statement = statement;
        return e;
    }
    return query;
}

Status exec(QSqlQuery& query, SourceLocation where)
{
    if (!query.exec())
        return errorFrom(query, QStringLiteral("A database statement failed"), where);
    return {};
}

Status execText(const QSqlDatabase& db, const QString& statement, SourceLocation where)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        Error e = errorFrom(query, QStringLiteral("A database statement failed"), where);
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
