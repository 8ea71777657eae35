#include "metrics/TeamAggregates.h"

#include "core/storage/TeamAggregatesFixture.h"
#include "metrics/DashboardCalculator.h"
#include "metrics/MetricsEngine.h"
#include "metrics/MetricsJson.h"
#include "reflection/Questionnaire.h"
#include "reflection/SelfViewComparison.h"
#include "services/CustomerService.h"
#include "storage/ServerAddress.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <set>

// A rep's login learns the team's figures only as aggregates, through the server's SECURITY
// DEFINER functions (storage/TeamAggregateSql): the team's totals and, per measure, one value
// per rep without ids or names (team.md). Hand-checked on SmallTeam (TeamAggregatesFixture.h).
namespace {

using namespace rapport;

const core::Period kQ3 = core::Period::quarter(2026, 3);

QByteArray json(const core::MetricsResult& r)
{
    QJsonObject o = core::MetricsJson::result(r);
    o.remove(QStringLiteral("scope"));
    return QJsonDocument(o).toJson();
}

// A plain QtSql connection as `login`, without any of Rapport's session set-up.
class PlainConnection
{
public:
    PlainConnection(const QString& uri, const QString& login)
    {
        auto address = core::ServerAddress::parse(test::serverUriAs(uri, login));
        REQUIRE_OK(address);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        address->applyTo(m_db);
        REQUIRE(m_db.open());
    }
    ~PlainConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    PlainConnection(const PlainConnection&) = delete;
    PlainConnection& operator=(const PlainConnection&) = delete;

