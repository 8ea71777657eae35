#pragma once

#include "domain/KpiGoal.h"
#include "metrics/GoalEvaluator.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <optional>
#include <vector>

namespace rapport::app {

// The KPI goals with where each stands (GoalEvaluator), its progress towards the target
// (0..100, Qt::UserRole of the Progress column, core::goalProgressPercent: from the baseline
// shown beside the target, or the value against the target without one) and whether a
// check-in is overdue.
class GoalTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalTableModel)

public:
    enum Column {
        Name,
        Metric,
        Scope,
        Period,
        Baseline,
        Target,
        Current,
        Progress,
        Status,
        LastCheckIn,
        ColumnCount
    };
    static constexpr int ValueRole = Qt::UserRole;

    struct Row
    {
        core::KpiGoal goal;
        std::optional<core::GoalProgress> progress; // empty when the evaluation failed
        QString error;
        std::optional<core::GoalCheckIn> lastCheckIn;
        std::optional<double> progressPercent; // of the value below (progressValue)
        bool checkInOverdue = false;
        QString scopeText; // whose figures, with the rep's name; the stored scope when empty
    };

    explicit GoalTableModel(QObject* parent = nullptr);

    void setRows(std::vector<Row> rows);
    const Row& row(int r) const { return m_rows.at(static_cast<std::size_t>(r)); }
    int findGoal(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(core::GoalStatus status);
    // The value progress is measured with: the whole period's once over, else the projection.
    static std::optional<double> progressValue(const core::GoalProgress& progress);

private:
    QString progressExplanation(const Row& r) const;

    std::vector<Row> m_rows;
};

} // namespace rapport::app
