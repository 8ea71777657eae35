#pragma once

#include <QChartView>
#include <QStringList>

#include <optional>
#include <vector>

namespace rapport::app {

// A line chart of metrics by month (one line per metric key), with labelled axes and
// units, coloured from the widget's palette so it reads in light and dark themes.
// Clicking a point asks for the records behind that month's figure.
class TrendChart final : public QChartView
{
    Q_OBJECT

public:
    struct Line
    {
        QString key; // metric key, for drill-down
        QString name;
        std::vector<std::optional<double>> values; // one per month label
    };

    explicit TrendChart(const QString& title, const QString& valueAxisTitle, QWidget* parent = nullptr);

    void setData(const QStringList& months, const std::vector<Line>& lines);
    // Keeps the value axis inside [low, high] (e.g. 0..100 for percentages).
    void setValueBounds(double low, double high);
    int lineCount() const;

signals:
    void pointActivated(const QString& key, int monthIndex);

protected:
    void changeEvent(QEvent* event) override;

private:
    QString m_title;
    QString m_valueAxisTitle;
    std::optional<double> m_lowBound;
    std::optional<double> m_highBound;
};

} // namespace rapport::app
