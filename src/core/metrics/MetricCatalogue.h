#pragma once

#include <QString>
#include <cstdint>
#include <span>

namespace rapport::core {

// The figures of /shared/spec/metrics.md, in the contract's order.
enum class Metric : std::uint8_t {
    Csat,
    CsatMean,
    Nps,
    Ces,
    Responses,
    CustomersStart,
    CustomersEnd,
    CustomersNew,
    CustomersChurned,
    CustomersActive,
    RetentionRate,
    ChurnRate,
    Revenue,
    RevenuePerCustomer,
    RevenuePerPayingCustomer,
    RepeatPurchaseRate,
    FollowUpRate,
    Complaints,
    ComplaintRate,
    ComplaintsByCategory,
    ResolutionHoursMedian,
    OpenComplaints,
};

// What a value counts; screens and reports choose their unit text and format from it.
enum class MetricUnit : std::uint8_t {
    Percent,             // 0..100
    NpsPoints,           // -100..100
    EffortScale,         // CES, 1..7, higher = easier
    SatisfactionScore,   // mean CSAT score, 1..5
    Count,               // whole records (a goal's projection of one need not be whole)
    Money,               // currency units (MetricsResult::value(); the result itself keeps cents)
    PerHundredCustomers, // complaint_rate
    Hours,
};

enum class MetricDirection : std::uint8_t { HigherIsBetter, LowerIsBetter, Neutral };

// Everything the screens, the report, the command line, the findings and the goals know
// about one figure. One row per contract key; "responses" and "complaints_by_category" are
// objects of the contract whose sub-keys ("responses.csat", "complaints_by_category.NAME")
// share their row.
struct MetricDescription
{
    Metric key;
    const char* contractKey; // the JSON key of metrics.md and interchange.md
    const char* title;       // for screens, translatable (QT_TRANSLATE_NOOP); see translatedTitle()
    const char* phrase;      // inside a sentence of the findings: "retention rate"; translatable
    const char* reportLabel; // a row of the written report; nullptr when none; translatable
    MetricUnit unit;
    int decimals;       // on screen; counts, scores and hours show a whole value without them
    int reportDecimals; // in the written report and the numbers of a finding
    MetricDirection direction;
    // Records a comparison needs on each side before it judges the figure (0: none):
    // responses for the survey figures, purchases for follow_up_rate, customers at the start
    // for retention and churn, a category's complaints in both periods together.
    qint64 minimumSample;
    bool additive; // sums over time (goals project it linearly); ratios and stock counts do not
    bool object;   // one number per sub-key, not one number

    QString translatedTitle() const;
    QString translatedPhrase() const;
    QString translatedReportLabel() const; // empty when the report has no row for it
    // Neutral figures count as "higher is better": a rise is never shown as bad news.
    bool higherIsBetter() const { return direction != MetricDirection::LowerIsBetter; }
};

// The one table of metric descriptions (issue 15). Lookups by contract key accept the
// sub-keys of the two objects and answer with their object's row.
class MetricCatalogue
{
public:
    static std::span<const MetricDescription> all(); // in the contract's order
    static const MetricDescription& of(Metric metric);
    // The row of a contract key or of a sub-key; nullptr for anything else.
    static const MetricDescription* find(const QString& key);

    // The translated title of a contract key; "Complaints about NAME" for a category;
    // the key itself for anything else (the sub-keys of "responses" among them).
    static QString title(const QString& key);
    // The translated unit next to a value ("%", "points (−100 to 100)"); empty for counts,
    // scores, hours, money (its value carries the currency symbol) and unknown keys.
    static QString unitText(const QString& key);
    static bool isMoney(const QString& key);
    static bool isCount(const QString& key); // also the objects and their sub-keys
    // Sums over time; the object keys themselves are not (only their sub-keys are).
    static bool isAdditive(const QString& key);
    // false only for figures where lower is better; unknown keys: true.
    static bool higherIsBetter(const QString& key);
};

} // namespace rapport::core
