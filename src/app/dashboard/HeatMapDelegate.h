#pragma once

#include <QStyledItemDelegate>

namespace rapport::app {

// Colours a cell by its intensity (0..1, CohortTableModel::IntensityRole): the palette's
// highlight colour, more opaque for higher values, with text that stays readable.
class HeatMapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace rapport::app
