#include "CliTestSupport.h"
#include "TestSupport.h"
#include "domain/Customer.h"
#include "domain/Interaction.h"
#include "domain/KpiGoal.h"
#include "domain/Rep.h"
#include "domain/SurveyResponse.h"
#include "storage/CustomerRepository.h"
#include "storage/GoalRepository.h"
#include "storage/InteractionRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

using namespace rapport;
using Catch::Detail::Approx;
using core::InteractionKind;
using test::parseJson;
using test::runCli;
using test::utc;

namespace {

// A: rep r1, segment smb; B: rep r2, segment enterprise, churned mid-August.
// Q3 2026: A buys 100.00 (Jul 10) and 50.50 (Aug 1); B buys 20.00 (Jul 15) and gets 5.00 back.
struct CliBook
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("metrics.sqlite"));

    CliBook()
    {
        auto db = test::openOrFail(path);
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r1"), QStringLiteral("One"), core::RepRole::Rep}));
        REQUIRE_OK(core::RepRepository(*db).insert(
            {QStringLiteral("r2"), QStringLiteral("Two"), core::RepRole::Rep}));
        core::Customer a{0,
                         QStringLiteral("A"),
                         QStringLiteral("A"),
                         {},
                         {},
                         {},
                         QStringLiteral("smb"),
                         QStringLiteral("r1"),
                         utc("2026-01-01T00:00:00Z"),
                         {}};
        core::Customer b{0,
                         QStringLiteral("B"),
                         QStringLiteral("B"),
                         {},
                         {},
                         {},
                         QStringLiteral("enterprise"),
                         QStringLiteral("r2"),
                         utc("2026-01-01T00:00:00Z"),
                         utc("2026-08-15T00:00:00Z")};
        REQUIRE_OK(core::CustomerRepository(*db).insert(a));
        REQUIRE_OK(core::CustomerRepository(*db).insert(b));
        auto add = [&](qint64 customer, InteractionKind kind, const char* at, std::optional<qint64> cents,
                       const char* category = "") {
            core::Interaction i;
            i.customerId = customer;
            i.kind = kind;
            i.occurredAt = utc(at);
            i.amountCents = cents;
            i.category = QString::fromLatin1(category);
            REQUIRE_OK(core::InteractionRepository(*db).insert(i));
        };
        add(a.id, InteractionKind::Purchase, "2026-07-10T00:00:00Z", 10000);
        add(a.id, InteractionKind::Purchase, "2026-08-01T00:00:00Z", 5050);
        add(b.id, InteractionKind::Purchase, "2026-07-15T00:00:00Z", 2000);
        add(b.id, InteractionKind::Purchase, "2026-07-20T00:00:00Z", -500);
        add(b.id, InteractionKind::Complaint, "2026-07-05T00:00:00Z", std::nullopt, "billing");
        core::SurveyResponse good{0,  {}, a.id, core::SurveyKind::Csat, 5, utc("2026-07-02T00:00:00Z"),
                                  {}, {}};
        core::SurveyResponse bad{0, {}, b.id, core::SurveyKind::Csat, 2, utc("2026-07-03T00:00:00Z"), {}, {}};
        REQUIRE_OK(core::SurveyRepository(*db).insert(good));
        REQUIRE_OK(core::SurveyRepository(*db).insert(bad));
    }
};

} // namespace

