#include "storage/SurveyRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Tables.h"

namespace rapport::core {
namespace {

const QString kSelect = tables::text(tables::selectSql(tables::kSurveys) + ' ');
const QString kInsert = tables::text(tables::insertSql(tables::kSurveys));

SurveyResponse responseFrom(const QSqlQuery& q)
{
    SurveyResponse r;
    r.id = q.value(0).toLongLong();
    r.externalId = q.value(1).toString();
    r.customerId = q.value(2).toLongLong();
    r.survey = surveyKindFromString(q.value(3).toString()).value_or(SurveyKind::Csat);
    r.score = q.value(4).toInt();
    r.respondedAt = sql::instantFrom(q.value(5));
    r.comment = q.value(6).toString();
    r.category = q.value(7).toString();
    return r;
}

} // namespace

Status SurveyRepository::insert(SurveyResponse& response)
{
    auto q = sql::prepareInsert(m_db.connection(), kInsert);
    if (!q)
        return q.error();
    q->addBindValue(sql::text(response.externalId));
    q->addBindValue(response.customerId);
    q->addBindValue(toString(response.survey));
    q->addBindValue(response.score);
    q->addBindValue(sql::instant(response.respondedAt));
    q->addBindValue(sql::text(response.comment));
    q->addBindValue(sql::text(response.category));
    if (Status s = sql::exec(*q); !s)
        return s;
    response.id = sql::insertedId(*q);
    return {};
}

Result<std::optional<SurveyResponse>> SurveyRepository::find(qint64 id) const
{
    return sql::queryOne<SurveyResponse>(m_db.connection(), kSelect + QStringLiteral("WHERE id = ?"), {id},
                                         responseFrom);
}

Result<std::vector<SurveyResponse>> SurveyRepository::forCustomer(qint64 customerId, int limit) const
{
    return sql::queryAll<SurveyResponse>(
        m_db.connection(),
        kSelect + QStringLiteral("WHERE customer_id = ? ORDER BY responded_at DESC, id DESC LIMIT ?"),
        {customerId, limit}, responseFrom);
}

Status SurveyRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM survey_responses WHERE id = ?"), {id});
}

Result<qint64> SurveyRepository::count() const
{
    auto v = sql::scalar(m_db.connection(), QStringLiteral("SELECT count(*) FROM survey_responses"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

} // namespace rapport::core
