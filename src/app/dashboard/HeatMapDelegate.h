#pragma once

#include <QStyledItemDelegate>

namespace rapport::app {

// Colours a cell by its intensity (0..1, CohortTableModel::IntensityRole): the palette's
// highlight colour, more opaque for higher values, with text that stays readable.
class HeatMapDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HeatMapDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace rapport::app
