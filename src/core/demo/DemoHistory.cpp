#include "demo/DemoHistory.h"

#include "demo/DemoGoals.h"

#include <QCoreApplication>
#include <algorithm>
#include <cstdio>

namespace rapport::core::demo {
namespace {

std::string lowerAlnum(const std::string& text)
{
    std::string out;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            out += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            out += c;
    }
    return out;
}

} // namespace

Status DemoHistory::writeCustomer(qint64 id)
{
    const std::size_t segment = m_random.weighted(std::array<int, 4>{
        kSegments[0].weight, kSegments[1].weight, kSegments[2].weight, kSegments[3].weight});
    const std::size_t owner = static_cast<std::size_t>(m_random.between(0, kSalesReps - 1));
    const double customerOffset = (m_random.unit() - 0.5) * 0.16;

    // Who they are.
    const char* first = m_random.pick(kFirstNames);
    const char* last = m_random.pick(kLastNames);
    m_name.assign(first).append(" ").append(last);
    std::string domain;
    if (segment == PublicSector) {
        const char* place = m_random.pick(kPlaces);
        const char* body = m_random.pick(kPublicBodies);
        m_company.assign(place).append(" ").append(body);
        domain = lowerAlnum(place) + "-" + lowerAlnum(body) + ".gov.example";
    } else {
        const char* word = m_random.pick(kCompanyWords);
        const char* trade = m_random.pick(kCompanyTrades);
        const char* suffix = m_random.pick(kCompanySuffixes);
        m_company.assign(word).append(" ").append(trade).append(" ").append(suffix);
        domain = lowerAlnum(std::string(word) + trade) + ".example";
    }
    m_email = lowerAlnum(first) + "." + lowerAlnum(last) + "@" + domain;
    std::snprintf(m_phone, sizeof m_phone, "+1 555 %03lld %04lld",
                  static_cast<long long>(m_random.between(100, 999)),
                  static_cast<long long>(m_random.between(0, 9999)));

    // When they came: spread over the history, a little more often in the later years.
    qint64 day = m_random.between(0, kHistoryDays - 2);
    if (m_random.chance(0.35))
        day = std::max(day, m_random.between(0, kHistoryDays - 2));
    m_acquired = workingMoment(m_start + day * kDay);
    if (m_acquired >= m_cutoff - kHour) // a weekend pushed it past the end (or past now)
        m_acquired = m_cutoff - m_random.between(2 * kHour, 12 * kHour);

    // Whether and when they left: a monthly hazard, never in the first month.
    std::optional<qint64> churned;
    for (qint64 month = 1;; ++month) {
        const qint64 t = m_acquired + month * 30 * kDay;
        if (t >= m_cutoff)
            break;
        if (m_random.chance(churnHazard(segment, owner, customerOffset, t))) {
            const qint64 at = t + m_random.between(0, 29 * kDay);
            if (at < m_cutoff)
                churned = at;
            break;
        }
    }
    m_lifeEnd = churned ? *churned : m_cutoff; // every loop below stops there: nothing after now

    // What happened with them.
    m_events.clear();
    m_surveys.clear();
    m_complaints.clear();
    planPurchases(segment, owner);
    planContacts(segment, owner);
    planComplaints(segment, owner);
    planNps();
    const char* reason = nullptr;
    std::optional<qint64> returned;
    churned = planProducts(segment, owner, churned, reason, returned);

    std::snprintf(m_externalId, sizeof m_externalId, "C-%06lld", static_cast<long long>(id));
    DemoStore::CustomerRow row;
    row.id = id;
    row.externalId = m_externalId;
    row.name = m_name.c_str();
    row.company = m_company.c_str();
    row.email = m_email.c_str();
    row.phone = m_phone;
    row.segment = kSegments[segment].name;
    row.owner = kReps[owner].id;
    row.acquiredAt = m_acquired;
    row.churnedAt = churned;
    row.churnReason = reason;
    if (Status s = m_store.addCustomer(row); !s)
        return s;
    if (returned)
        if (Status s = m_store.markReturned(id, *returned); !s)
            return s;
    ++m_summary.customers;
    if (churned)
        ++m_summary.churnedCustomers;
    // A customer at the previous quarter's start (back before it counts too), and whether they
    // left during it from there (metrics.md's churn rate).
    if ((m_acquired < m_previousQuarterStart && (!churned || *churned >= m_previousQuarterStart)) ||
        (returned && *returned < m_previousQuarterStart)) {
        ++m_customersAtPreviousQuarterStart;
        if (churned && *churned >= m_previousQuarterStart && *churned < m_previousQuarterEnd)
            ++m_churnedInPreviousQuarter;
    }
    if (Status s = writeEvents(id); !s)
        return s;
    if (Status s = writeDoneTasks(id); !s)
        return s;
    if (!churned) {
        if (Status s = writeOpenTask(id, owner); !s)
            return s;
    }
    return writeSurveys(id, segment, owner, customerOffset);
}

