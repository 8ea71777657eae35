#include "goals/GoalCheckInDialog.h"

#include "metrics/MetricCatalogue.h"
#include "ui_GoalCheckInDialog.h"
#include "widgets/MetricFormat.h"
#include "widgets/MoneyText.h"

namespace rapport::app {

GoalCheckInDialog::GoalCheckInDialog(const core::KpiGoal& goal, std::optional<double> current,
                                     QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GoalCheckInDialog>()), m_goal(goal)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("goalCheckInDialog"));
    setWindowTitle(tr("Check in on “%1”").arg(goal.name));
    m_ui->targetLabel->setText(
        tr("Target: %1 %2").arg(goal.direction, MetricFormat::value(goal.metric, goal.target)));
    m_ui->valueSpinBox->setValue(current.value_or(0));
    QString unit = MetricFormat::unit(goal.metric);
    if (core::MetricCatalogue::isMoney(goal.metric))
        unit = MoneyText::symbol(); // none while the book has no currency
    if (!unit.isEmpty())
        m_ui->valueSpinBox->setSuffix(QLatin1Char(' ') + unit);
    // Room for the title and a long target, whatever the unit's length.
    setMinimumWidth(360);
    auto updateLabel = [this](int v) { m_ui->confidenceLabel->setText(tr("%1 of 10").arg(v)); };
    connect(m_ui->confidenceSlider, &QSlider::valueChanged, this, updateLabel);
    updateLabel(m_ui->confidenceSlider->value());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

GoalCheckInDialog::~GoalCheckInDialog() = default;

void GoalCheckInDialog::setValues(double value, int confidence, const QString& comment)
{
    m_ui->valueSpinBox->setValue(value);
    m_ui->confidenceSlider->setValue(confidence);
    m_ui->commentPlainTextEdit->setPlainText(comment);
}

core::GoalCheckIn GoalCheckInDialog::checkIn(const QDateTime& at) const
{
    core::GoalCheckIn c;
    c.goalId = m_goal.id;
    c.at = at;
    c.value = m_ui->valueSpinBox->value();
    c.confidence = m_ui->confidenceSlider->value();
    c.comment = m_ui->commentPlainTextEdit->toPlainText().trimmed();
    return c;
}

} // namespace rapport::app
