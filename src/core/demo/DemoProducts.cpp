#include "demo/DemoProducts.h"

#include <cstring>

namespace rapport::core::demo {
namespace {

bool sameText(const char* a, const char* b)
{
    return a && b && std::strcmp(a, b) == 0;
}

} // namespace

std::size_t DemoProducts::productFor(const char* purchaseCategory, std::size_t segment, qint64 t)
{
    std::array<int, kProducts.size()> weights{};
    for (std::size_t i = 0; i < kProducts.size(); ++i) {
        const ProductInfo& p = kProducts[i];
        // The second scanner replaced the first when that one was retired.
        const bool sold =
            i == kRetiredProduct ? t < m_retiredAt : (i != kSuccessorProduct || t >= m_retiredAt);
        if (sold && std::strcmp(p.purchases, purchaseCategory) == 0)
            weights[i] = p.weight[segment];
    }
    return m_random.weighted(weights);
}

bool DemoProducts::complainedAboutSlip(const std::vector<Event>& events, qint64 from, qint64 to) const
{
    for (const Event& e : events)
        if (e.kind == Kind::Complaint && e.product == static_cast<int>(kSlippingProduct) && e.at >= from &&
            e.at < to)
            return true;
    return false;
}

void DemoProducts::nameProducts(std::vector<Event>& events, std::vector<ComplaintMark>& complaints,
                                std::size_t segment, const char* rep, qint64 lifeEnd)
{
    m_bought.clear();
    const std::size_t planned = events.size();
    for (std::size_t i = 0; i < planned; ++i) {
        Event& e = events[i];
        if (e.kind == Kind::Purchase && e.amountCents && *e.amountCents >= 0) {
            e.product = static_cast<int>(productFor(e.category, segment, e.at));
            m_bought.emplace_back(e.at, e.product);
        }
    }
    // A refund names what it gives money back for: the latest purchase before it.
    for (std::size_t i = 0; i < planned; ++i) {
        Event& e = events[i];
        if (e.kind != Kind::Purchase || e.product >= 0)
            continue;
        for (const auto& [at, product] : m_bought)
            if (at <= e.at)
                e.product = product;
    }
    // What a complaint or support contact is about: something bought in the year before,
    // more often named for quality than for delivery or billing.
    for (std::size_t i = 0; i < planned; ++i) {
        Event& e = events[i];
        double named = 0;
        if (e.kind == Kind::Support)
            named = 0.7;
        else if (e.kind == Kind::Complaint)
            // By text, not by pointer: each file has its own copy of kCategories' literals, which
            // the linker merges only in some builds (not under AddressSanitizer).
            named = sameText(e.category, kCategories[ProductQuality]) ? 1.0
                    : sameText(e.category, kCategories[Delivery])     ? 0.2
                                                                      : 0.4;
        if (named <= 0 || !m_random.chance(named))
            continue;
        int candidates = 0;
        bool hasSlipping = false;
        for (const auto& [at, product] : m_bought)
            if (at <= e.at && e.at - at <= 365 * kDay) {
                ++candidates;
                hasSlipping = hasSlipping || product == static_cast<int>(kSlippingProduct);
            }
        if (candidates == 0)
            continue;
        // Story (d): the slipping product draws more of its owners' quality complaints.
        if (e.kind == Kind::Complaint && hasSlipping && m_random.chance(0.6 * slip(e.at))) {
            e.product = static_cast<int>(kSlippingProduct);
            continue;
        }
        qint64 pick = m_random.between(0, candidates - 1);
        for (const auto& [at, product] : m_bought)
            if (at <= e.at && e.at - at <= 365 * kDay && pick-- == 0) {
                e.product = product;
                break;
            }
    }
    // Story (d): after the slip starts, many units of the product fail within weeks.
    for (const auto& [at, product] : m_bought) {
        if (product != static_cast<int>(kSlippingProduct) || !m_random.chance(0.05 + 0.75 * slip(at)))
            continue;
        const qint64 t = at + m_random.between(3, 40) * kDay + m_random.between(0, 8 * kHour);
        if (t >= lifeEnd)
            continue;
        Event e;
        e.at = t;
        e.kind = Kind::Complaint;
        e.rep = rep;
        e.category = kCategories[ProductQuality];
        e.notes = kComplaintNotes[ProductQuality][static_cast<std::size_t>(m_random.between(0, 2))];
        e.product = static_cast<int>(kSlippingProduct);
        if (m_random.chance(0.9)) {
            const qint64 resolved = t + m_random.between(4, 120) * kHour;
            if (resolved < lifeEnd)
                e.resolvedAt = resolved;
        }
        e.seq = static_cast<int>(events.size());
        events.push_back(e);
        complaints.push_back({t, ProductQuality, e.resolvedAt});
    }
}

std::optional<qint64> DemoProducts::leavesOverQuality(const std::vector<Event>& events, qint64 cutoff)
{
    for (const Event& e : events) {
        if (e.kind != Kind::Complaint || e.product != static_cast<int>(kSlippingProduct) ||
            e.at < m_slipStart)
            continue;
        if (m_random.chance(0.55)) {
            const qint64 at = e.at + m_random.between(7, 60) * kDay + m_random.between(0, 8 * kHour);
            return at < cutoff ? std::optional<qint64>(at) : std::nullopt;
        }
    }
    return std::nullopt;
}

const char* DemoProducts::reasonFor(const std::vector<Event>& events, qint64 churnedAt, bool laggingRep)
{
    if (complainedAboutSlip(events, churnedAt - 180 * kDay, churnedAt) && m_random.chance(0.85))
        return kReasons[ProductQualityReason];
    const std::array<int, 6> weights{20, 6, laggingRep ? 40 : 16, 12, 20, 16};
    return kReasons[m_random.weighted(weights)];
}

std::optional<Event> DemoProducts::comeBack(const std::vector<Event>& events, qint64 churnedAt,
                                            const char* reason, std::size_t segment, const char* rep,
                                            qint64 cutoff)
{
    const double p = reason == kReasons[Moved] ? 0.0 : reason == kReasons[Price] ? 0.2 : 0.1;
    if (!m_random.chance(p))
        return std::nullopt;
    const qint64 at = churnedAt + m_random.between(10, 175) * kDay + m_random.between(0, 8 * kHour);
    if (at >= cutoff)
        return std::nullopt;
    Event e;
    e.at = at;
    e.kind = Kind::Purchase;
    e.rep = rep;
    e.category = m_random.pick(kPurchaseCategories);
    e.amountCents = m_random.between(kSegments[segment].minDollars, kSegments[segment].maxDollars) * 100;
    e.product = static_cast<int>(productFor(e.category, segment, at));
    e.seq = static_cast<int>(events.size());
    return e;
}

} // namespace rapport::core::demo
