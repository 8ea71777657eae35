#include "storage/MetricsStore.h"

#include "common/UtcCalendar.h"
#include "storage/Database.h"

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace rapport::core {
namespace {

// A prepared statement on the raw handle: the metrics paths read millions of index
// entries, and QSqlQuery's QVariant per value would dominate their cost.
class Statement
{
public:
    Statement(sqlite3* db, QString text) : m_db(db), m_text(std::move(text))
    {
        if (!m_db) {
            m_status = Error::make(QStringLiteral("The metrics queries need an open SQLite database."), m_text);
            return;
        }
        const QByteArray utf8 = m_text.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
            m_status = failure(QStringLiteral("Preparing a metrics query failed"));
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    const Status& status() const { return m_status; }

    // Binds a named parameter if the statement uses it (the scope parameter is optional).
    void bind(const char* name, qint64 value)
    {
        if (const int i = sqlite3_bind_parameter_index(m_stmt, name); i > 0)
            sqlite3_bind_int64(m_stmt, i, value);
    }
    void bind(const char* name, const QString& value)
    {
        if (const int i = sqlite3_bind_parameter_index(m_stmt, name); i > 0) {
            const QByteArray utf8 = value.toUtf8();
            sqlite3_bind_text(m_stmt, i, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
        }
    }

    // true: a row is ready; false: done (check status() for an error).
    bool next()
    {
        if (!m_status)
            return false;
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            m_status = failure(QStringLiteral("Running a metrics query failed"));
        return false;
    }

    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    QByteArray bytes(int column) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
        return p ? QByteArray(p, sqlite3_column_bytes(m_stmt, column)) : QByteArray();
    }

private:
    Error failure(const QString& what) const
    {
        return Error::make(QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(m_db))), m_text);
    }

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_text;
    Status m_status;
};

// The scope as a fixed SQL fragment (values are bound as :scope, never spliced in).
QString customerFilter(const Scope& scope)
{
    switch (scope.kind) {
    case Scope::Kind::Rep:
        return QStringLiteral(" AND owner = :scope");
    case Scope::Kind::Segment:
        return QStringLiteral(" AND segment = :scope");
    case Scope::Kind::All:
        break;
    }
    return {};
}

// For tables that reference customers: "the customer is in the scope".
QString memberFilter(const Scope& scope, const QString& column)
{
    switch (scope.kind) {
    case Scope::Kind::Rep:
        return QStringLiteral(" AND %1 IN (SELECT id FROM customers WHERE owner = :scope)").arg(column);
    case Scope::Kind::Segment:
        return QStringLiteral(" AND %1 IN (SELECT id FROM customers WHERE segment = :scope)").arg(column);
    case Scope::Kind::All:
        break;
    }
    return {};
}

void bindCommon(Statement& st, qint64 start, qint64 end, const Scope& scope)
{
    st.bind(":s", start);
    st.bind(":e", end);
    if (scope.kind != Scope::Kind::All)
        st.bind(":scope", scope.value);
}

} // namespace

Result<MetricsStore::SurveyCounts> MetricsStore::surveyCounts(qint64 start, qint64 end, const Scope& scope) const
{
    // The IN list on the index's first column lets SQLite range-scan survey_kind_time per kind.
    Statement st(m_db.nativeHandle(),
                 QStringLiteral("SELECT survey, score, count(*) FROM survey_responses"
                                " WHERE survey IN ('csat', 'nps', 'ces') AND responded_at >= :s AND responded_at < :e")
                     + memberFilter(scope, QStringLiteral("customer_id"))
                     + QStringLiteral(" GROUP BY survey, score"));
    bindCommon(st, start, end, scope);
    SurveyCounts counts;
    while (st.next()) {
        const QByteArray kind = st.bytes(0);
        const qint64 score = st.integer(1);
        if (score < 0 || score > 10)
            continue; // the schema's CHECK forbids it; never index out of range
        const auto i = static_cast<std::size_t>(score);
        if (kind == "csat")
            counts.csat[i] += st.integer(2);
        else if (kind == "nps")
            counts.nps[i] += st.integer(2);
        else if (kind == "ces")
            counts.ces[i] += st.integer(2);
    }
    if (!st.status())
        return st.status().error();
    return counts;
}

