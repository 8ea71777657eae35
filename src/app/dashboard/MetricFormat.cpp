#include "dashboard/MetricFormat.h"

#include "DatabaseSession.h"
#include "metrics/MetricsEngine.h"
#include "storage/RepRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace rapport::app {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("rapport::app::MetricFormat", text);
}

} // namespace

QString MetricFormat::title(const QString& key)
{
    if (key == QLatin1String("csat"))
        return tr("CSAT");
    if (key == QLatin1String("nps"))
        return tr("NPS");
    if (key == QLatin1String("ces"))
        return tr("Customer effort");
    if (key == QLatin1String("retention_rate"))
        return tr("Retention");
    if (key == QLatin1String("churn_rate"))
        return tr("Churn");
    if (key == QLatin1String("revenue"))
        return tr("Revenue");
    if (key == QLatin1String("revenue_per_customer"))
        return tr("Revenue per customer");
    if (key == QLatin1String("follow_up_rate"))
        return tr("Follow-up rate");
    if (key == QLatin1String("complaint_rate"))
        return tr("Complaint rate");
    if (key == QLatin1String("complaints"))
        return tr("Complaints");
    if (key == QLatin1String("csat_mean"))
        return tr("Mean CSAT score");
    if (key == QLatin1String("responses"))
        return tr("Survey responses");
    if (key == QLatin1String("customers_start"))
        return tr("Customers at the start");
    if (key == QLatin1String("customers_end"))
        return tr("Customers at the end");
    if (key == QLatin1String("customers_new"))
        return tr("New customers");
    if (key == QLatin1String("customers_churned"))
        return tr("Churned customers");
    if (key == QLatin1String("customers_active"))
        return tr("Active customers");
    if (key == QLatin1String("revenue_per_paying_customer"))
        return tr("Revenue per paying customer");
    if (key == QLatin1String("repeat_purchase_rate"))
        return tr("Repeat purchase rate");
    if (key == QLatin1String("resolution_hours_median"))
        return tr("Median hours to resolve a complaint");
    if (key == QLatin1String("open_complaints"))
        return tr("Open complaints");
    if (key.startsWith(QLatin1String("complaints_by_category.")))
        return tr("Complaints about %1").arg(key.section(QLatin1Char('.'), 1));
    return key;
}

QString MetricFormat::scope(const core::Scope& scope)
{
    switch (scope.kind) {
    case core::Scope::Kind::All:
        break;
    case core::Scope::Kind::Rep:
        return tr("Rep %1").arg(scope.value);
    case core::Scope::Kind::Segment:
        return tr("Segment %1").arg(scope.value);
    }
    return tr("Whole team");
}

QString MetricFormat::scope(const core::Scope& scope, DatabaseSession& session)
{
    if (scope.kind == core::Scope::Kind::Rep)
        return tr("Rep %1").arg(session.repName(scope.value));
    return MetricFormat::scope(scope);
}

QString MetricFormat::scope(const core::Scope& scope, core::Database& db)
{
    if (scope.kind == core::Scope::Kind::Rep) {
        auto rep = core::RepRepository(db).find(scope.value);
        if (rep && *rep && !(*rep)->name.isEmpty())
            return tr("Rep %1").arg((*rep)->name);
    }
    return MetricFormat::scope(scope);
}

bool MetricFormat::isPercentKey(const QString& key)
{
    return key == QLatin1String("csat") || key == QLatin1String("retention_rate") || key == QLatin1String("churn_rate")
           || key == QLatin1String("follow_up_rate") || key == QLatin1String("repeat_purchase_rate");
}

QString MetricFormat::unit(const QString& key)
{
    if (isPercentKey(key))
        return QStringLiteral("%");
    if (key == QLatin1String("nps"))
        return tr("points (−100 to 100)");
    if (key == QLatin1String("ces"))
        return tr("of 7 (higher = easier)");
    if (key == QLatin1String("complaint_rate"))
        return tr("per 100 customers");
    if (core::MetricsEngine::isMoneyKey(key))
        return tr("currency units");
    return {};
}

QString MetricFormat::value(const QString& key, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    const QLocale locale;
    if (isPercentKey(key))
        return locale.toString(*v, 'f', 1) + QStringLiteral(" %");
    if (key == QLatin1String("nps"))
        return locale.toString(*v, 'f', 0);
    if (key == QLatin1String("ces"))
        return locale.toString(*v, 'f', 2);
    if (core::MetricsEngine::isMoneyKey(key))
        return locale.toString(*v, 'f', 2);
    if (key == QLatin1String("complaint_rate"))
        return locale.toString(*v, 'f', 2);
    return locale.toString(*v, 'f', std::floor(*v) == *v ? 0 : 2);
}

QString MetricFormat::change(const QString& key, std::optional<double> current, std::optional<double> previous)
{
    if (!current || !previous)
        return tr("no comparison");
    const QLocale locale;
    const double delta = *current - *previous;
    // A change that rounds to zero reads "±0.0", never "-0.0" or "+0.0".
    auto signedText = [&locale](double value, int decimals) -> QString {
        const QString digits = locale.toString(std::abs(value), 'f', decimals);
        if (locale.toDouble(digits) == 0.0)
            return QStringLiteral("±") + digits;
        return (value > 0 ? QStringLiteral("+") : QStringLiteral("-")) + digits;
    };
    if (core::MetricsEngine::isMoneyKey(key)) {
        if (*previous == 0)
            return signedText(delta, 2);
        return signedText(100 * delta / std::abs(*previous), 1) + QStringLiteral(" %");
    }
    if (isPercentKey(key) || key == QLatin1String("nps"))
        return tr("%1 pts").arg(signedText(delta, 1));
    return signedText(delta, 2);
}

bool MetricFormat::higherIsBetter(const QString& key)
{
    return !(key == QLatin1String("churn_rate") || key == QLatin1String("complaint_rate")
             || key == QLatin1String("complaints") || key == QLatin1String("open_complaints")
             || key == QLatin1String("resolution_hours_median") || key == QLatin1String("customers_churned"));
}

} // namespace rapport::app
