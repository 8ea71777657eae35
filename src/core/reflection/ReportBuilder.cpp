#include "reflection/ReportBuilder.h"

#include "common/Currency.h"
#include "common/DateText.h"
#include "metrics/MetricCatalogue.h"
#include "reflection/ReportProductSections.h"

#include <QCoreApplication>
#include <QLocale>
#include <cmath>

namespace rapport::core {

namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A day in the reader's format (UTC, as every figure of the report).
QString date(const QDateTime& t, const QLocale& locale)
{
    return t.isValid() ? DateText::utcDay(t, locale) : QStringLiteral("-");
}

QString severityColour(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Critical:
        return QStringLiteral("#a40000");
    case FindingSeverity::Warning:
        return QStringLiteral("#8a5a00");
    case FindingSeverity::Info:
        break;
    }
    return QStringLiteral("#205080");
}

QString section(const QString& title, bool newPage)
{
    return QStringLiteral("<h2%1>%2</h2>\n")
        .arg(newPage ? QStringLiteral(" style=\"page-break-before: always;\"") : QString(), esc(title));
}

// The severity as the report prints it in brackets: "critical", "warning", "info".
QString severityName(FindingSeverity s)
{
    switch (s) {
    case FindingSeverity::Critical:
        return QCoreApplication::translate("ReportBuilder", "critical");
    case FindingSeverity::Warning:
        return QCoreApplication::translate("ReportBuilder", "warning");
    case FindingSeverity::Info:
        break;
    }
    return QCoreApplication::translate("ReportBuilder", "info");
}

} // namespace

QString ReportBuilder::number(std::optional<double> value, int decimals, const QLocale& locale)
{
    if (!value)
        return QStringLiteral("-");
    double v = *value;
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0; // never print "-0.0"
    return locale.toString(v, 'f', decimals);
}

QString ReportBuilder::figure(const QString& key, std::optional<double> value, int decimals,
                              const ReportData& data)
{
    if (!value || !MetricCatalogue::isMoney(key))
        return number(value, decimals, data.locale);
    double v = *value;
    if (std::abs(v) < 0.5 * std::pow(10.0, -decimals))
        v = 0; // never "-€0"
    return Currency::format(v, data.currency, data.locale, decimals).toHtmlEscaped();
}

