#include "demo/DemoGenerator.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/DemoStore.h"

#include <QDateTime>

#include <algorithm>
#include <array>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

// The demo history, in short. About three years ending on `until`:
//  - 8 reps and 1 manager; every customer is owned by one of the 8 reps.
//  - Customers in four segments (smb, mid-market, enterprise, public-sector), acquired
//    throughout the three years (a little more in the later years), some of them churning.
//  - Per customer: a first purchase on the day of acquisition, more purchases at a
//    segment's pace (3% refunded later), follow-ups after purchases, calls, e-mails,
//    meetings, support contacts, notes and complaints (categories billing, delivery,
//    product-quality, support-response, onboarding; most resolved within hours or days).
//  - CSAT after some support contacts, resolved complaints and purchases; CES after some
//    support contacts and resolved complaints; an NPS relationship survey about twice a year.
//
// The stories (all driven by the quality and hazard functions below):
//  (a) TREND THAT TURNS. Outside smb the underlying satisfaction climbs from 0.66 to 0.76
//      until six months before `until`, then falls to 0.67; over those six months the
//      complaint rate roughly quadruples, mostly 'delivery' complaints, and every complaint
//      pulls the customer's next ratings down for two months.
//  (b) A REP WHO DIFFERS. Finn Brennan follows up within 14 days after about 20% of
//      purchases (the team: about 72%); his customers churn 2.2 times as often, rate about
//      0.10 lower and wait longer for complaint resolutions.
//  (c) SATISFACTION UP, RETENTION DOWN. In smb satisfaction rises steadily over the three
//      years (and is spared the delivery trouble), while the monthly churn hazard
//      climbs from about 1% to about 3.8%.

namespace rapport::core {
namespace {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 1096; // about three years, `until` included
constexpr int kTurnDays = 183;     // story (a): the last six months

// ---------------------------------------------------------------------------------------
// Random numbers: std::mt19937_64 is specified bit for bit by the standard; everything on
// top of it is plain integer or IEEE arithmetic (+, -, *, / only), so identical everywhere.
class Random
{
public:
    explicit Random(quint64 seed) : m_engine(seed) {}

