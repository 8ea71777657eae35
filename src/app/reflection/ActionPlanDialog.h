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
} // namespace rapport::core

namespace rapport::app {

// A new SMART action plan for one rep, or an adjustment of an existing one. The SMART check is
// shown criterion by criterion and refreshed on every edit; OK stays disabled while a
// criterion is missing, and when adjusting also while nothing changed or no reason is given.
class ActionPlanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActionPlanDialog)

public:
    // weakDimensions: of the owner's latest profile (nullopt when there is none);
    // dimensions: id -> name of the questionnaire's dimensions.
    ActionPlanDialog(core::Database& db, const core::Clock& clock, QString ownerRep,
                     std::optional<QStringList> weakDimensions,
                     const QList<QPair<QString, QString>>& dimensions, QWidget* parent = nullptr);

    // Fills the form from `plan`; what the form does not edit (id, scope, baseline, the finding
    // it came from, status, creation time) is kept as it is. Used to suggest a plan from a
    // finding or a weak dimension, and to adjust a plan.
    void prefill(const core::ActionPlan& plan, const QString& findingTitle = {});
    // Adjusting an existing plan (after prefill): asks for the reason of the change.
    void setAdjusting(bool adjusting);
    QString reason() const;

    core::ActionPlan plan() const;
    const core::SmartCheckResult& check() const { return m_check; }
    // The label showing one criterion (tests).
    QLabel* criterionLabel(core::SmartCriterion criterion) const;

private:
    void recheck();
    // Monthly values of the metric in the owner's scope over the year before the start.
    std::vector<double> history(const core::ActionPlan& plan) const;
    // The metric key the choices make: a product's complaint rate takes the picked product.
    QString chosenMetric() const;
    void showProductPicker();

    core::Database& m_db;
    const core::Clock& m_clock;
    QString m_ownerRep;
    std::optional<QStringList> m_weakDimensions;
    QStringList m_dimensionIds;

    QLineEdit* m_title;
    QPlainTextEdit* m_action;
    QLineEdit* m_resources;
    QComboBox* m_metric;
    QComboBox* m_product; // the product of complaints_per_100_purchases.<id>
    QLabel* m_productLabel = nullptr;
    // The last history computed: a product's or the win-back history costs a query per month,
    // and recheck() runs on every keystroke.
    mutable QString m_historyKey;
    mutable std::vector<double> m_historyValues;
    QComboBox* m_direction;
    QDoubleSpinBox* m_target;
    QDateEdit* m_start;
    QDateEdit* m_deadline;
    QSpinBox* m_cadence;
    QComboBox* m_dimension;
    QLabel* m_origin;
    QLineEdit* m_reason;
    QLabel* m_reasonLabel;
    core::ActionPlan m_base;
    bool m_adjusting = false;
    QList<QLabel*> m_criteria;
    QDialogButtonBox* m_buttons;
    core::SmartCheckResult m_check;
};

} // namespace rapport::app
