#pragma once

#include "domain/KpiGoal.h"

#include <QDialog>

#include <optional>

class QDoubleSpinBox;
class QPlainTextEdit;
class QSlider;
class QLabel;

namespace rapport::app {

// Records a check-in on a goal: the value seen now, how confident the owner is of
// reaching the target (0..10) and a comment.
class GoalCheckInDialog final : public QDialog
{
    Q_OBJECT

public:
    // `current` (the engine's value so far) pre-fills the value when known.
    GoalCheckInDialog(const core::KpiGoal& goal, std::optional<double> current, QWidget* parent = nullptr);

    // The check-in as entered, for `goal` at `at`.
    core::GoalCheckIn checkIn(const QDateTime& at) const;

    void setValues(double value, int confidence, const QString& comment);

private:
    core::KpiGoal m_goal;
    QDoubleSpinBox* m_value;
    QSlider* m_confidence;
    QLabel* m_confidenceLabel;
    QPlainTextEdit* m_comment;
};

} // namespace rapport::app
