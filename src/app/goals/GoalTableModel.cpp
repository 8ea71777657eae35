#include "goals/GoalTableModel.h"

#include "common/DateText.h"
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
    case core::GoalStatus::OnTrack:
        break;
    }
    return tr("On track");
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
