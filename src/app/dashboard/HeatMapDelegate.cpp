#include "dashboard/HeatMapDelegate.h"

#include "dashboard/CohortTableModel.h"

#include <QPainter>
#include <algorithm>
#include <cstdlib>

namespace rapport::app {

void HeatMapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                            const QModelIndex& index) const
{
    const QVariant v = index.data(CohortTableModel::IntensityRole);
    if (!v.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const double share = std::clamp(v.toDouble(), 0.0, 1.0);
    const QColor base = option.palette.color(QPalette::Base);
    const QColor hot = option.palette.color(QPalette::Highlight);
    // Blend by hand so the text colour can be chosen against the colour actually painted.
    const QColor fill =
        QColor::fromRgbF(static_cast<float>(base.redF() + (hot.redF() - base.redF()) * share),
                         static_cast<float>(base.greenF() + (hot.greenF() - base.greenF()) * share),
                         static_cast<float>(base.blueF() + (hot.blueF() - base.blueF()) * share));
    painter->fillRect(option.rect, fill);
    QStyleOptionViewItem opt = option;
    // Of the two text colours the palette pairs with base and highlight, the one that stands
    // out more against the colour actually painted.
    const QColor normal = option.palette.color(QPalette::Text);
    const QColor inverse = option.palette.color(QPalette::HighlightedText);
    const int l = fill.lightness();
    const QColor text =
        std::abs(l - normal.lightness()) >= std::abs(l - inverse.lightness()) ? normal : inverse;
    opt.palette.setColor(QPalette::Text, text);
    opt.palette.setColor(QPalette::HighlightedText, text);
    opt.backgroundBrush = Qt::NoBrush;
    opt.state &= ~QStyle::State_Selected;
    QStyledItemDelegate::paint(painter, opt, index);
}

} // namespace rapport::app
