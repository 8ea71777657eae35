#include "storage/TeamAggregateSql.h"

#include "storage/ComplaintFollowUpStore.h"
#include "storage/MetricsStore.h"
#include "storage/SqlDialect.h"

#include <QRegularExpression>
#include <map>

namespace rapport::core {
namespace {

// A statement of the stores with its named parameters (":s") replaced by SQL expressions of
// the function: its typed parameters, a constant or a column of the query around it. Every
// parameter of the text must be given one, or the generated function would not compile:
// an unknown name aborts at once rather than at the first server's upgrade.
QString with(const QString& statement, const std::map<QString, QString>& values)
{
    static const QRegularExpression parameter(QStringLiteral(":([a-z]+)\\b"));
    QString out;
    qsizetype from = 0;
    auto it = parameter.globalMatch(statement);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const auto value = values.find(m.captured(1));
        Q_ASSERT_X(value != values.end(), "TeamAggregateSql", "a statement parameter without a value");
        out += statement.mid(from, m.capturedStart() - from) + QLatin1Char('(') +
               (value != values.end() ? value->second : QStringLiteral("NULL")) + QLatin1Char(')');
        from = m.capturedEnd();
    }
    return out + statement.mid(from);
}

const QString kStart = QStringLiteral("p_start");
const QString kEnd = QStringLiteral("p_end");

// A survey's histogram as bigint[11]: element i + 1 counts the responses with score i.
QString histogram(const Scope& scope, const QString& scopeValue, const char* kind)
{
    const QString rows = with(MetricsStore::surveyRowsSql(scope),
                              {{QStringLiteral("s"), kStart},
                               {QStringLiteral("e"), kEnd},
                               {QStringLiteral("scope"), scopeValue},
                               {QStringLiteral("kind"), QStringLiteral("'%1'").arg(QLatin1String(kind))}});
    return QStringLiteral(
               "(SELECT array_agg(coalesce(h.n, 0) ORDER BY g.i) FROM generate_series(0, 10) AS g(i)"
               " LEFT JOIN (SELECT q.score, count(*) AS n FROM (%1) q GROUP BY q.score) h"
               " ON h.score = g.i)")
        .arg(rows);
}

// One row of every count MetricsStore makes for `scope` (its value given by the SQL
// expression scopeValue), in the columns of rapport_team_counts.
QString countsOf(const Scope& scope, const QString& scopeValue)
{
    const SqlDialect& server = SqlDialect::postgres();
    const std::map<QString, QString> span{
        {QStringLiteral("s"), kStart}, {QStringLiteral("e"), kEnd}, {QStringLiteral("scope"), scopeValue}};
    // The follow-ups that can answer a purchase of [start, end): up to a window after the end.
    const std::map<QString, QString> answers{{QStringLiteral("s"), kStart},
                                             {QStringLiteral("e"), QStringLiteral("p_end + p_window")},
                                             {QStringLiteral("scope"), scopeValue}};
    // The customer base: a customer is one over [acq, ch) and again from ret on
    // (MetricsStore::BaseCounts says which span each count covers).
    const QString baseCounts =
        QStringLiteral(
            "(SELECT"
            " count(*) FILTER (WHERE (q.acquired_at < p_start AND (q.churned_at IS NULL OR q.churned_at >= "
            "p_start))"
            "   OR q.returned_at < p_start) AS at_start,"
            " count(*) FILTER (WHERE (q.churned_at IS NULL OR q.churned_at >= p_end) OR q.returned_at < "
            "p_end)"
            "   AS at_end,"
            " count(*) FILTER (WHERE q.acquired_at >= p_start)"
            "   + count(*) FILTER (WHERE q.returned_at >= p_start AND q.returned_at < p_end) AS acquired,"
            " count(*) FILTER (WHERE q.churned_at >= p_start AND q.churned_at < p_end) AS churned,"
            " count(*) FILTER (WHERE q.churned_at IS NULL OR q.churned_at >= p_start OR q.returned_at < "
            "p_end)"
            "   AS active,"
            " count(*) FILTER (WHERE q.acquired_at < p_start AND q.churned_at >= p_start AND q.churned_at < "
            "p_end)"
            "   AS churned_from_start"
            " FROM (%1) q) b0")
            .arg(with(MetricsStore::baseRowsSql(scope), span));
    // The earlier churns of customers who left again: away over [ch, ret) of each, as
    // MetricsStore::baseSeries subtracts them.
    const QString past =
        QStringLiteral(
            "(SELECT"
            " count(*) FILTER (WHERE q.churned_at < p_start AND q.returned_at >= p_start)"
            "   AS gone_at_start,"
            " count(*) FILTER (WHERE q.churned_at < p_end AND q.returned_at >= p_end) AS gone_at_end,"
            " count(*) FILTER (WHERE q.returned_at >= p_start AND q.returned_at < p_end) AS returned,"
            " count(*) FILTER (WHERE q.churned_at >= p_start AND q.churned_at < p_end) AS churned,"
            " count(*) FILTER (WHERE q.churned_at < p_start AND q.returned_at >= p_end)"
            "   AS gone_throughout,"
            " count(*) FILTER (WHERE q.churned_at >= p_start AND q.churned_at < p_end"
            "   AND q.stayed_from < p_start)"
            " - count(*) FILTER (WHERE q.current_churn >= p_start AND q.current_churn < p_end"
            "   AND q.acquired_at < p_start AND q.returned_at >= p_start) AS from_start"
            " FROM (%1) q) pb")
            .arg(with(MetricsStore::pastChurnRowsSql(scope), span));
    const QString base =
        QStringLiteral("(SELECT b0.at_start - pb.gone_at_start AS at_start,"
                       " b0.at_end - pb.gone_at_end AS at_end,"
                       " b0.acquired + pb.returned AS acquired, b0.churned + pb.churned AS churned,"
                       " b0.active - pb.gone_throughout AS active,"
                       " b0.churned_from_start + pb.from_start AS churned_from_start"
                       " FROM %1 CROSS JOIN %2) b")
            .arg(baseCounts, past);
    // Revenue: every purchase; paying and repeat customers count purchases with amount >= 0.
    const QString revenue = QStringLiteral("(SELECT coalesce(sum(t.cents), 0)::bigint AS revenue_cents,"
                                           " coalesce(sum(t.paid), 0)::bigint AS purchases,"
                                           " count(*) FILTER (WHERE t.paid >= 1) AS paying_customers,"
                                           " count(*) FILTER (WHERE t.paid >= 2) AS repeat_customers"
                                           " FROM (SELECT q.customer_id, sum(q.amount_cents) AS cents,"
                                           "  count(*) FILTER (WHERE q.amount_cents >= 0) AS paid"
                                           "  FROM (%1) q GROUP BY q.customer_id) t) r")
                                .arg(with(MetricsStore::purchaseRowsSql(server, scope), span));
    // A purchase at t is followed up by a follow-up of its customer in (t, t + window]; one
    // not followed whose window is still open at p_now may yet be (MetricsStore::followUps).
    const QString followUps =
        QStringLiteral("(SELECT count(*) AS fu_purchases, count(*) FILTER (WHERE x.followed) AS fu_followed,"
                       " count(*) FILTER (WHERE NOT x.followed AND x.occurred_at >= p_now - p_window)"
                       "   AS fu_still_open"
                       " FROM (SELECT p.occurred_at, EXISTS (SELECT 1 FROM (%2) f"
                       "   WHERE f.customer_id = p.customer_id AND f.occurred_at > p.occurred_at"
                       "   AND f.occurred_at <= p.occurred_at + p_window) AS followed"
                       "  FROM (%1) p) x) f")
            .arg(with(MetricsStore::followUpPurchaseRowsSql(server, scope), span),
                 with(MetricsStore::followUpRowsSql(server, scope), answers));
    // The median of the resolution times: percentile_cont interpolates halfway between the
    // two middle ones, as MetricsStore does.
    const QString complaints =
        QStringLiteral("(SELECT count(*) AS complaints, count(*) FILTER (WHERE q.resolution IS NULL)"
                       " AS open_complaints,"
                       " percentile_cont(0.5) WITHIN GROUP (ORDER BY q.resolution) AS resolution_median"
                       " FROM (%1) q) c")
            .arg(with(MetricsStore::complaintRowsSql(server, scope), span));
    return QStringLiteral("SELECT %1 AS csat, %2 AS nps, %3 AS ces,"
                          " b.at_start, b.at_end, b.acquired, b.churned, b.active, b.churned_from_start,"
                          " r.revenue_cents, r.purchases, r.paying_customers, r.repeat_customers,"
                          " f.fu_purchases, f.fu_followed, f.fu_still_open,"
                          " c.complaints, c.open_complaints, c.resolution_median"
                          " FROM %4 CROSS JOIN %5 CROSS JOIN %6 CROSS JOIN %7")
        .arg(histogram(scope, scopeValue, "csat"), histogram(scope, scopeValue, "nps"),
             histogram(scope, scopeValue, "ces"), base, revenue, followUps, complaints);
}

// Only a login of this team: a rep bound to a rep id, or a manager (roles are the whole
// server's; a rep of another database on it is in rapport_rep too). "(SELECT f())" is
// computed once per statement.
const QString kTeamLogin =
    QStringLiteral("((SELECT public.rapport_my_rep()) IS NOT NULL OR (SELECT public.rapport_sees_all()))");

// Owner's rights, a fixed search path with the session's temporary tables last (else a temp
// table named "customers" would be read first), and nothing but typed parameters.
const QString kDefiner =
    QStringLiteral(" LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp AS ");

const QString kCountsColumns = QStringLiteral(
    "csat bigint[], nps bigint[], ces bigint[], at_start bigint, at_end bigint, acquired bigint,"
    " churned bigint, active bigint, churned_from_start bigint, revenue_cents bigint, purchases bigint,"
    " paying_customers bigint, repeat_customers bigint, fu_purchases bigint, fu_followed bigint,"
    " fu_still_open bigint, complaints bigint, open_complaints bigint, resolution_median double precision");

QString dollarQuoted(const QString& body)
{
    Q_ASSERT(!body.contains(QLatin1String("$rapport$")));
    return QStringLiteral("$rapport$ ") + body + QStringLiteral(" $rapport$");
}

} // namespace