std::optional<qint64> DemoHistory::planProducts(std::size_t segment, std::size_t owner,
                                                std::optional<qint64> churned, const char*& reason,
                                                std::optional<qint64>& returned)
{
    m_products.nameProducts(m_events, m_complaints, segment, kReps[owner].id, m_lifeEnd);
    if (!churned) {
        // Some owners of the slipping product leave over it: their history ends there.
        churned = m_products.leavesOverQuality(m_events, m_cutoff);
        if (churned) {
            m_lifeEnd = *churned;
            const auto after = [this](qint64 at) { return at >= m_lifeEnd; };
            std::erase_if(m_events, [&](const Event& e) { return after(e.at); });
            std::erase_if(m_surveys, [&](const SurveyDraft& d) { return after(d.at); });
            std::erase_if(m_complaints, [&](const ComplaintMark& c) { return after(c.at); });
            for (Event& e : m_events)
                if (e.resolvedAt && after(*e.resolvedAt))
                    e.resolvedAt.reset();
            for (ComplaintMark& c : m_complaints)
                if (c.resolvedAt && after(*c.resolvedAt))
                    c.resolvedAt.reset();
        }
    }
    if (!churned)
        return churned;
    reason = m_products.reasonFor(m_events, *churned, owner == kLaggingRep);
    if (auto back = m_products.comeBack(m_events, *churned, reason, segment, kReps[owner].id, m_cutoff)) {
        m_events.push_back(*back);
        returned = back->at;
    }
    return churned;
}

void DemoHistory::planPurchases(std::size_t segment, std::size_t owner)
{
    const SegmentInfo& info = kSegments[segment];
    const bool lagging = owner == kLaggingRep;
    // The first purchase makes them a customer; it happens on the day of acquisition.
    qint64 t = m_acquired + m_random.between(10 * kMinute, 4 * kHour);
    while (t < m_lifeEnd) {
        const qint64 dollars = m_random.between(info.minDollars, info.maxDollars);
        const qint64 cents = dollars * 100 + (m_random.chance(0.3) ? 99 : 0);
        const int purchaseSeq = static_cast<int>(m_events.size());
        Event purchase;
        purchase.at = t;
        purchase.kind = Kind::Purchase;
        purchase.rep = kReps[owner].id;
        purchase.amountCents = cents;
        purchase.category = m_random.pick(kPurchaseCategories);
        addEvent(purchase);

        if (m_random.chance(0.03)) {
            const qint64 at = workingMoment(t + m_random.between(3, 30) * kDay);
            if (at < m_lifeEnd) {
                Event refund = purchase;
                refund.at = at;
                refund.amountCents = m_random.chance(0.6) ? -cents : -(cents / 2);
                refund.notes = m_random.pick(kRefundNotes);
                addEvent(refund);
            }
        }

        // Story (b): the team follows up within 14 days after most purchases, one rep rarely.
        const double within = lagging ? 0.20 : 0.72;
        const double later = lagging ? 0.18 : 0.13;
        const double r = m_random.unit();
        std::optional<qint64> followUp;
        if (r < within)
            followUp = t + m_random.between(2 * kHour, 13 * kDay);
        else if (r < within + later)
            followUp = t + m_random.between(16 * kDay, 45 * kDay);
        if (followUp && *followUp < m_lifeEnd) {
            Event e;
            e.at = *followUp;
            e.kind = Kind::FollowUp;
            e.rep = kReps[owner].id;
            e.notes = m_random.pick(kFollowUpNotes);
            e.sourceSeq = purchaseSeq;
            addEvent(e);
        }

        // Some customers rate the purchase: product or, later on, the delivery.
        if (m_random.chance(0.15)) {
            const bool delivery = m_random.chance(0.25 + 0.5 * lateness(t));
            addSurvey(t + m_random.between(2 * kDay, 10 * kDay), Survey::Csat,
                      delivery ? static_cast<int>(Delivery) : static_cast<int>(ProductQuality));
        }
        t = after(t, info.purchaseGap);
    }
}

