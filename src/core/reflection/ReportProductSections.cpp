#include "reflection/ReportProductSections.h"

#include "reflection/ReportBuilder.h"

#include <QCoreApplication>
#include <algorithm>
#include <vector>

namespace rapport::core {
namespace {

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportProductSections", text);
}

// A reason key as a reader sees it: product_quality -> "product quality".
QString reasonWords(const QString& key)
{
    return QString(key).replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString productName(const ProductFigures::Product& p)
{
    return p.name.isEmpty() ? p.externalId : p.name;
}

QString rate(const ProductLine& line, const QLocale& locale)
{
    return ReportBuilder::number(line.complaintsPer100Purchases(), 1, locale);
}

QString row(const QString& name, const ProductLine& line, const ReportData& d)
{
    return QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td>"
                          "<td class=\"num\" align=\"right\">%3</td><td class=\"num\" align=\"right\">%4</td>"
                          "<td class=\"num\" align=\"right\">%5</td></tr>\n")
        .arg(name, d.locale.toString(line.purchases),
             ReportBuilder::figure(QStringLiteral("revenue"), static_cast<double>(line.revenueCents) / 100.0,
                                   0, d),
             d.locale.toString(line.complaints), rate(line, d.locale));
}

} // namespace

const ProductFigures::Product* ReportProductSections::mostComplainedAbout(const ProductFigures& f)
{
    const ProductFigures::Product* best = nullptr;
    for (const auto& p : f.products) {
        if (p.figures.purchases < kMinPurchases)
            continue;
        if (!best || *p.figures.complaintsPer100Purchases() > *best->figures.complaintsPer100Purchases())
            best = &p;
    }
    return best;
}

QString ReportProductSections::leadingReason(const ChurnFigures& f)
{
    QString best;
    qint64 most = 0;
    for (const auto& [reason, count] : f.reasons) // std::map: keys in order, so ties go to the first
        if (count > most && reason != QLatin1String(ChurnFigures::kUnknownReason)) {
            most = count;
            best = reason;
        }
    return best;
}

QString ReportProductSections::products(const ReportData& d, const QString& heading)
{
    QString h = heading;
    if (!d.products || d.products->products.empty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("The book has no product catalogue yet, so there are no figures by product.")));
        return h;
    }
    const ProductFigures& f = *d.products;
    // Most revenue first; the rows without a product last.
    std::vector<const ProductFigures::Product*> order;
    for (const auto& p : f.products)
        order.push_back(&p);
    std::stable_sort(order.begin(), order.end(), [](const auto* a, const auto* b) {
        return a->figures.revenueCents > b->figures.revenueCents;
    });
    h += QStringLiteral(
             "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th>"
             "<th>%3</th><th>%4</th><th>%5</th></tr>\n")
             .arg(esc(tr("Product")), esc(tr("Purchases")), esc(tr("Revenue")), esc(tr("Complaints")),
                  esc(tr("Complaints per 100 purchases")));
    for (const auto* p : order) {
        QString name = esc(productName(*p));
        if (!p->active)
            name += QStringLiteral(" <span class=\"muted\">%1</span>").arg(esc(tr("(retired)")));
        h += row(name, p->figures, d);
    }
    h += row(QStringLiteral("<i>%1</i>").arg(esc(tr("No product named"))), f.unassigned, d);
    h += QStringLiteral("</table>\n");

    QStringList lines;
    if (!order.empty() && order.front()->figures.revenueCents > 0)
        lines << tr("Most revenue: %1 (%2 of %3 from all purchases).")
                     .arg(productName(*order.front()),
                          ReportBuilder::figure(
                              QStringLiteral("revenue"),
                              static_cast<double>(order.front()->figures.revenueCents) / 100.0, 0, d),
                          [&] {
                              qint64 total = f.unassigned.revenueCents;
                              for (const auto& p : f.products)
                                  total += p.figures.revenueCents;
                              return ReportBuilder::figure(QStringLiteral("revenue"),
                                                           static_cast<double>(total) / 100.0, 0, d);
                          }());
    if (const auto* worst = mostComplainedAbout(f)) {
        qint64 restC = 0, restP = 0;
        for (const auto& p : f.products)
            if (&p != worst) {
                restC += p.figures.complaints;
                restP += p.figures.purchases;
            }
        const QString others =
            restP > 0 ? ReportBuilder::number(100.0 * static_cast<double>(restC) / static_cast<double>(restP),
                                              1, d.locale)
                      : QStringLiteral("-");
        lines
            << tr("Most complaints per purchase: %1, with %2 complaints per 100 purchases against %3 for the "
                  "other products together.")
                   .arg(productName(*worst), rate(worst->figures, d.locale), others);
    }
    for (const QString& line : lines)
        h += QStringLiteral("<p>%1</p>\n").arg(esc(line));
    h += QStringLiteral("<p class=\"muted\">%1</p>\n")
             .arg(esc(
                 tr("Purchases leave refunds out; revenue takes them off. A product's complaint rate is "
                    "named only over at least %1 purchases; whether it rose by more than chance is judged "
                    "in the Findings section.")
                     .arg(kMinPurchases)));
    return h;
}

QString ReportProductSections::churn(const ReportData& d, const QString& heading)
{
    QString h = heading;
    if (!d.churn)
        return h;
    const ChurnFigures& f = *d.churn;
    if (f.churned == 0) {
        h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("No customer left in %1.").arg(d.period.label())));
        return h;
    }
    std::vector<std::pair<QString, qint64>> ranked(f.reasons.begin(), f.reasons.end());
    std::stable_sort(ranked.begin(), ranked.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    const QString leading = leadingReason(f);
    if (leading.isEmpty()) {
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("%1 customers left in %2; none of them has a recorded reason.")
                              .arg(d.locale.toString(f.churned), d.period.label())));
    } else {
        const qint64 leadingCount = f.reasons.at(leading);
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("%1 customers left in %2. The leading reason is '%3': %4 of them (%5%).")
                              .arg(d.locale.toString(f.churned), d.period.label(), reasonWords(leading),
                                   d.locale.toString(leadingCount),
                                   ReportBuilder::number(100.0 * static_cast<double>(leadingCount) /
                                                             static_cast<double>(f.churned),
                                                         0, d.locale))));
    }
    h += QStringLiteral(
             "<table cellspacing=\"0\" cellpadding=\"4\">\n<tr><th>%1</th><th>%2</th><th>%3</th></tr>\n")
             .arg(esc(tr("Reason")), esc(tr("Customers")), esc(tr("Share")));
    for (const auto& [reason, count] : ranked)
        h += QStringLiteral("<tr><td>%1</td><td class=\"num\" align=\"right\">%2</td>"
                            "<td class=\"num\" align=\"right\">%3%</td></tr>\n")
                 .arg(esc(reasonWords(reason)), d.locale.toString(count),
                      ReportBuilder::number(
                          100.0 * static_cast<double>(count) / static_cast<double>(f.churned), 0, d.locale));
    h += QStringLiteral("</table>\n");
    h += QStringLiteral("<p>%1</p>\n")
             .arg(esc(
                 tr("Won back: %1 of them bought again within 180 days of leaving, a win-back rate of %2%.")
                     .arg(d.locale.toString(f.wonBack), ReportBuilder::number(f.winBackRate, 1, d.locale))));
    h += QStringLiteral("<p class=\"muted\">%1</p>\n")
             .arg(esc(
                 tr("A customer without a recorded reason counts as 'unknown'. The 180 days of a recent "
                    "leaver are still running, so the win-back rate of a recent period can still rise.")));
    return h;
}

} // namespace rapport::core