Result<MetricsStore::BaseCounts> MetricsStore::customerBase(qint64 start, qint64 end, const Scope& scope) const
{
    // churned_at >= acquired_at (a CHECK of the schema), so "churned before t" implies
    // "acquired before t" and every count below reduces to index range counts:
    // A(t) = count(acq < t), C(t) = count(ch < t).
    const QString f = customerFilter(scope);
    Statement st(m_db.nativeHandle(),
                 QStringLiteral("SELECT (SELECT count(*) FROM customers WHERE acquired_at < :s") + f
                     + QStringLiteral("), (SELECT count(*) FROM customers WHERE acquired_at < :e") + f
                     + QStringLiteral("), (SELECT count(*) FROM customers WHERE churned_at < :s") + f
                     + QStringLiteral("), (SELECT count(*) FROM customers WHERE churned_at < :e") + f
                     + QStringLiteral("), (SELECT count(*) FROM customers WHERE churned_at >= :s AND churned_at < :e"
                                      " AND acquired_at < :s")
                     + f + QStringLiteral(")"));
    bindCommon(st, start, end, scope);
    BaseCounts b;
    if (st.next()) {
        const qint64 aS = st.integer(0), aE = st.integer(1), cS = st.integer(2), cE = st.integer(3);
        b.atStart = aS - cS;
        b.atEnd = aE - cE;
        b.acquired = aE - aS;
        b.churned = cE - cS;
        b.active = aE - cS;
        b.churnedFromStart = st.integer(4);
    }
    if (!st.status())
        return st.status().error();
    return b;
}

Result<MetricsStore::RevenueTotals> MetricsStore::revenue(qint64 start, qint64 end, const Scope& scope,
                                                         bool withCustomers) const
{
    const QString f = memberFilter(scope, QStringLiteral("customer_id"));
    RevenueTotals r;
    {
        // Integer sum in SQLite (64-bit, overflow raises an error rather than rounding).
        Statement st(m_db.nativeHandle(),
                     QStringLiteral("SELECT coalesce(sum(amount_cents), 0), coalesce(sum(amount_cents >= 0), 0)"
                                    " FROM interactions WHERE kind = 'purchase' AND occurred_at >= :s AND occurred_at < :e")
                         + f);
        bindCommon(st, start, end, scope);
        if (st.next()) {
            r.revenueCents = st.integer(0);
            r.purchases = st.integer(1);
        }
        if (!st.status())
            return st.status().error();
    }
    if (!withCustomers || r.purchases == 0)
        return r;
    Statement st(m_db.nativeHandle(),
                 QStringLiteral("SELECT count(*), coalesce(sum(n >= 2), 0) FROM (SELECT count(*) AS n FROM interactions"
                                " WHERE kind = 'purchase' AND occurred_at >= :s AND occurred_at < :e AND amount_cents >= 0")
                     + f + QStringLiteral(" GROUP BY customer_id)"));
    bindCommon(st, start, end, scope);
    if (st.next()) {
        r.payingCustomers = st.integer(0);
        r.repeatCustomers = st.integer(1);
    }
    if (!st.status())
        return st.status().error();
    return r;
}

Result<MetricsStore::FollowUpCounts> MetricsStore::followUps(qint64 start, qint64 end, qint64 windowSeconds,
                                                            const Scope& scope) const
{
    // One index seek per purchase into interactions_kind_customer_time (schema step 3).
    Statement st(m_db.nativeHandle(),
                 QStringLiteral("SELECT count(*), coalesce(sum(EXISTS (SELECT 1 FROM interactions f"
                                " WHERE f.kind = 'follow_up' AND f.customer_id = p.customer_id"
                                " AND f.occurred_at > p.occurred_at AND f.occurred_at <= p.occurred_at + :w)), 0)"
                                " FROM interactions p WHERE p.kind = 'purchase' AND p.amount_cents >= 0"
                                " AND p.occurred_at >= :s AND p.occurred_at < :e")
                     + memberFilter(scope, QStringLiteral("p.customer_id")));
    bindCommon(st, start, end, scope);
    st.bind(":w", windowSeconds);
    FollowUpCounts c;
    if (st.next()) {
        c.purchases = st.integer(0);
        c.followed = st.integer(1);
    }
    if (!st.status())
        return st.status().error();
    return c;
}

