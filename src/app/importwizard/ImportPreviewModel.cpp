#include "importwizard/ImportPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace rapport::app {

ImportPreviewModel::ImportPreviewModel(QObject* parent) : QAbstractTableModel(parent) {}

QColor ImportPreviewModel::invalidBackground(bool badCell)
{
    // Translucent, so the view's own Base shows through: a light pink under dark text on a
    // light palette, a deep red under light text on a dark one (AccessibilityTest checks both).
    return badCell ? QColor(220, 40, 40, 130) : QColor(220, 40, 40, 55);
}

void ImportPreviewModel::setPreview(core::ImportPreviewData data)
{
    beginResetModel();
    m_data = std::move(data);
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_data.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstFileColumn + static_cast<int>(m_data.header.size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::ImportPreviewRow& row = m_data.rows[static_cast<std::size_t>(index.row())];
    const bool invalid = !row.problems.isEmpty();
    const int cell = index.column() - FirstFileColumn;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == LineColumn)
            return row.line;
        if (index.column() == ProblemsColumn)
            return (row.problems + row.notices).join(QStringLiteral("; "));
        if (cell < row.cells.size())
            // One line per cell in the table; the tooltip shows multi-line text whole.
            return QString(row.cells.at(cell)).replace(QLatin1Char('\n'), QChar(0x21b5));
        return {};
    case Qt::ToolTipRole:
        if (invalid || !row.notices.isEmpty())
            return tr("Line %1: %2").arg(row.line).arg((row.problems + row.notices).join(QLatin1Char('\n')));
        if (cell >= 0 && cell < row.cells.size() && row.cells.at(cell).contains(QLatin1Char('\n')))
            return row.cells.at(cell);
        return {};
    case Qt::BackgroundRole:
        if (!invalid)
            return {};
        return QBrush(invalidBackground(row.badCells.contains(cell)));
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case InvalidRole:
        return invalid;
    default:
        return {};
    }
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LineColumn)
        return tr("Line");
    if (section == ProblemsColumn)
        return tr("Problems");
    return m_data.header.at(section - FirstFileColumn);
}

} // namespace rapport::app
