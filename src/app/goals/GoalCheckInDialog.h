#pragma once

#include "domain/KpiGoal.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class GoalCheckInDialog;
}

namespace rapport::app {

// Records a check-in on a goal (form: ui/GoalCheckInDialog.ui): the value seen now, how
// confident the owner is of reaching the target (0..10) and a comment.
class GoalCheckInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GoalCheckInDialog)

public:
    // `current` (the engine's value so far) pre-fills the value when known.
    GoalCheckInDialog(const core::KpiGoal& goal, std::optional<double> current, QWidget* parent = nullptr);
    ~GoalCheckInDialog() override;

    // The check-in as entered, for `goal` at `at`.
    core::GoalCheckIn checkIn(const QDateTime& at) const;

    void setValues(double value, int confidence, const QString& comment);

private:
    std::unique_ptr<Ui::GoalCheckInDialog> m_ui;
    core::KpiGoal m_goal;
};

} // namespace rapport::app
