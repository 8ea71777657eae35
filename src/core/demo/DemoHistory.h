#pragma once

#include "common/Result.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoProducts.h"
#include "demo/DemoRandom.h"
#include "storage/DemoStore.h"

#include <QDate>
#include <QDateTime>
#include <algorithm>
#include <array>
#include <string>
#include <vector>

namespace rapport::core::demo {

// One run's simulation: plans each customer's life (purchases, contacts, complaints,
// surveys) from the stories of DemoGenerator.cpp and writes it through the DemoStore.
class DemoHistory
{
public:
    // `now` is the clock's: nothing is written after it (options.until is not after its day).
    DemoHistory(const DemoOptions& options, const QDateTime& now, DemoStore& store, DemoSummary& summary)
        : m_random(options.seed), m_taskRandom(options.seed ^ kTaskStream),
          m_products(options.seed,
                     QDateTime(options.until.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch()),
          m_store(store), m_summary(summary)
    {
        m_start = QDateTime(options.until.addDays(1 - kHistoryDays), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        m_end = QDateTime(options.until.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        m_now = now.toSecsSinceEpoch();
        // A history ending today stops at this moment; one ending earlier at its last midnight.
        // The stories keep their shape either way: they are drawn against m_end.
        m_cutoff = std::min(m_end, m_now);
        m_turn = m_end - kTurnDays * kDay;
        m_summary.from = options.until.addDays(1 - kHistoryDays);
        m_summary.until = options.until;

        // Windows for the goals' baselines: the quarter and the year before `until`'s.
        const QDate until = options.until;
        const QDate quarterStart(until.year(), ((until.month() - 1) / 3) * 3 + 1, 1);
        m_previousQuarterStart = toInstant(quarterStart.addMonths(-3));
        m_previousQuarterEnd = toInstant(quarterStart);
        m_previousYearStart = toInstant(QDate(until.year() - 1, 1, 1));
        m_previousYearEnd = toInstant(QDate(until.year(), 1, 1));
        m_until = until;
    }

    Status writeReps()
    {
        for (const RepInfo& rep : kReps) {
            if (Status s = m_store.addRep(rep.id, rep.name, rep.role); !s)
                return s;
            ++m_summary.reps;
        }
        return {};
    }

    // The product catalogue (DemoProducts.h), before any customer.
    Status writeProducts()
    {
        for (const ProductInfo& p : kProducts) {
            auto id = m_store.addProduct({p.externalId, p.name, p.category, p.active ? 1 : 0});
            if (!id)
                return id.error();
            m_productIds.push_back(*id);
        }
        return {};
    }

    Status writeCustomer(qint64 id);
    Status writeGoals();

private:
    static qint64 toInstant(const QDate& d) { return QDateTime(d, QTime(0, 0), Qt::UTC).toSecsSinceEpoch(); }

    // 0 at the start of the history, 1 at its end.
    double progress(qint64 t) const
    {
        return static_cast<double>(t - m_start) / static_cast<double>(m_end - m_start);
    }
    // 0 before the turn of story (a), rising to 1 at the end.
    double lateness(qint64 t) const
    {
        return t < m_turn ? 0.0 : static_cast<double>(t - m_turn) / static_cast<double>(m_end - m_turn);
    }

    // The underlying satisfaction (0..1) of the segment at time t: stories (a) and (c).
    double trend(std::size_t segment, qint64 t) const
    {
        if (segment == Smb)
            return 0.64 + 0.14 * progress(t);
        if (t < m_turn)
            return 0.66 + 0.10 * static_cast<double>(t - m_start) / static_cast<double>(m_turn - m_start);
        return 0.76 - 0.09 * lateness(t);
    }
    // Monthly churn hazard at time t.
    double churnHazard(std::size_t segment, std::size_t owner, double customerOffset, qint64 t) const
    {
        double hazard = segment == Smb ? 0.010 + 0.028 * progress(t) // story (c)
                                       : kSegments[segment].baseChurn * (1.0 + 0.6 * lateness(t));
        if (owner == kLaggingRep)
            hazard *= 2.2; // story (b)
        if (customerOffset < -0.04)
            hazard *= 1.4; // unhappy customers leave more often
        return hazard;
    }

    // A business-hours moment (08:00-17:59 UTC, Monday to Friday) on or after t's day.
    qint64 workingMoment(qint64 t)
    {
        qint64 day = t / kDay;
        const qint64 weekday = (day + 3) % 7; // 1970-01-01 was a Thursday; 0 = Monday
        if (weekday >= 5)
            day += 7 - weekday;
        return day * kDay + m_random.between(8 * 60, 17 * 60 + 59) * kMinute;
    }
    // The next moment after t for a process with mean gap `meanDays`.
    qint64 after(qint64 t, double meanDays)
    {
        const double days = meanDays * (0.2 + 1.6 * m_random.unit());
        const qint64 next = workingMoment(t + static_cast<qint64>(days * static_cast<double>(kDay)));
        // Snapping to working hours may land earlier on the same day: keep time moving on.
        return next > t ? next : t + m_random.between(10 * kMinute, 2 * kHour);
    }

    const char* contactRep(std::size_t owner)
    {
        if (m_random.chance(0.9))
            return kReps[owner].id;
        return kReps[static_cast<std::size_t>(m_random.between(0, static_cast<qint64>(kReps.size()) - 1))].id;
    }

    void addEvent(Event e)
    {
        e.seq = static_cast<int>(m_events.size());
        m_events.push_back(e);
    }
    void addSurvey(qint64 at, Survey survey, int category)
    {
        if (at >= m_lifeEnd)
            return;
        m_surveys.push_back({at, static_cast<int>(m_surveys.size()), survey, category});
    }

    void planPurchases(std::size_t segment, std::size_t owner);
    void planContacts(std::size_t segment, std::size_t owner);
    void planComplaints(std::size_t segment, std::size_t owner);
    void planNps();
    // Story (d): names products, may end the life earlier and bring a churner back (`returned`:
    // the purchase that does, marked as their return).
    std::optional<qint64> planProducts(std::size_t segment, std::size_t owner, std::optional<qint64> churned,
                                       const char*& reason, std::optional<qint64>& returned);
    Status writeEvents(qint64 customerId);
    Status writeDoneTasks(qint64 customerId);
    Status writeOpenTask(qint64 customerId, std::size_t owner);
    Status writeSurveys(qint64 customerId, std::size_t segment, std::size_t owner, double customerOffset);

    // The follow-up tasks draw from a stream of their own, so the other records are the same
    // with or without them (and the figures tests pin down did not move when they came).
    static constexpr quint64 kTaskStream = 0x7461736b73ULL; // "tasks"

    DemoRandom m_random;
    DemoRandom m_taskRandom;
    DemoProducts m_products;
    std::vector<qint64> m_productIds; // row id of each of kProducts
    DemoStore& m_store;
    DemoSummary& m_summary;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_turn = 0;
    qint64 m_now = 0;
    qint64 m_cutoff = 0; // the first moment without data: min(m_end, m_now)
    QDate m_until;
    qint64 m_previousQuarterStart = 0;
    qint64 m_previousQuarterEnd = 0;
    qint64 m_previousYearStart = 0;
    qint64 m_previousYearEnd = 0;

    // Per customer, reused to avoid allocations.
    qint64 m_acquired = 0;
    qint64 m_lifeEnd = 0;
    std::vector<Event> m_events;
    std::vector<SurveyDraft> m_surveys;
    std::vector<ComplaintMark> m_complaints;
    std::vector<qint64> m_eventIds;   // row id of each event, by seq
    std::vector<qint64> m_eventTimes; // time of each event, by seq
    qint64 m_lastInteractionId = 0;
    std::string m_name, m_company, m_email;
    char m_phone[32] = {};
    char m_externalId[32] = {};

    // Running counters for external ids and the goals' baselines.
    qint64 m_interactionSerial = 0;
    qint64 m_surveySerial = 0;
    qint64 m_csatPrevious = 0;
    qint64 m_csatPreviousSatisfied = 0;
    qint64 m_customersAtPreviousQuarterStart = 0;
    qint64 m_churnedInPreviousQuarter = 0;
    qint64 m_revenuePreviousYear = 0;

    // Per sales rep: which kinds of open task (bit 0 overdue, 1 due today, 2 upcoming) they
    // have, so that every rep gets each kind from their first active customers on.
    std::array<unsigned, kSalesReps> m_openTaskKinds{};
};

} // namespace rapport::core::demo
