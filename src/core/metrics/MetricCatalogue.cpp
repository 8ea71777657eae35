#include "metrics/MetricCatalogue.h"

#include "metrics/PlanTargetMetric.h"

#include <QCoreApplication>
#include <array>

namespace rapport::core {
namespace {

constexpr const char* kContext = "rapport::core::MetricCatalogue";

// Below these a comparison says nothing (docs/reflection.md, "Findings").
constexpr qint64 kMinResponses = 30;     // CSAT / NPS / CES responses
constexpr qint64 kMinPurchases = 20;     // purchases (follow-up rate)
constexpr qint64 kMinBaseCustomers = 30; // customers at the start (retention, churn)
constexpr qint64 kMinCategoryComplaints = 20;

using D = MetricDirection;
using U = MetricUnit;

// clang-format off
constexpr std::array<MetricDescription, 22> kMetrics{{
    // key, contract key, title, phrase, report label,
    //   unit, decimals, report decimals, direction, minimum sample, additive, object
    {Metric::Csat, "csat", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "CSAT"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "CSAT"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "CSAT (% satisfied)"),
     U::Percent, 1, 1, D::HigherIsBetter, kMinResponses, false, false},
    {Metric::CsatMean, "csat_mean", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Mean CSAT score"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "mean CSAT score"), nullptr,
     U::SatisfactionScore, 2, 2, D::HigherIsBetter, kMinResponses, false, false},
    {Metric::Nps, "nps", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "NPS"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "NPS"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "NPS"),
     U::NpsPoints, 0, 1, D::HigherIsBetter, kMinResponses, false, false},
    {Metric::Ces, "ces", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Customer effort"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "customer effort"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Customer effort (1-7, higher is easier)"),
     U::EffortScale, 2, 2, D::HigherIsBetter, kMinResponses, false, false},
    {Metric::Responses, "responses", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Survey responses"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "survey responses"), nullptr,
     U::Count, 2, 0, D::Neutral, 0, true, true},
    {Metric::CustomersStart, "customers_start",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Customers at the start"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "customers at the start"), nullptr,
     U::Count, 2, 0, D::Neutral, 0, false, false},
    {Metric::CustomersEnd, "customers_end", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Customers at the end"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "customers at the end"), nullptr,
     U::Count, 2, 0, D::HigherIsBetter, 0, false, false},
    {Metric::CustomersNew, "customers_new", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "New customers"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "new customers"), nullptr,
     U::Count, 2, 0, D::HigherIsBetter, 0, true, false},
    {Metric::CustomersChurned, "customers_churned",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Churned customers"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "churned customers"), nullptr,
     U::Count, 2, 0, D::LowerIsBetter, 0, true, false},
    {Metric::CustomersActive, "customers_active", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Active customers"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "active customers"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Active customers"),
     U::Count, 2, 0, D::HigherIsBetter, 0, false, false},
    {Metric::RetentionRate, "retention_rate", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Retention"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "retention rate"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Retention rate (%)"),
     U::Percent, 1, 1, D::HigherIsBetter, kMinBaseCustomers, false, false},
    {Metric::ChurnRate, "churn_rate", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Churn"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "churn rate"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Churn rate (%)"),
     U::Percent, 1, 1, D::LowerIsBetter, kMinBaseCustomers, false, false},
    {Metric::Revenue, "revenue", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Revenue"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "revenue"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Revenue"),
     U::Money, 2, 0, D::HigherIsBetter, 0, true, false},
    {Metric::RevenuePerCustomer, "revenue_per_customer",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Revenue per customer"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "revenue per customer"), nullptr,
     U::Money, 2, 2, D::HigherIsBetter, 0, false, false},
    {Metric::RevenuePerPayingCustomer, "revenue_per_paying_customer",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Revenue per paying customer"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "revenue per paying customer"),
     nullptr,
     U::Money, 2, 2, D::HigherIsBetter, 0, false, false},
    {Metric::RepeatPurchaseRate, "repeat_purchase_rate",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Repeat purchase rate"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "repeat purchase rate"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Repeat purchase rate (%)"),
     U::Percent, 1, 1, D::HigherIsBetter, 0, false, false},
    {Metric::FollowUpRate, "follow_up_rate", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Follow-up rate"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "follow-up rate"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Follow-up rate (%)"),
     U::Percent, 1, 1, D::HigherIsBetter, kMinPurchases, false, false},
    {Metric::Complaints, "complaints", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaints"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "complaints"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaints"),
     U::Count, 2, 0, D::LowerIsBetter, 0, true, false},
    {Metric::ComplaintRate, "complaint_rate", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaint rate"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "complaint rate"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaints per 100 customers"),
     U::PerHundredCustomers, 2, 2, D::LowerIsBetter, 0, false, false},
    {Metric::ComplaintsByCategory, "complaints_by_category",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaints by category"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "complaints by category"), nullptr,
     U::Count, 2, 0, D::LowerIsBetter, kMinCategoryComplaints, true, true},
    {Metric::ResolutionHoursMedian, "resolution_hours_median",
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Median hours to resolve a complaint"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "median hours to resolve a complaint"), QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Median hours to resolve a complaint"),
     U::Hours, 2, 1, D::LowerIsBetter, 0, false, false},
    {Metric::OpenComplaints, "open_complaints", QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Open complaints"),
     QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "open complaints"), nullptr,
     U::Count, 2, 0, D::LowerIsBetter, 0, true, false},
}};
// clang-format on

