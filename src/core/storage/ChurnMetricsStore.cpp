#include "storage/ChurnMetricsStore.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"

#include <QCoreApplication>

namespace rapport::core {

Result<ChurnMetricsStore::Answer> ChurnMetricsStore::counts(qint64 start, qint64 end, qint64 windowSeconds,
                                                            const Scope& scope) const
{
    // The period's churned customers come from the index customers_churned; for each, EXISTS
    // stops at its first qualifying purchase (index interactions_purchase_customer). One row
    // per reason crosses over. The window is read as stored: it may reach past the period's
    // end and past now (a window still open counts the purchases made so far).
    auto st = RowReader::prepare(
        m_db,
        QStringLiteral("SELECT c.churn_reason, COUNT(*),"
                       " SUM(CASE WHEN EXISTS (SELECT 1 FROM interactions i"
                       " WHERE i.customer_id = c.id AND i.kind = 'purchase' AND i.amount_cents >= 0"
                       " AND i.occurred_at > c.churned_at AND i.occurred_at <= c.churned_at + :w)"
                       " THEN 1 ELSE 0 END)"
                       " FROM customers c"
                       " WHERE c.churned_at >= :s AND c.churned_at < :e") +
            scopeFilter(scope, QStringLiteral("c."), QStringLiteral(":scope")) +
            QStringLiteral(" GROUP BY c.churn_reason"),
        QCoreApplication::translate("rapport::core::ChurnMetricsStore",
                                    "Preparing the churn figures failed"));
    if (!st)
        return st.error();
    st->bindInt(":w", windowSeconds);
    st->bindInt(":s", start);
    st->bindInt(":e", end);
    if (scope.kind != Scope::Kind::All)
        st->bindText(":scope", scope.value.toUtf8());
    Answer answer;
    while (st->next()) {
        // A reason of blanks only (a hand-edited database) is no reason either.
        const QString reason = st->isNull(0) ? QString() : QString::fromUtf8(st->text(0)).trimmed();
        ReasonCounts& r = answer[reason];
        r.churned += st->integer(1);
        r.wonBack += st->integer(2);
    }
    if (st->failed())
        return st->error(QCoreApplication::translate("rapport::core::ChurnMetricsStore",
                                                     "Reading the churn figures failed"));
    return answer;
}

} // namespace rapport::core
