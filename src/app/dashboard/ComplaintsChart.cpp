#include "dashboard/ComplaintsChart.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/MonthAxis.h"

#include <QBarSet>
#include <QEvent>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <set>

namespace rapport::app {

ComplaintsChart::ComplaintsChart(QWidget* parent) : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->setTitle(tr("Complaints by category"));
    setAccessibleName(tr("Complaints by category chart"));
    setAccessibleDescription(tr("Complaints per month, stacked by category; click a bar to see its records."));
    applyPalette(*chart(), palette());
}

QStringList ComplaintsChart::categories() const
{
    QStringList names;
    for (QAbstractSeries* s : chart()->series())
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                names << set->label();
    return names;
}

void ComplaintsChart::setData(const QStringList& months, const std::vector<std::map<QString, qint64>>& byMonth)
{
    QChart* c = chart();
    c->removeAllSeries();
    // removeAxis() hands the axis back to us: delete it, or every refresh leaks one.
    for (QAbstractAxis* axis : c->axes()) {
        c->removeAxis(axis);
        delete axis;
    }

    std::set<QString> names;
    for (const auto& month : byMonth)
        for (const auto& [name, count] : month)
            names.insert(name);
    auto* series = new QStackedBarSeries;
    qint64 highest = 0;
    std::vector<qint64> totals(byMonth.size(), 0);
    for (const QString& name : names) {
        auto* set = new QBarSet(name);
        for (std::size_t i = 0; i < byMonth.size(); ++i) {
            const auto it = byMonth[i].find(name);
            const qint64 n = it == byMonth[i].end() ? 0 : it->second;
            *set << static_cast<double>(n);
            totals[i] += n;
        }
        series->append(set);
    }
    for (qint64 t : totals)
        highest = std::max(highest, t);
    connect(series, &QStackedBarSeries::clicked, this, [this](int index, QBarSet*) { emit monthActivated(index); });
    c->addSeries(series);

    auto* y = new QValueAxis;
    y->setTitleText(tr("Complaints (count)"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max<qint64>(highest, 1));
    y->applyNiceNumbers();
    c->addAxis(y, Qt::AlignLeft);
    auto* x = new MonthAxis(months);
    x->install(*c);
    series->attachAxis(x);
    series->attachAxis(y);
    applyPalette(*c, palette());
}

void ComplaintsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(*chart(), palette());
    QChartView::changeEvent(event);
}

} // namespace rapport::app