Result<MetricsStore::ComplaintTotals> MetricsStore::complaints(qint64 start, qint64 end, const Scope& scope) const
{
    Statement st(m_db.nativeHandle(),
                 QStringLiteral("SELECT category, resolved_at - occurred_at FROM interactions"
                                " WHERE kind = 'complaint' AND occurred_at >= :s AND occurred_at < :e")
                     + memberFilter(scope, QStringLiteral("customer_id")));
    bindCommon(st, start, end, scope);
    ComplaintTotals t;
    std::map<QByteArray, qint64> byCategory;
    while (st.next()) {
        ++t.count;
        ++byCategory[st.bytes(0).trimmed()];
        if (st.isNull(1))
            ++t.open;
        else
            t.resolutionSeconds.push_back(st.integer(1));
    }
    if (!st.status())
        return st.status().error();
    for (const auto& [category, n] : byCategory)
        t.byCategory[category.isEmpty() ? QStringLiteral("uncategorized") : QString::fromUtf8(category)] += n;
    std::sort(t.resolutionSeconds.begin(), t.resolutionSeconds.end());
    return t;
}

Result<MetricsStore::CohortCounts> MetricsStore::cohorts(qint64 fromMonth, qint64 toMonth, const Scope& scope) const
{
    // Purchases (amount >= 0) arrive grouped by customer and in time order, from the index
    // interactions_kind_customer_time: each customer's first row is their first purchase,
    // so the state is one customer at a time and the memory is the size of the table.
    Statement st(m_db.nativeHandle(),
                 QStringLiteral("SELECT customer_id, occurred_at FROM interactions"
                                " WHERE kind = 'purchase' AND amount_cents >= 0")
                     + memberFilter(scope, QStringLiteral("customer_id"))
                     + QStringLiteral(" ORDER BY customer_id, occurred_at"));
    if (scope.kind != Scope::Kind::All)
        st.bind(":scope", scope.value);

    CohortCounts c;
    c.firstMonth = fromMonth;
    const qint64 cohortCount = std::max<qint64>(0, toMonth - fromMonth + 1);
    c.sizes.assign(static_cast<std::size_t>(cohortCount), 0);
    c.active.assign(static_cast<std::size_t>(cohortCount), {});

    qint64 customer = -1;
    qint64 cohort = -1;      // index into sizes, -1 when the customer is outside the table
    qint64 cohortMonth = 0;
    qint64 nextMonthStart = 0; // start of the month after the last one counted for this customer
    bool any = false;
    qint64 maxSecond = 0;
    while (st.next()) {
        const qint64 id = st.integer(0);
        const qint64 t = st.integer(1);
        if (!any || t > maxSecond)
            maxSecond = t;
        any = true;
        if (id != customer) {
            customer = id;
            cohortMonth = utc::monthIndexOfSeconds(t);
            cohort = cohortMonth >= fromMonth && cohortMonth <= toMonth ? cohortMonth - fromMonth : -1;
            nextMonthStart = std::numeric_limits<qint64>::min();
            if (cohort >= 0)
                ++c.sizes[static_cast<std::size_t>(cohort)];
        }
        if (cohort < 0)
            continue;
        // Rows of one customer come in time order: stay in the month until its end.
        if (t < nextMonthStart)
            continue;
        const qint64 month = utc::monthIndexOfSeconds(t);
        nextMonthStart = utc::monthStartSeconds(month + 1);
        auto& row = c.active[static_cast<std::size_t>(cohort)];
        const auto offset = static_cast<std::size_t>(month - cohortMonth);
        if (row.size() <= offset)
            row.resize(offset + 1, 0);
        ++row[offset];
    }
    if (!st.status())
        return st.status().error();
    if (any)
        c.lastDataMonth = utc::monthIndexOfSeconds(maxSecond);
    return c;
}

} // namespace rapport::core
