#pragma once

#include "common/Result.h"
#include "domain/Scope.h"

#include <QtGlobal>
#include <unordered_set>
#include <vector>

namespace rapport::core {

class Database;

// The ids of a scope's customers (a rep's book, a segment), read once, for the metrics that
// read the whole book's rows from a covering index and keep the scope's here. Reading a
// scope's own rows through interactions_customer_time costs a seek per customer and a read
// of the table per row; once the scope holds more than a small share of the book, the whole
// book's rows in time order from a covering index are cheaper (a rep of the 100k demo, an
// eighth of it: a quarter's per-product figures 48 -> 14 ms of CPU, a year's 77 -> 56 ms).
class ScopeMembers
{
public:
    // The scope's customers, and how many customers the whole book holds.
    static Result<ScopeMembers> read(const Database& db, const Scope& scope);

    bool contains(qint64 customerId) const
    {
        if (!m_dense.empty())
            return customerId >= 0 && static_cast<std::size_t>(customerId) < m_dense.size() &&
                   m_dense[static_cast<std::size_t>(customerId)];
        return m_sparse.contains(customerId);
    }
    qint64 size() const { return m_size; }
    qint64 bookSize() const { return m_bookSize; }

    // Whether the scope is large enough that reading the whole book's rows and keeping its
    // own is the cheaper way (an estimate from the 100k demo: at a twelfth of the customers,
    // about as fast as the scope's own rows for a year, much faster for a quarter or a month).
    bool worthFiltering() const { return m_size > 0 && m_size * 12 >= m_bookSize; }

private:
    std::vector<bool> m_dense;           // by id, when the ids are small (as they are)
    std::unordered_set<qint64> m_sparse; // otherwise
    qint64 m_size = 0;
    qint64 m_bookSize = 0;
};

} // namespace rapport::core