    quint64 next() { return m_engine(); }
    // Uniform in [lo, hi]; the modulo bias is below 2^-40 for our ranges.
    qint64 between(qint64 lo, qint64 hi)
    {
        const quint64 span = static_cast<quint64>(hi - lo) + 1;
        return lo + static_cast<qint64>(next() % span);
    }
    // Uniform in [0, 1), 53 bits.
    double unit() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    // Triangular in (-width, width): the sum of two uniforms, centred.
    double noise(double width) { return (unit() + unit() - 1.0) * width; }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items)
    {
        return items[static_cast<std::size_t>(next() % N)];
    }
    // An index chosen with the given integer weights.
    template <std::size_t N>
    std::size_t weighted(const std::array<int, N>& weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        qint64 r = between(0, total - 1);
        for (std::size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return N - 1;
    }

private:
    std::mt19937_64 m_engine;
};

double clamp01(double x)
{
    return x < 0.0 ? 0.0 : (x > 0.999999 ? 0.999999 : x);
}

// ---------------------------------------------------------------------------------------
// Word lists (our own).

struct RepInfo
{
    const char* id;
    const char* name;
    const char* role;
};
constexpr std::array<RepInfo, 9> kReps{{
    {"amorgan", "Alice Morgan", "rep"},
    {"bnakamura", "Ben Nakamura", "rep"},
    {"cokafor", "Chloe Okafor", "rep"},
    {"dlindqvist", "David Lindqvist", "rep"},
    {"esantos", "Elena Santos", "rep"},
    {"fbrennan", "Finn Brennan", "rep"}, // story (b)
    {"gpatel", "Grace Patel", "rep"},
    {"hweber", "Hugo Weber", "rep"},
    {"imarsh", "Iris Marsh", "manager"},
}};
constexpr std::size_t kSalesReps = 8;
constexpr std::size_t kLaggingRep = 5;
constexpr std::size_t kManager = 8;

struct SegmentInfo
{
    const char* name;
    int weight;           // share of customers, out of 100
    qint64 minDollars;    // purchase size range
    qint64 maxDollars;
    double purchaseGap;   // mean days between purchases
    double contactFactor; // how busy the relationship is
    double baseChurn;     // monthly churn hazard
    double quality;       // offset to the underlying satisfaction
};
enum SegmentIndex : std::size_t { Smb = 0, MidMarket = 1, Enterprise = 2, PublicSector = 3 };
constexpr std::array<SegmentInfo, 4> kSegments{{
    {"smb", 30, 150, 2500, 95.0, 0.8, 0.0, 0.0}, // smb's churn is time-dependent: story (c)
    {"mid-market", 35, 1500, 18000, 80.0, 1.0, 0.012, 0.0},
    {"enterprise", 15, 12000, 150000, 60.0, 1.4, 0.007, 0.02},
    {"public-sector", 20, 6000, 70000, 110.0, 1.1, 0.006, -0.02},
}};

constexpr std::array<const char*, 40> kFirstNames{
    "Aaron", "Bianca", "Carlos", "Dana",   "Emil",   "Fatima", "Georg",  "Hanna", "Ivan",   "Julia",
    "Kofi",  "Lena",   "Marco", "Nadia",  "Oscar",  "Priya",  "Quentin", "Rosa", "Samir",  "Tara",
    "Umar",  "Vera",   "Wes",   "Xenia",  "Yusuf",  "Zoe",    "Anders", "Beatriz", "Chen", "Delia",
    "Eitan", "Freya",  "Gil",   "Helena", "Idris",  "Jonas",  "Keiko",  "Lucas", "Mira",   "Nils"};
constexpr std::array<const char*, 40> kLastNames{
    "Abbott", "Bauer",   "Castro", "Dietrich", "Eriksen", "Fischer", "Garcia",  "Hoffman", "Ibsen",  "Jansen",
    "Kowalski", "Larsen", "Moreau", "Nowak",   "Olsen",   "Petrov",  "Quinn",   "Rossi",   "Sato",   "Turner",
    "Ulrich", "Varga",   "Walsh",  "Xu",       "Young",   "Zeller",  "Andrade", "Brandt",  "Costa",  "Dubois",
    "Engel",  "Ferreira", "Gupta", "Haas",     "Iqbal",   "Jovanovic", "Keller", "Lopez",  "Meyer",  "Novak"};
constexpr std::array<const char*, 24> kCompanyWords{
    "Blue",   "Granite", "Harbor", "Silver",  "Cedar",  "Summit", "Lumen",  "Copper",
    "Oak",    "Maple",   "Bright", "Falcon",  "Pioneer", "Atlas", "Meridian", "Evergreen",
    "Redwood", "Coastal", "Iron",  "Kestrel", "Prairie", "Aurora", "Beacon", "Crescent"};
constexpr std::array<const char*, 20> kCompanyTrades{
    "Logistics", "Foods",  "Dental", "Robotics", "Textiles", "Analytics", "Builders", "Pharma", "Media", "Outfitters",
    "Energy",    "Labs",   "Furniture", "Motors", "Brewing", "Clinics",  "Systems",  "Print",  "Optics", "Farms"};
constexpr std::array<const char*, 6> kCompanySuffixes{"Ltd", "Inc", "GmbH", "Group", "LLC", "& Co"};
constexpr std::array<const char*, 18> kPlaces{
    "Ashford",  "Brookfield", "Carrow",   "Dunmore", "Elmstead", "Fairhaven", "Glenbury",  "Hollowell", "Kingsbridge",
    "Larkfield", "Millbrook", "Northam",  "Oakvale", "Pembury",  "Redcliff",  "Stonebridge", "Thornton", "Westmere"};
constexpr std::array<const char*, 8> kPublicBodies{"City Council",   "County Council", "Health Board",  "Water Authority",
                                                   "School District", "Transit Agency", "Fire Service", "Public Library"};

// Complaint and survey categories.
enum Category : std::size_t { Billing = 0, Delivery = 1, ProductQuality = 2, SupportResponse = 3, Onboarding = 4 };
constexpr std::array<const char*, 5> kCategories{"billing", "delivery", "product-quality", "support-response",
                                                 "onboarding"};
constexpr std::array<std::array<const char*, 3>, 5> kComplaintNotes{{
    {"Disputes a line on the last invoice.", "Reports a duplicate charge.", "Asks why the price went up."},
    {"Order arrived late.", "Items missing from the shipment.", "Delivery date moved twice."},
    {"Defect found after installation.", "Product does not work as described.", "Batch quality below spec."},
    {"Unhappy with the time to first reply.", "Ticket reopened, issue not fixed.", "Was passed between teams."},
    {"Setup stalled for two weeks.", "Training missed their use case.", "No contact after the kickoff."},
}};
constexpr std::array<std::array<const char*, 3>, 5> kLowComments{{
    {"Invoice did not match the quote.", "Charged twice, still waiting for the credit.",
     "Hard to see what we are paying for."},
    {"Order arrived a week late.", "Shipment came incomplete again.", "Nobody could tell us where the parcel was."},
    {"The unit failed after two weeks.", "Quality has slipped since last year.", "Too many defects in the last batch."},
    {"Waited three days for a first answer.", "Had to explain the problem four times.",
     "Ticket closed without a fix."},
    {"Setup took far longer than promised.", "Training felt generic.", "We were left alone after the kickoff."},
}};
constexpr std::array<std::array<const char*, 3>, 5> kHighComments{{
    {"Billing is clear and on time.", "The new invoice layout is easy to check.", "Credit note came quickly."},
    {"Delivered on the promised day.", "Tracking worked well this time.", "Fast dispatch, nothing missing."},
    {"Solid product, does what we need.", "Our team relies on it every day.", "Clearly better than the old version."},
    {"Support solved it in one call.", "Quick and friendly help.", "The engineer knew exactly what to do."},
    {"Onboarding was smooth and well planned.", "Clear checklist, no surprises.", "The kickoff workshop paid off."},
}};
constexpr std::array<const char*, 4> kMiddleComments{"Fine overall, a few rough edges.", "Does the job.",
                                                     "Some good, some not so good.", "An average experience this time."};

constexpr std::array<const char*, 4> kPurchaseCategories{"licences", "hardware", "services", "training"};
constexpr std::array<const char*, 2> kRefundNotes{"Refund: goods returned.", "Refund: service credit."};
constexpr std::array<const char*, 4> kSupportCategories{"how-to", "access", "bug", "integration"};
constexpr std::array<const char*, 4> kCallNotes{"Quarterly check-in call.", "Talked through upcoming needs.",
                                                "Call about the contract renewal.", "Left a voicemail."};
constexpr std::array<const char*, 4> kEmailNotes{"Sent the product update.", "Answered a pricing question.",
                                                 "Shared a case study.", "Sent the meeting notes."};
constexpr std::array<const char*, 3> kMeetingNotes{"Review meeting on site.", "Planning workshop with their team.",
                                                   "Demo of the new features."};
constexpr std::array<const char*, 3> kSupportNotes{"Helped with the configuration.", "Sorted out an access problem.",
                                                   "Walked them through a report."};
constexpr std::array<const char*, 4> kNoteNotes{"Budget cycle starts in autumn.", "New decision maker on their side.",
                                                "Prefers e-mail to calls.", "Looking at a competitor."};
constexpr std::array<const char*, 3> kFollowUpNotes{"Checked the order arrived well.", "Asked how the first weeks went.",
                                                    "Follow-up on the recent purchase."};

// ---------------------------------------------------------------------------------------

enum class Kind { Call, Email, Meeting, Purchase, Complaint, Support, FollowUp, Note };
constexpr std::array<const char*, 8> kKindNames{"call",      "email",   "meeting",   "purchase",
                                                "complaint", "support", "follow_up", "note"};

struct Event
{
    qint64 at = 0;
    int seq = 0; // insertion order, so that sorting is total and therefore deterministic
    Kind kind = Kind::Note;
    const char* rep = nullptr;
    std::optional<qint64> amountCents;
    const char* category = nullptr;
    const char* notes = nullptr;
    std::optional<qint64> resolvedAt;
};

enum class Survey { Csat, Nps, Ces };
constexpr std::array<const char*, 3> kSurveyNames{"csat", "nps", "ces"};

struct SurveyDraft
{
    qint64 at = 0;
    int seq = 0;
    Survey survey = Survey::Csat;
    int category = -1; // index into kCategories, -1 = none yet
};

struct ComplaintMark
{
    qint64 at;
    std::size_t category;
    std::optional<qint64> resolvedAt;
};

class History
{
public:
    History(const DemoOptions& options, DemoStore& store, DemoSummary& summary)
        : m_random(options.seed), m_store(store), m_summary(summary)
    {
        m_start = QDateTime(options.until.addDays(1 - kHistoryDays), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        m_end = QDateTime(options.until.addDays(1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
        m_turn = m_end - kTurnDays * kDay;
        m_summary.from = options.until.addDays(1 - kHistoryDays);
        m_summary.until = options.until;

        // Windows for the goals' baselines: the quarter and the year before `until`'s.
        const QDate until = options.until;
        m_quarterStart = QDate(until.year(), ((until.month() - 1) / 3) * 3 + 1, 1);
        m_previousQuarterStart = toInstant(m_quarterStart.addMonths(-3));
        m_previousQuarterEnd = toInstant(m_quarterStart);
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
    Status writeEvents(qint64 customerId);
    Status writeSurveys(qint64 customerId, std::size_t segment, std::size_t owner, double customerOffset);

    Random m_random;
    DemoStore& m_store;
    DemoSummary& m_summary;
    qint64 m_start = 0;
    qint64 m_end = 0;
    qint64 m_turn = 0;
    QDate m_until;
    QDate m_quarterStart;
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
};

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

Status History::writeCustomer(qint64 id)
{
    const std::size_t segment = m_random.weighted(std::array<int, 4>{kSegments[0].weight, kSegments[1].weight,
                                                                     kSegments[2].weight, kSegments[3].weight});
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
    std::snprintf(m_phone, sizeof m_phone, "+1 555 %03lld %04lld", static_cast<long long>(m_random.between(100, 999)),
                  static_cast<long long>(m_random.between(0, 9999)));

    // When they came: spread over the history, a little more often in the later years.
    qint64 day = m_random.between(0, kHistoryDays - 2);
    if (m_random.chance(0.35))
        day = std::max(day, m_random.between(0, kHistoryDays - 2));
    m_acquired = workingMoment(m_start + day * kDay);
    if (m_acquired >= m_end - kHour) // a weekend pushed it past the end
        m_acquired = m_end - m_random.between(2 * kHour, 12 * kHour);

    // Whether and when they left: a monthly hazard, never in the first month.
    std::optional<qint64> churned;
    for (qint64 month = 1;; ++month) {
        const qint64 t = m_acquired + month * 30 * kDay;
        if (t >= m_end)
            break;
        if (m_random.chance(churnHazard(segment, owner, customerOffset, t))) {
            const qint64 at = t + m_random.between(0, 29 * kDay);
            if (at < m_end)
                churned = at;
            break;
        }
    }
    m_lifeEnd = churned ? *churned : m_end;

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
    if (Status s = m_store.addCustomer(row); !s)
        return s;
    ++m_summary.customers;
    if (churned)
        ++m_summary.churnedCustomers;
    if (m_acquired < m_previousQuarterStart && (!churned || *churned >= m_previousQuarterStart)) {
        ++m_customersAtPreviousQuarterStart;
        if (churned && *churned < m_previousQuarterEnd)
            ++m_churnedInPreviousQuarter;
    }

    // What happened with them.
    m_events.clear();
    m_surveys.clear();
    m_complaints.clear();
    planPurchases(segment, owner);
    planContacts(segment, owner);
    planComplaints(segment, owner);
    planNps();
    if (Status s = writeEvents(id); !s)
        return s;
    return writeSurveys(id, segment, owner, customerOffset);
}

void History::planPurchases(std::size_t segment, std::size_t owner)
{
    const SegmentInfo& info = kSegments[segment];
    const bool lagging = owner == kLaggingRep;
    // The first purchase makes them a customer; it happens on the day of acquisition.
    qint64 t = m_acquired + m_random.between(10 * kMinute, 4 * kHour);
    while (t < m_lifeEnd) {
        const qint64 dollars = m_random.between(info.minDollars, info.maxDollars);
        const qint64 cents = dollars * 100 + (m_random.chance(0.3) ? 99 : 0);
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

void History::planContacts(std::size_t segment, std::size_t owner)
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
                    addSurvey(t + m_random.between(kHour, 48 * kHour), Survey::Csat, static_cast<int>(SupportResponse));
                if (m_random.chance(0.30))
                    addSurvey(t + m_random.between(kHour, 48 * kHour), Survey::Ces, static_cast<int>(SupportResponse));
                break;
            default:
                e.notes = m_random.pick(kNoteNotes);
                break;
            }
            addEvent(e);
        }
    }
}

void History::planComplaints(std::size_t segment, std::size_t owner)
{
    const bool lagging = owner == kLaggingRep;
    // Story (a): after the turn complaints come more often, and more of them about delivery.
    const double surge = segment == Smb ? 0.5 : 3.0;
    qint64 t = after(m_acquired, 200.0);
    while (t < m_lifeEnd) {
        const double late = lateness(t);
        const std::size_t category = m_random.weighted(
            std::array<int, 5>{25, 15 + static_cast<int>(segment == Smb ? 10.0 * late : 150.0 * late), 25, 20, 15});
        Event e;
        e.at = t;
        e.kind = Kind::Complaint;
        e.rep = kReps[owner].id;
        e.category = kCategories[category];
        e.notes = m_random.pick(kComplaintNotes[category]);
        if (m_random.chance(lagging ? 0.86 : 0.92)) {
            const double r = m_random.unit();
            qint64 hours = r < 0.4 ? m_random.between(1, 8) : (r < 0.8 ? m_random.between(8, 48) : m_random.between(48, 240));
            if (lagging)
                hours = hours * 3 / 2;
            const qint64 resolved = t + hours * kHour + m_random.between(0, kHour - 1);
            if (resolved < m_lifeEnd)
                e.resolvedAt = resolved;
        }
        m_complaints.push_back({t, category, e.resolvedAt});
        if (e.resolvedAt) {
            if (m_random.chance(0.5))
                addSurvey(*e.resolvedAt + m_random.between(kHour, 72 * kHour), Survey::Csat, static_cast<int>(category));
            if (m_random.chance(0.2))
                addSurvey(*e.resolvedAt + m_random.between(kHour, 72 * kHour), Survey::Ces, static_cast<int>(category));
        }
        addEvent(e);
        t = after(t, 200.0 / (1.0 + surge * late));
    }
}

void History::planNps()
{
    for (qint64 t = m_acquired + m_random.between(60, 120) * kDay; t < m_lifeEnd;
         t += m_random.between(170, 190) * kDay) {
        if (m_random.chance(0.45))
            addSurvey(t, Survey::Nps, -1);
    }
}

Status History::writeEvents(qint64 customerId)
{
    std::sort(m_events.begin(), m_events.end(),
              [](const Event& a, const Event& b) { return a.at != b.at ? a.at < b.at : a.seq < b.seq; });
    for (const Event& e : m_events) {
        std::snprintf(m_externalId, sizeof m_externalId, "I-%07lld", static_cast<long long>(++m_interactionSerial));
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
        if (Status s = m_store.addInteraction(row); !s)
            return s;
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

Status History::writeSurveys(qint64 customerId, std::size_t segment, std::size_t owner, double customerOffset)
{
    std::sort(m_surveys.begin(), m_surveys.end(),
              [](const SurveyDraft& a, const SurveyDraft& b) { return a.at != b.at ? a.at < b.at : a.seq < b.seq; });
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
            category = recentCategory >= 0 && m_random.chance(0.7)
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
        const char* categoryText =
            draft.survey == Survey::Nps && !comment ? nullptr : kCategories[static_cast<std::size_t>(category)];

        std::snprintf(m_externalId, sizeof m_externalId, "S-%07lld", static_cast<long long>(++m_surveySerial));
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
        if (draft.survey == Survey::Csat && draft.at >= m_previousQuarterStart && draft.at < m_previousQuarterEnd) {
            ++m_csatPrevious;
            if (score >= 4)
                ++m_csatPreviousSatisfied;
        }
    }
    return {};
}

Status History::writeGoals()
{
    const qint64 quarterStart = toInstant(m_quarterStart);
    const qint64 quarterEnd = toInstant(m_quarterStart.addMonths(3));
    const qint64 yearStart = toInstant(QDate(m_until.year(), 1, 1));
    const qint64 yearEnd = toInstant(QDate(m_until.year() + 1, 1, 1));
    const QString quarter = QStringLiteral("%1-Q%2").arg(m_until.year()).arg((m_until.month() - 1) / 3 + 1);
    // Goals are set a couple of days into their period (never after the last day of data).
    auto createdIn = [this](qint64 periodStart) { return std::min(periodStart + 2 * kDay + 9 * kHour, m_end - kHour); };

    std::vector<DemoStore::GoalRow> goals;
    {
        DemoStore::GoalRow g;
        g.name = QStringLiteral("CSAT at 80% or better in %1").arg(quarter);
        g.metric = QStringLiteral("csat");
        g.periodStart = quarterStart;
        g.periodEnd = quarterEnd;
        g.target = 80;
        g.direction = QStringLiteral(">=");
        if (m_csatPrevious > 0)
            g.baseline = 100.0 * static_cast<double>(m_csatPreviousSatisfied) / static_cast<double>(m_csatPrevious);
        g.createdAt = createdIn(quarterStart);
        goals.push_back(g);
    }
    {
        // Revenue in currency units (as metrics report it): 12% above last year.
        const double lastYear = static_cast<double>(m_revenuePreviousYear / 100);
        DemoStore::GoalRow g;
        g.name = QStringLiteral("Revenue %1").arg(m_until.year());
        g.metric = QStringLiteral("revenue");
        g.periodStart = yearStart;
        g.periodEnd = yearEnd;
        g.target = lastYear > 0 ? static_cast<double>(static_cast<qint64>(lastYear * 1.12 / 1000.0) * 1000) : 100000.0;
        g.direction = QStringLiteral(">=");
        if (lastYear > 0)
            g.baseline = lastYear;
        g.checkInEveryDays = 30;
        g.createdAt = createdIn(yearStart);
        goals.push_back(g);
    }
    {
        DemoStore::GoalRow g;
        g.name = QStringLiteral("Churn at most 5% in %1").arg(quarter);
        g.metric = QStringLiteral("churn_rate");
        g.periodStart = quarterStart;
        g.periodEnd = quarterEnd;
        g.target = 5;
        g.direction = QStringLiteral("<=");
        if (m_customersAtPreviousQuarterStart > 0)
            g.baseline = 100.0 * static_cast<double>(m_churnedInPreviousQuarter) /
                         static_cast<double>(m_customersAtPreviousQuarterStart);
        g.createdAt = createdIn(quarterStart);
        goals.push_back(g);
    }
    {
        DemoStore::GoalRow g;
        g.name = QStringLiteral("Follow up on 70% of purchases within 14 days (%1)").arg(QLatin1String(kReps[kLaggingRep].name));
        g.metric = QStringLiteral("follow_up_rate");
        g.scopeKind = QStringLiteral("rep");
        g.scopeValue = QString::fromLatin1(kReps[kLaggingRep].id);
        g.periodStart = quarterStart;
        g.periodEnd = quarterEnd;
        g.target = 70;
        g.direction = QStringLiteral(">=");
        g.checkInEveryDays = 7;
        g.createdAt = createdIn(quarterStart);
        goals.push_back(g);
    }
    for (const DemoStore::GoalRow& g : goals) {
        if (Status s = m_store.addGoal(g); !s)
            return s;
        ++m_summary.goals;
    }
    return {};
}

DemoSummary cancelledSummary()
{
    DemoSummary summary;
    summary.cancelled = true;
    return summary;
}

} // namespace

DemoGenerator::DemoGenerator(const Clock& clock) : m_clock(clock) {}

QString DemoGenerator::laggingRepId()
{
    return QString::fromLatin1(kReps[kLaggingRep].id);
}

Result<DemoSummary> DemoGenerator::generate(Database& db, const DemoOptions& requested, const Progress& progress) const
{
    DemoOptions options = requested;
    if (options.customers < 1)
        return Error::make(QStringLiteral("The number of demo customers must be at least 1 (got %1).")
                               .arg(options.customers));
    if (!options.until.isValid())
        options.until = m_clock.nowUtc().toUTC().date();

    DemoStore store(db);
    if (Status s = store.begin(); !s)
        return s.error();

    DemoSummary summary;
    History history(options, store, summary);
    if (Status s = history.writeReps(); !s)
        return s.error();

    // Progress counts customers, plus a share for rebuilding the indexes at the end (about
    // a fifth of the run's time for big runs), so a progress bar does not sit at 100%.
    const qint64 customers = options.customers;
    const qint64 total = customers + std::max<qint64>(1, customers / 4);
    auto cancelled = [&](qint64 done) { return progress && !progress(done, total); };
    if (cancelled(0)) {
        store.rollback();
        return cancelledSummary();
    }
    for (qint64 id = 1; id <= customers; ++id) {
        if (Status s = history.writeCustomer(id); !s)
            return s.error(); // the store rolls back as it goes out of scope
        if ((id % 256 == 0 || id == customers) && cancelled(id)) {
            store.rollback();
            return cancelledSummary();
        }
    }
    if (Status s = history.writeGoals(); !s)
        return s.error();
    if (Status s = store.rebuildIndexes(); !s)
        return s.error();
    if (cancelled(total)) {
        store.rollback();
        return cancelledSummary();
    }
    if (Status s = store.commit(); !s)
        return s.error();
    return summary;
}

} // namespace rapport::core
