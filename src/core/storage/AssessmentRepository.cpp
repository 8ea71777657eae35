#include "storage/AssessmentRepository.h"

#include "storage/Database.h"
#include "storage/Sql.h"

namespace rapport::core {
namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, rep_id, instrument_id, instrument_version, taken_at, straight_lined FROM assessments ");
const QString kNewestFirst = QStringLiteral(" ORDER BY taken_at DESC, id DESC");

Assessment assessmentFrom(const QSqlQuery& q)
{
    Assessment a;
    a.id = q.value(0).toLongLong();
    a.repId = q.value(1).toString();
    a.instrumentId = q.value(2).toString();
    a.instrumentVersion = q.value(3).toInt();
    a.takenAt = sql::instantFrom(q.value(4));
    a.straightLined = q.value(5).toInt() != 0;
    return a;
}

} // namespace

Status AssessmentRepository::insert(Assessment& assessment)
{
    WriteTransaction transaction(m_db);
    if (!transaction.begun())
        return transaction.begun();
    auto q = sql::prepareInsert(
        m_db.connection(),
        QStringLiteral("INSERT INTO assessments (rep_id, instrument_id, instrument_version, taken_at,"
                       " straight_lined) VALUES (?, ?, ?, ?, ?)"));
    if (!q)
        return q.error();
    q->addBindValue(sql::text(assessment.repId));
    q->addBindValue(assessment.instrumentId);
    q->addBindValue(assessment.instrumentVersion);
    q->addBindValue(sql::instant(assessment.takenAt));
    q->addBindValue(assessment.straightLined ? 1 : 0);
    if (Status s = sql::exec(*q); !s)
        return s;
    const qint64 id = sql::insertedId(*q);

    auto answer = sql::prepare(
        m_db.connection(),
        QStringLiteral("INSERT INTO assessment_answers (assessment_id, item_id, value) VALUES (?, ?, ?)"));
    if (!answer)
        return answer.error();
    for (auto it = assessment.answers.begin(); it != assessment.answers.end(); ++it) {
        answer->bindValue(0, id);
        answer->bindValue(1, it.key());
        answer->bindValue(2, it.value());
        if (Status s = sql::exec(*answer); !s)
            return s; // the transaction rolls the assessment back with it
    }
    if (Status s = transaction.commit(); !s)
        return s;
    assessment.id = id;
    return {};
}

Status AssessmentRepository::loadAnswers(Assessment& assessment) const
{
    auto q =
        sql::prepare(m_db.connection(),
                     QStringLiteral("SELECT item_id, value FROM assessment_answers WHERE assessment_id = ?"));
    if (!q)
        return q.error();
    q->addBindValue(assessment.id);
    if (Status s = sql::exec(*q); !s)
        return s;
    assessment.answers.clear();
    while (q->next())
        assessment.answers.insert(q->value(0).toString(), q->value(1).toInt());
    return {};
}

Result<std::vector<Assessment>> AssessmentRepository::select(const QString& where, const QVariantList& values,
                                                             const QString& tail) const
{
    auto q = sql::prepare(m_db.connection(), kSelect + where + tail);
    if (!q)
        return q.error();
    for (const QVariant& v : values)
        q->addBindValue(v);
    if (Status s = sql::exec(*q); !s)
        return s.error();
    std::vector<Assessment> out;
    while (q->next())
        out.push_back(assessmentFrom(*q));
    for (Assessment& a : out) {
        if (Status s = loadAnswers(a); !s)
            return s.error();
    }
    return out;
}

Result<std::optional<Assessment>> AssessmentRepository::find(qint64 id) const
{
    auto found = select(QStringLiteral("WHERE id = ?"), {id}, {});
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Assessment>{};
    return std::optional<Assessment>{found->front()};
}

Result<std::vector<Assessment>> AssessmentRepository::listForRep(const QString& repId) const
{
    return select(QStringLiteral("WHERE rep_id = ?"), {repId}, kNewestFirst);
}

Result<std::optional<Assessment>> AssessmentRepository::latestForRep(const QString& repId) const
{
    auto found =
        select(QStringLiteral("WHERE rep_id = ?"), {repId}, kNewestFirst + QStringLiteral(" LIMIT 1"));
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Assessment>{};
    return std::optional<Assessment>{found->front()};
}

Result<std::optional<Assessment>> AssessmentRepository::previousOf(const Assessment& assessment) const
{
    const QVariant at = sql::instant(assessment.takenAt);
    auto found = select(QStringLiteral("WHERE rep_id = ? AND (taken_at < ? OR (taken_at = ? AND id < ?))"),
                        {assessment.repId, at, at, assessment.id}, kNewestFirst + QStringLiteral(" LIMIT 1"));
    if (!found)
        return found.error();
    if (found->empty())
        return std::optional<Assessment>{};
    return std::optional<Assessment>{found->front()};
}

Status AssessmentRepository::remove(qint64 id)
{
    return sql::run(m_db.connection(), QStringLiteral("DELETE FROM assessments WHERE id = ?"), {id});
}

} // namespace rapport::core