TEST_CASE("metrics --format json prints every key of the contract with money in currency units and nulls",
          "[cli][metrics]")
{
    CliBook book;
    const auto run =
        runCli(book.path, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject o = parseJson(run.out);
    for (const char* key : {"csat",
                            "csat_mean",
                            "nps",
                            "ces",
                            "responses",
                            "customers_start",
                            "customers_end",
                            "customers_new",
                            "customers_churned",
                            "customers_active",
                            "retention_rate",
                            "churn_rate",
                            "revenue",
                            "revenue_per_customer",
                            "revenue_per_paying_customer",
                            "repeat_purchase_rate",
                            "follow_up_rate",
                            "complaints",
                            "complaint_rate",
                            "complaints_by_category",
                            "resolution_hours_median",
                            "open_complaints",
                            "period",
                            "scope"}) {
        INFO(key);
        CHECK(o.contains(QString::fromLatin1(key)));
    }
    // 100.00 + 50.50 + 20.00 - 5.00 = 165.50.
    CHECK(o[QStringLiteral("revenue")].toDouble() == Approx(165.5));
    // Both customers were there at the start; B churned: E = 1, N = 0 -> 100 * 1 / 2.
    CHECK(o[QStringLiteral("customers_start")].toInt() == 2);
    CHECK(o[QStringLiteral("retention_rate")].toDouble() == Approx(50.0));
    CHECK(o[QStringLiteral("revenue_per_customer")].toDouble() == Approx(82.75));        // 165.50 / 2 active
    CHECK(o[QStringLiteral("revenue_per_paying_customer")].toDouble() == Approx(82.75)); // 165.50 / 2 paying
    CHECK(o[QStringLiteral("repeat_purchase_rate")].toDouble() == Approx(50.0));         // A only
    CHECK(o[QStringLiteral("follow_up_rate")].toDouble() == 0.0); // 3 purchases, no follow-up
    CHECK(o[QStringLiteral("csat")].toDouble() == Approx(50.0));
    CHECK(o[QStringLiteral("nps")].isNull());
    CHECK(o[QStringLiteral("resolution_hours_median")].isNull());
    CHECK(o[QStringLiteral("open_complaints")].toInt() == 1);
    CHECK(o[QStringLiteral("complaint_rate")].toDouble() == Approx(50.0));
    CHECK(o[QStringLiteral("responses")].toObject()[QStringLiteral("csat")].toInt() == 2);
    CHECK(o[QStringLiteral("responses")].toObject()[QStringLiteral("nps")].toInt() == 0);
    CHECK(o[QStringLiteral("complaints_by_category")].toObject()[QStringLiteral("billing")].toInt() == 1);
    const QJsonObject period = o[QStringLiteral("period")].toObject();
    CHECK(period[QStringLiteral("start")].toString() == QStringLiteral("2026-07-01T00:00:00Z"));
    CHECK(period[QStringLiteral("end")].toString() == QStringLiteral("2026-10-01T00:00:00Z"));
    CHECK(o[QStringLiteral("scope")].toObject()[QStringLiteral("kind")].toString() == QStringLiteral("all"));

    const auto rep =
        runCli(book.path, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                           QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    REQUIRE(rep.exitCode == 0);
    const QJsonObject r1 = parseJson(rep.out);
    CHECK(r1[QStringLiteral("revenue")].toDouble() == Approx(150.5));
    CHECK(r1[QStringLiteral("scope")].toObject()[QStringLiteral("value")].toString() == QStringLiteral("r1"));
}

TEST_CASE("metrics as a table shows the period next to the previous one", "[cli][metrics]")
{
    CliBook book;
    const auto run =
        runCli(book.path, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q3")});
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2026-Q2")));
    CHECK(run.out.contains(QStringLiteral("165.50")));
    CHECK(run.out.contains(QStringLiteral("complaints_by_category.billing")));
}

TEST_CASE(
    "metrics refuses a bad period, two scopes or a bad format with exit 2 and a missing file with exit 1",
    "[cli][metrics]")
{
    CliBook book;
    const auto bad =
        runCli(book.path, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q5")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("not a period")));
    CHECK(bad.err.contains(QStringLiteral("Usage:")));
    CHECK(runCli(book.path, {QStringLiteral("metrics")}).exitCode == 2);
    CHECK(runCli(book.path, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
                             QStringLiteral("--rep"), QStringLiteral("r1"), QStringLiteral("--segment"),
                             QStringLiteral("smb")})
              .exitCode == 2);
    CHECK(runCli(book.path, {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026"),
                             QStringLiteral("--format"), QStringLiteral("xml")})
              .exitCode == 2);
    const auto missing =
        runCli(book.dir.filePath(QStringLiteral("nope.sqlite")),
               {QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026")});
    CHECK(missing.exitCode == 1);
}

TEST_CASE("trend prints one point per month in json and csv, null or empty where there is no data",
          "[cli][trend]")
{
    CliBook book;
    const auto json =
        runCli(book.path, {QStringLiteral("trend"), QStringLiteral("revenue"), QStringLiteral("--from"),
                           QStringLiteral("2026-07"), QStringLiteral("--to"), QStringLiteral("2026-09"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = parseJson(json.out);
    CHECK(o[QStringLiteral("metric")].toString() == QStringLiteral("revenue"));
    CHECK(o[QStringLiteral("by")].toString() == QStringLiteral("month"));
    const QJsonArray points = o[QStringLiteral("points")].toArray();
    REQUIRE(points.size() == 3);
    const QJsonObject july = points[0].toObject();
    CHECK(july[QStringLiteral("period")].toString() == QStringLiteral("2026-07"));
    CHECK(july[QStringLiteral("start")].toString() == QStringLiteral("2026-07-01T00:00:00Z"));
    CHECK(july[QStringLiteral("end")].toString() == QStringLiteral("2026-08-01T00:00:00Z"));
    CHECK(july[QStringLiteral("value")].toDouble() == Approx(115.0)); // 100 + 20 - 5
    CHECK(points[1].toObject()[QStringLiteral("value")].toDouble() == Approx(50.5));
    CHECK(points[2].toObject()[QStringLiteral("value")].toDouble() == 0.0);

    const auto csv =
        runCli(book.path, {QStringLiteral("trend"), QStringLiteral("csat"), QStringLiteral("--from"),
                           QStringLiteral("2026-Q3"), QStringLiteral("--to"), QStringLiteral("2026-Q4"),
                           QStringLiteral("--by"), QStringLiteral("quarter"), QStringLiteral("--format"),
                           QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out == QStringLiteral("period,start,end,value\n"
                                    "2026-Q3,2026-07-01T00:00:00Z,2026-10-01T00:00:00Z,50\n"
                                    "2026-Q4,2026-10-01T00:00:00Z,2027-01-01T00:00:00Z,\n"));

    CHECK(runCli(book.path, {QStringLiteral("trend"), QStringLiteral("happiness"), QStringLiteral("--from"),
                             QStringLiteral("2026-07"), QStringLiteral("--to"), QStringLiteral("2026-09")})
              .exitCode == 2);
    CHECK(runCli(book.path, {QStringLiteral("trend"), QStringLiteral("csat"), QStringLiteral("--from"),
                             QStringLiteral("2026-07"), QStringLiteral("--to"), QStringLiteral("2026-09"),
                             QStringLiteral("--by"), QStringLiteral("week")})
              .exitCode == 2);
}

TEST_CASE("cohorts prints each cohort's size and retention, and wants months", "[cli][cohorts]")
{
    CliBook book;
    const auto run =
        runCli(book.path, {QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("2026-07"),
                           QStringLiteral("--to"), QStringLiteral("2026-08"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonObject cohorts = parseJson(run.out)[QStringLiteral("cohorts")].toObject();
    // July: A and B first bought in July; only A bought again in August (the last month with data).
    const QJsonObject july = cohorts[QStringLiteral("2026-07")].toObject();
    CHECK(july[QStringLiteral("size")].toInt() == 2);
    const QJsonArray retention = july[QStringLiteral("retention")].toArray();
    REQUIRE(retention.size() == 2);
    CHECK(retention[0].toDouble() == 100.0);
    CHECK(retention[1].toDouble() == Approx(50.0));
    CHECK(cohorts[QStringLiteral("2026-08")].toObject()[QStringLiteral("size")].toInt() == 0);

    const auto csv =
        runCli(book.path, {QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("2026-07"),
                           QStringLiteral("--to"), QStringLiteral("2026-07"), QStringLiteral("--format"),
                           QStringLiteral("csv")});
    REQUIRE(csv.exitCode == 0);
    CHECK(csv.out == QStringLiteral("cohort,size,m0,m1\n2026-07,2,100,50\n"));
    CHECK(runCli(book.path, {QStringLiteral("cohorts"), QStringLiteral("--from"), QStringLiteral("2026-Q3"),
                             QStringLiteral("--to"), QStringLiteral("2026-08")})
              .exitCode == 2);
}

TEST_CASE("goals lists each goal with its value and status", "[cli][goals]")
{
    CliBook book;
    {
        auto db = test::openOrFail(book.path);
        core::GoalRepository goals(*db);
        // Q3 2026 is over by the time these tests run (the CLI uses the system clock).
        core::KpiGoal revenue;
        revenue.name = QStringLiteral("Q3 revenue");
        revenue.metric = QStringLiteral("revenue");
        revenue.periodStart = utc("2026-07-01T00:00:00Z");
        revenue.periodEnd = utc("2026-10-01T00:00:00Z");
        revenue.target = 150;
        revenue.createdAt = utc("2026-06-01T00:00:00Z");
        REQUIRE_OK(goals.insert(revenue));
        core::KpiGoal complaints = revenue;
        complaints.name = QStringLiteral("No complaints");
        complaints.metric = QStringLiteral("complaints");
        complaints.target = 0;
        complaints.direction = QStringLiteral("<=");
        REQUIRE_OK(goals.insert(complaints));
    }
    const auto run =
        runCli(book.path, {QStringLiteral("goals"), QStringLiteral("--period"), QStringLiteral("2026-Q3"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    REQUIRE(run.exitCode == 0);
    const QJsonArray goals = parseJson(run.out)[QStringLiteral("goals")].toArray();
    REQUIRE(goals.size() == 2);
    CHECK(goals[0].toObject()[QStringLiteral("value")].toDouble() == Approx(165.5));
    CHECK(goals[0].toObject()[QStringLiteral("status")].toString() == QStringLiteral("met"));
    CHECK(goals[1].toObject()[QStringLiteral("status")].toString() ==
          QStringLiteral("missed")); // one complaint
    const auto table = runCli(book.path, {QStringLiteral("goals")});
    CHECK(table.exitCode == 0);
    CHECK(table.out.contains(QStringLiteral("Q3 revenue")));
    const auto none =
        runCli(book.path, {QStringLiteral("goals"), QStringLiteral("--period"), QStringLiteral("2020")});
    CHECK(none.out.contains(QStringLiteral("No goals")));
    CHECK(runCli(book.path, {QStringLiteral("goals"), QStringLiteral("--period"), QStringLiteral("soon")})
              .exitCode == 2);
}

TEST_CASE("a goal on an unknown metric is reported on stderr while the others are still listed, exit 1",
          "[cli][goals]")
{
    CliBook book;
    {
        auto db = test::openOrFail(book.path);
        core::KpiGoal good;
        good.name = QStringLiteral("Q3 revenue");
        good.metric = QStringLiteral("revenue");
        good.periodStart = utc("2026-07-01T00:00:00Z");
        good.periodEnd = utc("2026-10-01T00:00:00Z");
        good.target = 150;
        good.createdAt = utc("2026-06-01T00:00:00Z");
        REQUIRE_OK(core::GoalRepository(*db).insert(good));
        core::KpiGoal odd = good;
        odd.name = QStringLiteral("Happiness");
        odd.metric = QStringLiteral("happiness");
        REQUIRE_OK(core::GoalRepository(*db).insert(odd));
    }
    const auto run =
        runCli(book.path, {QStringLiteral("goals"), QStringLiteral("--format"), QStringLiteral("json")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("happiness")));
    const QJsonArray goals = parseJson(run.out)[QStringLiteral("goals")].toArray();
    REQUIRE(goals.size() == 1);
    CHECK(goals[0].toObject()[QStringLiteral("status")].toString() == QStringLiteral("met"));
}

TEST_CASE("metrics as a table follows the locale and shows the book's currency, while JSON stays locale-free",
          "[cli][metrics][currency]")
{
    CliBook book;
    const QStringList table{QStringLiteral("metrics"), QStringLiteral("--period"), QStringLiteral("2026-Q3")};
    const QStringList json = table + QStringList{QStringLiteral("--format"), QStringLiteral("json")};
    const QString nbsp = QString(QChar(0x00A0));
    const QStringList german{QStringLiteral("LC_ALL=de_DE.UTF-8")};

    // No currency yet: plain numbers, and the footer says why.
    const auto bare = test::runCliWithEnv(book.path, table, german);
    REQUIRE(bare.exitCode == 0);
    CHECK(bare.out.contains(QStringLiteral(" 165,50 ")));
    CHECK_FALSE(bare.out.contains(QStringLiteral("€")));
    CHECK(bare.out.contains(QStringLiteral("noch keine Währung"))); // the footer, in German
    const auto jsonBefore = runCli(book.path, json);
    REQUIRE(jsonBefore.exitCode == 0);

    const auto set =
        runCli(book.path, {QStringLiteral("init"), QStringLiteral("--currency"), QStringLiteral("EUR")});
    REQUIRE(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("Currency: EUR")));

    const auto de = test::runCliWithEnv(book.path, table, german);
    REQUIRE(de.exitCode == 0);
    INFO(de.out.toStdString());
    // 165.50 in German with the euro sign after a no-break space; rates with a decimal comma.
    CHECK(de.out.contains(QStringLiteral("165,50") + nbsp + QStringLiteral("€")));
    CHECK(de.out.contains(QStringLiteral("50,0")));
    CHECK_FALSE(de.out.contains(QStringLiteral("165.50")));
    CHECK(de.out.contains(QStringLiteral("Beträge in EUR")));
    CHECK_FALSE(de.out.contains(QStringLiteral("currency units")));

    const auto us = test::runCliWithEnv(book.path, table, {QStringLiteral("LC_ALL=en_US.UTF-8")});
    REQUIRE(us.exitCode == 0);
    CHECK(us.out.contains(QStringLiteral("€165.50")));

    // JSON is the same in every locale and before and after the currency: numbers, no symbol.
    const auto jsonGerman = test::runCliWithEnv(book.path, json, german);
    REQUIRE(jsonGerman.exitCode == 0);
    CHECK(jsonGerman.out == jsonBefore.out);
    CHECK(jsonGerman.out.contains(QStringLiteral("165.5")));
    CHECK_FALSE(jsonGerman.out.contains(QStringLiteral("€")));

    const auto info = runCli(book.path, {QStringLiteral("info")});
    CHECK(info.out.contains(QStringLiteral("currency: EUR")));
}

TEST_CASE("init and demo refuse a currency that is not a known ISO 4217 code", "[cli][currency]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("book.sqlite"));
    for (const char* bad : {"eur", "EURO", "ZZZ"}) {
        INFO(bad);
        const auto init =
            runCli(path, {QStringLiteral("init"), QStringLiteral("--currency"), QString::fromLatin1(bad)});
        CHECK(init.exitCode == 2);
        CHECK_FALSE(QFileInfo::exists(path)); // refused before anything was created
        const auto demo =
            runCli(path, {QStringLiteral("demo"), QStringLiteral("--customers"), QStringLiteral("5"),
                          QStringLiteral("--currency"), QString::fromLatin1(bad)});
        CHECK(demo.exitCode == 2);
    }
    const auto created = runCli(path, {QStringLiteral("init")});
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("No currency yet")));
    CHECK(runCli(path, {QStringLiteral("info")}).out.contains(QStringLiteral("currency: none")));
}
