#pragma once

#include "dashboard/KeyboardChartView.h"

#include <QStringList>
#include <map>
#include <vector>

namespace rapport::app {

// Complaints by category over months as stacked bars (count per month, one colour per
// category), coloured from the palette. Clicking a bar asks for that month's complaints;
// from the keyboard, Left/Right (Home/End) pick a month, shown highlighted with its counts,
// and Enter asks for its complaints.
class ComplaintsChart final : public KeyboardChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComplaintsChart)

public:
    explicit ComplaintsChart(QWidget* parent = nullptr);

    // byMonth[i] = counts by category for months[i].
    void setData(const QStringList& months, const std::vector<std::map<QString, qint64>>& byMonth);
    QStringList categories() const;
    // The month the keyboard is on, or -1.
    int currentMonth() const { return m_month; }

signals:
    void monthActivated(int monthIndex);

protected:
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void placeCursor() override;
    void showCursor(bool shown) override;

private:
    QStringList m_months;
    std::vector<std::map<QString, qint64>> m_byMonth;
    int m_month = -1;
};

} // namespace rapport::app
