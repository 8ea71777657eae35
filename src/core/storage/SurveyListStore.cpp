#include "storage/SurveyListStore.h"

#include "storage/Database.h"
#include "storage/ListExport.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

QString whereClause(const SurveyListStore::Filter& filter, QVariantList& values)
{
    QStringList conditions;
    if (filter.survey) {
        conditions << QStringLiteral("s.survey = ?");
        values << toString(*filter.survey);
    }
    const QString customer = filter.customer.trimmed();
    if (!customer.isEmpty()) {
        QString escaped = customer;
        escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
        escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
        QString pattern;
        pattern.append(QLatin1Char('%')).append(escaped).append(QLatin1Char('%'));
        conditions << QStringLiteral("(c.name LIKE ? ESCAPE '\\' OR c.company LIKE ? ESCAPE '\\')");
        values << pattern << pattern;
    }
    if (!filter.category.isEmpty()) {
        conditions << QStringLiteral("s.category = ?");
        values << filter.category;
    }
    if (conditions.isEmpty())
        return {};
    QString where = QStringLiteral(" WHERE ");
    where.append(conditions.join(QStringLiteral(" AND ")));
    return where;
}

} // namespace

Result<std::vector<SurveyListStore::Row>> SurveyListStore::newest(const Filter& filter, int limit) const
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT s.id, s.external_id, s.customer_id, s.survey, s.score, s.responded_at, s.comment, s.category,"
        " c.name FROM survey_responses s JOIN customers c ON c.id = s.customer_id");
    statement.append(whereClause(filter, values));
    statement.append(QStringLiteral(" ORDER BY s.responded_at DESC, s.id DESC LIMIT ?"));
    values << limit;
    auto q = sql::prepare(m_db.connection(), statement);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<Row> rows;
    while (q->next()) {
        Row row;
        row.response.id = q->value(0).toLongLong();
        row.response.externalId = q->value(1).toString();
        row.response.customerId = q->value(2).toLongLong();
        row.response.survey = surveyKindFromString(q->value(3).toString()).value_or(SurveyKind::Csat);
        row.response.score = q->value(4).toInt();
        row.response.respondedAt = sql::instantFrom(q->value(5));
        row.response.comment = q->value(6).toString();
        row.response.category = q->value(7).toString();
        row.customerName = q->value(8).toString();
        rows.push_back(std::move(row));
    }
    return rows;
}

Result<qint64> SurveyListStore::count(const Filter& filter) const
{
    QVariantList values;
    QString statement =
        QStringLiteral("SELECT count(*) FROM survey_responses s JOIN customers c ON c.id = s.customer_id");
    statement.append(whereClause(filter, values));
    auto v = sql::scalar(m_db.connection(), statement, values);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status SurveyListStore::exportRows(const Filter& filter,
                                   const std::function<bool(std::span<const ExportValue>)>& row) const
{
    QVariantList values;
    QString statement = QStringLiteral(
        "SELECT s.external_id, c.external_id, s.survey, s.score, s.responded_at, s.comment, s.category"
        " FROM survey_responses s JOIN customers c ON c.id = s.customer_id");
    statement.append(whereClause(filter, values));
    statement.append(QStringLiteral(" ORDER BY s.responded_at DESC, s.id DESC"));
    return forEachExportRow(m_db, statement, values, row);
}

Result<QStringList> SurveyListStore::categories() const
{
    return sql::stringColumn(
        m_db.connection(),
        QStringLiteral("SELECT category FROM survey_responses"
                       " WHERE category IS NOT NULL GROUP BY category ORDER BY category {nocase}"));
}

} // namespace rapport::core
