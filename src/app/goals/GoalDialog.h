#pragma once

#include "domain/KpiGoal.h"

#include <QDialog>
#include <memory>

namespace Ui {
class GoalDialog;
}

namespace rapport::core {
class Database;
}

namespace rapport::app {

// Creates or edits a KPI goal (form: ui/GoalDialog.ui): name, metric, scope, period (as metrics.md names it:
// 2026-Q3, 2026-09, 2026 or a 2026-07-01..2026-10-01 range), target, direction,
// optional baseline and the check-in cadence. accept() refuses an invalid goal and says why.
class GoalDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalDialog)

public:
    // reps and segments come from the database for the scope picker.
    GoalDialog(core::Database& db, const core::KpiGoal& goal, QWidget* parent = nullptr);
    ~GoalDialog() override;

    // The goal as entered (id and createdAt kept from the one given).
    core::KpiGoal goal() const;
    // Empty when the input makes a valid goal, else what is wrong.
    QString validationError() const;

    void setPeriodText(const QString& text);

public slots:
    void accept() override;

private:
    void updateScopeValues();

    std::unique_ptr<Ui::GoalDialog> m_ui;
    core::KpiGoal m_original;
    QStringList m_repIds;
    QStringList m_repNames;
    QStringList m_segments;
};

} // namespace rapport::app
