#pragma once

#include "domain/Scope.h"

#include <QString>
#include <QtGlobal>
#include <map>

namespace rapport::core {

// The monthly counts of ProductTrend already computed, by scope and month. A month's counts
// change only when the data does, whatever the clock says, so the owner keeps one cache for
// as long as the data is the same and clears it on every change (the dashboard's Products tab
// on DatabaseSession::changed): moving the period then computes only the months not seen yet.
class ProductTrendCache
{
public:
    struct Counts
    {
        qint64 purchases = 0; // amount >= 0
        qint64 complaints = 0;
    };
    using Month = std::map<qint64, Counts>; // by product row id: those with a row in the month

    const Month* find(const Scope& scope, qint64 start, qint64 end) const;
    void store(const Scope& scope, qint64 start, qint64 end, Month month);
    void clear() { m_months.clear(); }
    std::size_t size() const { return m_months.size(); }

    // Beyond this many months the cache starts again (a few years of every rep and segment).
    static constexpr std::size_t kMaxMonths = 2000;

private:
    static QString keyOf(const Scope& scope, qint64 start, qint64 end);
    std::map<QString, Month> m_months;
};

} // namespace rapport::core