    QSqlQuery run(const QString& sql)
    {
        QSqlQuery q(m_db);
        q.exec(sql);
        return q;
    }
    QVariant scalar(const QString& sql)
    {
        QSqlQuery q = run(sql);
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    QString m_name = QStringLiteral("plain_%1").arg(reinterpret_cast<quintptr>(this));
    QSqlDatabase m_db;
};

// The span of 2026-Q3 and the clock's now, as the functions take them.
QString q3Arguments()
{
    return QStringLiteral("%1, %2, %3, %4")
        .arg(kQ3.startSeconds())
        .arg(kQ3.endSeconds())
        .arg(14 * 86400)
        .arg(test::utc("2026-11-01T00:00:00Z").toSecsSinceEpoch());
}

core::AssessmentProfile profileOfR1()
{
    auto q = core::Questionnaire::crmStyle();
    REQUIRE_OK(q);
    core::Assessment a;
    a.repId = QStringLiteral("r1");
    a.instrumentId = q->id();
    a.instrumentVersion = q->version();
    a.takenAt = test::utc("2026-10-01T00:00:00Z");
    for (const auto& item : q->items())
        a.answers.insert(item.id, item.reverse ? 2 : 4);
    auto profile = core::AssessmentProfile::build(*q, a);
    REQUIRE_OK(profile);
    return *profile;
}

} // namespace

TEST_CASE("a rep login gets the team's totals from the server, equal to a manager's figures",
          "[.][server][team-aggregates]")
{
    test::SmallTeam t;
    auto rep = t.asRep();
    auto manager = t.asManager();
    const core::TeamAggregateReader reader(*rep, t.clock);
    auto session = reader.sessionRep();
    REQUIRE_OK(session);
    REQUIRE(*session == std::optional<QString>(QStringLiteral("r1")));
    auto managerSession = core::TeamAggregateReader(*manager, t.clock).sessionRep();
    REQUIRE_OK(managerSession);
    CHECK_FALSE(managerSession->has_value());

    auto aggregates = reader.read(kQ3, qint64{30} * 86400);
    REQUIRE_OK(aggregates);
    const core::MetricsResult& team = aggregates->team;
    // By hand (TeamAggregatesFixture.h).
    CHECK(team.customersStart == 5);
    CHECK(team.customersEnd == 6);
    CHECK(team.customersNew == 2);
    CHECK(team.customersChurned == 1);
    CHECK(team.customersActive == 7);
    CHECK(team.retentionRate == Approx(80.0));
    CHECK(team.churnRate == Approx(20.0));
    CHECK(team.responses.at(QStringLiteral("csat")) == 34);
    CHECK(*team.csat == Approx(2300.0 / 34.0));
    CHECK(*team.nps == Approx(100.0));
    CHECK(team.revenueCents == 120400);
    CHECK(team.purchases == 5);
    CHECK(team.payingCustomers == 4);
    CHECK(*team.repeatPurchaseRate == Approx(25.0));
    CHECK(*team.followUpRate == Approx(20.0));
    CHECK(team.followUpsStillOpen == 0);
    CHECK(team.complaints == 3);
    CHECK(team.openComplaints == 1);
    CHECK(*team.resolutionHoursMedian == Approx(13.0));
    CHECK(*team.complaintRate == Approx(300.0 / 7.0));
    CHECK(team.complaintsByCategory == std::map<QString, qint64>{{QStringLiteral("billing"), 1},
                                                                 {QStringLiteral("delivery"), 1},
                                                                 {QStringLiteral("uncategorized"), 1}});
    // Every figure of the contract, byte for byte, as the manager's engine makes them.
    auto managers = core::MetricsEngine(*manager, t.clock).compute(kQ3);
    REQUIRE_OK(managers);
    CHECK(json(team) == json(*managers));
    // The rep's own engine still sees the rep's book only.
    auto own = core::MetricsEngine(*rep, t.clock).compute(kQ3);
    REQUIRE_OK(own);
    CHECK(own->revenueCents == 14500);
}

TEST_CASE("earlier churns of customers who left again count in the team's totals as in a manager's figures",
          "[.][server][team-aggregates][leaving-again]")
{
    test::SmallTeam t;
    core::CustomerService customers(*t.admin);
    const auto update = [&](const char* externalId, auto change) {
        auto found = customers.find(t.ids.at(QString::fromLatin1(externalId)));
        REQUIRE_OK(found);
        REQUIRE(found->has_value());
        auto saved = customers.change(**found, change(**found));
        REQUIRE_OK(saved);
        REQUIRE(saved->saved);
    };
    // C5 (r2) left 08-20, is back 08-25 and leaves again 09-05; C6 (r3), back 09-15 after
    // leaving 03-01, leaves again 10-10.
    update("C5", [](const core::Customer& c) {
        return core::markedReturned(c, test::utc("2026-08-25T00:00:00Z"));
    });
    update("C5", [](const core::Customer& c) {
        return core::markedChurned(c, test::utc("2026-09-05T00:00:00Z"), QStringLiteral("price"));
    });
    update("C6", [](const core::Customer& c) {
        return core::markedChurned(c, test::utc("2026-10-10T00:00:00Z"), QStringLiteral("service"));
    });
    auto rep = t.asRep();
    auto manager = t.asManager();
    const core::TeamAggregateReader reader(*rep, t.clock);
    for (const core::Period& period :
         {core::Period::quarter(2026, 1), core::Period::quarter(2026, 2), kQ3, core::Period::quarter(2026, 4),
          core::Period::year(2026), core::Period::month(2026, 8), core::Period::month(2026, 9)}) {
        INFO(period.label().toStdString());
        auto aggregates = reader.read(period, qint64{30} * 86400);
        REQUIRE_OK(aggregates);
        auto managers = core::MetricsEngine(*manager, t.clock).compute(period);
        REQUIRE_OK(managers);
        CHECK(json(aggregates->team) == json(*managers));
    }
    // By hand, Q3: S = C1, C2, C3, C5, C7 (C6 away since 03-01); E = C1, C2, C3, C4, C6 (back
    // 09-15), C7; N = C4 and the returns of C5 and C6; churned: C5 twice; active: all seven.
    auto q3 = reader.read(kQ3, qint64{30} * 86400);
    REQUIRE_OK(q3);
    CHECK(q3->team.customersStart == 5);
    CHECK(q3->team.customersEnd == 6);
    CHECK(q3->team.customersNew == 3);
    CHECK(q3->team.customersChurned == 2);
    CHECK(q3->team.customersActive == 7);
    CHECK(*q3->team.churnRate == Approx(20.0)); // C5's first churn only
    // The earlier churns themselves are rows of their customers' owners: Rita (r1) has none.
    CHECK(PlainConnection(t.uri, t.repLogin)
              .scalar(QStringLiteral("SELECT count(*) FROM past_churns"))
              .toInt() == 0);
    CHECK(PlainConnection(t.uri, t.managerLogin)
              .scalar(QStringLiteral("SELECT count(*) FROM past_churns"))
              .toInt() == 2);
}

TEST_CASE("the team's values come one per rep, sorted, without ids or names", "[.][server][team-aggregates]")
{
    test::SmallTeam t;
    SECTION("through Rapport")
    {
        auto rep = t.asRep();
        auto aggregates = core::TeamAggregateReader(*rep, t.clock).read(kQ3, qint64{30} * 86400);
        REQUIRE_OK(aggregates);
        const std::set<QString> measures{QStringLiteral("complaint_rate"),
                                         QStringLiteral("csat"),
                                         QStringLiteral("csat_after_complaints"),
                                         QStringLiteral("follow_up_rate"),
                                         QStringLiteral("nps"),
                                         QStringLiteral("resolution_hours_median"),
                                         QStringLiteral("responses"),
                                         QStringLiteral("revenue")};
        std::set<QString> seen;
        for (const auto& [measure, values] : aggregates->reps) {
            seen.insert(measure);
            CHECK(values.size() == 3); // r1, r2 and r3; not the manager m1
        }
        CHECK(seen == measures);
        const auto valuesOf = [&](const char* measure) {
            std::vector<double> v;
            for (const core::TeamValue& e : aggregates->reps.at(QString::fromLatin1(measure)))
                v.push_back(e.value.value_or(-1));
            return v;
        };
        CHECK(valuesOf("csat") == std::vector<double>{50.0, 75.0, 80.0});
        CHECK(valuesOf("revenue") == std::vector<double>{10.0, 145.0, 999.0});
        CHECK(valuesOf("follow_up_rate") == std::vector<double>{0.0, 0.0, 50.0});
        // r3 has an open complaint only: no median.
        CHECK(valuesOf("resolution_hours_median") == std::vector<double>{-1.0, 2.0, 24.0});
        // r3 none; r2 3 of 6 (from 08-03 on); r1 8 of 10.
        CHECK(valuesOf("csat_after_complaints") == std::vector<double>{-1.0, 50.0, 80.0});
    }
    SECTION("through plain SQL, as any client of the rep's login would")
    {
        PlainConnection sql(t.uri, t.repLogin);
        QSqlQuery q = sql.run(
            QStringLiteral("SELECT * FROM rapport_team_values(%1, %2)").arg(q3Arguments()).arg(30 * 86400));
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.isActive());
        // Three columns, none of them a rep's.
        const QSqlRecord record = q.record();
        REQUIRE(record.count() == 3);
        CHECK(record.fieldName(0) == QStringLiteral("measure"));
        CHECK(record.fieldName(1) == QStringLiteral("amount"));
        CHECK(record.fieldName(2) == QStringLiteral("sample"));
        int rows = 0;
        std::vector<double> revenue;
        while (q.next()) {
            ++rows;
            const QString measure = q.value(0).toString();
            for (const char* name : {"r1", "r2", "r3", "m1", "Rita", "Rob", "Ria", "Mia"})
                CHECK_FALSE(measure.contains(QLatin1String(name)));
            if (measure == QLatin1String("revenue"))
                revenue.push_back(q.value(1).toDouble());
        }
        CHECK(rows == 8 * 3);
        CHECK(revenue == std::vector<double>{1000.0, 14500.0, 99900.0});
        // The totals: one row.
        CHECK(
            sql.scalar(QStringLiteral("SELECT revenue_cents FROM rapport_team_counts(%1)").arg(q3Arguments()))
                .toLongLong() == 120400);
        CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM rapport_team_counts(%1)").arg(q3Arguments()))
                  .toLongLong() == 1);
        // Only typed numbers come in: text is refused before anything runs.
        CHECK_FALSE(
            sql.run(QStringLiteral("SELECT * FROM rapport_team_counts('1; DROP TABLE customers', 2, 3, 4)"))
                .isActive());
        CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM rapport_team_categories(%1, %2)")
                             .arg(kQ3.startSeconds())
                             .arg(kQ3.endSeconds()))
                  .toLongLong() == 3);
    }
}