QString ReportBuilder::html(const ReportData& d, const ImageSource& imageSource)
{
    QString h;
    h += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n")
             .arg(esc(QCoreApplication::translate("ReportBuilder", "Self-assessment report %1 - %2")
                          .arg(d.period.label(), d.scopeLabel)));
    h += QStringLiteral(
        "<style>\n"
        "body { font-family: sans-serif; color: #111111; background: #ffffff; font-size: 10pt; }\n"
        "h1 { font-size: 18pt; margin-bottom: 2pt; }\n"
        "h2 { font-size: 14pt; border-bottom: 1px solid #888888; margin-top: 14pt; }\n"
        "h3 { font-size: 11pt; margin-bottom: 2pt; }\n"
        "table { border-collapse: collapse; margin: 4pt 0; }\n"
        "th, td { border: 1px solid #999999; padding: 3px 6px; }\n"
        "th { background: #e8e8e8; text-align: left; }\n"
        "td.num { text-align: right; }\n"
        ".muted { color: #555555; }\n"
        "</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n")
             .arg(esc(QCoreApplication::translate("ReportBuilder", "Self-assessment report")));
    h += QStringLiteral("<p>%1</p>\n")
             .arg(QCoreApplication::translate(
                      "ReportBuilder",
                      "<b>%1</b> &middot; period %2 (compared with %3) &middot; generated %4 UTC")
                      .arg(esc(d.scopeLabel), esc(d.period.label()), esc(d.previous.label()),
                           esc(DateText::dateTime(d.generatedAt.toUTC(), d.locale))));

    // 1. Figures
    h += section(QCoreApplication::translate("ReportBuilder", "1. Figures"), false);
    h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                        "cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                        "<th>%4</th><th>%5</th></tr>\n")
             .arg(esc(QCoreApplication::translate("ReportBuilder", "Figure")), esc(d.period.label()),
                  esc(d.previous.label()), esc(QCoreApplication::translate("ReportBuilder", "Change")),
                  esc(QCoreApplication::translate("ReportBuilder", "Reading")));
    QStringList provisional;
    for (const ReportFigure& f : d.figures) {
        QString reading = QStringLiteral("-");
        if (!f.provisionalNote.isEmpty()) {
            reading = esc(QCoreApplication::translate("ReportBuilder", "provisional"));
            provisional << f.provisionalNote;
        } else if (f.change && std::abs(*f.change) >= 0.5 * std::pow(10.0, -f.decimals))
            reading = esc((*f.change > 0) == f.higherIsBetter
                              ? QCoreApplication::translate("ReportBuilder", "better")
                              : QCoreApplication::translate("ReportBuilder", "worse"));
        else if (f.change)
            reading = esc(QCoreApplication::translate("ReportBuilder", "unchanged"));
        QString change = figure(f.key, f.change, f.decimals, d);
        if (f.change && *f.change > 0 && change != QLatin1String("0") && !change.startsWith(QLatin1Char('-')))
            change.prepend(QLatin1Char('+'));
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td><td class=\"num\" "
                            "align=\"right\">%3</td>"
                            "<td class=\"num\" align=\"right\">%4</td><td>%5</td></tr>\n")
                 .arg(esc(f.label), figure(f.key, f.current, f.decimals, d),
                      figure(f.key, f.previous, f.decimals, d), change, reading);
    }
    h += QStringLiteral("</table>\n<p class=\"muted\">%1</p>\n")
             .arg(esc(QCoreApplication::translate(
                 "ReportBuilder", "Changes are against the previous period of the same length. "
                                  "Whether a change is more than chance is judged in the "
                                  "Findings section.")));
    if (d.currency.isEmpty())
        h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                 .arg(esc(QCoreApplication::translate(
                     "ReportBuilder", "Amounts are shown without a currency symbol: this book has no "
                                      "currency yet (File › Book Settings… in the window, or "
                                      "rapport-cli init --currency CODE).")));
    for (const QString& note : provisional)
        h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(note));

    // 2. Charts
    h += section(QCoreApplication::translate("ReportBuilder", "2. Charts"), true);
    if (d.charts.empty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate(
                     "ReportBuilder", "No charts: there is no data before the end of the period.")));
    for (const ReportChart& c : d.charts)
        // The image carries its own title, so a page break never parts a title from its chart.
        h += QStringLiteral("<p><img src=\"%2\" width=\"520\" height=\"176\" alt=\"%1\"></p>\n")
                 .arg(esc(c.title), esc(imageSource(c)));

    // 3. Findings
    h += section(QCoreApplication::translate("ReportBuilder", "3. Findings"), true);
    // The method note: the error rates measured by bench/findings_error_rates.cpp
    // (docs/reflection.md, "Error rates, measured").
    h += QStringLiteral("<p class=\"muted\">%1</p>\n")
             .arg(esc(QCoreApplication::translate(
                          "ReportBuilder",
                          "How far to trust these findings: on %1 generated books where nothing changed, "
                          "%2 team reports raised a finding that names a person and %3 raised any finding; "
                          "a rep following up 20 points less often at about 700 purchases was found in %4 "
                          "of %5 books.")
                          .arg(d.locale.toString(100), d.locale.toString(0), d.locale.toString(1),
                               d.locale.toString(40), d.locale.toString(40))));
    if (d.findings.empty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate(
                     "ReportBuilder",
                     "Nothing in this period stands out from chance: no complaint category, figure, "
                     "rep, segment or comment theme moved by more than random "
                     "variation would explain.")));
    }
    for (std::size_t i = 0; i < d.findings.size(); ++i) {
        const Finding& f = d.findings[i];
        h += QStringLiteral("<h3><span style=\"color: %1;\">[%2]</span> %3</h3>\n")
                 .arg(severityColour(f.severity), esc(severityName(f.severity)), esc(f.title));
        h += QStringLiteral("<p>%1</p>\n").arg(esc(f.explanation));
        if (!f.evidence.isEmpty()) {
            h += QStringLiteral("<p>%1</p>\n<ul>\n")
                     .arg(esc(QCoreApplication::translate("ReportBuilder", "What may explain it:")));
            for (const QString& e : f.evidence)
                h += QStringLiteral("<li>%1</li>\n").arg(esc(e));
            h += QStringLiteral("</ul>\n");
        }
        h += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">\n");
        for (const FindingNumber& n : f.numbers)
            h += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td></tr>\n")
                     .arg(esc(n.label), number(n.value, n.decimals, d.locale));
        h += QStringLiteral("</table>\n");
        for (const FindingRecords& r : f.records)
            h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(esc(QCoreApplication::translate("ReportBuilder", "Records: %1 %2")
                                  .arg(d.locale.toString(r.total), r.description)));
        if (i < d.findingExamples.size() && !d.findingExamples[i].customers.isEmpty()) {
            QStringList names;
            for (const QString& n : d.findingExamples[i].customers)
                names << esc(n);
            h += QStringLiteral("<p class=\"muted\">%1</p>\n")
                     .arg(QCoreApplication::translate("ReportBuilder", "For example: %1")
                              .arg(names.join(QStringLiteral(", "))));
        }
    }

    // 4. Questionnaire profile
    h += section(QCoreApplication::translate("ReportBuilder", "4. Questionnaire profile and blind spots"),
                 true);
    if (d.profiles.empty())
        h += QStringLiteral("<p>%1</p>\n").arg(esc(d.profilesNote));
    for (const ReportProfile& p : d.profiles) {
        h += QStringLiteral("<h3>%1</h3>\n").arg(esc(p.repName));
        if (!p.takenAt.isValid()) {
            h += QStringLiteral("<p>%1</p>\n").arg(esc(p.note));
            continue;
        }
        h += QStringLiteral("<p>%1%2</p>\n")
                 .arg(esc(QCoreApplication::translate("ReportBuilder", "Questionnaire taken %1.")
                              .arg(date(p.takenAt, d.locale))),
                      p.straightLined ? QStringLiteral(" <b>%1</b>")
                                            .arg(esc(QCoreApplication::translate(
                                                "ReportBuilder",
                                                "The same answer was given to every item: read the scores "
                                                "with care.")))
                                      : QString());
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                            "cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                            "<th>%4</th><th>%5</th></tr>\n")
                 .arg(esc(QCoreApplication::translate("ReportBuilder", "Dimension")),
                      esc(QCoreApplication::translate("ReportBuilder", "Score")),
                      esc(QCoreApplication::translate("ReportBuilder", "Change")),
                      esc(QCoreApplication::translate("ReportBuilder", "Reading")),
                      esc(QCoreApplication::translate("ReportBuilder", "Against the data")));
        for (const ReportDimension& dim : p.dimensions)
            h += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td><td class=\"num\" "
                                "align=\"right\">%3</td>"
                                "<td>%4</td><td>%5</td></tr>\n")
                     .arg(esc(dim.name), number(dim.score, 0, d.locale), number(dim.change, 0, d.locale),
                          esc(dim.level),
                          dim.verdict.isEmpty()
                              ? QStringLiteral("-")
                              : QStringLiteral("<b>%1</b>: %2").arg(esc(dim.verdict), esc(dim.explanation)));
        h += QStringLiteral("</table>\n");
        for (const ReportDimension& dim : p.dimensions) {
            if (dim.strategies.isEmpty())
                continue;
            h += QStringLiteral("<p>%1</p>\n<ul>\n")
                     .arg(QCoreApplication::translate("ReportBuilder", "To improve <b>%1</b>:")
                              .arg(esc(dim.name)));
            for (const QString& s : dim.strategies)
                h += QStringLiteral("<li>%1</li>\n").arg(esc(s));
            h += QStringLiteral("</ul>\n");
        }
        if (!p.note.isEmpty())
            h += QStringLiteral("<p class=\"muted\">%1</p>\n").arg(esc(p.note));
    }

    // 5. Goals
    h += section(QCoreApplication::translate("ReportBuilder", "5. Goals"), true);
    if (d.goals.empty())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(QCoreApplication::translate("ReportBuilder",
                                                      "No KPI goal overlaps this period for this scope.")));
    else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                            "cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                            "<th>%4</th><th>%5</th><th>%6</th></tr>\n")
                 .arg(esc(QCoreApplication::translate("ReportBuilder", "Goal")),
                      esc(QCoreApplication::translate("ReportBuilder", "Metric")),
                      esc(QCoreApplication::translate("ReportBuilder", "Target")),
                      esc(QCoreApplication::translate("ReportBuilder", "Now")),
                      esc(QCoreApplication::translate("ReportBuilder", "Projected")),
                      esc(QCoreApplication::translate("ReportBuilder", "Status")));
        for (const ReportGoal& g : d.goals)
            h += QStringLiteral(
                     "<tr><td>%1</td><td>%2</td><td>%3 %4</td><td class=\"num\" align=\"right\">%5</td>"
                     "<td class=\"num\" align=\"right\">%6</td><td>%7</td></tr>\n")
                     .arg(esc(g.name), esc(MetricCatalogue::title(g.metric)), esc(g.direction),
                          figure(g.metric, g.target, g.decimals, d),
                          figure(g.metric, g.current, g.decimals, d),
                          figure(g.metric, g.projected, g.decimals, d),
                          esc(QString(g.status).replace(QLatin1Char('_'), QLatin1Char(' '))));
        h += QStringLiteral("</table>\n");
    }

    // 6. Action plans
    h += section(QCoreApplication::translate("ReportBuilder", "6. Action plans"), true);
    if (d.plans.empty())
        h +=
            QStringLiteral("<p>%1</p>\n")
                .arg(esc(QCoreApplication::translate("ReportBuilder", "No action plan for this scope yet.")));
    else {
        h += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" "
                            "cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th>"
                            "<th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th>"
                            "<th>%9</th><th>%10</th><th>%11</th></tr>\n")
                 .arg(esc(QCoreApplication::translate("ReportBuilder", "Plan")),
                      esc(QCoreApplication::translate("ReportBuilder", "Owner")),
                      esc(QCoreApplication::translate("ReportBuilder", "Metric")),
                      esc(QCoreApplication::translate("ReportBuilder", "Baseline")),
                      esc(QCoreApplication::translate("ReportBuilder", "Target")),
                      esc(QCoreApplication::translate("ReportBuilder", "Now")),
                      esc(QCoreApplication::translate("ReportBuilder", "Progress")),
                      esc(QCoreApplication::translate("ReportBuilder", "Steps done")),
                      esc(QCoreApplication::translate("ReportBuilder", "Check-ins")),
                      esc(QCoreApplication::translate("ReportBuilder", "Deadline")),
                      esc(QCoreApplication::translate("ReportBuilder", "Status")));
        for (const ReportPlan& p : d.plans) {
            QString progress = p.progressPercent
                                   ? QStringLiteral("%1%").arg(number(p.progressPercent, 0, d.locale))
                                   : QStringLiteral("-");
            if (!p.progress.isEmpty())
                progress += QStringLiteral(" (%1)").arg(esc(p.progress));
            QString status = esc(p.status);
            if (!p.checkInState.isEmpty())
                status += QStringLiteral("<br/>%1").arg(esc(p.checkInState));
            h += QStringLiteral(
                     "<tr><td>%1</td><td>%2</td><td>%3</td><td class=\"num\" align=\"right\">%4</td>"
                     "<td>%5 %6</td><td class=\"num\" align=\"right\">%7</td><td>%8</td><td>%9</td>"
                     "<td class=\"num\" align=\"right\">%10</td><td>%11</td><td>%12</td></tr>\n")
                     .arg(esc(p.title), esc(p.owner), esc(MetricCatalogue::title(p.metric)),
                          figure(p.metric, p.baseline, 1, d), esc(p.direction),
                          figure(p.metric, p.target, 1, d), figure(p.metric, p.current, 1, d), progress,
                          esc(QCoreApplication::translate("ReportBuilder", "%1 of %2")
                                  .arg(QString::number(p.itemsDone), QString::number(p.itemsTotal))),
                          QString::number(p.checkIns), date(p.deadline, d.locale), status);
        }
        h += QStringLiteral("</table>\n");
        // Plans that are over say whether they worked; plans that cannot be measured say why.
        for (const ReportPlan& p : d.plans) {
            if (!p.beforeAfter.isEmpty())
                h += QStringLiteral("<p><b>%1</b>: %2</p>\n").arg(esc(p.title), esc(p.beforeAfter));
            else if (!p.trackingProblem.isEmpty())
                h += QStringLiteral("<p><b>%1</b>: %2</p>\n")
                         .arg(esc(p.title),
                              esc(QCoreApplication::translate("ReportBuilder", "not measured (%1)")
                                      .arg(p.trackingProblem)));
        }
    }
    // 7. Products, 8. Churn reasons and win-back (issue 19)
    h += ReportProductSections::products(
        d, section(QCoreApplication::translate("ReportBuilder", "7. Products"), true));
    h += ReportProductSections::churn(
        d, section(QCoreApplication::translate("ReportBuilder", "8. Churn reasons and win-back"), true));
    h += QStringLiteral("</body></html>\n");
    return h;
}

} // namespace rapport::core
