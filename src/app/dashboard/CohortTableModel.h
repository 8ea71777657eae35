#pragma once

#include "metrics/MetricsEngine.h"

#include <QAbstractTableModel>

namespace rapport::app {

// The cohort retention table: one row per cohort month, one column per month offset.
// Qt::DisplayRole is the percentage text, Qt::UserRole the number (invalid when empty).
class CohortTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CohortTableModel)

public:
    static constexpr int ValueRole = Qt::UserRole;
    // 0..1 for the heat map: offset 0 (always 100 %) is 1; later offsets are scaled to the
    // highest later value, so the differences that matter are visible.
    static constexpr int IntensityRole = Qt::UserRole + 1;
    // true for a cell in the month still running (CohortTable::runningMonth): shown as "12 % …",
    // in italics and uncoloured, since it counts only the purchases so far.
    static constexpr int RunningRole = Qt::UserRole + 2;

    explicit CohortTableModel(QObject* parent = nullptr);
    void setTable(core::CohortTable table);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool isRunning(int row, int column) const;

private:
    core::CohortTable m_table;
    int m_columns = 0;
    double m_laterMax = 0; // the highest value at offsets >= 1
};

} // namespace rapport::app
