#include "reflection/DashboardReportBuilder.h"

#include "common/Currency.h"
#include "metrics/MetricCatalogue.h"
#include "metrics/PeriodName.h"
#include "metrics/WilsonInterval.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace rapport::core {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString section(const QString& title, bool newPage)
{
    return QStringLiteral("<h2%1>%2</h2>\n")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(), esc(title));
}

QString headerRow(const QStringList& cells)
{
    QString h = QStringLiteral("<tr>");
    for (const QString& c : cells)
        h += QStringLiteral("<th>%1</th>").arg(esc(c));
    return h + QStringLiteral("</tr>\n");
}

QString num(const QString& text)
{
    return QStringLiteral("<td class=\"num\" align=\"right\">%1</td>").arg(esc(text));
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(esc(text));
}

const QString kTable = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n");
// The team's and the cohorts' many columns: smaller type, so figures stay on one line.
const QString kSmallTable =
    QStringLiteral("<table class=\"small\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">\n");

// "Better", "worse" or "unchanged" for the tile's colour, which paper in black and white loses.
// A change that prints as "±0.0" reads "unchanged", whatever digits lie beyond.
QString reading(const QString& key, std::optional<double> current, std::optional<double> previous,
                const QString& note, const QString& changeText)
{
    if (!note.isEmpty())
        return QCoreApplication::translate("DashboardReportBuilder", "provisional");
    if (!current || !previous)
        return QStringLiteral("-");
    if (*current == *previous || changeText.startsWith(QStringLiteral("±")))
        return QCoreApplication::translate("DashboardReportBuilder", "unchanged");
    return (*current > *previous) == MetricCatalogue::higherIsBetter(key)
               ? QCoreApplication::translate("DashboardReportBuilder", "better")
               : QCoreApplication::translate("DashboardReportBuilder", "worse");
}

} // namespace

QString DashboardReportBuilder::title(const DashboardReportData& d)
{
    return QCoreApplication::translate("DashboardReportBuilder", "Rapport dashboard, %1, %2")
        .arg(PeriodName::of(d.figures.period, d.locale), d.scopeLabel);
}

QString DashboardReportBuilder::value(const QString& key, std::optional<double> v,
                                      const DashboardReportData& d)
{
    if (!v)
        return QStringLiteral("—");
    const MetricDescription* m = MetricCatalogue::find(key);
    const bool whole = std::floor(*v) == *v;
    if (!m)
        return d.locale.toString(*v, 'f', whole ? 0 : 2);
    switch (m->unit) {
    case MetricUnit::Percent:
        return d.locale.toString(*v, 'f', m->decimals) + QStringLiteral(" %");
    case MetricUnit::Count:
    case MetricUnit::SatisfactionScore:
    case MetricUnit::Hours:
        return d.locale.toString(*v, 'f', whole ? 0 : m->decimals);
    case MetricUnit::Money:
        return Currency::format(*v, d.currency, d.locale, 2);
    case MetricUnit::NpsPoints:
    case MetricUnit::EffortScale:
    case MetricUnit::PerHundredCustomers:
        break;
    }
    return d.locale.toString(*v, 'f', m->decimals);
}

QString DashboardReportBuilder::change(const QString& key, std::optional<double> current,
                                       std::optional<double> previous, const DashboardReportData& d)
{
    if (!current || !previous)
        return QCoreApplication::translate("DashboardReportBuilder", "no comparison");
    const double delta = *current - *previous;
    // A change that rounds to zero reads "±0.0", never "-0.0" or "+0.0" (as on the tile).
    auto signedText = [&d](double value, int decimals) -> QString {
        const QString digits = d.locale.toString(std::abs(value), 'f', decimals);
        if (d.locale.toDouble(digits) == 0.0)
            return QStringLiteral("±") + digits;
        return (value > 0 ? QStringLiteral("+") : QStringLiteral("-")) + digits;
    };
    const MetricDescription* m = MetricCatalogue::find(key);
    const MetricUnit unit = m ? m->unit : MetricUnit::Count;
    if (unit == MetricUnit::Money) {
        if (*previous == 0) {
            const QString amount = Currency::format(std::abs(delta), d.currency, d.locale, 2);
            if (std::abs(delta) < 0.005)
                return QStringLiteral("±") + amount;
            return (delta > 0 ? QStringLiteral("+") : QStringLiteral("-")) + amount;
        }
        return signedText(100 * delta / std::abs(*previous), 1) + QStringLiteral(" %");
    }
    if (unit == MetricUnit::Percent || unit == MetricUnit::NpsPoints)
        return QCoreApplication::translate("DashboardReportBuilder", "%1 pts").arg(signedText(delta, 1));
    return signedText(delta, 2);
}

