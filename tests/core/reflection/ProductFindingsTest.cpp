#include "common/Clock.h"
#include "core/metrics/SqlBook.h"
#include "metrics/MetricsEngine.h"
#include "reflection/FindingsEngine.h"
#include "reflection/findings/FindingContext.h"
#include "reflection/findings/FindingStatistics.h"
#include "reflection/findings/ProductComplaintDetector.h"
#include "storage/Database.h"

#include <random>

// Findings by product and by churn reason (issue 19): planted changes are found, stationary
// data gives nothing, on both engines.
using namespace rapport;
using core::Finding;
using core::FindingKind;

namespace {

// Two quarters, 2026-Q2 and 2026-Q3, of 300 steady customers buying one of six products
// 1-3 times a quarter, each purchase drawing a complaint about it with p = 0.08, and of
// leavers (about 45 a quarter) giving price, service, moved or competitor. Planted in Q3:
// P3's complaint chance rises to 0.45; 40 more customers leave over price.
struct ProductWorld
{
    struct Plan
    {
        quint64 seed = 1;
        bool slippingProduct = false;
        bool priceLeavers = false;
    };

    test::SqlBook b;
    std::mt19937_64 random;

    double unit() { return static_cast<double>(random() >> 11) * (1.0 / 9007199254740992.0); }
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(random() % static_cast<quint64>(hi - lo + 1));
    }

    static QByteArray at(int quarterStartMonth, qint64 second)
    {
        return test::utc(QStringLiteral("2026-%1-01T00:00:00Z")
                             .arg(quarterStartMonth, 2, 10, QLatin1Char('0'))
                             .toLatin1()
                             .constData())
            .addSecs(second)
            .toString(Qt::ISODate)
            .toLatin1();
    }

    explicit ProductWorld(const Plan& plan) : random(plan.seed)
    {
        core::WriteTransaction tx(*b.db);
        REQUIRE_OK(tx.begun());
        for (int p = 1; p <= 6; ++p)
            b.product(QStringLiteral("P%1").arg(p).toLatin1().constData(),
                      QStringLiteral("Product %1").arg(p).toLatin1().constData());
        constexpr qint64 kQuarter = 91LL * 86400 - 1;
        for (int i = 0; i < 300; ++i) {
            const QByteArray id = QStringLiteral("C%1").arg(i).toLatin1();
            b.customer(id.constData(), i % 2 ? "r1" : "r2", "smb");
            for (int month : {4, 7}) {
                const int purchases = static_cast<int>(between(1, 3));
                for (int k = 0; k < purchases; ++k) {
                    const int product = static_cast<int>(between(1, 6));
                    const QByteArray pid = QStringLiteral("P%1").arg(product).toLatin1();
                    const qint64 t = between(0, kQuarter - 86400 * 20);
                    b.purchase(id.constData(), at(month, t).constData(), 10000, pid.constData());
                    const double p = plan.slippingProduct && month == 7 && product == 3 ? 0.45 : 0.08;
                    if (unit() < p)
                        b.interaction(id.constData(), "complaint",
                                      at(month, t + between(3600, 86400 * 19)).constData(), std::nullopt,
                                      pid.constData());
                }
            }
        }
        static constexpr const char* kReasons[] = {"price", "service", "moved", "competitor"};
        int leaver = 0;
        for (int month : {4, 7}) {
            const int count = 45 + (plan.priceLeavers && month == 7 ? 40 : 0);
            for (int k = 0; k < count; ++k) {
                const char* reason = k >= 45 ? "price" : kReasons[between(0, 3)];
                const QByteArray id = QStringLiteral("L%1").arg(leaver++).toLatin1();
                const QByteArray when = at(month, between(0, kQuarter)).constData();
                b.customer(id.constData(), "r1", "smb", when.constData(), reason);
            }
        }
        REQUIRE_OK(tx.commit());
    }

    std::vector<Finding> findings(const core::Scope& scope = core::Scope::all())
    {
        core::FixedClock clock{test::utc("2026-11-01T00:00:00Z")};
        core::MetricsEngine metrics(*b.db, clock);
        core::FindingsEngine engine(*b.db, metrics);
        auto found = engine.find(core::Period::quarter(2026, 3), scope);
        REQUIRE_OK(found);
        return *found;
    }
};

bool isNew(FindingKind kind)
{
    return kind == FindingKind::ProductComplaints || kind == FindingKind::ProductOutlier ||
           kind == FindingKind::ChurnReason;
}

QString describe(const std::vector<Finding>& findings)
{
    QString text;
    for (const Finding& f : findings)
        text += QStringLiteral("[%1 %2 z=%3] %4\n")
                    .arg(core::toString(f.kind), f.subject)
                    .arg(f.statistic, 0, 'f', 2)
                    .arg(f.title);
    return text;
}

const Finding* findOne(const std::vector<Finding>& findings, FindingKind kind, const QString& subject)
{
    for (const Finding& f : findings)
        if (f.kind == kind && f.subject == subject)
            return &f;
    return nullptr;
}

int countNew(const std::vector<Finding>& findings)
{
    int n = 0;
    for (const Finding& f : findings)
        n += isNew(f.kind) ? 1 : 0;
    return n;
}

} // namespace

