#pragma once

// The fixed material of the demo history: time units, the reps, the segments, the word
// lists that names, notes and comments are drawn from, and the shapes of planned events.

#include <QtGlobal>
#include <array>
#include <optional>

namespace rapport::core::demo {

constexpr qint64 kMinute = 60;
constexpr qint64 kHour = 3600;
constexpr qint64 kDay = 86400;
constexpr int kHistoryDays = 1096; // about three years, `until` included
constexpr int kTurnDays = 183;     // story (a): the last six months

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
    int weight;        // share of customers, out of 100
    qint64 minDollars; // purchase size range
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
    "Aaron", "Bianca", "Carlos", "Dana",   "Emil",  "Fatima", "Georg",   "Hanna",   "Ivan",  "Julia",
    "Kofi",  "Lena",   "Marco",  "Nadia",  "Oscar", "Priya",  "Quentin", "Rosa",    "Samir", "Tara",
    "Umar",  "Vera",   "Wes",    "Xenia",  "Yusuf", "Zoe",    "Anders",  "Beatriz", "Chen",  "Delia",
    "Eitan", "Freya",  "Gil",    "Helena", "Idris", "Jonas",  "Keiko",   "Lucas",   "Mira",  "Nils"};
constexpr std::array<const char*, 40> kLastNames{
    "Abbott", "Bauer",  "Castro",   "Dietrich",  "Eriksen", "Fischer", "Garcia", "Hoffman",
    "Ibsen",  "Jansen", "Kowalski", "Larsen",    "Moreau",  "Nowak",   "Olsen",  "Petrov",
    "Quinn",  "Rossi",  "Sato",     "Turner",    "Ulrich",  "Varga",   "Walsh",  "Xu",
    "Young",  "Zeller", "Andrade",  "Brandt",    "Costa",   "Dubois",  "Engel",  "Ferreira",
    "Gupta",  "Haas",   "Iqbal",    "Jovanovic", "Keller",  "Lopez",   "Meyer",  "Novak"};
constexpr std::array<const char*, 24> kCompanyWords{
    "Blue",    "Granite", "Harbor", "Silver",  "Cedar",   "Summit", "Lumen",    "Copper",
    "Oak",     "Maple",   "Bright", "Falcon",  "Pioneer", "Atlas",  "Meridian", "Evergreen",
    "Redwood", "Coastal", "Iron",   "Kestrel", "Prairie", "Aurora", "Beacon",   "Crescent"};
constexpr std::array<const char*, 20> kCompanyTrades{
    "Logistics", "Foods",   "Dental",     "Robotics", "Textiles", "Analytics", "Builders",
    "Pharma",    "Media",   "Outfitters", "Energy",   "Labs",     "Furniture", "Motors",
    "Brewing",   "Clinics", "Systems",    "Print",    "Optics",   "Farms"};
constexpr std::array<const char*, 6> kCompanySuffixes{"Ltd", "Inc", "GmbH", "Group", "LLC", "& Co"};
constexpr std::array<const char*, 18> kPlaces{
    "Ashford",  "Brookfield", "Carrow",      "Dunmore",     "Elmstead",  "Fairhaven",
    "Glenbury", "Hollowell",  "Kingsbridge", "Larkfield",   "Millbrook", "Northam",
    "Oakvale",  "Pembury",    "Redcliff",    "Stonebridge", "Thornton",  "Westmere"};
constexpr std::array<const char*, 8> kPublicBodies{"City Council",    "County Council",  "Health Board",
                                                   "Water Authority", "School District", "Transit Agency",
                                                   "Fire Service",    "Public Library"};

// Complaint and survey categories.
enum Category : std::size_t {
    Billing = 0,
    Delivery = 1,
    ProductQuality = 2,
    SupportResponse = 3,
    Onboarding = 4
};
constexpr std::array<const char*, 5> kCategories{"billing", "delivery", "product-quality", "support-response",
                                                 "onboarding"};
