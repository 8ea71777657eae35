#pragma once

#include <QChartView>

namespace rapport::app {

// A chart the keyboard can walk. Tab gives it the focus: a dashed frame goes round the plot
// and the subclass marks its cursor (a point, a month) and says its value, until the focus
// leaves. The subclass moves the cursor on its keys and opens records on Enter.
class KeyboardChartView : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyboardChartView)

public:
    explicit KeyboardChartView(QWidget* parent = nullptr);

protected:
    // Gives the cursor a place when it has none yet (the newest month).
    virtual void placeCursor() = 0;
    // Marks the cursor and tells its value, or takes the mark away.
    virtual void showCursor(bool shown) = 0;

    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void drawForeground(QPainter* painter, const QRectF& rect) override;
};

} // namespace rapport::app
