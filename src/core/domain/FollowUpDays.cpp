#include "domain/FollowUpDays.h"

namespace rapport::core {

FollowUpDays::FollowUpDays(const QDateTime& now) : m_now(now.toUTC())
{
    const QDate today = now.toLocalTime().date();
    m_tomorrow = QDateTime(today.addDays(1), QTime(0, 0)).toUTC();
    m_weekEnd = QDateTime(today.addDays(8), QTime(0, 0)).toUTC();
}

FollowUpWhen FollowUpDays::when(const QDateTime& dueAt) const
{
    if (dueAt < m_now)
        return FollowUpWhen::Overdue;
    if (dueAt < m_tomorrow)
        return FollowUpWhen::Today;
    if (dueAt < m_weekEnd)
        return FollowUpWhen::ThisWeek;
    return FollowUpWhen::Later;
}

QDateTime FollowUpDays::from(FollowUpWindow window) const
{
    switch (window) {
    case FollowUpWindow::Today:
        return m_now;
    case FollowUpWindow::ThisWeek:
        return m_tomorrow;
    case FollowUpWindow::Later:
        return m_weekEnd;
    case FollowUpWindow::DueByToday:
    case FollowUpWindow::Overdue:
    case FollowUpWindow::AllOpen:
        break;
    }
    return {};
}

QDateTime FollowUpDays::until(FollowUpWindow window) const
{
    switch (window) {
    case FollowUpWindow::DueByToday:
    case FollowUpWindow::Today:
        return m_tomorrow;
    case FollowUpWindow::Overdue:
        return m_now;
    case FollowUpWindow::ThisWeek:
        return m_weekEnd;
    case FollowUpWindow::Later:
    case FollowUpWindow::AllOpen:
        break;
    }
    return {};
}

} // namespace rapport::core