TEST_CASE("a slipping product and more price leavers are found, by product and by reason",
          "[engines][findings]")
{
    ProductWorld world({.seed = 11, .slippingProduct = true, .priceLeavers = true});
    const auto found = world.findings();
    INFO(describe(found).toStdString());
    const Finding* rising = findOne(found, FindingKind::ProductComplaints, QStringLiteral("P3"));
    REQUIRE(rising);
    CHECK(rising->title.contains(QStringLiteral("Product 3")));
    CHECK(rising->statistic >= core::FindingStatistics::kMinZ);
    REQUIRE_FALSE(rising->records.empty());
    CHECK(rising->records.front().total == static_cast<qint64>(rising->numbers.at(0).value));
    const Finding* outlier = findOne(found, FindingKind::ProductOutlier, QStringLiteral("P3"));
    REQUIRE(outlier);
    CHECK(outlier->title.contains(QStringLiteral("Product 3")));
    const Finding* price = findOne(found, FindingKind::ChurnReason, QStringLiteral("price"));
    REQUIRE(price);
    // Records: the customers who left over price in Q3, as many as the finding counts.
    CHECK(price->records.front().total == static_cast<qint64>(price->numbers.at(0).value));
    // Nothing else of these kinds: no other product, no other reason.
    CHECK(countNew(found) == 3);
}

TEST_CASE("stationary products and churn reasons give no finding by product or reason", "[engines][findings]")
{
    for (quint64 seed : {1u, 2u, 3u, 4u, 5u}) {
        ProductWorld world({.seed = seed});
        for (const core::Scope& scope : {core::Scope::all(), core::Scope::rep(QStringLiteral("r1"))}) {
            const auto found = world.findings(scope);
            INFO("seed " << seed << " " << scope.describe().toStdString() << "\n"
                         << describe(found).toStdString());
            CHECK(countNew(found) == 0);
        }
    }
}

TEST_CASE("over 60 stationary worlds the product and reason findings stay within their error rate",
          "[findings]")
{
    // A cheap error-rate check beside bench/findings_error_rates.cpp: each world runs three
    // families (products rising, a product above the rest, reasons rising) at a family-wise
    // 1% two-sided, used one-sided, so 180 families give about 0.9 false alarms expected. A bar
    // set too low (z = 2.5 instead of about 3.1) gives more than ten. Seed 125 is one: P1 drew
    // 18 complaints over 104 purchases against 29 over 509 (z = 3.9; exact binomial 0.0004).
    int alarms = 0;
    for (quint64 seed = 100; seed < 160; ++seed) {
        ProductWorld world({.seed = seed});
        const auto found = world.findings();
        if (countNew(found) > 0)
            UNSCOPED_INFO("seed " << seed << ": " << describe(found).toStdString());
        alarms += countNew(found);
    }
    CHECK(alarms <= 3);
}

TEST_CASE("the happier-but-leaving explanation names a product only when it carries the rise",
          "[engines][findings]")
{
    // Q2: P1 and P2 each 10 complaints over 100 purchases. Q3: P1 `p1`, P2 `p2` complaints.
    auto sentence = [](int p1, int p2) {
        test::SqlBook b;
        core::WriteTransaction tx(*b.db);
        REQUIRE_OK(tx.begun());
        b.product("P1", "Widget");
        b.product("P2", "Gadget");
        b.customer("A", "r1", "smb");
        for (int month : {4, 7}) {
            const QByteArray bought =
                QStringLiteral("2026-%1-02T00:00:00Z").arg(month, 2, 10, QLatin1Char('0')).toLatin1();
            for (int k = 0; k < 100; ++k) {
                b.purchase("A", bought.constData(), 100, "P1");
                b.purchase("A", bought.constData(), 100, "P2");
            }
            const QByteArray t =
                QStringLiteral("2026-%1-03T00:00:00Z").arg(month, 2, 10, QLatin1Char('0')).toLatin1();
            for (int k = 0; k < (month == 4 ? 10 : p1); ++k)
                b.interaction("A", "complaint", t.constData(), std::nullopt, "P1");
            for (int k = 0; k < (month == 4 ? 10 : p2); ++k)
                b.interaction("A", "complaint", t.constData(), std::nullopt, "P2");
        }
        REQUIRE_OK(tx.commit());
        core::FixedClock clock{test::utc("2026-11-01T00:00:00Z")};
        core::MetricsEngine metrics(*b.db, clock);
        core::findings::FindingContext c(*b.db, metrics);
        c.period = core::Period::quarter(2026, 3);
        c.previous = c.period.previous();
        auto text = core::findings::ProductComplaintDetector::carryingProduct(c, core::Scope::all());
        REQUIRE_OK(text);
        return *text;
    };
    // P1 10 -> 40 over 100 purchases each (z = (40 - 25) / sqrt(50 * 0.5 * 0.5) = 4.24), P2 steady: P1
    // carries all 30 extra complaints.
    CHECK(sentence(40, 10) ==
          QStringLiteral("Complaints about Widget carry the change: 40 in 2026-Q3 against 10 "
                         "in 2026-Q2 (40.0 instead of 10.0 per 100 purchases, z = 4.2), 30 "
                         "of the 30 extra complaints."));
    // P2 rises by 30 as well: P1 (listed first) carries exactly half: named.
    CHECK(sentence(40, 40).contains(QStringLiteral("Widget carry the change")));
    // P2 rises by 31: Gadget carries 31 of 61, more than half (z = 4.34): Gadget is named.
    CHECK(sentence(40, 41).contains(QStringLiteral("Gadget carry the change")));
    CHECK(sentence(40, 41).contains(QStringLiteral("31 of the 61 extra complaints")));
    // P2 falls to 0: a fall elsewhere does not count against P1's 30 of 30.
    CHECK(sentence(40, 0).contains(QStringLiteral("30 of the 30 extra complaints")));
    // P1 10 -> 14 carries all the rise but z = (14 - 12) / sqrt(24 / 4) = 0.82 < 3: nobody is named.
    CHECK(sentence(14, 10).isEmpty());
    // Nothing rose: nobody is named.
    CHECK(sentence(10, 10).isEmpty());
}
