#include "metrics/ProductTrendCache.h"

namespace rapport::core {

QString ProductTrendCache::keyOf(const Scope& scope, qint64 start, qint64 end)
{
    // The scope's value is free text (a segment's name): it goes last, after fixed fields.
    return QString::number(start) + QLatin1Char(' ') + QString::number(end) + QLatin1Char(' ') +
           scope.kindName() + QLatin1Char(' ') + scope.value;
}

const ProductTrendCache::Month* ProductTrendCache::find(const Scope& scope, qint64 start, qint64 end) const
{
    const auto it = m_months.find(keyOf(scope, start, end));
    return it == m_months.end() ? nullptr : &it->second;
}

void ProductTrendCache::store(const Scope& scope, qint64 start, qint64 end, Month month)
{
    if (m_months.size() >= kMaxMonths)
        m_months.clear();
    m_months[keyOf(scope, start, end)] = std::move(month);
}

} // namespace rapport::core