void DemoHistory::planContacts(std::size_t segment, std::size_t owner)
{
    struct Pace
    {
        Kind kind;
        double meanDays;
    };
    constexpr std::array<Pace, 5> paces{{{Kind::Call, 90.0},
                                         {Kind::Email, 70.0},
                                         {Kind::Meeting, 180.0},
                                         {Kind::Support, 120.0},
                                         {Kind::Note, 150.0}}};
    const double factor = kSegments[segment].contactFactor;
    for (const Pace& pace : paces) {
        const double meanDays = pace.meanDays / factor;
        qint64 t = workingMoment(m_acquired + static_cast<qint64>(meanDays * m_random.unit() * kDay));
        for (; t < m_lifeEnd; t = after(t, meanDays)) {
            if (t <= m_acquired)
                continue;
            Event e;
            e.at = t;
            e.kind = pace.kind;
            e.rep = contactRep(owner);
            switch (pace.kind) {
            case Kind::Call:
                e.notes = m_random.chance(0.5) ? m_random.pick(kCallNotes) : nullptr;
                break;
            case Kind::Email:
                e.notes = m_random.chance(0.5) ? m_random.pick(kEmailNotes) : nullptr;
                break;
            case Kind::Meeting:
                if (segment == Enterprise && m_random.chance(0.2))
                    e.rep = kReps[kManager].id;
                e.notes = m_random.pick(kMeetingNotes);
                break;
            case Kind::Support:
                e.rep = kReps[owner].id;
                e.category = m_random.pick(kSupportCategories);
                e.notes = m_random.chance(0.5) ? m_random.pick(kSupportNotes) : nullptr;
                if (m_random.chance(0.35))
                    addSurvey(t + m_random.between(kHour, 48 * kHour), Survey::Csat,
                              static_cast<int>(SupportResponse));
                if (m_random.chance(0.30))
                    addSurvey(t + m_random.between(kHour, 48 * kHour), Survey::Ces,
                              static_cast<int>(SupportResponse));
                break;
            default:
                e.notes = m_random.pick(kNoteNotes);
                break;
            }
            addEvent(e);
        }
    }
}

