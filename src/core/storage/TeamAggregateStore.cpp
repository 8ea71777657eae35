#include "storage/TeamAggregateStore.h"

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace rapport::core {
namespace {

// "1,0,4,..." (a bigint[] through array_to_string) into a histogram indexed by score.
std::array<qint64, 11> histogram(const QString& text)
{
    std::array<qint64, 11> h{};
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < parts.size() && i < 11; ++i)
        h[static_cast<std::size_t>(i)] = parts[i].toLongLong();
    return h;
}

Error needsServer()
{
    return Error::make(QCoreApplication::translate("rapport::core::TeamAggregateStore",
                                                   "Team aggregates come from a team server only."));
}

} // namespace

Result<std::optional<QString>> TeamAggregateStore::sessionRep() const
{
    if (!m_db.isServer())
        return std::optional<QString>{};
    // A server set up by an older Rapport has no team functions until its next upgrade (the
    // functions are created with the schema): its reps keep seeing their own book only.
    auto rep = sql::scalar(
        m_db.connection(),
        QStringLiteral(
            "SELECT CASE WHEN rapport_sees_all()"
            " OR to_regprocedure('rapport_team_values(bigint, bigint, bigint, bigint, bigint)') IS NULL"
            " THEN NULL ELSE rapport_my_rep() END"));
    if (!rep)
        return rep.error();
    if (rep->isNull() || rep->toString().isEmpty())
        return std::optional<QString>{};
    return std::optional<QString>{rep->toString()};
}

Result<MetricsCounts> TeamAggregateStore::counts(qint64 start, qint64 end, qint64 windowSeconds,
                                                 qint64 now) const
{
    if (!m_db.isServer())
        return needsServer();
    auto q = sql::select(
        m_db.connection(),
        QStringLiteral(
            "SELECT array_to_string(csat, ','), array_to_string(nps, ','), array_to_string(ces, ','),"
            " at_start, at_end, acquired, churned, active, churned_from_start,"
            " revenue_cents, purchases, paying_customers, repeat_customers,"
            " fu_purchases, fu_followed, fu_still_open, complaints, open_complaints, resolution_median"
            " FROM rapport_team_counts(?, ?, ?, ?)"),
        {start, end, windowSeconds, now});
    if (!q)
        return q.error();
    MetricsCounts c;
    if (!q->next()) // not a login of this team: the function returns nothing
        return c;
    const auto n = [&q](int column) { return q->value(column).toLongLong(); };
    c.surveys.csat = histogram(q->value(0).toString());
    c.surveys.nps = histogram(q->value(1).toString());
    c.surveys.ces = histogram(q->value(2).toString());
    c.base = {n(3), n(4), n(5), n(6), n(7), n(8)};
    c.revenue = {n(9), n(10), n(11), n(12)};
    c.followUps = {n(13), n(14), n(15)};
    c.complaints.count = n(16);
    c.complaints.open = n(17);
    if (!q->value(18).isNull())
        c.complaints.resolutionMedianSeconds = q->value(18).toDouble();

    auto categories = sql::select(
        m_db.connection(), QStringLiteral("SELECT category, complaints FROM rapport_team_categories(?, ?)"),
        {start, end});
    if (!categories)
        return categories.error();
    while (categories->next())
        c.complaints.byCategory[MetricsStore::categoryKey(categories->value(0).toString().toUtf8())] +=
            categories->value(1).toLongLong();
    return c;
}

Result<std::map<QString, std::vector<TeamAggregateStore::Entry>>>
TeamAggregateStore::values(qint64 start, qint64 end, qint64 windowSeconds, qint64 now,
                           qint64 complaintWindowSeconds) const
{
    if (!m_db.isServer())
        return needsServer();
    auto q =
        sql::select(m_db.connection(),
                    QStringLiteral("SELECT measure, amount, sample FROM rapport_team_values(?, ?, ?, ?, ?)"),
                    {start, end, windowSeconds, now, complaintWindowSeconds});
    if (!q)
        return q.error();
    std::map<QString, std::vector<Entry>> out;
    while (q->next()) {
        Entry e;
        if (!q->value(1).isNull())
            e.amount = q->value(1).toDouble();
        e.sample = q->value(2).toLongLong();
        out[q->value(0).toString()].push_back(e);
    }
    return out;
}

} // namespace rapport::core
