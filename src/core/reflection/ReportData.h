#pragma once

#include "domain/Scope.h"
#include "metrics/ChurnFigures.h"
#include "metrics/Period.h"
#include "metrics/ProductFigures.h"
#include "reflection/Finding.h"

#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace rapport::core {

// Everything a self-assessment report shows, gathered by ReportCollector and turned into
// HTML by ReportBuilder. Text fields hold raw text (names may contain anything): only the
// builder escapes, so nothing is escaped twice.
struct ReportFigure
{
    QString key;   // metrics.md key
    QString label; // what a reader calls it
    std::optional<double> current;
    std::optional<double> previous;
    std::optional<double> change; // current - previous
    int decimals = 1;
    bool higherIsBetter = true;
    // Why the figure is not final yet (follow-ups still possible); empty when it is. A
    // provisional figure is not read as better or worse.
    QString provisionalNote;
};

struct ReportChart
{
    QString id; // stable name, used for image file names and resources
    QString title;
    bool bars = false;  // bars for counts, a line for rates
    QStringList labels; // one per point (months)
    std::vector<std::optional<double>> values;
    int runningIndex = -1; // the point of a month still running (drawn as "so far"); -1: none
};

struct ReportFindingExamples
{
    QStringList customers; // a few customer names behind the finding
};

struct ReportDimension
{
    QString name;
    double score = 0;
    QString level; // strength, middle, weakness
    std::optional<double> change;
    QStringList strategies;
    QString verdict;     // from SelfViewComparison, empty when not compared
    QString explanation; // one sentence
};

struct ReportProfile
{
    QString repId;
    QString repName;
    QDateTime takenAt;
    bool straightLined = false;
    std::vector<ReportDimension> dimensions;
    QString note; // why something is missing
};

struct ReportGoal
{
    QString name;
    QString metric;
    QString direction;
    double target = 0;
    std::optional<double> current;
    std::optional<double> projected;
    QString status;
    int decimals = 1; // 0 for money and counts
};

struct ReportPlan
{
    QString title;
    QString owner;
    QString metric;
    QString direction;
    std::optional<double> target;
    std::optional<double> baseline;
    std::optional<double> latestValue; // from the latest check-in with a value
    QDateTime deadline;
    int itemsDone = 0;
    int itemsTotal = 0;
    int checkIns = 0;
    QString status; // the plan's own: active, done, abandoned
    // Measured by ActionPlanTracker as of the report's generation (empty when it cannot be).
    std::optional<double> current;         // the metric since the start
    std::optional<double> progressPercent; // from baseline toward target, 0..100
    QString progress;                      // the tracker's status, e.g. "on track"
    QString checkInState;                  // e.g. "overdue since 2026-10-08"
    QString beforeAfter;                   // the before/after sentence once the plan is over
    QString trackingProblem;               // why the plan could not be measured
};

struct ReportData
{
    // How numbers, money and dates read. English (United States) unless the caller passes the
    // reader's locale, so that a report built without one is the same on every machine.
    QLocale locale{QLocale::English, QLocale::UnitedStates};
    QString currency; // the book's ISO 4217 code; empty: money without a symbol
    Period period;
    Period previous;
    Scope scope;
    QString scopeLabel; // "the whole team" or the rep's name
    QDateTime generatedAt;
    std::vector<ReportFigure> figures;
    std::vector<ReportChart> charts;
    std::vector<Finding> findings;
    std::vector<ReportFindingExamples> findingExamples; // parallel to findings
    std::vector<ReportProfile> profiles;
    QString profilesNote; // shown when there is no profile at all
    std::vector<ReportGoal> goals;
    std::vector<ReportPlan> plans;
    // Issue 19: the period's per-product figures (empty catalogue: no products section table)
    // and churn reasons with win-back, in the report's scope.
    std::optional<ProductFigures> products;
    std::optional<ChurnFigures> churn;
};

} // namespace rapport::core
