// Benchmark: the error rates of FindingsEngine, measured instead of argued (issue 21).
//
//   bench_findings_error_rates [--stationary 100] [--planted 40] [--shapes 20] [--seed 1] [--verbose]
//
// Each book is generated in memory through DemoStore (the demo generator's bulk path): 12
// reps with about 1,000 customers each, four segments, twelve quarters up to 2026-Q3. Every
// quarter about 70% of the customers buy (about 700 purchases a rep) and 70% of purchases get
// a follow-up two days later; 30% answer a CSAT survey (80% satisfied, some with a comment);
// four complaint categories come in at about 150 a quarter each; 2% of the customers leave
// a quarter and new ones arrive. Every figure is drawn from one unchanging process unless an
// effect is planted.
//
//  - Stationary books: nothing is planted. The team report of 2026-Q3 and the report of one
//    rep (a different one each book) are run; any finding is a false one. Reported: the share
//    of reports with a false finding, split into findings that name a person (a rep or a
//    rep's customers) and the rest.
//  - Planted books: reps r01, r02, r03 follow up 40, 20 and 10 points less often in every
//    quarter (a habit); r04 and r05 20 and 10 points less only in 2026-Q3 (new); in 2026-Q3
//    'billing' complaints come 1.5 times, 'delivery' 2 times and 'product' 3 times as often
//    as before (a step at the start of the quarter). Reported: the share of team reports in
//    which each effect is found.
//  - Shape books: CSAT 75% -> 85% and churn 2% -> 4.5% a quarter over the twelve quarters,
//    either at once in October 2025 (with 'delivery' complaints doubling then) or as a steady
//    drift. Reported: how often the team's trend finding is raised and told as what it is.
//
// Results go to docs/reflection.md ("Error rates, measured").
#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "metrics/Period.h"
#include "reflection/FindingsEngine.h"
#include "storage/Database.h"
#include "storage/DemoStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <algorithm>
#include <array>
#include <cstdio>
#include <functional>
#include <optional>
#include <random>
#include <string>

using namespace rapport;
using core::Status;

namespace {

constexpr int kReps = 12;
constexpr int kCustomersPerRep = 1000;
constexpr int kQuarters = 12; // 2023-Q4 .. 2026-Q3
constexpr double kBuy = 0.70;
constexpr double kFollowUp = 0.70;
constexpr double kAnswer = 0.30;
constexpr double kSatisfied = 0.80;
constexpr double kChurn = 0.02;
constexpr int kNewPerRepQuarter = 20;
constexpr std::array<const char*, 4> kSegments{"north", "south", "east", "west"};
constexpr std::array<const char*, 4> kCategories{"billing", "delivery", "product", "service"};
constexpr std::array<std::array<const char*, 2>, 4> kNotes{{
    {"Invoice total looked wrong.", "Charged twice this month."},
    {"Parcel arrived late.", "Courier left it outside."},
    {"Screen flickers after update.", "Device stopped charging."},
    {"Nobody called back.", "Hotline queue too long."},
}};
constexpr std::array<const char*, 6> kComments{"Good service overall.", "Friendly people.",
                                               "Could be quicker.",     "Prices went up.",
                                               "Easy to order.",        "Helpful advice on the phone."};

struct Plant
{
    std::array<double, kReps> followUpGapAlways{};   // points lower in every quarter
    std::array<double, kReps> followUpGapNow{};      // points lower in the last quarter only
    std::array<double, 4> complaintsNow{1, 1, 1, 1}; // multiplier in the last quarter
    // Over the twelve quarters, CSAT 75% -> 85% and churn 2% -> 4.5% a quarter: at once from
    // 2025-Q4 (October 2025, with 'delivery' complaints doubling then), or as a steady drift.
    enum class Shape { None, Step, Drift } shape = Shape::None;
};

class Book
{
public:
    Book(quint64 seed, const Plant& plant) : m_random(seed), m_plant(plant) {}