constexpr bool rowsFollowTheEnum()
{
    for (std::size_t i = 0; i < kMetrics.size(); ++i)
        if (static_cast<std::size_t>(kMetrics[i].key) != i)
            return false;
    return true;
}
static_assert(rowsFollowTheEnum(), "kMetrics must list the metrics in the order of enum Metric");

QString translated(const char* text)
{
    return QCoreApplication::translate(kContext, text);
}

} // namespace

QString MetricDescription::translatedTitle() const
{
    return translated(title);
}

QString MetricDescription::translatedPhrase() const
{
    return translated(phrase);
}

QString MetricDescription::translatedReportLabel() const
{
    return reportLabel ? translated(reportLabel) : QString();
}

std::span<const MetricDescription> MetricCatalogue::all()
{
    return kMetrics;
}

const MetricDescription& MetricCatalogue::of(Metric metric)
{
    return kMetrics[static_cast<std::size_t>(metric)];
}

const MetricDescription* MetricCatalogue::find(const QString& key)
{
    for (const MetricDescription& d : kMetrics)
        if (key == QLatin1String(d.contractKey))
            return &d;
    const qsizetype dot = key.indexOf(QLatin1Char('.'));
    if (dot <= 0)
        return nullptr;
    const QStringView family = QStringView(key).left(dot);
    for (const MetricDescription& d : kMetrics)
        if (d.object && family == QLatin1String(d.contractKey))
            return &d;
    return nullptr;
}

QString MetricCatalogue::title(const QString& key)
{
    const MetricDescription* d = find(key);
    if (d && key == QLatin1String(d->contractKey))
        return d->translatedTitle();
    if (d && d->key == Metric::ComplaintsByCategory)
        return translated(QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaints about %1"))
            .arg(key.section(QLatin1Char('.'), 1));
    if (key == QLatin1String(PlanTargetMetric::kWinBackRate))
        return translated(QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Win-back rate"));
    if (const QString product = PlanTargetMetric::productOf(key); !product.isEmpty())
        return translated(
                   QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "Complaints per 100 purchases of %1"))
            .arg(product);
    return key;
}

QString MetricCatalogue::unitText(const QString& key)
{
    const MetricDescription* d = find(key);
    if (!d)
        return {};
    switch (d->unit) {
    case MetricUnit::Percent:
        return QStringLiteral("%");
    case MetricUnit::NpsPoints:
        return translated(QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "points (−100 to 100)"));
    case MetricUnit::EffortScale:
        return translated(QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "of 7 (higher = easier)"));
    case MetricUnit::PerHundredCustomers:
        return translated(QT_TRANSLATE_NOOP("rapport::core::MetricCatalogue", "per 100 customers"));
    case MetricUnit::Money: // the value carries the book's currency symbol (Currency::format)
    case MetricUnit::SatisfactionScore:
    case MetricUnit::Count:
    case MetricUnit::Hours:
        break;
    }
    return {};
}

bool MetricCatalogue::isMoney(const QString& key)
{
    const MetricDescription* d = find(key);
    return d && d->unit == MetricUnit::Money;
}

bool MetricCatalogue::isCount(const QString& key)
{
    const MetricDescription* d = find(key);
    return d && d->unit == MetricUnit::Count;
}

bool MetricCatalogue::isAdditive(const QString& key)
{
    const MetricDescription* d = find(key);
    return d && d->additive && !(d->object && key == QLatin1String(d->contractKey));
}

bool MetricCatalogue::higherIsBetter(const QString& key)
{
    const MetricDescription* d = find(key);
    return !d || d->higherIsBetter();
}

} // namespace rapport::core
