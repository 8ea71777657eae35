#pragma once

#include "reflection/ActionPlanTracker.h"

#include <QString>

namespace rapport::app::planText {

// Translated words for the tracker's states, shared by the plan table, the plan details
// and the findings panel.
QString status(core::PlanProgressStatus status);
QString checkIn(const core::ActionPlanProgress& progress);
QString verdict(const core::ActionPlanProgress& progress);
// "active", "done", "abandoned" as the user reads them.
QString planStatus(const QString& status);
// The name of a revised field ("deadline_at" -> "deadline").
QString field(const QString& field);
// A metric value: one decimal, two below 10.
QString number(std::optional<double> value);

} // namespace rapport::app::planText
