#pragma once

#include "domain/ActionPlan.h"
#include "reflection/SmartCheck.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace rapport::core {
class Clock;
class Database;
}

namespace rapport::app {

// A new SMART action plan for one rep. The SMART check is shown criterion by criterion and
// refreshed on every edit; OK stays disabled while a criterion is missing.
class ActionPlanDialog final : public QDialog
{
    Q_OBJECT

public:
    // weakDimensions: of the owner's latest profile (nullopt when there is none);
    // dimensions: id -> name of the questionnaire's dimensions.
    ActionPlanDialog(core::Database& db, const core::Clock& clock, QString ownerRep,
                     std::optional<QStringList> weakDimensions, const QList<QPair<QString, QString>>& dimensions,
                     QWidget* parent = nullptr);

    core::ActionPlan plan() const;
    const core::SmartCheckResult& check() const { return m_check; }
    // The label showing one criterion (tests).
    QLabel* criterionLabel(core::SmartCriterion criterion) const;

private:
    void recheck();
    // Monthly values of the metric in the owner's scope over the year before the start.
    std::vector<double> history(const core::ActionPlan& plan) const;

    core::Database& m_db;
    const core::Clock& m_clock;
    QString m_ownerRep;
    std::optional<QStringList> m_weakDimensions;
    QStringList m_dimensionIds;

    QLineEdit* m_title;
    QPlainTextEdit* m_action;
    QLineEdit* m_resources;
    QComboBox* m_metric;
    QComboBox* m_direction;
    QDoubleSpinBox* m_target;
    QDateEdit* m_start;
    QDateEdit* m_deadline;
    QSpinBox* m_cadence;
    QComboBox* m_dimension;
    QList<QLabel*> m_criteria;
    QDialogButtonBox* m_buttons;
    core::SmartCheckResult m_check;
};

} // namespace rapport::app