    Status write(core::Database& db)
    {
        core::DemoStore store(db);
        if (Status s = store.begin(); !s)
            return s;
        for (int r = 0; r < kReps; ++r) {
            m_repIds[r] = QStringLiteral("r%1").arg(r + 1, 2, 10, QLatin1Char('0')).toStdString();
            const std::string name = "Rep " + m_repIds[r].substr(1);
            if (Status s = store.addRep(m_repIds[r].c_str(), name.c_str(), "rep"); !s)
                return s;
        }
        const qint64 first = core::Period::quarter(2023, 4).startSeconds();
        for (int r = 0; r < kReps; ++r) {
            for (int i = 0; i < kCustomersPerRep; ++i)
                if (Status s = customer(store, r, first - 365 * 86400); !s)
                    return s;
            for (int q = 0; q < kQuarters; ++q)
                for (int i = 0; i < kNewPerRepQuarter; ++i)
                    if (Status s = customer(store, r, between(quarterStart(q), quarterStart(q + 1))); !s)
                        return s;
        }
        if (Status s = store.rebuildIndexes(); !s)
            return s;
        return store.commit();
    }

private:
    static qint64 quarterStart(int q)
    {
        const int index = 2023 * 4 + 3 + q; // 2023-Q4 is quarter 3 (0-based) of 2023
        return core::Period::quarter(index / 4, index % 4 + 1).startSeconds();
    }
    static constexpr int kStepQuarter = 8; // 2025-Q4
    double churnHazard(int q) const
    {
        switch (m_plant.shape) {
        case Plant::Shape::Step:
            return q >= kStepQuarter ? 0.045 : kChurn;
        case Plant::Shape::Drift:
            return kChurn + 0.025 * q / (kQuarters - 1);
        case Plant::Shape::None:
            break;
        }
        return kChurn;
    }
    double satisfied(qint64 at) const
    {
        switch (m_plant.shape) {
        case Plant::Shape::Step:
            return at >= quarterStart(kStepQuarter) ? 0.85 : 0.75;
        case Plant::Shape::Drift:
            return 0.75 + 0.10 * static_cast<double>(at - quarterStart(0)) /
                              static_cast<double>(quarterStart(kQuarters) - quarterStart(0));
        case Plant::Shape::None:
            break;
        }
        return kSatisfied;
    }
    double unit() { return static_cast<double>(m_random() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    qint64 between(qint64 lo, qint64 hi)
    {
        return lo + static_cast<qint64>(unit() * static_cast<double>(hi - lo));
    }

    Status customer(core::DemoStore& store, int rep, qint64 acquired)
    {
        const qint64 id = ++m_customers;
        // When they leave, decided first: 2% a quarter from the quarter they are first in.
        std::optional<qint64> churned;
        for (int q = 0; q < kQuarters && !churned; ++q) {
            const qint64 from = std::max(quarterStart(q), acquired);
            if (from < quarterStart(q + 1) && chance(churnHazard(q)))
                churned = between(from, quarterStart(q + 1));
        }
        const std::string external = "C-" + std::to_string(id);
        const std::string name = "Customer " + std::to_string(id);
        core::DemoStore::CustomerRow row;
        row.id = id;
        row.externalId = external.c_str();
        row.name = name.c_str();
        row.segment = kSegments[static_cast<std::size_t>(id % 4)];
        row.owner = m_repIds[rep].c_str();
        row.acquiredAt = acquired;
        row.churnedAt = churned;
        if (Status s = store.addCustomer(row); !s)
            return s;
        for (int q = 0; q < kQuarters; ++q) {
            const qint64 start = std::max(quarterStart(q), acquired);
            const qint64 end = churned ? std::min(*churned, quarterStart(q + 1)) : quarterStart(q + 1);
            if (start >= end)
                continue;
            const bool last = q == kQuarters - 1;
            if (chance(kBuy)) {
                const qint64 bought = between(start, end);
                if (Status s = interaction(store, id, rep, "purchase", bought); !s)
                    return s;
                const double gap = m_plant.followUpGapAlways[static_cast<std::size_t>(rep)] +
                                   (last ? m_plant.followUpGapNow[static_cast<std::size_t>(rep)] : 0.0);
                if (chance(kFollowUp - gap / 100.0))
                    if (Status s = interaction(store, id, rep, "follow_up", bought + 2 * 86400); !s)
                        return s;
            }
            if (chance(kAnswer)) {
                core::DemoStore::SurveyRow answer;
                answer.customerId = id;
                answer.survey = "csat";
                answer.respondedAt = between(start, end);
                answer.score = chance(satisfied(answer.respondedAt)) ? 4 + static_cast<int>(m_random() % 2)
                                                                     : 2 + static_cast<int>(m_random() % 2);
                answer.comment = chance(0.2) ? kComments[m_random() % kComments.size()] : nullptr;
                if (Status s = store.addSurveyResponse(answer); !s)
                    return s;
            }
            for (std::size_t k = 0; k < kCategories.size(); ++k) {
                double rate = 150.0 / (kReps * kCustomersPerRep) * (last ? m_plant.complaintsNow[k] : 1.0);
                if (m_plant.shape == Plant::Shape::Step && k == 1 && q >= kStepQuarter)
                    rate *= 2;
                if (!chance(rate))
                    continue;
                core::DemoStore::InteractionRow complaint;
                complaint.customerId = id;
                complaint.repId = m_repIds[rep].c_str();
                complaint.kind = "complaint";
                complaint.occurredAt = between(start, end);
                complaint.category = kCategories[k];
                complaint.notes = kNotes[k][m_random() % 2];
                complaint.resolvedAt = complaint.occurredAt + 86400;
                if (Status s = store.addInteraction(complaint); !s)
                    return s;
            }
        }
        return {};
    }

    Status interaction(core::DemoStore& store, qint64 customer, int rep, const char* kind, qint64 at)
    {
        core::DemoStore::InteractionRow row;
        row.customerId = customer;
        row.repId = m_repIds[static_cast<std::size_t>(rep)].c_str();
        row.kind = kind;
        row.occurredAt = at;
        if (QLatin1String(kind) == QLatin1String("purchase"))
            row.amountCents = 25000;
        return store.addInteraction(row);
    }

    std::mt19937_64 m_random;
    Plant m_plant;
    qint64 m_customers = 0;
    std::array<std::string, kReps> m_repIds;
};

struct Run
{
    std::vector<core::Finding> team;
    std::vector<core::Finding> rep;
};

std::optional<Run> runBook(quint64 seed, const Plant& plant, const QString& repId)
{
    auto db = core::Database::openInMemory();
    if (!db) {
        fprintf(stderr, "%s\n", qPrintable(db.error().details()));
        return std::nullopt;
    }
    if (Status s = Book(seed, plant).write(**db); !s) {
        fprintf(stderr, "book: %s\n", qPrintable(s.error().details()));
        return std::nullopt;
    }
    const core::FixedClock clock(QDateTime(QDate(2026, 11, 1), QTime(0, 0), Qt::UTC));
    core::MetricsEngine metrics(**db, clock);
    core::FindingsEngine engine(**db, metrics);
    Run run;
    auto team = engine.find(core::Period::quarter(2026, 3));
    if (!team) {
        fprintf(stderr, "team: %s\n", qPrintable(team.error().details()));
        return std::nullopt;
    }
    run.team = std::move(*team);
    if (!repId.isEmpty()) {
        auto rep = engine.find(core::Period::quarter(2026, 3), core::Scope::rep(repId));
        if (!rep) {
            fprintf(stderr, "rep: %s\n", qPrintable(rep.error().details()));
            return std::nullopt;
        }
        run.rep = std::move(*rep);
    }
    return run;
}

void print(const char* what, const core::Finding& f)
{
    printf("    %s [%s %s %s z=%.2f] %s\n", what, qPrintable(core::toString(f.kind)),
           qPrintable(core::toString(f.severity)), qPrintable(f.subject), f.statistic, qPrintable(f.title));
}

QString repId(int r)
{
    return QStringLiteral("r%1").arg(r + 1, 2, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures false-finding and detection rates."));
    parser.addOption({QStringLiteral("stationary"), QStringLiteral("stationary books"), QStringLiteral("N"),
                      QStringLiteral("100")});
    parser.addOption({QStringLiteral("planted"), QStringLiteral("books with planted effects"),
                      QStringLiteral("N"), QStringLiteral("40")});
    parser.addOption({QStringLiteral("shapes"), QStringLiteral("books with a step and with a drift, each"),
                      QStringLiteral("N"), QStringLiteral("20")});
    parser.addOption(
        {QStringLiteral("seed"), QStringLiteral("first seed"), QStringLiteral("SEED"), QStringLiteral("1")});
    parser.addOption({QStringLiteral("verbose"), QStringLiteral("list every finding")});
    parser.addHelpOption();
    parser.process(app);
    const int stationary = parser.value(QStringLiteral("stationary")).toInt();
    const int planted = parser.value(QStringLiteral("planted")).toInt();
    const int shapes = parser.value(QStringLiteral("shapes")).toInt();
    const quint64 firstSeed = parser.value(QStringLiteral("seed")).toULongLong();
    const bool verbose = parser.isSet(QStringLiteral("verbose"));
    QElapsedTimer clock;
    clock.start();

    // Stationary books: how often does a report say something when nothing happened?
    int teamPerson = 0, teamOther = 0, teamAny = 0, repPerson = 0, repOther = 0, repAny = 0;
    for (int b = 0; b < stationary; ++b) {
        const QString rep = repId(b % kReps);
        auto run = runBook(firstSeed + static_cast<quint64>(b), Plant{}, rep);
        if (!run)
            return 1;
        auto count = [&](const std::vector<core::Finding>& found, int& person, int& other, int& any,
                         const char* what) {
            bool p = false, o = false;
            for (const core::Finding& f : found) {
                // The "as in the whole team" line repeats team findings: it names no one.
                (f.namesPerson() && f.kind != core::FindingKind::AsInTeam ? p : o) = true;
                print(what, f);
            }
            person += p ? 1 : 0;
            other += o ? 1 : 0;
            any += p || o ? 1 : 0;
        };
        printf("stationary book %d (seed %llu), %lld s\n", b + 1,
               static_cast<unsigned long long>(firstSeed + static_cast<quint64>(b)),
               static_cast<long long>(clock.elapsed() / 1000));
        count(run->team, teamPerson, teamOther, teamAny, "team");
        count(run->rep, repPerson, repOther, repAny, qPrintable(rep));
        fflush(stdout);
    }

    // Planted books: how often is each effect found in the team report?
    Plant plant;
    plant.followUpGapAlways[0] = 40;
    plant.followUpGapAlways[1] = 20;
    plant.followUpGapAlways[2] = 10;
    plant.followUpGapNow[3] = 20;
    plant.followUpGapNow[4] = 10;
    plant.complaintsNow = {1.5, 2.0, 3.0, 1.0};
    struct Effect
    {
        const char* label;
        std::function<bool(const core::Finding&)> matches;
        int found = 0;
    };
    auto followUp = [](int r) {
        return [r](const core::Finding& f) {
            return f.kind == core::FindingKind::GroupOutlier && f.scope == core::Scope::rep(repId(r)) &&
                   f.subject.startsWith(QStringLiteral("follow")) && f.statistic < 0;
        };
    };
    auto rising = [](const char* category) {
        return [category](const core::Finding& f) {
            return f.kind == core::FindingKind::ComplaintCategoryChange &&
                   f.subject == QLatin1String(category) && f.statistic > 0;
        };
    };
    std::vector<Effect> effects{
        {"follow-up 40 points lower, every quarter (r01)", followUp(0)},
        {"follow-up 20 points lower, every quarter (r02)", followUp(1)},
        {"follow-up 10 points lower, every quarter (r03)", followUp(2)},
        {"follow-up 20 points lower, 2026-Q3 only (r04)", followUp(3)},
        {"follow-up 10 points lower, 2026-Q3 only (r05)", followUp(4)},
        {"'billing' complaints x1.5 from 2026-Q3", rising("billing")},
        {"'delivery' complaints x2 from 2026-Q3", rising("delivery")},
        {"'product' complaints x3 from 2026-Q3", rising("product")},
    };
    int plantedOther = 0; // reports with a finding about something not planted
    for (int b = 0; b < planted; ++b) {
        const quint64 seed = firstSeed + 100000 + static_cast<quint64>(b);
        auto run = runBook(seed, plant, QString());
        if (!run)
            return 1;
        printf("planted book %d (seed %llu), %lld s\n", b + 1, static_cast<unsigned long long>(seed),
               static_cast<long long>(clock.elapsed() / 1000));
        bool other = false;
        for (const core::Finding& f : run->team) {
            bool known = false;
            for (Effect& e : effects)
                known = known || e.matches(f);
            // The planted reps and categories may also show through their knock-on effects.
            const bool knockOn = f.kind == core::FindingKind::CommentTheme ||
                                 f.kind == core::FindingKind::OpposingMetrics ||
                                 (f.kind == core::FindingKind::GroupOutlier && f.statistic > 0);
            if (!known && !knockOn)
                other = true;
            if (verbose || (!known && !knockOn))
                print(known ? "found" : "other", f);
        }
        for (Effect& e : effects)
            e.found += std::any_of(run->team.begin(), run->team.end(), e.matches) ? 1 : 0;
        plantedOther += other ? 1 : 0;
        fflush(stdout);
    }

    // Shape books: is a step told from a drift?
    int stepsSeen = 0, stepsNamed = 0, stepsExplained = 0, driftsSeen = 0, driftsAsDrift = 0;
    for (int b = 0; b < shapes; ++b) {
        for (Plant::Shape shape : {Plant::Shape::Step, Plant::Shape::Drift}) {
            Plant p;
            p.shape = shape;
            const quint64 seed =
                firstSeed + 200000 + static_cast<quint64>(2 * b) + (shape == Plant::Shape::Step ? 0 : 1);
            auto run = runBook(seed, p, QString());
            if (!run)
                return 1;
            printf("%s book %d (seed %llu), %lld s\n", shape == Plant::Shape::Step ? "step" : "drift", b + 1,
                   static_cast<unsigned long long>(seed), static_cast<long long>(clock.elapsed() / 1000));
            const core::Finding* team = nullptr;
            for (const core::Finding& f : run->team) {
                if (verbose)
                    print("shape", f);
                if (f.kind == core::FindingKind::OpposingTrend && f.scope == core::Scope::all())
                    team = &f;
            }
            if (shape == Plant::Shape::Step) {
                stepsSeen += team ? 1 : 0;
                stepsNamed += team && team->title.contains(QStringLiteral("since October 2025")) ? 1 : 0;
                stepsExplained +=
                    team && team->explanation.contains(QStringLiteral("'delivery' complaints rose")) ? 1 : 0;
            } else {
                driftsSeen += team ? 1 : 0;
                driftsAsDrift += team && team->title.contains(QStringLiteral("period after period")) ? 1 : 0;
            }
            if (team && !verbose)
                print("shape", *team);
            fflush(stdout);
        }
    }

    printf("\nstationary books: %d (team report and one rep's report each), %lld s in all\n", stationary,
           static_cast<long long>(clock.elapsed() / 1000));
    printf("%-52s %8s %8s\n", "reports with a false finding", "team", "rep");
    printf("%-52s %4d/%-3d %4d/%-3d\n", "  naming a person", teamPerson, stationary, repPerson, stationary);
    printf("%-52s %4d/%-3d %4d/%-3d\n", "  not naming a person", teamOther, stationary, repOther, stationary);
    printf("%-52s %4d/%-3d %4d/%-3d\n", "  any", teamAny, stationary, repAny, stationary);
    printf("\nplanted books: %d (team report)\n", planted);
    for (const Effect& e : effects)
        printf("%-52s %4d/%-3d %5.1f%%\n", e.label, e.found, planted,
               planted > 0 ? 100.0 * e.found / planted : 0.0);
    printf("%-52s %4d/%-3d\n", "reports with an unplanted finding", plantedOther, planted);
    printf("\nshape books: %d with a step, %d with a drift (team report, trend for all customers)\n", shapes,
           shapes);
    printf("%-52s %4d/%-3d\n", "step: trend found", stepsSeen, shapes);
    printf("%-52s %4d/%-3d\n", "step: titled \"since October 2025\"", stepsNamed, shapes);
    printf("%-52s %4d/%-3d\n", "step: explained by 'delivery' complaints", stepsExplained, shapes);
    printf("%-52s %4d/%-3d\n", "drift: trend found", driftsSeen, shapes);
    printf("%-52s %4d/%-3d\n", "drift: told as a drift", driftsAsDrift, shapes);
    return 0;
}
