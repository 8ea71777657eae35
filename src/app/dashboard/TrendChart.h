#pragma once

#include "dashboard/KeyboardChartView.h"

#include <QStringList>

class QLineSeries;

#include <optional>
#include <vector>

namespace rapport::app {

// A line chart of metrics by month (one line per metric key), with labelled axes and
// units, coloured from the widget's palette so it reads in light and dark themes.
// Clicking a point asks for the records behind that month's figure. From the keyboard:
// Tab to the chart, Left/Right (Home/End) move along a line, Up/Down switch lines, Enter
// asks for the records; the point is enlarged and its value shown and told to screen readers.
class TrendChart final : public KeyboardChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrendChart)

public:
    struct Line
    {
        QString key; // metric key, for drill-down
        QString name;
        std::vector<std::optional<double>> values; // one per month label
    };

    explicit TrendChart(const QString& title, const QString& valueAxisTitle, QWidget* parent = nullptr);

    void setData(const QStringList& months, const std::vector<Line>& lines);
    // The month (index) that is still running, drawn dashed from the month before by the
    // next setData(); -1 for none.
    void setRunningMonth(int month);
    // Keeps the value axis inside [low, high] (e.g. 0..100 for percentages).
    void setValueBounds(double low, double high);
    int lineCount() const;
    // What the last setData() was given (tests read the values drawn).
    const std::vector<Line>& lines() const { return m_lines; }
    // The point the keyboard is on: (line, month index), or nullopt when there is none.
    std::optional<std::pair<int, int>> currentPoint() const;

signals:
    void pointActivated(const QString& key, int monthIndex);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void placeCursor() override;
    void showCursor(bool shown) override;

private:
    struct PointRef
    {
        QLineSeries* series = nullptr; // the run of months the point is drawn in
        int index = -1;                // its index in that series
    };
    bool hasPoint(int line, int month) const;
    void moveTo(int line, int month);

    QStringList m_months;
    std::vector<Line> m_lines;
    std::vector<std::vector<PointRef>> m_points; // [line][month]
    int m_line = -1;
    int m_month = -1;
    int m_runningMonth = -1;
    QString m_title;
    QString m_valueAxisTitle;
    std::optional<double> m_lowBound;
    std::optional<double> m_highBound;
};

} // namespace rapport::app
