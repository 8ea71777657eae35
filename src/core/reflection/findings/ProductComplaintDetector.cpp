#include "reflection/findings/ProductComplaintDetector.h"

#include "metrics/ProductFigures.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/FindingWords.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <limits>

namespace rapport::core::findings {
namespace {

double per100(qint64 complaints, qint64 purchases)
{
    return purchases > 0 ? 100.0 * static_cast<double>(complaints) / static_cast<double>(purchases) : 0.0;
}

QString productWords(const ProductFigures::Product& p)
{
    return p.name.isEmpty() ? p.externalId : p.name;
}

Status addRecords(FindingContext& c, Finding& f, const ProductFigures::Product& p)
{
    auto ids = FindingsStore(c.db).productComplaintIds(
        p.externalId, c.period.startSeconds(), c.period.endSeconds(), c.scope, FindingRecords::kMaxIds);
    if (!ids)
        return ids.error();
    f.records.push_back(
        records(QStringLiteral("interactions"),
                QCoreApplication::translate("ProductComplaintDetector", "complaints about %1 in %2")
                    .arg(productWords(p), c.period.label()),
                *ids));
    return {};
}

// Complaints per 100 purchases of each product against the previous period.
Status rising(FindingContext& c, const ProductFigures& now, const ProductFigures& before)
{
    std::vector<std::size_t> eligible;
    for (std::size_t i = 0; i < now.products.size() && i < before.products.size(); ++i) {
        const ProductLine& a = now.products[i].figures;
        const ProductLine& b = before.products[i].figures;
        if (now.products[i].externalId != before.products[i].externalId)
            continue; // the catalogue changed between the two reads
        if (a.purchases >= ProductComplaintDetector::kMinPurchases &&
            b.purchases >= ProductComplaintDetector::kMinPurchases &&
            a.complaints + b.complaints >= minimumSample(Metric::ComplaintsByCategory))
            eligible.push_back(i);
    }
    const bool person = c.scope.kind == Scope::Kind::Rep;
    const double bar = FindingStatistics::criticalZFor(static_cast<int>(eligible.size()), person);
    for (std::size_t i : eligible) {
        const ProductFigures::Product& p = now.products[i];
        const ProductLine& a = p.figures;
        const ProductLine& b = before.products[i].figures;
        const double z = FindingStatistics::poissonRateZ(a.complaints, static_cast<double>(a.purchases),
                                                         b.complaints, static_cast<double>(b.purchases));
        const double rate1 = per100(a.complaints, a.purchases);
        const double rate2 = per100(b.complaints, b.purchases);
        const double ratio = rate2 > 0 ? rate1 / rate2 : std::numeric_limits<double>::infinity();
        if (z < bar || ratio < ProductComplaintDetector::kMinRatio)
            continue;
        Finding f;
        f.kind = FindingKind::ProductComplaints;
        f.scope = c.scope;
        f.subject = p.externalId;
        f.statistic = z;
        f.severity = ratio >= 2.0 && z >= FindingStatistics::kStrongZ ? FindingSeverity::Critical
                                                                      : FindingSeverity::Warning;
        f.title = QCoreApplication::translate("ProductComplaintDetector", "Complaints about %1 are rising")
                      .arg(productWords(p));
        f.explanation =
            QCoreApplication::translate(
                "ProductComplaintDetector",
                "In %1, %2 complaints about %3 came in for %4 purchases of it: %5 per "
                "100 purchases, against %6 in %7 (%8 complaints, %9 purchases).")
                .arg(c.period.label(), FindingWords::count(a.complaints), productWords(p),
                     FindingWords::count(a.purchases), fmt(rate1, 1), fmt(rate2, 1), c.previous.label(),
                     FindingWords::count(b.complaints), FindingWords::count(b.purchases));
        if (std::isfinite(ratio))
            f.explanation +=
                QLatin1Char(' ') +
                QCoreApplication::translate("ProductComplaintDetector", "That is %1 times the earlier rate.")
                    .arg(fmt(ratio, 1));
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Change, z, bar);
        f.numbers = {
            {QCoreApplication::translate("ProductComplaintDetector", "complaints %1").arg(c.period.label()),
             static_cast<double>(a.complaints), 0},
            {QCoreApplication::translate("ProductComplaintDetector", "complaints %1").arg(c.previous.label()),
             static_cast<double>(b.complaints), 0},
            {QCoreApplication::translate("ProductComplaintDetector", "per 100 purchases %1")
                 .arg(c.period.label()),
             rate1, 1},
            {QCoreApplication::translate("ProductComplaintDetector", "per 100 purchases %1")
                 .arg(c.previous.label()),
             rate2, 1},
            {QStringLiteral("z"), z, 2}};
        if (Status s = addRecords(c, f, p); !s)
            return s;
        c.out.push_back(std::move(f));
    }
    return {};
}

// One product against the other products of the period, peeled one at a time so that a
// product far above does not make the rest look alike to each other.
Status outliers(FindingContext& c, const ProductFigures& now)
{
    std::vector<std::size_t> pool;
    for (std::size_t i = 0; i < now.products.size(); ++i)
        if (now.products[i].figures.purchases >= ProductComplaintDetector::kMinPurchases)
            pool.push_back(i);
    if (pool.size() < 3)
        return {}; // "the other products" needs at least two of them
    const bool person = c.scope.kind == Scope::Kind::Rep;
    const double bar = FindingStatistics::criticalZFor(static_cast<int>(pool.size()), person);
    while (pool.size() >= 3) {
        qint64 complaints = 0, purchases = 0;
        for (std::size_t i : pool) {
            complaints += now.products[i].figures.complaints;
            purchases += now.products[i].figures.purchases;
        }
        std::size_t best = pool.size();
        double bestZ = 0;
        for (std::size_t k = 0; k < pool.size(); ++k) {
            const ProductLine& a = now.products[pool[k]].figures;
            const qint64 restC = complaints - a.complaints;
            const qint64 restP = purchases - a.purchases;
            if (restP < ProductComplaintDetector::kMinPurchases ||
                complaints < minimumSample(Metric::ComplaintsByCategory))
                continue;
            const double z = FindingStatistics::poissonRateZ(a.complaints, static_cast<double>(a.purchases),
                                                             restC, static_cast<double>(restP));
            const double restRate = per100(restC, restP);
            const double ratio = restRate > 0 ? per100(a.complaints, a.purchases) / restRate
                                              : std::numeric_limits<double>::infinity();
            if (z >= bar && ratio >= ProductComplaintDetector::kMinRatio && z > bestZ) {
                bestZ = z;
                best = k;
            }
        }
        if (best == pool.size())
            break;
        const ProductFigures::Product& p = now.products[pool[best]];
        const ProductLine& a = p.figures;
        const qint64 restC = complaints - a.complaints;
        const qint64 restP = purchases - a.purchases;
        const double rate = per100(a.complaints, a.purchases);
        const double restRate = per100(restC, restP);
        Finding f;
        f.kind = FindingKind::ProductOutlier;
        f.scope = c.scope;
        f.subject = p.externalId;
        f.statistic = bestZ;
        f.severity = (restRate <= 0 || rate / restRate >= 2.0) && bestZ >= FindingStatistics::kStrongZ
                         ? FindingSeverity::Critical
                         : FindingSeverity::Warning;
        f.title =
            QCoreApplication::translate("ProductComplaintDetector",
                                        "%1 draws far more complaints per purchase than the other products")
                .arg(productWords(p));
        f.explanation =
            QCoreApplication::translate("ProductComplaintDetector",
                                        "In %1, %2 drew %3 complaints per 100 purchases (%4 complaints, %5 "
                                        "purchases); the other products together drew %6 (%7 complaints, %8 "
                                        "purchases).")
                .arg(c.period.label(), productWords(p), fmt(rate, 1), FindingWords::count(a.complaints),
                     FindingWords::count(a.purchases), fmt(restRate, 1), FindingWords::count(restC),
                     FindingWords::count(restP));
        f.explanation += QLatin1Char(' ') + FindingWords::chance(FindingWords::Chance::Gap, bestZ, bar);
        f.numbers = {
            {QCoreApplication::translate("ProductComplaintDetector", "per 100 purchases, %1")
                 .arg(productWords(p)),
             rate, 1},
            {QCoreApplication::translate("ProductComplaintDetector", "per 100 purchases, other products"),
             restRate, 1},
            {QStringLiteral("z"), bestZ, 2}};
        if (Status s = addRecords(c, f, p); !s)
            return s;
        c.out.push_back(std::move(f));
        pool.erase(pool.begin() + static_cast<std::ptrdiff_t>(best));
    }
    return {};
}

} // namespace

