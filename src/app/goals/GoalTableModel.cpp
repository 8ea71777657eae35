#include "goals/GoalTableModel.h"

#include "common/DateText.h"
#include "metrics/MetricsEngine.h"
#include "widgets/MetricFormat.h"

#include <QBrush>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace rapport::app {

GoalTableModel::GoalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void GoalTableModel::setRows(std::vector<Row> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int GoalTableModel::findGoal(qint64 id) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].goal.id == id)
            return static_cast<int>(i);
    return -1;
}

int GoalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int GoalTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString GoalTableModel::statusText(core::GoalStatus status)
{
    switch (status) {
    case core::GoalStatus::Met:
        return tr("Met");
    case core::GoalStatus::Missed:
        return tr("Missed");
    case core::GoalStatus::AtRisk:
        return tr("At risk");
    case core::GoalStatus::OffTrack:
        return tr("Off track");
    case core::GoalStatus::NotStarted:
        return tr("Not started");
    case core::GoalStatus::OnTrack:
        break;
    }
    return tr("On track");
}

std::optional<double> GoalTableModel::progressValue(const core::GoalProgress& progress)
{
    return progress.finished ? progress.current : progress.projected;
}

QString GoalTableModel::progressExplanation(const Row& r) const
{
    const core::KpiGoal& g = r.goal;
    if (r.progress->status == core::GoalStatus::NotStarted)
        return tr("The period has not started: there is nothing to measure yet.");
    const std::optional<double> value = progressValue(*r.progress);
    if (!value || !r.progressPercent)
        return tr("No value to measure progress with yet.");
    const QString valueText = MetricFormat::value(g.metric, value);
    const QString targetText = MetricFormat::value(g.metric, g.target);
    const QString percent = QLocale().toString(*r.progressPercent, 'f', 0) + QStringLiteral(" %");
    const bool projected = !r.progress->finished && core::MetricsEngine::isAdditiveKey(g.metric);
    if (g.baseline && *g.baseline != g.target) {
        const QString baselineText = MetricFormat::value(g.metric, g.baseline);
        return projected ? tr("From the baseline %1 to the target %2, the projection %3 comes %4 of the way.")
                               .arg(baselineText, targetText, valueText, percent)
                         : tr("From the baseline %1 to the target %2, the value %3 comes %4 of the way.")
                               .arg(baselineText, targetText, valueText, percent);
    }
    return projected ? tr("No baseline: the projection %1 against the target %2 is %3.")
                           .arg(valueText, targetText, percent)
                     : tr("No baseline: the value %1 against the target %2 is %3.")
                           .arg(valueText, targetText, percent);
}

QVariant GoalTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& r = row(index.row());
    const core::KpiGoal& g = r.goal;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return g.name;
        case Metric:
            return MetricFormat::title(g.metric);
        case Scope:
            return r.scopeText.isEmpty() ? MetricFormat::scope(g.scope) : r.scopeText;
        case Period:
            return tr("%1 to %2")
                .arg(core::DateText::utcDay(g.periodStart, locale),
                     core::DateText::utcDay(g.periodEnd.addSecs(-1), locale));
        case Baseline:
            return g.baseline ? MetricFormat::value(g.metric, g.baseline) : QStringLiteral("—");
        case Target:
            return QString(g.direction + QLatin1Char(' ') + MetricFormat::value(g.metric, g.target));
        case Current:
            if (!r.progress)
                return tr("error");
            if (r.progress->projected && !r.progress->finished && r.progress->current)
                return tr("%1 (projected %2)")
                    .arg(MetricFormat::value(g.metric, r.progress->current),
                         MetricFormat::value(g.metric, r.progress->projected));
            return MetricFormat::value(g.metric, r.progress->current);
        case Progress:
            return r.progressPercent ? locale.toString(*r.progressPercent, 'f', 0) + QStringLiteral(" %")
                                     : QStringLiteral("—");
        case Status:
            return r.progress ? statusText(r.progress->status) : tr("error");
        case LastCheckIn:
            if (r.checkInOverdue)
                return r.lastCheckIn
                           ? tr("%1 — overdue").arg(core::DateText::utcDay(r.lastCheckIn->at, locale))
                           : tr("none — overdue");
            return r.lastCheckIn ? core::DateText::utcDay(r.lastCheckIn->at, locale) : tr("none");
        default:
            return {};
        }
    }
    if (role == ValueRole) {
        if (index.column() == Progress)
            return r.progressPercent ? QVariant(*r.progressPercent) : QVariant();
        if (index.column() == Status && r.progress)
            return core::toString(r.progress->status);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (!r.progress)
            return r.error;
        if (index.column() == LastCheckIn && r.checkInOverdue)
            return tr("A check-in is due every %Ln day(s).", nullptr, g.checkInEveryDays);
        if (index.column() == Baseline)
            return g.baseline
                       ? tr("Where the figure stood when the goal was set: progress is measured from here.")
                       : tr("No baseline: progress is the value against the target.");
        if (index.column() == Progress ||
            (index.column() == Status && r.progress->status == core::GoalStatus::NotStarted))
            return progressExplanation(r);
        if (index.column() == Current && r.progress->status == core::GoalStatus::NotStarted)
            return tr("The period has not started: there is nothing to measure yet.");
        if (index.column() == Current && !r.progress->current)
            return tr("No data yet for this metric in the elapsed part of the period.");
    }
    if (role == Qt::ForegroundRole && index.column() == Status && r.progress) {
        const bool dark = QGuiApplication::palette().color(QPalette::Base).lightness() < 128;
        switch (r.progress->status) {
        case core::GoalStatus::Met:
        case core::GoalStatus::OnTrack:
            return QBrush(dark ? QColor(0x6c, 0xd0, 0x7a) : QColor(0x1b, 0x7a, 0x2f));
        case core::GoalStatus::AtRisk:
            return QBrush(dark ? QColor(0xf0, 0xc0, 0x50) : QColor(0x9a, 0x63, 0x00));
        case core::GoalStatus::Missed:
        case core::GoalStatus::OffTrack:
            return QBrush(dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x26, 0x1e));
        case core::GoalStatus::NotStarted:
            return {}; // nothing to judge: no colour that reads as good or bad news
        }
    }
    if (role == Qt::FontRole && index.column() == LastCheckIn && r.checkInOverdue) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant GoalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Goal");
    case Metric:
        return tr("Metric");
    case Scope:
        return tr("Scope");
    case Period:
        return tr("Period (UTC)");
    case Baseline:
        return tr("Baseline");
    case Target:
        return tr("Target");
    case Current:
        return tr("So far");
    case Progress:
        return tr("Progress");
    case Status:
        return tr("Status");
    case LastCheckIn:
        return tr("Last check-in");
    default:
        return {};
    }
}

} // namespace rapport::app
