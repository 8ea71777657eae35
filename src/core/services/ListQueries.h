#pragma once

#include "common/Result.h"
#include "domain/CustomerList.h"
#include "domain/FollowUpDays.h"
#include "domain/FollowUpList.h"
#include "domain/InteractionList.h"
#include "domain/SurveyList.h"

#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

class Database;

// The reads behind the lists, their completers and pickers: paged, filtered and sorted by
// the database. The table models run them on the list worker's connection.
class ListQueries
{
public:
    explicit ListQueries(Database& db) : m_db(db) {}

    Result<qint64> customerCount(const CustomerListFilter& filter) const;
    Result<std::vector<CustomerListRow>> customerPage(const CustomerListFilter& filter,
                                                      CustomerSortColumn sort, bool descending, qint64 offset,
                                                      int limit) const;
    // Customers whose name, company or e-mail contains `text`, names first, for completion.
    Result<std::vector<CustomerListRow>> customerSearch(const QString& text, int limit) const;

    // Up to `limit` interactions, newest first, older than `after` when given.
    Result<std::vector<InteractionListRow>> interactionPage(const InteractionListFilter& filter,
                                                            const std::optional<InteractionListCursor>& after,
                                                            int limit) const;

    // Open follow-ups of `repId` due before `until`, oldest first.
    Result<std::vector<FollowUpListRow>> openFollowUps(const QString& repId, const QDateTime& until) const;
    // Open follow-ups of `repId` in `window` as seen from `days`, oldest first.
    Result<std::vector<FollowUpListRow>> openFollowUps(const QString& repId, const FollowUpDays& days,
                                                       FollowUpWindow window) const;
    // How many of the rep's open follow-ups fall where.
    Result<FollowUpCounts> followUpCounts(const QString& repId, const FollowUpDays& days) const;

    Result<std::vector<SurveyListRow>> newestSurveys(const SurveyListFilter& filter, int limit) const;
    Result<qint64> surveyCount(const SurveyListFilter& filter) const;
    Result<QStringList> surveyCategories() const;

private:
    Database& m_db;
};

} // namespace rapport::core