Result<QString> ProductComplaintDetector::carryingProduct(FindingContext& c, const Scope& scope)
{
    auto now = ProductFigures::compute(c.db, c.period, scope);
    if (!now)
        return now.error();
    auto before = ProductFigures::compute(c.db, c.previous, scope);
    if (!before)
        return before.error();
    // The extra complaints: the rises of the products (and of the rows without one) whose
    // complaints rose; a fall elsewhere does not make one product's rise larger than the whole.
    qint64 rise = std::max<qint64>(0, now->unassigned.complaints - before->unassigned.complaints);
    const ProductFigures::Product* carrier = nullptr;
    qint64 carrierRise = 0;
    for (std::size_t i = 0; i < now->products.size() && i < before->products.size(); ++i) {
        const qint64 d = now->products[i].figures.complaints - before->products[i].figures.complaints;
        rise += std::max<qint64>(0, d);
        if (d > carrierRise) {
            carrierRise = d;
            carrier = &now->products[i];
        }
    }
    if (!carrier || rise <= 0 || 2 * carrierRise < rise)
        return QString();
    const ProductLine& a = carrier->figures;
    const auto index = static_cast<std::size_t>(carrier - now->products.data());
    const ProductLine& b = before->products[index].figures;
    const double z = FindingStatistics::poissonRateZ(a.complaints, static_cast<double>(a.purchases),
                                                     b.complaints, static_cast<double>(b.purchases));
    if (z < FindingStatistics::kMinZ)
        return QString();
    return QCoreApplication::translate("ProductComplaintDetector",
                                       "Complaints about %1 carry the change: %2 in %3 against %4 in %5 (%6 "
                                       "instead of %7 per 100 purchases, z = %8), %9 of the %10 extra "
                                       "complaints.")
        .arg(productWords(*carrier), FindingWords::count(a.complaints), c.period.label(),
             FindingWords::count(b.complaints), c.previous.label(), fmt(per100(a.complaints, a.purchases), 1),
             fmt(per100(b.complaints, b.purchases), 1), fmt(z, 1), FindingWords::count(carrierRise))
        .arg(FindingWords::count(rise));
}

Status ProductComplaintDetector::detect(FindingContext& c)
{
    auto now = ProductFigures::compute(c.db, c.period, c.scope);
    if (!now)
        return now.error();
    if (now->products.empty())
        return {}; // no catalogue: nothing to say by product
    auto before = ProductFigures::compute(c.db, c.previous, c.scope);
    if (!before)
        return before.error();
    if (Status s = rising(c, *now, *before); !s)
        return s;
    return outliers(c, *now);
}

} // namespace rapport::core::findings
