#pragma once

#include "domain/Scope.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace rapport::core {

enum class FindingKind {
    ComplaintCategoryChange, // a complaint category rose or fell against the previous period
    OpposingMetrics,         // a satisfaction figure and a loyalty figure moved apart
    GroupOutlier,            // a rep or segment differs from the rest by more than chance
    CommentTheme,            // words that recur in comments more than they used to
    OpposingTrend,           // over many periods a satisfaction trend and a loyalty trend run apart
    AsInTeam,                // for a rep or segment: the team findings that hold for it too
    ProductComplaints,       // complaints per 100 purchases of one product rose against the previous period
    ProductOutlier,          // one product's complaints per 100 purchases far above the other products'
    ChurnReason,             // more customers left for one reason than in the previous period
};
// "complaint_category", "opposing_metrics", "group_outlier", "comment_theme", "opposing_trend",
// "as_in_team", "product_complaints", "product_outlier", "churn_reason"
QString toString(FindingKind kind);

enum class FindingSeverity { Info, Warning, Critical };
QString toString(FindingSeverity severity); // "info", "warning", "critical"

// One number behind a finding, with a label a reader understands.
struct FindingNumber
{
    QString label;
    double value = 0;
    int decimals = 0;
};

// The records a finding rests on: row ids of one table, at most kMaxIds of them.
struct FindingRecords
{
    static constexpr int kMaxIds = 200;
    QString table;           // "interactions", "survey_responses" or "customers"
    QString description;     // what the ids are, e.g. "delivery complaints in 2026-Q3"
    std::vector<qint64> ids; // ascending, capped at kMaxIds
    qint64 total = 0;        // how many records there are in all
};

struct Finding
{
    FindingKind kind = FindingKind::ComplaintCategoryChange;
    FindingSeverity severity = FindingSeverity::Info;
    QString title;        // one line
    QString explanation;  // plain sentences: what changed, how sure we are, what may explain it
    Scope scope;          // where it was seen (may be narrower than the scope asked for)
    QString subject;      // the category, metric pair, rep id, segment or theme
    double statistic = 0; // the test statistic (z), signed
    std::vector<FindingNumber> numbers;
    std::vector<FindingRecords> records;
    QStringList evidence; // further facts that may explain it (opposing metrics)

    // A finding about a rep or a rep's customers: it held to the stricter person bar.
    bool namesPerson() const { return scope.kind == Scope::Kind::Rep; }
};

} // namespace rapport::core
