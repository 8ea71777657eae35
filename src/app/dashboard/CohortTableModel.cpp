#include "dashboard/CohortTableModel.h"

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
    if (role == ValueRole)
        return has ? QVariant(v) : QVariant();
    if (role == IntensityRole) {
        if (!has)
            return {};
        if (index.column() == 0 || m_laterMax <= 0)
            return v / 100.0;
        return v / m_laterMax;
    }
    if (role == Qt::DisplayRole)
        return has ? QLocale().toString(v, 'f', 0) + QStringLiteral(" %") : QString();
    if (role == Qt::TextAlignmentRole)
        return QVariant(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && has)
        return tr("%1 of the %n customer(s) who first bought in %2 bought again %3 month(s) later", nullptr,
                  static_cast<int>(row.size))
            .arg(QLocale().toString(v, 'f', 1) + QStringLiteral(" %"), row.month.label())
            .arg(index.column());
    return {};
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
