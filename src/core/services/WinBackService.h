#pragma once

#include "common/Result.h"
#include "domain/Interaction.h"
#include "domain/Scope.h"
#include "domain/WinBack.h"

#include <QDateTime>
#include <vector>

namespace rapport::core {

class Database;

// The win-back queue and its outreach (metrics.md, "The win-back queue"): whom to call
// first among the customers who left, and what came of each attempt.
class WinBackService
{
public:
    explicit WinBackService(Database& db) : m_db(db) {}

    // The customers of `scope` who churned in the 12 calendar months before `now` (UTC,
    // [now - 12 months, now)), have not come back and have bought nothing (amount >= 0)
    // since; the highest revenue of their last 365 days before leaving first, then by name.
    // `limit` >= 0 reads one page of that order.
    Result<std::vector<WinBackEntry>> queue(const QDateTime& now, const Scope& scope, int limit = -1,
                                            qint64 offset = 0) const;

    // The interaction recording an outreach to a customer: a call, e-mail or meeting (any other
    // kind is an error) with the outcome as its category (outcomeCategory()).
    static Result<Interaction> outreach(qint64 customerId, const QString& repId, InteractionKind kind,
                                        WinBackOutcome outcome, const QDateTime& at,
                                        const QString& notes = {});
    // Stores an outreach (InteractionService::log; undo with unlog) and sets its id. An outcome,
    // even won_back, does not mark the customer returned: the purchase they make does.
    Status logOutreach(Interaction& outreach);

private:
    Database& m_db;
};

} // namespace rapport::core