TEST_CASE("with the team functions a rep still reads no other rep's rows", "[.][server][team-aggregates]")
{
    test::SmallTeam t;
    PlainConnection sql(t.uri, t.repLogin);
    CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM customers")).toLongLong() == 2);
    CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM interactions")).toLongLong() == 5);
    CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM survey_responses")).toLongLong() == 10);
    CHECK(sql.scalar(QStringLiteral("SELECT count(*) FROM reps")).toLongLong() == 1);
    CHECK(
        sql.scalar(QStringLiteral("SELECT string_agg(external_id, ',' ORDER BY external_id) FROM customers"))
            .toString() == QStringLiteral("C1,C4"));
    // The functions belong to the team's logins: PUBLIC may not run them.
    CHECK(test::serverScalar(t.uri, "SELECT count(*) FROM pg_proc p WHERE p.proname LIKE 'rapport_team_%'"
                                    " AND has_function_privilege('public', p.oid, 'EXECUTE')") ==
          QStringLiteral("0"));
    CHECK(test::serverScalar(t.uri, "SELECT count(*) FROM pg_proc p WHERE p.proname LIKE 'rapport_team_%'"
                                    " AND p.prosecdef") == QStringLiteral("3"));
}

TEST_CASE("a rep's percentiles equal the ones a manager computes for that rep",
          "[.][server][team-aggregates]")
{
    test::SmallTeam t;
    auto rep = t.asRep();
    auto manager = t.asManager();
    const core::AssessmentProfile profile = profileOfR1();
    auto mine = core::SelfViewComparison(*rep, t.clock).compare(QStringLiteral("r1"), profile, kQ3);
    REQUIRE_OK(mine);
    auto theirs = core::SelfViewComparison(*manager, t.clock).compare(QStringLiteral("r1"), profile, kQ3);
    REQUIRE_OK(theirs);
    REQUIRE(mine->size() == theirs->size());
    int percentiles = 0;
    for (std::size_t i = 0; i < mine->size(); ++i) {
        const core::DimensionSelfView& a = (*mine)[i];
        const core::DimensionSelfView& b = (*theirs)[i];
        CHECK(a.dimension == b.dimension);
        CHECK(a.evidencePercentile == b.evidencePercentile);
        CHECK(a.verdict == b.verdict);
        CHECK(a.explanation == b.explanation);
        REQUIRE(a.measures.size() == b.measures.size());
        for (std::size_t m = 0; m < a.measures.size(); ++m) {
            INFO(a.measures[m].key.toStdString());
            CHECK(a.measures[m].value == b.measures[m].value);
            CHECK(a.measures[m].comparedReps == b.measures[m].comparedReps);
            CHECK(a.measures[m].percentile == b.measures[m].percentile);
            CHECK(a.measures[m].note == b.measures[m].note);
            if (a.measures[m].percentile)
                ++percentiles;
        }
    }
    // CSAT: 80 % among 50, 75 and 80: better than two, level with itself: (2 + 0.5) / 3.
    CHECK(percentiles == 1);
    for (const core::DimensionSelfView& v : *mine) {
        for (const core::SelfViewMeasure& m : v.measures) {
            if (m.key == QLatin1String("csat"))
                CHECK(*m.percentile == Approx(250.0 / 3.0));
        }
    }

    // The dashboard's team table for the rep: own row, the team's total, the percentiles.
    auto table = core::DashboardCalculator(*rep, t.clock).computeTeam(kQ3);
    REQUIRE_OK(table);
    REQUIRE(table->size() == 3);
    CHECK((*table)[0].kind == core::TeamFigures::Kind::Rep);
    CHECK((*table)[0].repName == QStringLiteral("Rita One"));
    CHECK((*table)[0].result.revenueCents == 14500);
    CHECK((*table)[1].kind == core::TeamFigures::Kind::TeamTotal);
    CHECK((*table)[1].result.revenueCents == 120400);
    CHECK((*table)[1].csatSatisfied == 23);
    const core::TeamFigures& rank = (*table)[2];
    CHECK(rank.kind == core::TeamFigures::Kind::Percentile);
    CHECK(rank.teamReps == 3);
    CHECK(rank.percentiles.at(QStringLiteral("csat")) == Approx(250.0 / 3.0));
    CHECK(rank.percentiles.at(QStringLiteral("revenue")) == Approx(50.0));
    CHECK(rank.percentiles.at(QStringLiteral("follow_up_rate")) == Approx(250.0 / 3.0));
    // 20 responses of r1... no: 10 CSAT; r2 10 + 1 NPS, r3 12: r1 is the lowest.
    CHECK(rank.percentiles.at(QStringLiteral("responses")) == Approx(50.0 / 3.0));
    // Complaints per 100 customers, lower is better: r1 1 / 2 = 50, r2 1 / 2 = 50, r3 1 / 2 = 50.
    CHECK(rank.percentiles.at(QStringLiteral("complaint_rate")) == Approx(50.0));
    // The manager's table is unchanged: one row per rep with customers, names and all.
    auto managers = core::DashboardCalculator(*manager, t.clock).computeTeam(kQ3);
    REQUIRE_OK(managers);
    CHECK(managers->size() == 4);
}

TEST_CASE("on a server without the team functions a rep keeps seeing the rep's own book",
          "[.][server][team-aggregates]")
{
    test::SmallTeam t;
    // As a server set up by an older Rapport, until its next upgrade creates them.
    REQUIRE_FALSE(
        test::serverScalar(t.uri, "DROP FUNCTION rapport_team_values(bigint, bigint, bigint, bigint, bigint)")
            .startsWith(QStringLiteral("error")));
    auto rep = t.asRep();
    auto session = core::TeamAggregateReader(*rep, t.clock).sessionRep();
    REQUIRE_OK(session);
    CHECK_FALSE(session->has_value());
    auto table = core::DashboardCalculator(*rep, t.clock).computeTeam(kQ3);
    REQUIRE_OK(table);
    REQUIRE(table->size() == 1);
    CHECK((*table)[0].repId == QStringLiteral("r1"));
    CHECK((*table)[0].kind == core::TeamFigures::Kind::Rep);
}
