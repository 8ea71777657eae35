#include "dashboard/CohortTableModel.h"

#include "metrics/PeriodName.h"

#include <QFont>
#include <QLocale>
#include <algorithm>

namespace rapport::app {

CohortTableModel::CohortTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void CohortTableModel::setTable(core::CohortTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_columns = 0;
    m_laterMax = 0;
    for (const auto& row : m_table.rows) {
        m_columns = std::max(m_columns, static_cast<int>(row.retention.size()));
        for (std::size_t k = 1; k < row.retention.size(); ++k)
            if (row.retention[k])
                m_laterMax = std::max(m_laterMax, *row.retention[k]);
    }
    endResetModel();
}

int CohortTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.rows.size());
}

int CohortTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CohortTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= m_columns)
        return {};
    const core::CohortRow& row = m_table.rows.at(static_cast<std::size_t>(index.row()));
    const auto column = static_cast<std::size_t>(index.column());
    const bool has = column < row.retention.size() && row.retention[column].has_value();
    const double v = has ? *row.retention[column] : 0.0;
    const bool running = has && isRunning(index.row(), index.column());
    if (role == ValueRole)
        return has ? QVariant(v) : QVariant();
    if (role == RunningRole)
        return running;
    if (role == IntensityRole) {
        // A running month is left uncoloured: a pale cell would read as customers lost.
        if (!has || running)
            return {};
        if (index.column() == 0 || m_laterMax <= 0)
            return v / 100.0;
        return v / m_laterMax;
    }
    if (role == Qt::DisplayRole)
        return has ? QLocale().toString(v, 'f', 0) + (running ? QStringLiteral(" % …") : QStringLiteral(" %"))
                   : QString();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignCenter);
    if (role == Qt::FontRole && running) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    if (role == Qt::ToolTipRole && running)
        return tr("%1 is still running: %2 of this cohort bought again so far. The month is not over, "
                  "so this is no drop.")
            .arg(core::PeriodName::of(*m_table.runningMonth),
                 QLocale().toString(v, 'f', 1) + QStringLiteral(" %"));
    if (role == Qt::ToolTipRole && has)
        return tr("%1 of the %Ln customer(s) who first bought in %2 bought again %3 month(s) later", nullptr,
                  static_cast<int>(row.size))
            .arg(QLocale().toString(v, 'f', 1) + QStringLiteral(" %"), row.month.label())
            .arg(index.column());
    return {};
}

bool CohortTableModel::isRunning(int row, int column) const
{
    if (!m_table.runningMonth || row < 0 || row >= rowCount())
        return false;
    const core::Period& month = m_table.rows.at(static_cast<std::size_t>(row)).month;
    return month.start().addMonths(column) == m_table.runningMonth->start();
}

QVariant CohortTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return tr("+%1 mo").arg(section);
    if (section < 0 || section >= rowCount())
        return {};
    const core::CohortRow& row = m_table.rows.at(static_cast<std::size_t>(section));
    return tr("%1 (%2)").arg(row.month.label()).arg(row.size);
}

} // namespace rapport::app
