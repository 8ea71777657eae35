#include "goals/GoalDialog.h"

#include "metrics/MetricsEngine.h"
#include "metrics/Period.h"
#include "services/CustomerService.h"
#include "services/RepService.h"
#include "ui_GoalDialog.h"
#include "widgets/MetricFormat.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::app {
namespace {

QString periodText(const core::KpiGoal& g)
{
    if (!g.periodStart.isValid() || !g.periodEnd.isValid())
        return {};
    auto r = core::Period::range(g.periodStart, g.periodEnd);
    if (!r)
        return {};
    // Show a named period when the range is exactly one.
    const QString label = r->label();
    const QStringList parts = label.split(QStringLiteral(".."));
    if (parts.size() == 2) {
        for (const QString& candidate : {g.periodStart.toUTC().toString(QStringLiteral("yyyy")),
                                         g.periodStart.toUTC().toString(QStringLiteral("yyyy-MM")),
                                         QStringLiteral("%1-Q%2")
                                             .arg(g.periodStart.toUTC().date().year())
                                             .arg((g.periodStart.toUTC().date().month() - 1) / 3 + 1)}) {
            auto named = core::Period::parse(candidate);
            if (named && named->startSeconds() == r->startSeconds() && named->endSeconds() == r->endSeconds())
                return candidate;
        }
    }
    return label;
}

} // namespace

GoalDialog::GoalDialog(core::Database& db, const core::KpiGoal& goal, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::GoalDialog>()), m_original(goal)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.id == 0 ? tr("New KPI goal") : tr("Edit KPI goal"));

    for (const QString& key : core::MetricsEngine::keys())
        if (core::MetricsEngine::isScalarKey(key))
            m_ui->metricComboBox->addItem(MetricFormat::title(key), key);
    m_ui->scopeKindComboBox->addItem(tr("Whole team"), QStringLiteral("all"));
    m_ui->scopeKindComboBox->addItem(tr("One rep"), QStringLiteral("rep"));
    m_ui->scopeKindComboBox->addItem(tr("One segment"), QStringLiteral("segment"));
    if (auto reps = core::RepService(db).list())
        for (const core::Rep& r : *reps) {
            m_repIds << r.id;
            m_repNames << (r.name.isEmpty() ? r.id : r.name);
        }
    if (auto segments = core::CustomerService(db).scopeSegments())
        m_segments = *segments;
    m_ui->directionComboBox->addItem(tr("at least (>=)"), QStringLiteral(">="));
    m_ui->directionComboBox->addItem(tr("at most (<=)"), QStringLiteral("<="));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);

    connect(m_ui->scopeKindComboBox, &QComboBox::currentIndexChanged, this, &GoalDialog::updateScopeValues);
    connect(m_ui->baselineCheckBox, &QCheckBox::toggled, m_ui->baselineSpinBox, &QWidget::setEnabled);

    // Fill in the goal given.
    m_ui->nameLineEdit->setText(goal.name);
    const int metric =
        m_ui->metricComboBox->findData(goal.metric.isEmpty() ? QStringLiteral("revenue") : goal.metric);
    m_ui->metricComboBox->setCurrentIndex(std::max(0, metric));
    m_ui->scopeKindComboBox->setCurrentIndex(
        std::max(0, m_ui->scopeKindComboBox->findData(goal.scope.kindName())));
    updateScopeValues();
    m_ui->scopeValueComboBox->setCurrentIndex(
        std::max(0, m_ui->scopeValueComboBox->findData(goal.scope.value)));
    m_ui->periodLineEdit->setText(periodText(goal));
    m_ui->directionComboBox->setCurrentIndex(std::max(0, m_ui->directionComboBox->findData(goal.direction)));
    m_ui->targetSpinBox->setValue(goal.target);
    m_ui->baselineCheckBox->setChecked(goal.baseline.has_value());
    m_ui->baselineSpinBox->setEnabled(goal.baseline.has_value());
    m_ui->baselineSpinBox->setValue(goal.baseline.value_or(0));
    m_ui->cadenceSpinBox->setValue(goal.checkInEveryDays);
}

GoalDialog::~GoalDialog() = default;

void GoalDialog::setPeriodText(const QString& text)
{
    m_ui->periodLineEdit->setText(text);
}

void GoalDialog::updateScopeValues()
{
    m_ui->scopeValueComboBox->clear();
    const QString kind = m_ui->scopeKindComboBox->currentData().toString();
    if (kind == QLatin1String("rep"))
        for (int i = 0; i < m_repIds.size(); ++i)
            m_ui->scopeValueComboBox->addItem(m_repNames.at(i), m_repIds.at(i));
    else if (kind == QLatin1String("segment"))
        for (const QString& s : m_segments)
            m_ui->scopeValueComboBox->addItem(s, s);
    m_ui->scopeValueComboBox->setEnabled(kind != QLatin1String("all"));
}

core::KpiGoal GoalDialog::goal() const
{
    core::KpiGoal g = m_original;
    g.name = m_ui->nameLineEdit->text().trimmed();
    g.metric = m_ui->metricComboBox->currentData().toString();
    const QString kind = m_ui->scopeKindComboBox->currentData().toString();
    g.scope = core::Scope::fromNames(
        kind, kind == QLatin1String("all") ? QString() : m_ui->scopeValueComboBox->currentData().toString());
    if (auto p = core::Period::parse(m_ui->periodLineEdit->text().trimmed())) {
        g.periodStart = p->start();
        g.periodEnd = p->end();
    }
    g.direction = m_ui->directionComboBox->currentData().toString();
    g.target = m_ui->targetSpinBox->value();
    g.baseline = m_ui->baselineCheckBox->isChecked() ? std::optional<double>(m_ui->baselineSpinBox->value())
                                                     : std::nullopt;
    g.checkInEveryDays = m_ui->cadenceSpinBox->value();
    return g;
}

QString GoalDialog::validationError() const
{
    if (m_ui->nameLineEdit->text().trimmed().isEmpty())
        return tr("Give the goal a name.");
    auto p = core::Period::parse(m_ui->periodLineEdit->text().trimmed());
    if (!p)
        return tr("The period is not valid: %1").arg(p.error().message);
    if (m_ui->scopeKindComboBox->currentData().toString() != QLatin1String("all") &&
        m_ui->scopeValueComboBox->currentIndex() < 0)
        return tr("Choose the rep or segment the goal is about.");
    return {};
}

void GoalDialog::accept()
{
    const QString error = validationError();
    m_ui->errorLabel->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace rapport::app
