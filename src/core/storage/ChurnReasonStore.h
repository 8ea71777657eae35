#pragma once

#include "common/Result.h"
#include "domain/ChurnReason.h"

#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The team's list of churn reasons (table churn_reasons) beside the reasons the customers
// carry (customers.churn_reason, and past_churns for the earlier churns of those who left again). The caller
// holds the transaction for the steps of a rename.
class ChurnReasonStore
{
public:
    explicit ChurnReasonStore(Database& db) : m_db(db) {}

    // Every reason listed or in use; the most given first, then by key.
    Result<std::vector<ChurnReason>> list() const;
    // The reason with this key, if it is listed or in use.
    Result<std::optional<ChurnReason>> find(const QString& key) const;
    // Puts a key on the list (nothing when it is there already).
    Status addToList(const QString& key);
    Status removeFromList(const QString& key);
    // The customers who left for `key`, by id.
    Result<std::vector<qint64>> customersWith(const QString& key) const;
    // Gives the customers who left for `from` the reason `to`, raising their versions, so that an
    // edit someone began before is a conflict and not a silent overwrite. With `only`, just
    // those customers (undo: not the ones who had `to` before a merge).
    Status moveCustomers(const QString& from, const QString& to,
                         const std::optional<std::vector<qint64>>& only = std::nullopt);
    // The same for the earlier churns of customers who left again (past_churns), by their ids.
    Result<std::vector<qint64>> pastChurnsWith(const QString& key) const;
    Status movePastChurns(const QString& from, const QString& to,
                          const std::optional<std::vector<qint64>>& only = std::nullopt);

private:
    Result<std::vector<qint64>> idsWith(const QString& table, const QString& key) const;
    Status move(const QString& update, const QString& from, const QString& to,
                const std::optional<std::vector<qint64>>& only);

    Database& m_db;
};

} // namespace rapport::core
