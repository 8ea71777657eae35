#pragma once

#include <QDateTime>

namespace rapport::core {

// Where an open follow-up falls as seen from one moment: overdue, later today, in the next
// seven days or later. Days are the user's local days (a follow-up is due "today" on the
// calendar on their desk), so the boundaries are local midnights, kept in UTC.
enum class FollowUpWhen { Overdue, Today, ThisWeek, Later };

// Which open follow-ups a list shows.
enum class FollowUpWindow {
    DueByToday, // overdue and today: the day's work
    Overdue,
    Today,
    ThisWeek,
    Later,
    AllOpen
};

class FollowUpDays
{
public:
    explicit FollowUpDays(const QDateTime& now);

    QDateTime now() const { return m_now; }
    QDateTime startOfTomorrow() const { return m_tomorrow; }
    // The end of the seventh day after today.
    QDateTime endOfWeek() const { return m_weekEnd; }

    FollowUpWhen when(const QDateTime& dueAt) const;
    // The due times a window covers, [from, until); an invalid bound is open.
    QDateTime from(FollowUpWindow window) const;
    QDateTime until(FollowUpWindow window) const;

private:
    QDateTime m_now;
    QDateTime m_tomorrow;
    QDateTime m_weekEnd;
};

// How many open follow-ups fall where.
struct FollowUpCounts
{
    qint64 overdue = 0;
    qint64 today = 0;
    qint64 thisWeek = 0;
    qint64 later = 0;

    qint64 dueByToday() const { return overdue + today; }
    qint64 total() const { return overdue + today + thisWeek + later; }
    friend bool operator==(const FollowUpCounts&, const FollowUpCounts&) = default;
};

} // namespace rapport::core