void DemoHistory::planComplaints(std::size_t segment, std::size_t owner)
{
    const bool lagging = owner == kLaggingRep;
    // Story (a): after the turn complaints come more often, and more of them about delivery.
    const double surge = segment == Smb ? 0.5 : 3.0;
    qint64 t = after(m_acquired, 200.0);
    while (t < m_lifeEnd) {
        const double late = lateness(t);
        const std::size_t category = m_random.weighted(std::array<int, 5>{
            25, 15 + static_cast<int>(segment == Smb ? 10.0 * late : 150.0 * late), 25, 20, 15});
        Event e;
        e.at = t;
        e.kind = Kind::Complaint;
        e.rep = kReps[owner].id;
        e.category = kCategories[category];
        e.notes = m_random.pick(kComplaintNotes[category]);
        if (m_random.chance(lagging ? 0.86 : 0.92)) {
            const double r = m_random.unit();
            qint64 hours = r < 0.4 ? m_random.between(1, 8)
                                   : (r < 0.8 ? m_random.between(8, 48) : m_random.between(48, 240));
            if (lagging)
                hours = hours * 3 / 2;
            const qint64 resolved = t + hours * kHour + m_random.between(0, kHour - 1);
            if (resolved < m_lifeEnd)
                e.resolvedAt = resolved;
        }
        m_complaints.push_back({t, category, e.resolvedAt});
        if (e.resolvedAt) {
            if (m_random.chance(0.5))
                addSurvey(*e.resolvedAt + m_random.between(kHour, 72 * kHour), Survey::Csat,
                          static_cast<int>(category));
            if (m_random.chance(0.2))
                addSurvey(*e.resolvedAt + m_random.between(kHour, 72 * kHour), Survey::Ces,
                          static_cast<int>(category));
        }
        addEvent(e);
        t = after(t, 200.0 / (1.0 + surge * late));
    }
}

void DemoHistory::planNps()
{
    for (qint64 t = m_acquired + m_random.between(60, 120) * kDay; t < m_lifeEnd;
         t += m_random.between(170, 190) * kDay) {
        if (m_random.chance(0.45))
            addSurvey(t, Survey::Nps, -1);
    }
}

Status DemoHistory::writeEvents(qint64 customerId)
{
    std::sort(m_events.begin(), m_events.end(),
              [](const Event& a, const Event& b) { return a.at != b.at ? a.at < b.at : a.seq < b.seq; });
    // Seqs are insertion numbers: a shortened life may have left gaps.
    int seqs = 0;
    for (const Event& e : m_events)
        seqs = std::max(seqs, e.seq + 1);
    m_eventIds.assign(static_cast<std::size_t>(seqs), 0);
    m_eventTimes.assign(static_cast<std::size_t>(seqs), 0);
    m_lastInteractionId = 0;
    for (const Event& e : m_events) {
        std::snprintf(m_externalId, sizeof m_externalId, "I-%07lld",
                      static_cast<long long>(++m_interactionSerial));
        DemoStore::InteractionRow row;
        row.externalId = m_externalId;
        row.customerId = customerId;
        row.repId = e.rep;
        row.kind = kKindNames[static_cast<std::size_t>(e.kind)];
        row.occurredAt = e.at;
        row.amountCents = e.amountCents;
        row.category = e.category;
        row.notes = e.notes;
        row.resolvedAt = e.resolvedAt;
        if (e.product >= 0)
            row.productId = m_productIds[static_cast<std::size_t>(e.product)];
        if (Status s = m_store.addInteraction(row); !s)
            return s;
        m_lastInteractionId = m_store.lastInteractionId();
        m_eventIds[static_cast<std::size_t>(e.seq)] = m_lastInteractionId;
        m_eventTimes[static_cast<std::size_t>(e.seq)] = e.at;
        ++m_summary.interactions;
        switch (e.kind) {
        case Kind::Purchase:
            ++m_summary.purchases;
            m_summary.revenueCents += *e.amountCents;
            if (*e.amountCents < 0)
                ++m_summary.refunds;
            if (e.at >= m_previousYearStart && e.at < m_previousYearEnd)
                m_revenuePreviousYear += *e.amountCents;
            break;
        case Kind::Complaint:
            ++m_summary.complaints;
            if (!e.resolvedAt)
                ++m_summary.openComplaints;
            break;
        case Kind::FollowUp:
            ++m_summary.followUps;
            break;
        default:
            break;
        }
    }
    return {};
}

