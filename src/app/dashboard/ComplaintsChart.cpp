#include "dashboard/ComplaintsChart.h"

#include "dashboard/ChartStyle.h"
#include "dashboard/MonthAxis.h"

#include <QAccessible>
#include <QBarSet>
#include <QEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>
#include <algorithm>
#include <set>

namespace rapport::app {

ComplaintsChart::ComplaintsChart(QWidget* parent) : KeyboardChartView(parent)
{
    chart()->setTitle(tr("Complaints by category"));
    setAccessibleName(tr("Complaints by category chart"));
    setAccessibleDescription(
        tr("Complaints per month, stacked by category; click a bar, or pick a month with the "
           "arrow keys and press Enter, to see its records."));
    applyPalette(*chart(), palette());
}

void ComplaintsChart::showCursor(bool shown)
{
    for (QAbstractSeries* s : chart()->series())
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
            for (QBarSet* set : bars->barSets()) {
                set->deselectAllBars();
                if (shown && m_month >= 0) {
                    set->setSelectedColor(palette().color(QPalette::Text)); // unlike any category's colour
                    set->selectBar(m_month);
                }
            }
    if (!shown || m_month < 0 || m_month >= static_cast<int>(m_byMonth.size())) {
        QToolTip::hideText();
        return;
    }
    qint64 total = 0;
    QStringList parts;
    for (const auto& [name, count] : m_byMonth[static_cast<std::size_t>(m_month)]) {
        total += count;
        if (count > 0)
            parts << tr("%1 %2").arg(name, QLocale().toString(count));
    }
    const QString text = parts.isEmpty() ? tr("Complaints in %1: none").arg(m_months.value(m_month))
                                         : tr("Complaints in %1: %2 (%3)")
                                               .arg(m_months.value(m_month), QLocale().toString(total),
                                                    parts.join(QStringLiteral(", ")));
    setAccessibleDescription(text + tr(". Press Enter to see them."));
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
    QToolTip::showText(mapToGlobal(rect().center()), text, this);
}

void ComplaintsChart::keyPressEvent(QKeyEvent* event)
{
    const int months = static_cast<int>(m_months.size());
    int month = m_month;
    switch (event->key()) {
    case Qt::Key_Left:
        month = std::max(0, m_month - 1);
        break;
    case Qt::Key_Right:
        month = std::min(months - 1, m_month + 1);
        break;
    case Qt::Key_Home:
        month = 0;
        break;
    case Qt::Key_End:
        month = months - 1;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_month >= 0 && m_month < months)
            emit monthActivated(m_month);
        return;
    default:
        KeyboardChartView::keyPressEvent(event);
        return;
    }
    if (month != m_month && month >= 0 && month < months) {
        m_month = month;
        showCursor(true);
    }
}

void ComplaintsChart::placeCursor()
{
    if ((m_month < 0 || m_month >= static_cast<int>(m_months.size())) && !m_months.isEmpty())
        m_month = static_cast<int>(m_months.size()) - 1; // the newest month
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

void ComplaintsChart::setData(const QStringList& months,
                              const std::vector<std::map<QString, qint64>>& byMonth)
{
    QChart* c = chart();
    c->removeAllSeries();
    m_months = months;
    m_byMonth = byMonth;
    if (m_month >= static_cast<int>(months.size()))
        m_month = -1;
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
    connect(series, &QStackedBarSeries::clicked, this,
            [this](int index, QBarSet*) { emit monthActivated(index); });
    c->addSeries(series);

    auto* y = new QValueAxis;
    y->setTitleText(tr("Complaints (count)"));
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, std::max<qint64>(highest, 1));
    y->applyNiceNumbers();
    // Counts are whole: with a small maximum, one tick per count instead of "0 1 1 2 2".
    if (y->max() <= 10)
        y->setTickCount(static_cast<int>(y->max()) + 1);
    c->addAxis(y, Qt::AlignLeft);
    auto* x = new MonthAxis(months);
    x->install(*c);
    series->attachAxis(x);
    series->attachAxis(y);
    applyPalette(*c, palette());
    if (hasFocus())
        showCursor(true);
}

void ComplaintsChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(*chart(), palette());
    KeyboardChartView::changeEvent(event);
}

} // namespace rapport::app
