#include "services/ListQueries.h"

#include "storage/CustomerListStore.h"
#include "storage/FollowUpListStore.h"
#include "storage/InteractionListStore.h"
#include "storage/SurveyListStore.h"

namespace rapport::core {

Result<qint64> ListQueries::customerCount(const CustomerListFilter& filter) const
{
    return CustomerListStore(m_db).count(filter);
}

Result<std::vector<CustomerListRow>> ListQueries::customerPage(const CustomerListFilter& filter,
                                                               CustomerSortColumn sort, bool descending,
                                                               qint64 offset, int limit) const
{
    return CustomerListStore(m_db).page(filter, sort, descending, offset, limit);
}

Result<std::vector<CustomerListRow>> ListQueries::customerSearch(const QString& text, int limit) const
{
    return CustomerListStore(m_db).search(text, limit);
}

Result<std::vector<InteractionListRow>>
ListQueries::interactionPage(const InteractionListFilter& filter,
                             const std::optional<InteractionListCursor>& after, int limit) const
{
    return InteractionListStore(m_db).page(filter, after, limit);
}

Result<std::vector<FollowUpListRow>> ListQueries::openFollowUps(const QString& repId,
                                                                const QDateTime& until) const
{
    return FollowUpListStore(m_db).openForRep(repId, until);
}

Result<std::vector<FollowUpListRow>>
ListQueries::openFollowUps(const QString& repId, const FollowUpDays& days, FollowUpWindow window) const
{
    return FollowUpListStore(m_db).openForRep(repId, days.from(window), days.until(window));
}

Result<FollowUpCounts> ListQueries::followUpCounts(const QString& repId, const FollowUpDays& days) const
{
    return FollowUpListStore(m_db).countsForRep(repId, days);
}

Result<std::vector<SurveyListRow>> ListQueries::newestSurveys(const SurveyListFilter& filter, int limit) const
{
    return SurveyListStore(m_db).newest(filter, limit);
}

Result<qint64> ListQueries::surveyCount(const SurveyListFilter& filter) const
{
    return SurveyListStore(m_db).count(filter);
}

Result<QStringList> ListQueries::surveyCategories() const
{
    return SurveyListStore(m_db).categories();
}

} // namespace rapport::core