QStringList TeamAggregateSql::statements()
{
    const QString counts =
        QStringLiteral("CREATE OR REPLACE FUNCTION rapport_team_counts(p_start bigint, p_end bigint,"
                       " p_window bigint, p_now bigint) RETURNS TABLE (%1)")
            .arg(kCountsColumns) +
        kDefiner +
        dollarQuoted(
            QStringLiteral("SELECT * FROM (%1) t WHERE %2").arg(countsOf(Scope::all(), {}), kTeamLogin));

    const QString categories =
        QStringLiteral("CREATE OR REPLACE FUNCTION rapport_team_categories(p_start bigint, p_end bigint)"
                       " RETURNS TABLE (category text, complaints bigint)") +
        kDefiner +
        dollarQuoted(QStringLiteral("SELECT q.category, count(*) FROM (%1) q WHERE %2 GROUP BY q.category"
                                    " ORDER BY q.category")
                         .arg(with(MetricsStore::complaintRowsSql(SqlDialect::postgres(), Scope::all()),
                                   {{QStringLiteral("s"), kStart}, {QStringLiteral("e"), kEnd}}),
                              kTeamLogin));

    // Every rep's counts (the engine's statement texts, scoped to the rep), then per measure
    // the two numbers a value is made of: csat (satisfied, responses), nps (promoters minus
    // detractors, responses), follow_up_rate (followed, purchases), resolution_hours_median
    // (median seconds, resolved complaints), csat_after_complaints (satisfied, responses),
    // complaint_rate (complaints, active customers), revenue (cents, purchases) and responses
    // (all survey responses, the same).
    const QString perRep =
        QStringLiteral("SELECT c.*, (SELECT sum(k) FROM unnest(c.csat[2:6]) k)::bigint AS csat_n,"
                       " (SELECT sum(k) FROM unnest(c.nps[1:11]) k)::bigint AS nps_n,"
                       " (SELECT sum(k) FROM unnest(c.ces[2:8]) k)::bigint AS ces_n"
                       // OFFSET 0 keeps the planner from pulling the counts up into this
                       // select list, which would count each histogram twice per rep.
                       " FROM public.reps team_rep CROSS JOIN LATERAL (%1 OFFSET 0) c"
                       " WHERE team_rep.role = 'rep'")
            .arg(countsOf(Scope::rep(QString()), QStringLiteral("team_rep.id")));
    const QString after =
        QStringLiteral("SELECT coalesce(a.satisfied, 0) AS satisfied, coalesce(a.total, 0) AS total"
                       " FROM public.reps team_rep LEFT JOIN (%1) a ON a.owner = team_rep.id"
                       " WHERE team_rep.role = 'rep'")
            .arg(with(ComplaintFollowUpStore::csatAfterComplaintsSql(),
                      {{QStringLiteral("s"), kStart},
                       {QStringLiteral("e"), kEnd},
                       {QStringLiteral("w"), QStringLiteral("p_complaint_window")}}));
    const QString values =
        QStringLiteral("CREATE OR REPLACE FUNCTION rapport_team_values(p_start bigint, p_end bigint,"
                       " p_window bigint, p_now bigint, p_complaint_window bigint)"
                       " RETURNS TABLE (measure text, amount double precision, sample bigint)") +
        kDefiner +
        dollarQuoted(
            QStringLiteral(
                "WITH per_rep AS (%1), after AS (%2),"
                " v AS ("
                "  SELECT 'csat' AS measure, (csat[5] + csat[6])::float8 AS amount, csat_n AS sample FROM "
                "per_rep"
                "  UNION ALL SELECT 'nps', (nps[10] + nps[11] - (SELECT sum(k) FROM unnest(nps[1:7]) "
                "k))::float8,"
                "   nps_n FROM per_rep"
                "  UNION ALL SELECT 'follow_up_rate', fu_followed, fu_purchases FROM per_rep"
                "  UNION ALL SELECT 'resolution_hours_median', resolution_median, complaints - "
                "open_complaints"
                "   FROM per_rep"
                "  UNION ALL SELECT 'csat_after_complaints', satisfied, total FROM after"
                "  UNION ALL SELECT 'complaint_rate', complaints, active FROM per_rep"
                "  UNION ALL SELECT 'revenue', revenue_cents, purchases FROM per_rep"
                "  UNION ALL SELECT 'responses', csat_n + nps_n + ces_n, csat_n + nps_n + ces_n FROM per_rep)"
                " SELECT measure, amount, sample FROM v"
                " WHERE %3 AND (SELECT count(*) FROM public.reps WHERE role = 'rep') >= %4"
                " ORDER BY measure, amount NULLS FIRST, sample")
                .arg(perRep, after, kTeamLogin)
                .arg(kMinTeamReps));

    QStringList s{counts, categories, values};
    const QString signatures = QStringLiteral("rapport_team_counts(bigint, bigint, bigint, bigint),"
                                              " rapport_team_categories(bigint, bigint),"
                                              " rapport_team_values(bigint, bigint, bigint, bigint, bigint)");
    s << QStringLiteral("REVOKE ALL ON FUNCTION %1 FROM PUBLIC").arg(signatures)
      << QStringLiteral("GRANT EXECUTE ON FUNCTION %1 TO rapport_rep, rapport_manager").arg(signatures);
    return s;
}

} // namespace rapport::core