constexpr std::array<std::array<const char*, 3>, 5> kComplaintNotes{{
    {"Disputes a line on the last invoice.", "Reports a duplicate charge.", "Asks why the price went up."},
    {"Order arrived late.", "Items missing from the shipment.", "Delivery date moved twice."},
    {"Defect found after installation.", "Product does not work as described.", "Batch quality below spec."},
    {"Unhappy with the time to first reply.", "Ticket reopened, issue not fixed.",
     "Was passed between teams."},
    {"Setup stalled for two weeks.", "Training missed their use case.", "No contact after the kickoff."},
}};
constexpr std::array<std::array<const char*, 3>, 5> kLowComments{{
    {"Invoice did not match the quote.", "Charged twice, still waiting for the credit.",
     "Hard to see what we are paying for."},
    {"Order arrived a week late.", "Shipment came incomplete again.",
     "Nobody could tell us where the parcel was."},
    {"The unit failed after two weeks.", "Quality has slipped since last year.",
     "Too many defects in the last batch."},
    {"Waited three days for a first answer.", "Had to explain the problem four times.",
     "Ticket closed without a fix."},
    {"Setup took far longer than promised.", "Training felt generic.",
     "We were left alone after the kickoff."},
}};
constexpr std::array<std::array<const char*, 3>, 5> kHighComments{{
    {"Billing is clear and on time.", "The new invoice layout is easy to check.",
     "Credit note came quickly."},
    {"Delivered on the promised day.", "Tracking worked well this time.", "Fast dispatch, nothing missing."},
    {"Solid product, does what we need.", "Our team relies on it every day.",
     "Clearly better than the old version."},
    {"Support solved it in one call.", "Quick and friendly help.", "The engineer knew exactly what to do."},
    {"Onboarding was smooth and well planned.", "Clear checklist, no surprises.",
     "The kickoff workshop paid off."},
}};
constexpr std::array<const char*, 4> kMiddleComments{"Fine overall, a few rough edges.", "Does the job.",
                                                     "Some good, some not so good.",
                                                     "An average experience this time."};

constexpr std::array<const char*, 4> kPurchaseCategories{"licences", "hardware", "services", "training"};
constexpr std::array<const char*, 2> kRefundNotes{"Refund: goods returned.", "Refund: service credit."};
constexpr std::array<const char*, 4> kSupportCategories{"how-to", "access", "bug", "integration"};
constexpr std::array<const char*, 4> kCallNotes{"Quarterly check-in call.", "Talked through upcoming needs.",
                                                "Call about the contract renewal.", "Left a voicemail."};
constexpr std::array<const char*, 4> kEmailNotes{"Sent the product update.", "Answered a pricing question.",
                                                 "Shared a case study.", "Sent the meeting notes."};
constexpr std::array<const char*, 3> kMeetingNotes{
    "Review meeting on site.", "Planning workshop with their team.", "Demo of the new features."};
constexpr std::array<const char*, 3> kSupportNotes{
    "Helped with the configuration.", "Sorted out an access problem.", "Walked them through a report."};
constexpr std::array<const char*, 4> kNoteNotes{"Budget cycle starts in autumn.",
                                                "New decision maker on their side.",
                                                "Prefers e-mail to calls.", "Looking at a competitor."};
constexpr std::array<const char*, 3> kFollowUpNotes{"Checked the order arrived well.",
                                                    "Asked how the first weeks went.",
                                                    "Follow-up on the recent purchase."};
// What a rep plans to do next with a customer (open follow-up tasks).
constexpr std::array<const char*, 8> kTaskNotes{
    "Call about the contract renewal.", "Send the revised quote.",    "Check the last delivery arrived.",
    "Book the quarterly review.",       "Ask how the training went.", "Follow up on the open ticket.",
    "Share the new price list.",        "Confirm next year's budget."};
// A task done by the follow-up interaction after a purchase.
constexpr const char* kPurchaseTaskNote = "Check in after the purchase.";

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
    int sourceSeq = -1; // a follow-up: the seq of the purchase it follows
    int product = -1;   // index into kProducts (DemoProducts.h), -1 = none
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

} // namespace rapport::core::demo
