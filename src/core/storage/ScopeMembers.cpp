#include "storage/ScopeMembers.h"

#include "storage/RowReader.h"
#include "storage/ScopeFilter.h"

#include <QCoreApplication>
#include <algorithm>

namespace rapport::core {

Result<ScopeMembers> ScopeMembers::read(const Database& db, const Scope& scope)
{
    const QString what = QCoreApplication::translate("rapport::core::ScopeMembers",
                                                     "Reading the customers of the scope failed");
    ScopeMembers members;
    std::vector<qint64> ids;
    // The customers table's ids: WHERE owner = … (or segment), the index customers_owner (or
    // _segment) on SQLite; the whole book for Scope::all().
    auto st = RowReader::prepare(db,
                                 QStringLiteral("SELECT id FROM customers WHERE 1 = 1") +
                                     scopeFilter(scope, QString(), QStringLiteral(":scope")),
                                 what);
    if (!st)
        return st.error();
    bindScope(*st, scope);
    while (st->next())
        ids.push_back(st->integer(0));
    if (st->failed())
        return st->error(what);
    auto count = RowReader::prepare(db, QStringLiteral("SELECT COUNT(*) FROM customers"), what);
    if (!count)
        return count.error();
    if (count->next())
        members.m_bookSize = count->integer(0);
    if (count->failed())
        return count->error(what);

    members.m_size = static_cast<qint64>(ids.size());
    // A bit per id up to the largest when that stays within 64 times the members (ids are
    // numbered from 1 by the engine, so nearly always), a hash set otherwise.
    const qint64 largest = ids.empty() ? 0 : *std::max_element(ids.begin(), ids.end());
    const bool nonNegative = std::all_of(ids.begin(), ids.end(), [](qint64 id) { return id >= 0; });
    if (!ids.empty() && nonNegative && largest / 64 <= members.m_size + 1024) {
        members.m_dense.assign(static_cast<std::size_t>(largest) + 1, false);
        for (const qint64 id : ids)
            members.m_dense[static_cast<std::size_t>(id)] = true;
    } else {
        members.m_sparse.insert(ids.begin(), ids.end());
    }
    return members;
}

} // namespace rapport::core
