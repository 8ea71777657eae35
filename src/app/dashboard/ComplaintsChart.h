#pragma once

#include <QChartView>
#include <QStringList>

#include <map>
#include <vector>

namespace rapport::app {

// Complaints by category over months as stacked bars (count per month, one colour per
// category), coloured from the palette. Clicking a bar asks for that month's complaints.
class ComplaintsChart final : public QChartView
{
    Q_OBJECT

public:
    explicit ComplaintsChart(QWidget* parent = nullptr);

    // byMonth[i] = counts by category for months[i].
    void setData(const QStringList& months, const std::vector<std::map<QString, qint64>>& byMonth);
    QStringList categories() const;

signals:
    void monthActivated(int monthIndex);

protected:
    void changeEvent(QEvent* event) override;
};

} // namespace rapport::app
