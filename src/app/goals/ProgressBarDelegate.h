#pragma once

#include <QStyledItemDelegate>

namespace rapport::app {

// Draws a 0..100 value (Qt::UserRole) as a progress bar in the current style.
class ProgressBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProgressBarDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace rapport::app