// A follow-up interaction after a purchase closed a reminder planned with the purchase, due a
// week after it (one done later was overdue for a while, as a lagging rep's often are).
Status DemoHistory::writeDoneTasks(qint64 customerId)
{
    for (const Event& e : m_events) {
        if (e.kind != Kind::FollowUp || e.sourceSeq < 0)
            continue;
        const qint64 purchaseAt = m_eventTimes[static_cast<std::size_t>(e.sourceSeq)];
        DemoStore::FollowUpTaskRow row;
        row.customerId = customerId;
        row.repId = e.rep;
        row.dueAt = (purchaseAt / kDay + 7) * kDay + 9 * kHour;
        row.note = kPurchaseTaskNote;
        row.sourceInteractionId = m_eventIds[static_cast<std::size_t>(e.sourceSeq)];
        row.doneAt = e.at;
        row.doneInteractionId = m_eventIds[static_cast<std::size_t>(e.seq)];
        if (Status s = m_store.addFollowUpTask(row); !s)
            return s;
        ++m_summary.followUpTasks;
    }
    return {};
}

// An active customer's next step, planned after the last contact: overdue, due later today,
// this week or later. A rep's first active customers give them one of each of the first three
// kinds; after that about one customer in eight has an open task.
Status DemoHistory::writeOpenTask(qint64 customerId, std::size_t owner)
{
    unsigned& kinds = m_openTaskKinds[owner];
    int kind = -1; // 0 overdue, 1 due today, 2 this week, 3 later
    for (int k = 0; k < 3 && kind < 0; ++k) {
        if (!(kinds & (1u << k)))
            kind = k;
    }
    const bool wanted = m_taskRandom.chance(0.12);
    const qint64 draw = m_taskRandom.between(0, 99);
    const qint64 offset = m_taskRandom.next() >> 1; // a portable source for the moment below
    const char* note = m_taskRandom.pick(kTaskNotes);
    if (kind < 0) {
        if (!wanted)
            return {};
        kind = draw < 25 ? 0 : draw < 40 ? 1 : draw < 70 ? 2 : 3;
    }

    const qint64 today = m_now / kDay * kDay;
    const auto within = [offset](qint64 lo, qint64 hi) { return lo + offset % (hi - lo + 1); };
    qint64 due = 0;
    if (kind == 0) {
        // Due in the last three weeks, after the customer came and at least an hour ago.
        const qint64 lo = std::max(m_now - 21 * kDay, m_acquired + kHour);
        const qint64 hi = m_now - kHour;
        if (lo >= hi) {
            kind = 1; // too new a customer to be behind with
        } else {
            due = within(lo, hi);
            // On the quarter hour in working hours (08:00-16:45) of that day, when still in range.
            const qint64 snapped = due / kDay * kDay + 8 * kHour + (offset >> 16) % 36 * 15 * kMinute;
            if (snapped >= lo && snapped <= hi)
                due = snapped;
        }
    }
    if (kind == 1) {
        // Later today: before six in the evening when there is time left, else before midnight.
        const qint64 lo = m_now + 5 * kMinute;
        const qint64 hi = std::min(std::max(today + 18 * kHour, lo + kHour), today + kDay - 1);
        if (lo <= hi) {
            due = within(lo, hi);
            const qint64 quarter = 15 * kMinute;
            if (const qint64 rounded = (due + quarter - 1) / quarter * quarter; rounded <= hi)
                due = rounded;
        } else { // less than five minutes of today left: it is tomorrow's
            kind = 2;
            due = today + kDay + 9 * kHour;
        }
    } else if (kind == 2 || kind == 3) {
        const qint64 days = kind == 2 ? within(1, 6) : within(7, 45);
        due = today + days * kDay + 8 * kHour + (offset >> 16) % 36 * 15 * kMinute;
    }
    kinds |= 1u << std::min(kind, 2);

    DemoStore::FollowUpTaskRow row;
    row.customerId = customerId;
    row.repId = kReps[owner].id;
    row.dueAt = due;
    row.note = note;
    if (m_lastInteractionId > 0)
        row.sourceInteractionId = m_lastInteractionId;
    if (Status s = m_store.addFollowUpTask(row); !s)
        return s;
    ++m_summary.followUpTasks;
    ++m_summary.openFollowUpTasks;
    return {};
}

