#include "metrics/MetricsEngine.h"

#include "common/Clock.h"
#include "common/UtcCalendar.h"
#include "logging/LogCategories.h"
#include "metrics/MetricCatalogue.h"
#include "storage/CohortStore.h"
#include "storage/Database.h"
#include "storage/MetricsStore.h"
#include "storage/SettingsRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cmath>

namespace rapport::core {
namespace {

std::optional<double> ratio(double numerator, qint64 denominator, double scale = 1.0)
{
    if (denominator == 0)
        return std::nullopt;
    return scale * numerator / static_cast<double>(denominator);
}

void fillSurveys(MetricsResult& r, const MetricsStore::SurveyCounts& c)
{
    qint64 n = 0, good = 0, sum = 0;
    for (int s = 1; s <= 5; ++s) {
        const qint64 k = c.csat[static_cast<std::size_t>(s)];
        n += k;
        sum += k * s;
        if (s >= 4)
            good += k;
    }
    r.responses[QStringLiteral("csat")] = n;
    r.csat = ratio(static_cast<double>(good), n, 100.0);
    r.csatMean = ratio(static_cast<double>(sum), n);

    qint64 nn = 0, promoters = 0, detractors = 0;
    for (int s = 0; s <= 10; ++s) {
        const qint64 k = c.nps[static_cast<std::size_t>(s)];
        nn += k;
        if (s >= 9)
            promoters += k;
        else if (s <= 6)
            detractors += k;
    }
    r.responses[QStringLiteral("nps")] = nn;
    r.nps = ratio(static_cast<double>(promoters - detractors), nn, 100.0);

    qint64 cn = 0, csum = 0;
    for (int s = 1; s <= 7; ++s) {
        const qint64 k = c.ces[static_cast<std::size_t>(s)];
        cn += k;
        csum += k * s;
    }
    r.responses[QStringLiteral("ces")] = cn;
    r.ces = ratio(static_cast<double>(csum), cn);
}

std::optional<double> hours(std::optional<double> seconds)
{
    if (!seconds)
        return std::nullopt;
    return *seconds / 3600.0;
}

void fillBase(MetricsResult& r, const MetricsStore::BaseCounts& b)
{
    r.customersStart = b.atStart;
    r.customersEnd = b.atEnd;
    r.customersNew = b.acquired;
    r.customersChurned = b.churned;
    r.customersActive = b.active;
    r.retentionRate = ratio(static_cast<double>(b.atEnd - b.acquired), b.atStart, 100.0);
    r.churnRate = ratio(static_cast<double>(b.churnedFromStart), b.atStart, 100.0);
}

void fillRevenue(MetricsResult& r, const MetricsStore::RevenueTotals& v, unsigned parts)
{
    r.revenueCents = v.revenueCents;
    r.purchases = v.purchases;
    if (parts & MetricsEngine::PayingCustomers) {
        r.payingCustomers = v.payingCustomers;
        r.revenuePerPayingCustomerCents = ratio(static_cast<double>(v.revenueCents), v.payingCustomers);
        r.repeatPurchaseRate = ratio(static_cast<double>(v.repeatCustomers), v.payingCustomers, 100.0);
    }
    if (parts & MetricsEngine::Base)
        r.revenuePerCustomerCents = ratio(static_cast<double>(v.revenueCents), r.customersActive);
}

void fillFollowUps(MetricsResult& r, const MetricsStore::FollowUpCounts& f)
{
    r.followUpRate = ratio(static_cast<double>(f.followed), f.purchases, 100.0);
    r.followUpsStillOpen = f.stillOpen;
}

void fillComplaints(MetricsResult& r, MetricsStore::ComplaintTotals c, unsigned parts)
{
    r.complaints = c.count;
    r.openComplaints = c.open;
    r.complaintsByCategory = std::move(c.byCategory);
    r.resolutionHoursMedian = hours(c.resolutionMedianSeconds);
    if (parts & MetricsEngine::Base)
        r.complaintRate = ratio(static_cast<double>(c.count), r.customersActive, 100.0);
}

} // namespace

MetricsEngine::MetricsEngine(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

const QStringList& MetricsEngine::keys()
{
    static const QStringList all = [] {
        QStringList keys;
        for (const MetricDescription& d : MetricCatalogue::all())
            keys << QString::fromLatin1(d.contractKey);
        return keys;
    }();
    return all;
}

bool MetricsEngine::isKey(const QString& key)
{
    return keys().contains(key);
}

bool MetricsEngine::isScalarKey(const QString& key)
{
    if (key == QLatin1String("responses.csat") || key == QLatin1String("responses.nps") ||
        key == QLatin1String("responses.ces"))
        return true;
    if (key.startsWith(QLatin1String("complaints_by_category.")) && key.size() > 23)
        return true;
    return scalarKeys().contains(key);
}

const QStringList& MetricsEngine::scalarKeys()
{
    static const QStringList list = [] {
        QStringList scalar;
        for (const QString& key : keys()) {
            if (key == QLatin1String("responses"))
                scalar << QStringLiteral("responses.csat") << QStringLiteral("responses.nps")
                       << QStringLiteral("responses.ces");
            else if (key == QLatin1String("complaints_by_category"))
                scalar << QStringLiteral("complaints_by_category.CATEGORY");
            else
                scalar << key;
        }
        return scalar;
    }();
    return list;
}

namespace {

// How many months or quarters a range from `from` to `to` (both included) spans, without
// building them: the range may be a typo worth millions of steps.
qint64 stepCount(const Period& from, const Period& to, Period::Step by)
{
    const qint64 first = utc::monthIndexOfSeconds(from.startSeconds());
    const qint64 last = utc::monthIndexOfSeconds(to.endSeconds() - 1);
    if (by == Period::Step::Quarter)
        return utc::floorDiv(last, 3) - utc::floorDiv(first, 3) + 1;
    return last - first + 1;
}

} // namespace

Status MetricsEngine::checkTrendRange(const Period& from, const Period& to, Period::Step by)
{
    if (to.endSeconds() <= from.startSeconds())
        return Error::make(
            QCoreApplication::translate("MetricsEngine", "The trend must end after it starts (%1 .. %2).")
                .arg(from.label(), to.label()));
    if (const qint64 n = stepCount(from, to, by); n > static_cast<qint64>(kMaxSteps))
        return Error::make(
            QCoreApplication::translate(
                "MetricsEngine", "A trend from %1 to %2 by %3 would have %4 points; at most %5 are allowed.")
                .arg(from.label(), to.label(), toString(by))
                .arg(n)
                .arg(kMaxSteps));
    return {};
}

Status MetricsEngine::checkCohortRange(const Period& fromMonth, const Period& toMonth)
{
    const qint64 n = stepCount(fromMonth, toMonth, Period::Step::Month);
    if (n < 1)
        return Error::make(QCoreApplication::translate(
                               "MetricsEngine", "The cohort range must end after it starts (%1 .. %2).")
                               .arg(fromMonth.label(), toMonth.label()));
    if (n > static_cast<qint64>(kMaxSteps))
        return Error::make(
            QCoreApplication::translate(
                "MetricsEngine", "A cohort table from %1 to %2 would have %3 months; at most %4 are allowed.")
                .arg(fromMonth.label(), toMonth.label())
                .arg(n)
                .arg(kMaxSteps));
    return {};
}

bool MetricsEngine::isMoneyKey(const QString& key)
{
    return MetricCatalogue::isMoney(key);
}

bool MetricsEngine::isAdditiveKey(const QString& key)
{
    return MetricCatalogue::isAdditive(key);
}

unsigned MetricsEngine::partsFor(const QString& key)
{
    if (!isKey(key) && !isScalarKey(key))
        return 0;
    if (key.startsWith(QLatin1String("responses")) || key.startsWith(QLatin1String("cs")) ||
        key == QLatin1String("nps") || key == QLatin1String("ces"))
        return Surveys;
    if (key.startsWith(QLatin1String("customers_")) || key == QLatin1String("retention_rate") ||
        key == QLatin1String("churn_rate"))
        return Base;
    if (key == QLatin1String("revenue"))
        return Revenue;
    if (key == QLatin1String("revenue_per_customer"))
        return Revenue | Base;
    if (key == QLatin1String("revenue_per_paying_customer") || key == QLatin1String("repeat_purchase_rate"))
        return Revenue | PayingCustomers;
    if (key == QLatin1String("follow_up_rate"))
        return FollowUps;
    if (key == QLatin1String("complaint_rate"))
        return Complaints | Base;
    return Complaints; // complaints, complaints_by_category.*, resolution_hours_median, open_complaints
}

Result<int> MetricsEngine::followUpWindowDays() const
{
    auto text = SettingsRepository(m_db).value(QString::fromLatin1(kFollowUpWindowSetting));
    if (!text)
        return text.error();
    if (text->trimmed().isEmpty())
        return kDefaultFollowUpWindowDays;
    bool ok = false;
    const int days = text->trimmed().toInt(&ok);
    if (!ok || days < 1 || days > 3650)
        return Error::make(
            QCoreApplication::translate(
                "MetricsEngine", "The setting %1 must be a whole number of days from 1 to 3650, not '%2'.")
                .arg(QString::fromLatin1(kFollowUpWindowSetting), *text));
    return days;
}

Status MetricsEngine::setFollowUpWindowDays(Database& db, int days)
{
    if (days < 1 || days > 3650)
        return Error::make(QCoreApplication::translate(
                               "MetricsEngine", "The follow-up window must be from 1 to 3650 days, not %1.")
                               .arg(days));
    return SettingsRepository(db).setValue(QString::fromLatin1(kFollowUpWindowSetting),
                                           QString::number(days));
}

Result<MetricsResult> MetricsEngine::compute(const Period& period, const Scope& scope, unsigned parts) const
{
    auto series = computeSeries({period}, scope, parts);
    if (!series)
        return series.error();
    return std::move(series->front());
}

Result<std::vector<MetricsResult>> MetricsEngine::computeSeries(const std::vector<Period>& periods,
                                                                const Scope& scope, unsigned parts) const
{
    QElapsedTimer timer;
    timer.start();
    QString laps; // per-part microseconds, for QT_LOGGING_RULES="rapport.metrics.debug=true"
    qint64 last = 0;
    auto lap = [&](const char* what) {
        if (!lcMetrics().isDebugEnabled())
            return;
        const qint64 now = timer.nsecsElapsed();
        laps += QStringLiteral(" %1=%2us").arg(QLatin1String(what)).arg((now - last) / 1000);
        last = now;
    };

    std::vector<MetricsResult> results(periods.size());
    if (periods.empty())
        return results;
    // Consecutive periods share their boundaries, so one pass of the store serves them all.
    std::vector<qint64> boundaries{periods.front().startSeconds()};
    bool contiguous = true;
    for (std::size_t i = 0; i < periods.size(); ++i) {
        results[i].period = periods[i];
        results[i].scope = scope;
        contiguous = contiguous && periods[i].startSeconds() == boundaries.back();
        boundaries.push_back(periods[i].endSeconds());
    }
    MetricsStore store(m_db);
    // Runs a series query when the periods are consecutive, else one query per period.
    auto perPeriod = [&](auto seriesCall, auto&& use) -> Status {
        if (contiguous) {
            auto series = seriesCall(boundaries);
            if (!series)
                return series.error();
            for (std::size_t i = 0; i < periods.size(); ++i)
                use(results[i], (*series)[i]);
            return {};
        }
        for (std::size_t i = 0; i < periods.size(); ++i) {
            auto one = seriesCall(std::vector<qint64>{periods[i].startSeconds(), periods[i].endSeconds()});
            if (!one)
                return one.error();
            use(results[i], one->front());
        }
        return {};
    };

    if (parts & Surveys) {
        Status s =
            perPeriod([&](const std::vector<qint64>& b) { return store.surveySeries(b, scope); },
                      [](MetricsResult& r, const MetricsStore::SurveyCounts& c) { fillSurveys(r, c); });
        if (!s)
            return s.error();
        lap("surveys");
    }
    if (parts & Base) {
        Status s = perPeriod([&](const std::vector<qint64>& b) { return store.baseSeries(b, scope); },
                             [](MetricsResult& r, const MetricsStore::BaseCounts& b) { fillBase(r, b); });
        if (!s)
            return s.error();
        lap("base");
    }
    if (parts & (Revenue | PayingCustomers)) {
        auto useTotals = [&](MetricsResult& r, const MetricsStore::RevenueTotals& v) {
            fillRevenue(r, v, parts);
        };
        if (parts & PayingCustomers) {
            // Distinct paying customers do not add up across periods: one query per period.
            for (MetricsResult& r : results) {
                auto v = store.revenue(r.period.startSeconds(), r.period.endSeconds(), scope, true);
                if (!v)
                    return v.error();
                useTotals(r, *v);
            }
        } else {
            Status s = perPeriod([&](const std::vector<qint64>& b) { return store.revenueSeries(b, scope); },
                                 useTotals);
            if (!s)
                return s.error();
        }
        lap("revenue");
    }
    if (parts & FollowUps) {
        auto days = followUpWindowDays();
        if (!days)
            return days.error();
        const qint64 now = m_clock.nowUtc().toSecsSinceEpoch();
        for (MetricsResult& r : results) {
            auto f = store.followUps(r.period.startSeconds(), r.period.endSeconds(),
                                     qint64{*days} * utc::kSecondsPerDay, scope, now);
            if (!f)
                return f.error();
            fillFollowUps(r, *f);
        }
        lap("follow-ups");
    }
    if (parts & Complaints) {
        for (MetricsResult& r : results) {
            auto c = store.complaints(r.period.startSeconds(), r.period.endSeconds(), scope);
            if (!c)
                return c.error();
            fillComplaints(r, std::move(*c), parts);
        }
        lap("complaints");
    }
    qCDebug(lcMetrics).noquote() << "computed" << periods.size() << "period(s) from"
                                 << periods.front().label() << scope.describe() << "parts" << parts << "in"
                                 << timer.elapsed() << "ms:" << laps;
    return results;
}

MetricsResult MetricsEngine::fromCounts(const Period& period, const Scope& scope, const MetricsCounts& counts)
{
    MetricsResult r;
    r.period = period;
    r.scope = scope;
    fillSurveys(r, counts.surveys);
    fillBase(r, counts.base);
    fillRevenue(r, counts.revenue, AllParts);
    fillFollowUps(r, counts.followUps);
    fillComplaints(r, counts.complaints, AllParts);
    return r;
}

std::optional<double> MetricsEngine::percentOf(qint64 part, qint64 whole)
{
    return ratio(static_cast<double>(part), whole, 100.0);
}

Result<MetricsComparison> MetricsEngine::compare(const Period& period, const Scope& scope) const
{
    // The previous period ends where this one starts: one series of two.
    auto both = computeSeries({period.previous(), period}, scope);
    if (!both)
        return both.error();
    return MetricsComparison{std::move((*both)[1]), std::move((*both)[0])};
}

Result<Trend> MetricsEngine::trend(const QString& key, const Period& from, const Period& to, Period::Step by,
                                   const Scope& scope) const
{
    auto all = trends({key}, from, to, by, scope);
    if (!all)
        return all.error();
    return std::move(all->front());
}

Result<std::vector<Trend>> MetricsEngine::trends(const QStringList& metricKeys, const Period& from,
                                                 const Period& to, Period::Step by, const Scope& scope) const
{
    unsigned parts = 0;
    for (const QString& key : metricKeys) {
        if (!isScalarKey(key))
            return Error::make(
                QCoreApplication::translate(
                    "MetricsEngine", "'%1' is not a metric with one value per period; choose one of: %2.")
                    .arg(key, scalarKeys().join(QStringLiteral(", "))));
        parts |= partsFor(key);
    }
    if (Status s = checkTrendRange(from, to, by); !s)
        return s.error();
    const std::vector<Period> steps = Period::steps(from, to, by);
    auto results = computeSeries(steps, scope, parts);
    if (!results)
        return results.error();
    std::vector<Trend> trends;
    for (const QString& key : metricKeys) {
        Trend t;
        t.metric = key;
        t.by = by;
        for (const MetricsResult& r : *results)
            t.points.push_back({r.period, r.value(key)});
        trends.push_back(std::move(t));
    }
    return trends;
}

Result<CohortTable> MetricsEngine::cohorts(const Period& fromMonth, const Period& toMonth,
                                           const Scope& scope) const
{
    if (Status s = checkCohortRange(fromMonth, toMonth); !s)
        return s.error();
    const qint64 first = utc::monthIndexOfSeconds(fromMonth.startSeconds());
    const qint64 last = utc::monthIndexOfSeconds(toMonth.endSeconds() - 1);
    auto counts = CohortStore(m_db).counts(first, last, static_cast<qint64>(kMaxSteps), scope);
    if (!counts)
        return counts.error();
    CohortTable table;
    auto monthPeriod = [](qint64 idx) {
        const qint64 y = utc::floorDiv(idx, 12);
        return Period::month(static_cast<int>(y), static_cast<int>(idx - y * 12) + 1);
    };
    if (counts->lastDataMonth)
        table.lastDataMonth = monthPeriod(*counts->lastDataMonth);
    for (qint64 c = first; c <= last; ++c) {
        const auto i = static_cast<std::size_t>(c - first);
        CohortRow row;
        row.month = monthPeriod(c);
        row.size = counts->sizes[i];
        // An empty cohort has one empty cell, whatever the range; a row runs to the last month
        // with data, at most kMaxSteps months: memory follows the data, not the range asked for.
        if (row.size == 0) {
            row.retention.push_back(std::nullopt);
            table.rows.push_back(std::move(row));
            continue;
        }
        const qint64 offsets =
            std::min<qint64>(static_cast<qint64>(kMaxSteps),
                             counts->lastDataMonth ? std::max<qint64>(1, *counts->lastDataMonth - c + 1) : 1);
        const auto& active = counts->active[i];
        for (qint64 k = 0; k < offsets; ++k) {
            const auto ku = static_cast<std::size_t>(k);
            const qint64 n = ku < active.size() ? active[ku] : 0;
            row.retention.push_back(k == 0 ? 100.0
                                           : 100.0 * static_cast<double>(n) / static_cast<double>(row.size));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

} // namespace rapport::core