QString DashboardReportBuilder::html(const DashboardReportData& d, const ImageSource& imageSource)
{
    const DashboardFigures& f = d.figures;
    const QString periodName = PeriodName::of(f.period, d.locale);
    const QString previousName = PeriodName::of(f.period.previous(), d.locale);
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
             .arg(esc(title(d)));
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; color: #111111; background: #ffffff; font-size: 10pt; }\n"
        "h1 { font-size: 18pt; margin-bottom: 2pt; }\n"
        "h2 { font-size: 14pt; border-bottom: 1px solid #888888; margin-top: 14pt; }\n"
        "table { border-collapse: collapse; margin: 4pt 0; }\n"
        "th, td { border: 1px solid #999999; padding: 3px 6px; }\n"
        "th { background: #e8e8e8; text-align: left; }\n"
        "td.num { text-align: right; white-space: nowrap; }\n"
        "table.small td, table.small th { font-size: 8pt; padding: 2px 3px; }\n"
        "td.label { white-space: nowrap; }\n"
        "td.running { font-style: italic; color: #555555; }\n"
        ".muted { color: #555555; }\n"
        "</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "Dashboard %1").arg(periodName)));
    // A named period also gets its days, which a quarter's or a year's name does not say.
    QString span = periodName;
    if (f.period.kind() != Period::Kind::Range)
        if (auto days = Period::range(f.period.start(), f.period.end()))
            span = QCoreApplication::translate("DashboardReportBuilder", "%1 (%2)")
                       .arg(periodName, PeriodName::of(*days, d.locale));
    h += QStringLiteral("<p><b>%1</b> &middot; %2 &middot; %3</p>\n")
             .arg(esc(d.scopeLabel),
                  esc(QCoreApplication::translate("DashboardReportBuilder", "period %1, compared with %2")
                          .arg(span, previousName)),
                  esc(QCoreApplication::translate("DashboardReportBuilder", "generated %1 UTC")
                          .arg(d.locale.toString(d.generatedAt.toUTC(), QLocale::ShortFormat))));

    // Figures: the tiles.
    h += section(QCoreApplication::translate("DashboardReportBuilder", "Figures"), false);
    // "same days" under the period's name: on one line it widened the column until long German
    // names in the first one broke mid-word.
    QString previousHeader = esc(previousName);
    if (f.comparedToDate)
        previousHeader += QStringLiteral("<br/><span class=\"muted\">%1</span>")
                              .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "same days")));
    h += kTable +
         QStringLiteral("<tr><th width=\"190\">%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "Figure")), esc(periodName),
                  previousHeader, esc(QCoreApplication::translate("DashboardReportBuilder", "Change")),
                  esc(QCoreApplication::translate("DashboardReportBuilder", "Reading")));
    QStringList notes;
    if (f.comparedToDate)
        notes << QCoreApplication::translate("DashboardReportBuilder",
                                             "%1 is still running: each change compares it so far with the "
                                             "same span of %2, up to %3 UTC.")
                     .arg(
                         periodName, previousName,
                         d.locale.toString(f.comparison.previous.period.end().toUTC(), QLocale::ShortFormat));
    for (const QString& key : DashboardCalculator::tileKeys()) {
        const auto current = f.comparison.current.value(key);
        const auto previous = f.comparison.previous.value(key);
        QString note;
        if (key == QLatin1String("follow_up_rate") && f.comparison.current.followUpsStillOpen > 0) {
            const int open = static_cast<int>(f.comparison.current.followUpsStillOpen);
            note = QCoreApplication::translate(
                "DashboardReportBuilder",
                "The follow-up rate is provisional: %Ln purchase(s) have no follow-up yet but are still "
                "inside their follow-up window, so the rate can still rise.",
                nullptr, open);
            notes << note;
        }
        // The unit on a line of its own: "of 7 (higher = easier)" in brackets would nest them.
        QString label = esc(MetricCatalogue::title(key));
        if (const QString unit = MetricCatalogue::unitText(key);
            !unit.isEmpty() && unit != QLatin1String("%"))
            label += QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(esc(unit));
        h +=
            QStringLiteral("<tr>%1%2%3%4%5</tr>\n")
                .arg(QStringLiteral("<td>%1</td>").arg(label), num(value(key, current, d)),
                     num(value(key, previous, d)), num(change(key, current, previous, d)),
                     QStringLiteral("<td class=\"label\">%1</td>")
                         .arg(esc(reading(key, current, previous, note, change(key, current, previous, d)))));
    }
    h += QStringLiteral("</table>\n");
    for (const QString& n : notes)
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(n));

    // Complaints by category in the period (the stacked chart's latest column, as numbers).
    if (!f.comparison.current.complaintsByCategory.empty()) {
        h +=
            QStringLiteral("<h3>%1</h3>\n")
                .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "Complaints by category in %1")
                             .arg(periodName)));
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"4\">\n") +
             headerRow({QCoreApplication::translate("DashboardReportBuilder", "Category"),
                        QCoreApplication::translate("DashboardReportBuilder", "Complaints")});
        for (const auto& [category, count] : f.comparison.current.complaintsByCategory)
            h += QStringLiteral("<tr>%1%2</tr>\n").arg(cell(category), num(d.locale.toString(count)));
        h += QStringLiteral("</table>\n");
    }

    // Charts
    h += section(QCoreApplication::translate("DashboardReportBuilder", "Trends over the last 12 months"),
                 true);
    const bool running = std::any_of(d.charts.begin(), d.charts.end(),
                                     [](const ReportChart& c) { return c.runningIndex >= 0; });
    if (running)
        h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(esc(QCoreApplication::translate(
                     "DashboardReportBuilder",
                     "The last month is still running: its point is drawn open (its bar hatched) "
                     "and counts only what happened so far.")));
    for (const ReportChart& c : d.charts)
        h += QStringLiteral("<p><img src=\"%2\" width=\"600\" height=\"128\" alt=\"%1\"></p>\n")
                 .arg(esc(c.title), esc(imageSource(c)));

    // Team
    h += section(
        QCoreApplication::translate("DashboardReportBuilder", "Team: figures per rep in %1").arg(periodName),
        true);
    if (f.team.empty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "No reps yet.")));
    else {
        h += kSmallTable +
             headerRow({QCoreApplication::translate("DashboardReportBuilder", "Rep"),
                        QCoreApplication::translate("DashboardReportBuilder", "CSAT (%)"),
                        QCoreApplication::translate("DashboardReportBuilder", "CSAT 95% interval"),
                        QCoreApplication::translate("DashboardReportBuilder", "NPS"),
                        QCoreApplication::translate("DashboardReportBuilder", "Follow-up rate (%)"),
                        QCoreApplication::translate("DashboardReportBuilder", "Complaints per 100 customers"),
                        QCoreApplication::translate("DashboardReportBuilder", "Revenue"),
                        QCoreApplication::translate("DashboardReportBuilder", "Survey responses")});
        std::vector<const TeamFigures*> team;
        for (const TeamFigures& t : f.team) {
            if (t.kind == TeamFigures::Kind::Rep)
                team.push_back(&t);
        }
        // As the screen sorts it at first: by revenue, highest first.
        std::stable_sort(team.begin(), team.end(), [](const TeamFigures* a, const TeamFigures* b) {
            return a->result.revenueCents > b->result.revenueCents;
        });
        // A rep's login: the team's total follows the rep's own row (its percentiles are the
        // screen's only).
        for (const TeamFigures& t : f.team) {
            if (t.kind == TeamFigures::Kind::TeamTotal)
                team.push_back(&t);
        }
        const qint64 minimum = MetricCatalogue::of(Metric::Csat).minimumSample;
        bool anyFew = false;
        for (const TeamFigures* t : team) {
            const MetricsResult& r = t->result;
            const qint64 csatResponses = r.responses.at(QStringLiteral("csat"));
            const bool few = csatResponses < minimum && r.csat;
            anyFew = anyFew || few;
            const auto interval = wilsonInterval(t->csatSatisfied, csatResponses);
            QString csat = value(QStringLiteral("csat"), r.csat, d);
            if (few)
                csat += QCoreApplication::translate("DashboardReportBuilder", " (too few)");
            h +=
                QStringLiteral("<tr>%1%2%3%4%5%6%7%8</tr>\n")
                    .arg(
                        QStringLiteral("<td class=\"label\">%1</td>")
                            .arg(esc(t->kind == TeamFigures::Kind::TeamTotal
                                         ? QCoreApplication::translate("DashboardReportBuilder", "Team total")
                                     : t->repName.isEmpty() ? t->repId
                                                            : t->repName)),
                        num(csat),
                        num(interval ? QCoreApplication::translate("DashboardReportBuilder", "%1 – %2 %")
                                           .arg(d.locale.toString(interval->low, 'f', 0),
                                                d.locale.toString(interval->high, 'f', 0))
                                     : QStringLiteral("—")),
                        num(value(QStringLiteral("nps"), r.nps, d)),
                        num(value(QStringLiteral("follow_up_rate"), r.followUpRate, d)),
                        num(value(QStringLiteral("complaint_rate"), r.complaintRate, d)),
                        num(value(QStringLiteral("revenue"), r.value(QStringLiteral("revenue")), d)),
                        num(d.locale.toString(csatResponses + r.responses.at(QStringLiteral("nps")) +
                                              r.responses.at(QStringLiteral("ces")))));
        }
        h += QStringLiteral("</table>\n");
        if (anyFew)
            h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(esc(QCoreApplication::translate(
                         "DashboardReportBuilder",
                         "\"too few\": fewer than %n CSAT responses, too few to judge; the 95% interval "
                         "shows how uncertain the figure is.",
                         nullptr, static_cast<int>(minimum))));
    }

    // Cohorts
    h += section(QCoreApplication::translate("DashboardReportBuilder", "Cohort retention"), true);
    h += QStringLiteral("<p class=\"muted\">%1</p>\n")
             .arg(esc(QCoreApplication::translate(
                 "DashboardReportBuilder",
                 "Share of each month's new buyers who bought again 0, 1, 2… months later. "
                 "Rows: first-purchase month (cohort size).")));
    std::size_t columns = 0;
    for (const CohortRow& row : f.cohorts.rows)
        columns = std::max(columns, row.retention.size());
    h += QStringLiteral(
             "<table class=\"small\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\">\n<tr><th>%1</th>")
             .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "Cohort")));
    for (std::size_t k = 0; k < columns; ++k)
        h += QStringLiteral("<th>%1</th>")
                 .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "+%1 mo").arg(k)));
    h += QStringLiteral("</tr>\n");
    bool anyRunning = false;
    for (const CohortRow& row : f.cohorts.rows) {
        h += QStringLiteral("<tr><td class=\"label\">%1</td>")
                 .arg(esc(QCoreApplication::translate("DashboardReportBuilder", "%1 (%2)")
                              .arg(row.month.label(), d.locale.toString(row.size))));
        for (std::size_t k = 0; k < columns; ++k) {
            const bool has = k < row.retention.size() && row.retention[k];
            const bool isRunning =
                has && f.cohorts.runningMonth &&
                row.month.start().addMonths(static_cast<int>(k)) == f.cohorts.runningMonth->start();
            anyRunning = anyRunning || isRunning;
            QString text =
                has ? d.locale.toString(*row.retention[k], 'f', 0) + QStringLiteral(" %") : QString();
            // Marked by type and shade, not by a suffix: a wider cell would push the table off the page.
            h += QStringLiteral("<td class=\"num%1\" align=\"right\"%2>%3</td>")
                     .arg(isRunning ? QStringLiteral(" running") : QString(),
                          isRunning ? QStringLiteral(" bgcolor=\"#e6e6e6\"") : QString(), esc(text));
        }
        h += QStringLiteral("</tr>\n");
    }
    h += QStringLiteral("</table>\n");
    if (anyRunning)
        h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(esc(QCoreApplication::translate("DashboardReportBuilder",
                                                      "Cells in italics on grey fall in %1, which is still "
                                                      "running: they count the purchases "
                                                      "so far, not a drop.")
                              .arg(PeriodName::of(*f.cohorts.runningMonth, d.locale))));
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace rapport::core