Status DemoHistory::writeSurveys(qint64 customerId, std::size_t segment, std::size_t owner,
                                 double customerOffset)
{
    std::sort(m_surveys.begin(), m_surveys.end(), [](const SurveyDraft& a, const SurveyDraft& b) {
        return a.at != b.at ? a.at < b.at : a.seq < b.seq;
    });
    for (const SurveyDraft& draft : m_surveys) {
        double quality = trend(segment, draft.at) + kSegments[segment].quality + customerOffset;
        if (owner == kLaggingRep)
            quality -= 0.10; // story (b)
        // A recent complaint weighs on the rating, a delivery one most, an open one more.
        int recentCategory = -1;
        for (const ComplaintMark& c : m_complaints) {
            if (c.at <= draft.at && draft.at - c.at <= 60 * kDay) {
                recentCategory = static_cast<int>(c.category);
                quality -= c.category == Delivery ? 0.14 : 0.08;
                if (!c.resolvedAt || *c.resolvedAt > draft.at)
                    quality -= 0.05;
            }
        }

        int score = 0;
        int lowUpTo = 0;
        int highFrom = 0;
        switch (draft.survey) {
        case Survey::Csat:
            score = 1 + static_cast<int>(clamp01(quality + m_random.noise(0.35)) * 5.0);
            lowUpTo = 2;
            highFrom = 4;
            break;
        case Survey::Nps:
            score = static_cast<int>(clamp01(quality + 0.02 + m_random.noise(0.30)) * 11.0);
            lowUpTo = 6;
            highFrom = 9;
            break;
        case Survey::Ces:
            score = 1 + static_cast<int>(clamp01(quality + 0.05 + m_random.noise(0.35)) * 7.0);
            lowUpTo = 3;
            highFrom = 6;
            break;
        }

        int category = draft.category;
        if (category < 0) // a relationship survey: about their last complaint, or anything
            category =
                recentCategory >= 0 && m_random.chance(0.7)
                    ? recentCategory
                    : static_cast<int>(m_random.between(0, static_cast<qint64>(kCategories.size()) - 1));
        const char* comment = nullptr;
        const bool low = score <= lowUpTo;
        if (m_random.chance(low ? 0.75 : 0.5)) {
            const auto index = static_cast<std::size_t>(category);
            if (low)
                comment = m_random.pick(kLowComments[index]);
            else if (score >= highFrom)
                comment = m_random.pick(kHighComments[index]);
            else
                comment = m_random.pick(kMiddleComments);
        }
        // A relationship survey only gets a category when the comment says what it is about.
        const char* categoryText = draft.survey == Survey::Nps && !comment
                                       ? nullptr
                                       : kCategories[static_cast<std::size_t>(category)];

        std::snprintf(m_externalId, sizeof m_externalId, "S-%07lld",
                      static_cast<long long>(++m_surveySerial));
        DemoStore::SurveyRow row;
        row.externalId = m_externalId;
        row.customerId = customerId;
        row.survey = kSurveyNames[static_cast<std::size_t>(draft.survey)];
        row.score = score;
        row.respondedAt = draft.at;
        row.comment = comment;
        row.category = categoryText;
        if (Status s = m_store.addSurveyResponse(row); !s)
            return s;
        ++m_summary.surveyResponses;
        if (draft.survey == Survey::Csat && draft.at >= m_previousQuarterStart &&
            draft.at < m_previousQuarterEnd) {
            ++m_csatPrevious;
            if (score >= 4)
                ++m_csatPreviousSatisfied;
        }
    }
    return {};
}

Status DemoHistory::writeGoals()
{
    DemoGoals::Baselines b;
    b.csatResponses = m_csatPrevious;
    b.csatSatisfied = m_csatPreviousSatisfied;
    b.customersAtQuarterStart = m_customersAtPreviousQuarterStart;
    b.churnedInQuarter = m_churnedInPreviousQuarter;
    b.revenueCents = m_revenuePreviousYear;
    for (const DemoStore::GoalRow& g : DemoGoals::plan(m_until, m_end, b)) {
        if (Status s = m_store.addGoal(g); !s)
            return s;
        ++m_summary.goals;
    }
    return {};
}

} // namespace rapport::core::demo
