#include "widgets/MetricFormat.h"

#include "metrics/MetricCatalogue.h"
#include "services/RepService.h"
#include "shell/DatabaseSession.h"
#include "widgets/MoneyText.h"

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
    return core::MetricCatalogue::title(key);
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
        auto rep = core::RepService(db).find(scope.value);
        if (rep && *rep && !(*rep)->name.isEmpty())
            return tr("Rep %1").arg((*rep)->name);
    }
    return MetricFormat::scope(scope);
}

bool MetricFormat::isPercentKey(const QString& key)
{
    const core::MetricDescription* d = core::MetricCatalogue::find(key);
    return d && d->unit == core::MetricUnit::Percent;
}

QString MetricFormat::unit(const QString& key)
{
    if (core::MetricCatalogue::isMoney(key) && MoneyText::currency().isEmpty())
        return tr("amount; this book has no currency yet");
    return core::MetricCatalogue::unitText(key);
}

QString MetricFormat::value(const QString& key, std::optional<double> v)
{
    if (!v)
        return QStringLiteral("—");
    const QLocale locale;
    const core::MetricDescription* d = core::MetricCatalogue::find(key);
    const bool whole = std::floor(*v) == *v;
    if (!d)
        return locale.toString(*v, 'f', whole ? 0 : 2);
    switch (d->unit) {
    case core::MetricUnit::Percent:
        return locale.toString(*v, 'f', d->decimals) + QStringLiteral(" %");
    case core::MetricUnit::Count:
    case core::MetricUnit::SatisfactionScore:
    case core::MetricUnit::Hours:
        // "12", not "12.00"; a projected count or a mean keeps its decimals.
        return locale.toString(*v, 'f', whole ? 0 : d->decimals);
    case core::MetricUnit::Money:
        return MoneyText::units(*v);
    case core::MetricUnit::NpsPoints:
    case core::MetricUnit::EffortScale:
    case core::MetricUnit::PerHundredCustomers:
        break;
    }
    return locale.toString(*v, 'f', d->decimals);
}

QString MetricFormat::change(const QString& key, std::optional<double> current,
                             std::optional<double> previous)
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
    const core::MetricDescription* d = core::MetricCatalogue::find(key);
    const core::MetricUnit unit = d ? d->unit : core::MetricUnit::Count;
    if (unit == core::MetricUnit::Money) {
        if (*previous == 0) {
            // Growth from nothing has no percentage: the amount itself, with its symbol.
            const QString amount = MoneyText::units(std::abs(delta));
            if (locale.toString(std::abs(delta), 'f', 2) == locale.toString(0.0, 'f', 2))
                return QStringLiteral("±") + amount;
            return (delta > 0 ? QStringLiteral("+") : QStringLiteral("-")) + amount;
        }
        return signedText(100 * delta / std::abs(*previous), 1) + QStringLiteral(" %");
    }
    if (unit == core::MetricUnit::Percent || unit == core::MetricUnit::NpsPoints)
        return tr("%1 pts").arg(signedText(delta, 1));
    return signedText(delta, 2);
}

bool MetricFormat::higherIsBetter(const QString& key)
{
    return core::MetricCatalogue::higherIsBetter(key);
}

} // namespace rapport::app
