#include "storage/MetricsStore.h"

#include "common/UtcCalendar.h"
#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"
#include "storage/ServerMetricsSql.h"
#include "storage/SqlDialect.h"

#include <QCoreApplication>
#include <algorithm>
#include <deque>
#include <limits>
#include <unordered_map>

namespace rapport::core {
namespace {

// Adds one amount to a sum of cents; false when the sum would leave 64 bits. Imports bound
// each amount, but a database from an older version (or a hand-edited one) may hold more,
// and a wrapped sum would show a huge revenue as a negative one.
bool addCents(qint64& sum, qint64 cents)
{
    return !__builtin_add_overflow(sum, cents, &sum);
}

Error revenueTooLarge()
{
    return Error::make(QCoreApplication::translate(
        "rapport::core::MetricsStore",
        "The revenue of the period is too large to add up: some purchase amounts are "
        "far beyond the 1,000,000,000.00 an import accepts. Correct them."));
}

// The metrics paths read millions of index entries: straight on SQLite, or through a server
// cursor on a team server (see RowReader), read ahead: nothing here runs a QSqlQuery.
Result<RowReader> prepareQuery(const Database& db, const QString& text)
{
    return RowReader::prepareReadingAhead(
        db, text,
        QCoreApplication::translate("rapport::core::MetricsStore", "Preparing a metrics query failed"));
}

Error queryFailed(const RowReader& st)
{
    return st.error(
        QCoreApplication::translate("rapport::core::MetricsStore", "Running a metrics query failed"));
}

const SqlDialect& dialectOf(const Database& db)
{
    return SqlDialect::of(db.connection().driver());
}

// " INDEXED BY index" on SQLite, nothing where the planner chooses.
QString through(const SqlDialect& dialect, const char* index)
{
    return dialect.indexHint(QString::fromLatin1(index));
}

// The scope as a fixed SQL fragment (values are bound as :scope, never spliced in).
QString customerFilter(const Scope& scope)
{
    return scopeFilter(scope, {}, QStringLiteral(":scope"));
}

// For tables that reference customers: "the customer is in the scope".
QString memberFilter(const Scope& scope, const QString& column)
{
    return scopeMemberFilter(scope, column, QStringLiteral(":scope"));
}

// The index i of the period [b_i, b_{i+1}) holding t, if any.
std::optional<std::size_t> bucketOf(const std::vector<qint64>& boundaries, qint64 t)
{
    const auto it = std::upper_bound(boundaries.begin(), boundaries.end(), t);
    if (it == boundaries.begin() || it == boundaries.end())
        return std::nullopt;
    return static_cast<std::size_t>(it - boundaries.begin()) - 1;
}

void bindCommon(RowReader& st, qint64 start, qint64 end, const Scope& scope)
{
    st.bindInt(":s", start);
    st.bindInt(":e", end);
    bindScope(st, scope);
}

} // namespace

QString MetricsStore::surveyRowsSql(const Scope& scope)
{
    return QStringLiteral("SELECT responded_at, score FROM survey_responses"
                          " WHERE survey = :kind AND responded_at >= :s AND responded_at < :e") +
           memberFilter(scope, QStringLiteral("customer_id"));
}

QString MetricsStore::baseRowsSql(const Scope& scope)
{
    return QStringLiteral(
               "SELECT acquired_at, churned_at, returned_at FROM customers WHERE acquired_at < :e") +
           customerFilter(scope);
}

QString MetricsStore::pastChurnRowsSql(const Scope& scope)
{
    // Few customers leave twice: the look-ups per row read a small table by its key.
    return QStringLiteral(
               "SELECT p.churned_at, p.returned_at,"
               " COALESCE((SELECT max(e.returned_at) FROM past_churns e"
               "   WHERE e.customer_id = p.customer_id AND e.churned_at < p.churned_at), c.acquired_at)"
               "   AS stayed_from,"
               " c.acquired_at,"
               " CASE WHEN NOT EXISTS (SELECT 1 FROM past_churns l"
               "   WHERE l.customer_id = p.customer_id AND l.churned_at > p.churned_at)"
               "   THEN c.churned_at END AS current_churn"
               " FROM past_churns p JOIN customers c ON c.id = p.customer_id WHERE p.churned_at < :e") +
           scopeFilter(scope, QStringLiteral("c."), QStringLiteral(":scope"));
}

QString MetricsStore::purchaseRowsSql(const SqlDialect& dialect, const Scope& scope)
{
    return QStringLiteral("SELECT occurred_at, amount_cents, customer_id FROM interactions") +
           through(dialect, "interactions_purchase_time") +
           QStringLiteral(" WHERE kind = 'purchase' AND occurred_at >= :s AND occurred_at < :e") +
           memberFilter(scope, QStringLiteral("customer_id"));
}

QString MetricsStore::followUpPurchaseRowsSql(const SqlDialect& dialect, const Scope& scope)
{
    return QStringLiteral("SELECT occurred_at, customer_id FROM interactions") +
           through(dialect, "interactions_purchase_time") +
           QStringLiteral(" WHERE kind = 'purchase'"
                          " AND occurred_at >= :s AND occurred_at < :e AND amount_cents >= 0") +
           memberFilter(scope, QStringLiteral("customer_id"));
}

QString MetricsStore::followUpRowsSql(const SqlDialect& dialect, const Scope& scope)
{
    return QStringLiteral("SELECT occurred_at, customer_id FROM interactions") +
           through(dialect, "interactions_follow_up_time") +
           QStringLiteral(" WHERE kind = 'follow_up' AND occurred_at > :s AND occurred_at < :e") +
           memberFilter(scope, QStringLiteral("customer_id"));
}

QString MetricsStore::complaintRowsSql(const SqlDialect& dialect, const Scope& scope)
{
    return QStringLiteral("SELECT category, resolved_at - occurred_at AS resolution FROM interactions") +
           through(dialect, "interactions_complaint_time") +
           QStringLiteral(" WHERE kind = 'complaint' AND occurred_at >= :s AND occurred_at < :e") +
           memberFilter(scope, QStringLiteral("customer_id"));
}

QString MetricsStore::categoryKey(const QByteArray& stored)
{
    const QByteArray trimmed = stored.trimmed();
    return trimmed.isEmpty() ? QStringLiteral("uncategorized") : QString::fromUtf8(trimmed);
}

Result<MetricsStore::SurveyCounts> MetricsStore::surveyCounts(qint64 start, qint64 end,
                                                              const Scope& scope) const
{
    auto series = surveySeries({start, end}, scope);
    if (!series)
        return series.error();
    return series->front();
}

Result<std::vector<MetricsStore::SurveyCounts>>
MetricsStore::surveySeries(const std::vector<qint64>& boundaries, const Scope& scope) const
{
    if (boundaries.size() < 2)
        return std::vector<SurveyCounts>{};
    std::vector<SurveyCounts> series(boundaries.size() - 1);
    // One range scan of the covering index survey_kind_time per kind; rows are counted
    // here rather than grouped by SQLite, which would sort them first.
    const bool grouped = ServerMetricsSql::groups(m_db);
    const QString sql = grouped ? ServerMetricsSql::surveyCountsSql(scope) : surveyRowsSql(scope);
    const QByteArray bounds = grouped ? ServerMetricsSql::boundsArray(boundaries) : QByteArray();
    for (const char* kind : {"csat", "nps", "ces"}) {
        auto st = prepareQuery(m_db, sql);
        if (!st)
            return st.error();
        bindCommon(*st, boundaries.front(), boundaries.back(), scope);
        st->bindText(":kind", kind);
        if (grouped)
            st->bindText(":bounds", bounds);
        const char k = kind[1]; // 's' csat, 'p' nps, 'e' ces
        while (st->next()) {
            const qint64 score = st->integer(1);
            const auto i = bucketOf(boundaries, st->integer(0));
            if (score < 0 || score > 10 || !i)
                continue; // the schema's CHECK forbids such scores; never index out of range
            SurveyCounts& c = series[*i];
            auto& histogram = k == 's' ? c.csat : k == 'p' ? c.nps : c.ces;
            histogram[static_cast<std::size_t>(score)] += grouped ? st->integer(2) : 1;
        }
        if (st->failed())
            return queryFailed(*st);
    }
    return series;
}

Result<MetricsStore::BaseCounts> MetricsStore::customerBase(qint64 start, qint64 end,
                                                            const Scope& scope) const
{
    auto series = baseSeries({start, end}, scope);
    if (!series)
        return series.error();
    return series->front();
}

Result<std::vector<MetricsStore::BaseCounts>> MetricsStore::baseSeries(const std::vector<qint64>& boundaries,
                                                                       const Scope& scope) const
{
    if (boundaries.size() < 2)
        return std::vector<BaseCounts>{};
    const std::size_t n = boundaries.size();
    // A[j] = count(acq < b_j), C[j] = count(ch < b_j), R[j] = count(ret < b_j), built as
    // difference arrays: a customer acquired at acq is counted by every boundary after it.
    // acq <= ch <= ret (CHECKs of the schema), so a customer at b_j is counted by
    // A[j] - C[j] + R[j]: acquired and not gone, or gone and back.
    std::vector<qint64> addA(n + 1, 0), addC(n + 1, 0), addR(n + 1, 0), addBoth(n + 1, 0),
        churnedFromStart(n - 1, 0);
    const bool grouped = ServerMetricsSql::groups(m_db);
    auto st = prepareQuery(m_db, grouped ? ServerMetricsSql::baseCountsSql(scope) : baseRowsSql(scope));
    if (!st)
        return st.error();
    bindCommon(*st, boundaries.front(), boundaries.back(), scope);
    if (grouped)
        st->bindText(":bounds", ServerMetricsSql::boundsArray(boundaries));
    // The number of boundaries <= t: t < b_j exactly for j >= that index.
    const auto firstAfter = [&boundaries](qint64 t) {
        return static_cast<std::size_t>(std::upper_bound(boundaries.begin(), boundaries.end(), t) -
                                        boundaries.begin());
    };
    while (st->next()) {
        const qint64 count = grouped ? st->integer(3) : 1;
        const qint64 acq = st->integer(0);
        addA[firstAfter(acq)] += count;
        if (st->isNull(1))
            continue;
        const qint64 ch = st->integer(1);
        const std::size_t jc = firstAfter(ch);
        addC[jc] += count;
        // ch lies in period jc - 1 = [b_{jc-1}, b_jc); churned "from the start" if acquired before it.
        if (jc >= 1 && jc < n && acq < boundaries[jc - 1])
            churnedFromStart[jc - 1] += count;
        if (st->isNull(2))
            continue;
        const std::size_t jr = firstAfter(st->integer(2));
        addR[jr] += count;
        // Active in period i through both spans' union: A[i+1] - C[i] + R[i+1] counts twice
        // the customers with ch >= b_i and ret < b_{i+1}; those with ch < b_i (i >= jc) and
        // ret < b_{i+1} (i >= jr - 1) are counted once, so the overlap is R[i+1] minus these.
        addBoth[std::max(jc, jr == 0 ? 0 : jr - 1)] += count;
    }
    if (st->failed())
        return queryFailed(*st);

    // The earlier churns (customers who came back and left again). The customers row above
    // counted them as there over [acq, ch); each earlier churn takes them away over [its ch,
    // its ret): at a boundary in that span they are not there (PC - PR), the churn and the
    // return count as churned and new in their periods, and a period inside the span is
    // not active for them.
    std::vector<qint64> addPC(n + 1, 0), addPR(n + 1, 0), addGone(n + 1, 0);
    auto past = prepareQuery(m_db, pastChurnRowsSql(scope));
    if (!past)
        return past.error();
    bindCommon(*past, boundaries.front(), boundaries.back(), scope);
    while (past->next()) {
        const std::size_t jc = firstAfter(past->integer(0));
        const qint64 ret = past->integer(1);
        const std::size_t jr = firstAfter(ret);
        ++addPC[jc];
        ++addPR[jr];
        // Away over all of period i: ch < b_i and ret >= b_{i+1}, so jc <= i <= jr - 2.
        if (jr >= 2 && jc <= jr - 2) {
            ++addGone[jc];
            --addGone[jr - 1];
        }
        // Left in period jc - 1 from a stay that began before it.
        if (jc >= 1 && jc < n && past->integer(2) < boundaries[jc - 1])
            ++churnedFromStart[jc - 1];
        // The latest churn, counted above from the start when acq < its period's start, left
        // a stay that began with this return: from the start only if that came before.
        if (!past->isNull(4)) {
            const std::size_t jl = firstAfter(past->integer(4));
            if (jl >= 1 && jl < n && past->integer(3) < boundaries[jl - 1] && ret >= boundaries[jl - 1])
                --churnedFromStart[jl - 1];
        }
    }
    if (past->failed())
        return queryFailed(*past);

    std::vector<qint64> A(n, 0), C(n, 0), R(n, 0), Both(n, 0), PC(n, 0), PR(n, 0), Gone(n, 0);
    qint64 a = 0, c = 0, r = 0, both = 0, pc = 0, pr = 0, gone = 0;
    for (std::size_t j = 0; j < n; ++j) {
        a += addA[j];
        c += addC[j];
        r += addR[j];
        both += addBoth[j];
        pc += addPC[j];
        pr += addPR[j];
        gone += addGone[j];
        A[j] = a;
        C[j] = c;
        R[j] = r;
        Both[j] = both; // for period j: gone before b_j and back before b_{j+1}
        PC[j] = pc;
        PR[j] = pr;
        Gone[j] = gone; // for period j: away over all of it on an earlier churn
    }
    std::vector<BaseCounts> series(n - 1);
    for (std::size_t i = 0; i + 1 < n; ++i) {
        BaseCounts& b = series[i];
        b.atStart = A[i] - C[i] + R[i] - PC[i] + PR[i];
        b.atEnd = A[i + 1] - C[i + 1] + R[i + 1] - PC[i + 1] + PR[i + 1];
        // A return counts as a new customer of its period, so E = S + N - churned holds.
        b.acquired = A[i + 1] - A[i] + R[i + 1] - R[i] + PR[i + 1] - PR[i];
        b.churned = C[i + 1] - C[i] + PC[i + 1] - PC[i];
        b.active = A[i + 1] - C[i] + Both[i] - Gone[i];
        b.churnedFromStart = churnedFromStart[i];
    }
    return series;
}

Result<std::vector<MetricsStore::RevenueTotals>>
MetricsStore::revenueSeries(const std::vector<qint64>& boundaries, const Scope& scope) const
{
    if (boundaries.size() < 2)
        return std::vector<RevenueTotals>{};
    std::vector<RevenueTotals> series(boundaries.size() - 1);
    const bool grouped = ServerMetricsSql::groups(m_db);
    auto st = prepareQuery(m_db, grouped ? ServerMetricsSql::revenueSumsSql(scope)
                                         : purchaseRowsSql(dialectOf(m_db), scope));
    if (!st)
        return st.error();
    bindCommon(*st, boundaries.front(), boundaries.back(), scope);
    if (grouped)
        st->bindText(":bounds", ServerMetricsSql::boundsArray(boundaries));
    while (st->next()) {
        const auto i = bucketOf(boundaries, st->integer(0));
        if (!i)
            continue;
        if (st->isNull(1) && grouped) // the server's sum left 64 bits
            return revenueTooLarge();
        const qint64 cents = st->integer(1);
        RevenueTotals& r = series[*i];
        if (!addCents(r.revenueCents, cents)) // integer cents: exact, or refused
            return revenueTooLarge();
        if (grouped)
            r.purchases += st->integer(2);
        else if (cents >= 0)
            ++r.purchases;
    }
    if (st->failed())
        return queryFailed(*st);
    return series;
}

Result<MetricsStore::RevenueTotals> MetricsStore::revenue(qint64 start, qint64 end, const Scope& scope,
                                                          bool withCustomers) const
{
    if (!withCustomers) {
        auto totals = revenueSeries({start, end}, scope);
        if (!totals)
            return totals.error();
        return totals->front();
    }
    // One range scan of the covering index interactions_purchase_time. Distinct paying customers
    // need the period's purchasing customers: their ids are sorted here (8 bytes each), which
    // is cheaper than SQLite's GROUP BY sorter and needs no more memory.
    auto st = prepareQuery(m_db, purchaseRowsSql(dialectOf(m_db), scope));
    if (!st)
        return st.error();
    bindCommon(*st, start, end, scope);
    RevenueTotals r;
    std::vector<qint64> buyers;
    while (st->next()) {
        const qint64 cents = st->integer(1);
        if (!addCents(r.revenueCents, cents)) // integer cents: exact, or refused
            return revenueTooLarge();
        if (cents >= 0) {
            ++r.purchases;
            buyers.push_back(st->integer(2));
        }
    }
    if (st->failed())
        return queryFailed(*st);
    std::sort(buyers.begin(), buyers.end());
    for (std::size_t i = 0; i < buyers.size();) {
        std::size_t j = i + 1;
        while (j < buyers.size() && buyers[j] == buyers[i])
            ++j;
        ++r.payingCustomers;
        if (j - i >= 2)
            ++r.repeatCustomers;
        i = j;
    }
    return r;
}

Result<MetricsStore::FollowUpCounts> MetricsStore::followUps(qint64 start, qint64 end, qint64 windowSeconds,
                                                             const Scope& scope, qint64 now) const
{
    // Two time-ordered streams from the covering partial indexes interactions_purchase_time
    // and interactions_follow_up_time: the purchases (amount >= 0) in [start, end) and the
    // follow-ups that can answer them, in (start, end - 1 + window]. A follow-up at t'
    // answers the pending purchases of its customer made in [t' - window, t'). At equal
    // instants the follow-up goes first, so a follow-up at the very instant of a purchase
    // does not answer it (t < t' is required).
    auto purchases = prepareQuery(m_db, followUpPurchaseRowsSql(dialectOf(m_db), scope) +
                                            QStringLiteral(" ORDER BY occurred_at"));
    if (!purchases)
        return purchases.error();
    bindCommon(*purchases, start, end, scope);
    auto followUps =
        prepareQuery(m_db, followUpRowsSql(dialectOf(m_db), scope) + QStringLiteral(" ORDER BY occurred_at"));
    if (!followUps)
        return followUps.error();
    bindCommon(*followUps, start, end + windowSeconds, scope);

    FollowUpCounts counts;
    // Per customer with a purchase inside the last window: how many of its purchases still
    // wait for a follow-up, how many are in the queue, and when a follow-up last answered.
    // The queue holds the window's purchases in time order; when one falls out of the window
    // it either was answered (older than lastAnswer) or never will be. Memory: the purchases
    // of one window.
    struct Pending
    {
        qint32 waiting = 0;
        qint32 queued = 0;
        qint64 lastAnswer = std::numeric_limits<qint64>::min();
    };
    std::unordered_map<qint64, Pending> pending;
    std::deque<std::pair<qint64, qint64>> queue; // (time, customer)
    // A purchase never answered whose window is still open at `now` can yet be followed up.
    const qint64 openSince = now - windowSeconds;
    auto expire = [&](qint64 at) {
        while (!queue.empty() && queue.front().first < at - windowSeconds) {
            const auto [t, customer] = queue.front();
            queue.pop_front();
            const auto it = pending.find(customer);
            if (it == pending.end())
                continue; // cannot happen: an entry lives while it has queued purchases
            --it->second.queued;
            if (t >= it->second.lastAnswer) {
                --it->second.waiting; // fell out of the window unanswered
                if (t >= openSince)
                    ++counts.stillOpen; // (the data holds events after `now`)
            }
            if (it->second.queued == 0)
                pending.erase(it);
        }
    };
    bool hasPurchase = purchases->next();
    bool hasFollowUp = followUps->next();
    while (hasPurchase || hasFollowUp) {
        const bool takeFollowUp =
            hasFollowUp && (!hasPurchase || followUps->integer(0) <= purchases->integer(0));
        if (takeFollowUp) {
            const qint64 t = followUps->integer(0);
            expire(t);
            if (const auto it = pending.find(followUps->integer(1)); it != pending.end()) {
                // Every waiting purchase is in [t - window, t): expired ones are gone and
                // purchases at t itself come after this follow-up.
                counts.followed += it->second.waiting;
                it->second.waiting = 0;
                it->second.lastAnswer = t;
            }
            hasFollowUp = followUps->next();
        } else {
            const qint64 t = purchases->integer(0);
            const qint64 customer = purchases->integer(1);
            expire(t);
            ++counts.purchases;
            Pending& p = pending[customer];
            ++p.waiting;
            ++p.queued;
            queue.emplace_back(t, customer);
            hasPurchase = purchases->next();
        }
    }
    if (purchases->failed())
        return queryFailed(*purchases);
    if (followUps->failed())
        return queryFailed(*followUps);
    for (const auto& [t, customer] : queue) {
        if (t >= openSince && t >= pending.at(customer).lastAnswer)
            ++counts.stillOpen;
    }
    return counts;
}

Result<MetricsStore::ComplaintTotals> MetricsStore::complaints(qint64 start, qint64 end,
                                                               const Scope& scope) const
{
    auto st = prepareQuery(m_db, complaintRowsSql(dialectOf(m_db), scope));
    if (!st)
        return st.error();
    bindCommon(*st, start, end, scope);
    ComplaintTotals t;
    std::map<QByteArray, qint64> byCategory;
    while (st->next()) {
        ++t.count;
        ++byCategory[st->text(0).toByteArray()];
        if (st->isNull(1))
            ++t.open;
        else
            t.resolutionSeconds.push_back(st->integer(1));
    }
    if (st->failed())
        return queryFailed(*st);
    for (const auto& [category, n] : byCategory)
        t.byCategory[categoryKey(category)] += n;
    std::sort(t.resolutionSeconds.begin(), t.resolutionSeconds.end());
    const std::size_t n = t.resolutionSeconds.size();
    // Half the sum of the two middle values in integers first: exact for whole seconds.
    if (n > 0)
        t.resolutionMedianSeconds =
            n % 2 == 1
                ? static_cast<double>(t.resolutionSeconds[n / 2])
                : static_cast<double>(t.resolutionSeconds[n / 2 - 1] + t.resolutionSeconds[n / 2]) / 2.0;
    return t;
}

} // namespace rapport::core
