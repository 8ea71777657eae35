#pragma once

// The product story of the demo history (issue 19): a catalogue, the product each purchase,
// complaint and support contact names, one product whose quality slips over the last months,
// the reasons churners give and the few who come back. Everything here draws from a random
// stream of its own, so the records the other stories pin down stay as they were; only the
// slipping product's extra complaints, the customers they drive away and the returns are new.

#include "demo/DemoData.h"
#include "demo/DemoRandom.h"

#include <array>
#include <optional>
#include <vector>

namespace rapport::core::demo {

struct ProductInfo
{
    const char* externalId;
    const char* name;
    const char* category;  // the catalogue's category
    const char* purchases; // the purchase category (kPurchaseCategories) it is sold under
    bool active;
    std::array<int, 4> weight; // how often each segment buys it within its purchase category
};

// Our own names. The counter terminal is the one whose quality slips; the first scanner
// was retired a year before the end and is only bought before then.
constexpr std::array<ProductInfo, 9> kProducts{{
    {"P-LEDGER", "Ledger Cloud", "software", "licences", true, {6, 5, 3, 4}},
    {"P-LEDGER-PRO", "Ledger Cloud Pro", "software", "licences", true, {1, 4, 6, 5}},
    {"P-TERMINAL", "Counter Terminal T5", "hardware", "hardware", true, {8, 3, 2, 2}},
    {"P-SCANNER2", "Field Scanner S2", "hardware", "hardware", true, {2, 4, 4, 4}},
    {"P-PRINTER", "Label Printer L1", "hardware", "hardware", true, {2, 3, 3, 3}},
    {"P-SETUP", "Setup and Migration", "services", "services", true, {3, 4, 4, 4}},
    {"P-CARE", "Care Plan", "services", "services", true, {3, 3, 5, 4}},
    {"P-TRAINING", "Team Training Day", "training", "training", true, {1, 1, 1, 1}},
    {"P-SCANNER1", "Field Scanner S1", "hardware", "hardware", false, {2, 3, 3, 3}},
}};
constexpr std::size_t kSlippingProduct = 2;
constexpr std::size_t kRetiredProduct = 8;
constexpr std::size_t kSuccessorProduct = 3; // sold from the retirement on
constexpr int kSlipDays = 240;               // the slip starts this long before the end (about eight months)
constexpr int kRetiredDays = 365;            // the retired product is not sold after this long before the end

// Churn reasons (keys as interchange.md normalises them); "unknown" is stored as no reason.
enum Reason : std::size_t { Price, ProductQualityReason, Service, Moved, Competitor, UnknownReason };
constexpr std::array<const char*, 6> kReasons{"price", "product_quality", "service",
                                              "moved", "competitor",      nullptr};

class DemoProducts
{
public:
    DemoProducts(quint64 seed, qint64 end)
        : m_random(seed ^ kStream), m_end(end), m_slipStart(end - kSlipDays * kDay),
          m_retiredAt(end - kRetiredDays * kDay)
    {
    }

    // 0 before the slip, rising to 1 at the end.
    double slip(qint64 t) const
    {
        return t < m_slipStart
                   ? 0.0
                   : static_cast<double>(t - m_slipStart) / static_cast<double>(m_end - m_slipStart);
    }

    // Names a product on the purchases, complaints and support contacts of `events` (one
    // customer's, in planning order) and adds the slipping product's quality complaints.
    // Added complaints are appended to `events` and `complaints`; they end before `lifeEnd`.
    void nameProducts(std::vector<Event>& events, std::vector<ComplaintMark>& complaints, std::size_t segment,
                      const char* rep, qint64 lifeEnd);
    // A customer who complained about the slipping product may leave because of it: the
    // moment they leave, or nothing.
    std::optional<qint64> leavesOverQuality(const std::vector<Event>& events, qint64 cutoff);
    // The reason a customer leaving at `churnedAt` gives (null: unknown).
    const char* reasonFor(const std::vector<Event>& events, qint64 churnedAt, bool laggingRep);
    // A churner who comes back: their first purchase after leaving (within 180 days, before
    // `cutoff`), or nothing. `seq` is the event's insertion number.
    std::optional<Event> comeBack(const std::vector<Event>& events, qint64 churnedAt, const char* reason,
                                  std::size_t segment, const char* rep, qint64 cutoff);

private:
    static constexpr quint64 kStream = 0x70726f6475637473ULL; // "products"
    std::size_t productFor(const char* purchaseCategory, std::size_t segment, qint64 t);
    bool complainedAboutSlip(const std::vector<Event>& events, qint64 from, qint64 to) const;

    DemoRandom m_random;
    qint64 m_end = 0;
    qint64 m_slipStart = 0;
    qint64 m_retiredAt = 0;
    std::vector<std::pair<qint64, int>> m_bought; // per customer: (time, product) of purchases
};

} // namespace rapport::core::demo
