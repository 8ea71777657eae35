#include "dashboard/ChurnTab.h"

#include "dashboard/NumberItem.h"
#include "dashboard/TrendChart.h"
#include "metrics/ChurnBreakdown.h"
#include "services/BackgroundJob.h"
#include "shell/DatabaseSession.h"
#include "widgets/DisplayText.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <algorithm>
#include <limits>

namespace rapport::app {
namespace {

QString percent(std::optional<double> value)
{
    return value ? QCoreApplication::translate("rapport::app::ChurnTab", "%1%")
                       .arg(QLocale().toString(*value, 'f', 1))
                 : QCoreApplication::translate("rapport::app::ChurnTab", "–");
}

QTableWidget* newTable(QWidget* parent, const QString& name, const QString& accessibleName,
                       const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setAccessibleName(accessibleName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setWordWrap(false);
    return table;
}

// The reason with the most customers (ties: the first by key), in words.
QString topReason(const core::ChurnFigures& f)
{
    const auto top = std::max_element(f.reasons.begin(), f.reasons.end(),
                                      [](const auto& a, const auto& b) { return a.second < b.second; });
    return top == f.reasons.end() ? QString() : DisplayText::churnReason(top->first);
}

} // namespace

ChurnTab::ChurnTab(DatabaseSession& session, core::BackgroundJob& job, QWidget* parent)
    : FiguresTab(job, parent), m_session(session), m_summary(new QLabel(this)),
      m_reasons(newTable(this, QStringLiteral("churnReasonsTable"), tr("Churned customers by reason"),
                         {tr("Reason"), tr("Churned"), tr("Share")})),
      m_grouping(new QComboBox(this)),
      m_groups(
          newTable(this, QStringLiteral("churnGroupsTable"), tr("Churn per rep or segment"),
                   {tr("Rep"), tr("Churned"), tr("Leading reason"), tr("Won back"), tr("Win-back rate")})),
      m_chart(new TrendChart(tr("Churned customers by reason"), tr("customers"), this))
{
    setObjectName(QStringLiteral("churnTab"));
    m_summary->setObjectName(QStringLiteral("churnSummaryLabel"));
    m_summary->setWordWrap(true);
    m_grouping->setObjectName(QStringLiteral("churnGroupingComboBox"));
    m_grouping->addItem(tr("Per rep"));
    m_grouping->addItem(tr("Per segment"));
    m_grouping->setAccessibleName(tr("Split the churn per rep or per segment"));
    m_chart->setObjectName(QStringLiteral("churnReasonsChart"));
    m_chart->setMinimumHeight(200);
    m_chart->setValueBounds(0, std::numeric_limits<double>::max()); // counts: never below zero
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ChurnTab::showGroups);

    auto* layout = new QGridLayout(this);
    layout->addWidget(m_summary, 0, 0, 1, 2);
    layout->addWidget(m_reasons, 1, 0, 2, 1);
    layout->addWidget(m_grouping, 1, 1);
    layout->addWidget(m_groups, 2, 1);
    layout->addWidget(m_chart, 3, 0, 1, 2);
    layout->setRowStretch(2, 1);
    layout->setRowStretch(3, 1);
}

void ChurnTab::compute(core::BackgroundJob& job, const std::function<bool()>& wanted)
{
    m_summary->setText(tr("Computing the churn figures…"));
    const core::Period p = period();
    const core::Scope s = scope();
    job.post<core::Result<core::ChurnBreakdown>>(
        this,
        [p, s](core::JobContext& context) -> core::Result<core::ChurnBreakdown> {
            auto db = context.database();
            if (!db)
                return db.error();
            return core::ChurnBreakdown::compute(**db, p, s);
        },
        [this](core::Result<core::ChurnBreakdown> breakdown) {
            if (!breakdown)
                m_summary->setText(
                    tr("The churn figures could not be computed: %1").arg(breakdown.error().message));
            else
                show(*breakdown);
            finished();
        },
        wanted);
}

void ChurnTab::show(const core::ChurnBreakdown& breakdown)
{
    m_breakdown = std::make_shared<const core::ChurnBreakdown>(breakdown);
    const core::ChurnFigures& total = breakdown.total;
    m_summary->setText(
        total.churned == 0
            ? tr("%1 · %2: no customer left in this period.").arg(period().label(), scopeName())
            : tr("%1 · %2: %Ln customer(s) left; %3 came back within 180 days (win-back rate %4).", nullptr,
                 static_cast<int>(total.churned))
                  .arg(period().label(), scopeName(), QLocale().toString(total.wonBack),
                       percent(total.winBackRate)));

    m_reasons->setSortingEnabled(false);
    m_reasons->setRowCount(0);
    for (const auto& [reason, n] : total.reasons) {
        const int row = m_reasons->rowCount();
        m_reasons->insertRow(row);
        m_reasons->setItem(row, 0, new QTableWidgetItem(DisplayText::churnReason(reason)));
        m_reasons->setItem(row, 1, new NumberItem(QLocale().toString(n), static_cast<double>(n)));
        const double share = 100.0 * static_cast<double>(n) / static_cast<double>(total.churned);
        m_reasons->setItem(row, 2, new NumberItem(percent(share), share));
    }
    m_reasons->setSortingEnabled(true);
    m_reasons->sortByColumn(1, Qt::DescendingOrder);
    showGroups();

    // The leading reasons of the twelve months, one line each.
    std::vector<std::pair<qint64, QString>> totals;
    for (const auto& [reason, series] : breakdown.reasonsByMonth) {
        qint64 sum = 0;
        for (qint64 n : series)
            sum += n;
        totals.emplace_back(sum, reason);
    }
    std::sort(totals.begin(), totals.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    std::vector<TrendChart::Line> lines;
    for (const auto& [sum, reason] : totals) {
        if (static_cast<int>(lines.size()) == kChartedReasons)
            break;
        std::vector<std::optional<double>> values;
        for (qint64 n : breakdown.reasonsByMonth.at(reason))
            values.emplace_back(static_cast<double>(n));
        lines.push_back({reason, DisplayText::churnReason(reason), std::move(values)});
    }
    QStringList labels;
    for (const core::Period& m : breakdown.months)
        labels << m.start().toString(QStringLiteral("MM/yy"));
    m_chart->setData(labels, lines);
}

void ChurnTab::showGroups()
{
    if (!m_breakdown)
        return;
    const bool byRep = m_grouping->currentIndex() == 0;
    m_groups->setHorizontalHeaderItem(0, new QTableWidgetItem(byRep ? tr("Rep") : tr("Segment")));
    m_groups->setSortingEnabled(false);
    m_groups->setRowCount(0);
    for (const auto& [key, f] : byRep ? m_breakdown->byRep : m_breakdown->bySegment) {
        const int row = m_groups->rowCount();
        m_groups->insertRow(row);
        const QString name = key.isEmpty() ? (byRep ? tr("No owner") : tr("No segment"))
                                           : (byRep ? m_session.repName(key) : key);
        m_groups->setItem(row, 0, new QTableWidgetItem(name));
        m_groups->setItem(row, 1,
                          new NumberItem(QLocale().toString(f.churned), static_cast<double>(f.churned)));
        m_groups->setItem(row, 2, new QTableWidgetItem(topReason(f)));
        m_groups->setItem(row, 3,
                          new NumberItem(QLocale().toString(f.wonBack), static_cast<double>(f.wonBack)));
        m_groups->setItem(row, 4, new NumberItem(percent(f.winBackRate), f.winBackRate));
    }
    m_groups->setSortingEnabled(true);
    m_groups->sortByColumn(1, Qt::DescendingOrder);
}

} // namespace rapport::app
