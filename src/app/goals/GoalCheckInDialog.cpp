#include "goals/GoalCheckInDialog.h"

#include "dashboard/MetricFormat.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSlider>
#include <QVBoxLayout>

namespace rapport::app {

GoalCheckInDialog::GoalCheckInDialog(const core::KpiGoal& goal, std::optional<double> current, QWidget* parent)
    : QDialog(parent), m_goal(goal), m_value(new QDoubleSpinBox(this)), m_confidence(new QSlider(Qt::Horizontal, this)),
      m_confidenceLabel(new QLabel(this)), m_comment(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("goalCheckInDialog"));
    setWindowTitle(tr("Check in on “%1”").arg(goal.name));
    m_value->setObjectName(QStringLiteral("valueSpinBox"));
    m_confidence->setObjectName(QStringLiteral("confidenceSlider"));
    m_comment->setObjectName(QStringLiteral("commentPlainTextEdit"));
    m_value->setRange(-1e12, 1e12);
    m_value->setDecimals(2);
    m_value->setValue(current.value_or(0));
    m_value->setSuffix(QLatin1Char(' ') + MetricFormat::unit(goal.metric));
    m_confidence->setRange(0, 10);
    m_confidence->setValue(5);
    m_confidence->setTickPosition(QSlider::TicksBelow);
    m_confidence->setTickInterval(1);
    m_comment->setPlaceholderText(tr("What moved, what is in the way, what happens next"));
    auto updateLabel = [this](int v) { m_confidenceLabel->setText(tr("%1 of 10").arg(v)); };
    connect(m_confidence, &QSlider::valueChanged, this, updateLabel);
    updateLabel(m_confidence->value());

    auto* confidenceRow = new QHBoxLayout;
    confidenceRow->addWidget(m_confidence, 1);
    confidenceRow->addWidget(m_confidenceLabel);
    auto* form = new QFormLayout;
    form->addRow(tr("&Value now:"), m_value);
    form->addRow(tr("&Confidence:"), confidenceRow);
    form->addRow(tr("C&omment:"), m_comment);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Target: %1 %2").arg(goal.direction, MetricFormat::value(goal.metric, goal.target)), this));
    layout->addLayout(form);
    layout->addWidget(buttons);
}

void GoalCheckInDialog::setValues(double value, int confidence, const QString& comment)
{
    m_value->setValue(value);
    m_confidence->setValue(confidence);
    m_comment->setPlainText(comment);
}

core::GoalCheckIn GoalCheckInDialog::checkIn(const QDateTime& at) const
{
    core::GoalCheckIn c;
    c.goalId = m_goal.id;
    c.at = at;
    c.value = m_value->value();
    c.confidence = m_confidence->value();
    c.comment = m_comment->toPlainText().trimmed();
    return c;
}

} // namespace rapport::app
