#include "goals/GoalDialog.h"

#include "dashboard/MetricFormat.h"
#include "metrics/MetricsEngine.h"
#include "metrics/Period.h"
#include "storage/DrillDownStore.h"
#include "storage/RepRepository.h"

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
        for (const QString& candidate :
             {g.periodStart.toUTC().toString(QStringLiteral("yyyy")), g.periodStart.toUTC().toString(QStringLiteral("yyyy-MM")),
              QStringLiteral("%1-Q%2").arg(g.periodStart.toUTC().date().year()).arg((g.periodStart.toUTC().date().month() - 1) / 3 + 1)}) {
            auto named = core::Period::parse(candidate);
            if (named && named->startSeconds() == r->startSeconds() && named->endSeconds() == r->endSeconds())
                return candidate;
        }
    }
    return label;
}

} // namespace

GoalDialog::GoalDialog(core::Database& db, const core::KpiGoal& goal, QWidget* parent)
    : QDialog(parent), m_original(goal), m_name(new QLineEdit(this)), m_metric(new QComboBox(this)),
      m_scopeKind(new QComboBox(this)), m_scopeValue(new QComboBox(this)), m_period(new QLineEdit(this)),
      m_direction(new QComboBox(this)), m_target(new QDoubleSpinBox(this)), m_hasBaseline(new QCheckBox(tr("Baseline"), this)),
      m_baseline(new QDoubleSpinBox(this)), m_cadence(new QSpinBox(this)), m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.id == 0 ? tr("New KPI goal") : tr("Edit KPI goal"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_metric->setObjectName(QStringLiteral("metricComboBox"));
    m_scopeKind->setObjectName(QStringLiteral("scopeKindComboBox"));
    m_scopeValue->setObjectName(QStringLiteral("scopeValueComboBox"));
    m_period->setObjectName(QStringLiteral("periodLineEdit"));
    m_direction->setObjectName(QStringLiteral("directionComboBox"));
    m_target->setObjectName(QStringLiteral("targetSpinBox"));
    m_hasBaseline->setObjectName(QStringLiteral("baselineCheckBox"));
    m_baseline->setObjectName(QStringLiteral("baselineSpinBox"));
    m_cadence->setObjectName(QStringLiteral("cadenceSpinBox"));
    m_error->setObjectName(QStringLiteral("errorLabel"));

    for (const QString& key : core::MetricsEngine::keys())
        if (core::MetricsEngine::isScalarKey(key))
            m_metric->addItem(tr("%1 (%2)").arg(MetricFormat::title(key), key), key);
    m_scopeKind->addItem(tr("Whole team"), QStringLiteral("all"));
    m_scopeKind->addItem(tr("One rep"), QStringLiteral("rep"));
    m_scopeKind->addItem(tr("One segment"), QStringLiteral("segment"));
    if (auto reps = core::RepRepository(db).list())
        for (const core::Rep& r : *reps) {
            m_repIds << r.id;
            m_repNames << (r.name.isEmpty() ? r.id : r.name);
        }
    if (auto segments = core::DrillDownStore(db).segments())
        m_segments = *segments;
    m_period->setPlaceholderText(tr("2026-Q3, 2026-09, 2026 or 2026-07-01..2026-10-01"));
    m_direction->addItem(tr("at least (>=)"), QStringLiteral(">="));
    m_direction->addItem(tr("at most (<=)"), QStringLiteral("<="));
    for (QDoubleSpinBox* box : {m_target, m_baseline}) {
        box->setRange(-1e12, 1e12);
        box->setDecimals(2);
    }
    m_cadence->setRange(1, 365);
    m_cadence->setSuffix(tr(" days"));
    m_error->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("S&cope:"), m_scopeKind);
    form->addRow(QString(), m_scopeValue);
    form->addRow(tr("&Period:"), m_period);
    form->addRow(tr("&Direction:"), m_direction);
    form->addRow(tr("&Target:"), m_target);
    form->addRow(m_hasBaseline, m_baseline);
    form->addRow(tr("Check in &every:"), m_cadence);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_scopeKind, &QComboBox::currentIndexChanged, this, &GoalDialog::updateScopeValues);
    connect(m_hasBaseline, &QCheckBox::toggled, m_baseline, &QWidget::setEnabled);

    // Fill in the goal given.
    m_name->setText(goal.name);
    const int metric = m_metric->findData(goal.metric.isEmpty() ? QStringLiteral("revenue") : goal.metric);
    m_metric->setCurrentIndex(std::max(0, metric));
    m_scopeKind->setCurrentIndex(std::max(0, m_scopeKind->findData(goal.scope.kindName())));
    updateScopeValues();
    m_scopeValue->setCurrentIndex(std::max(0, m_scopeValue->findData(goal.scope.value)));
    m_period->setText(periodText(goal));
    m_direction->setCurrentIndex(std::max(0, m_direction->findData(goal.direction)));
    m_target->setValue(goal.target);
    m_hasBaseline->setChecked(goal.baseline.has_value());
    m_baseline->setEnabled(goal.baseline.has_value());
    m_baseline->setValue(goal.baseline.value_or(0));
    m_cadence->setValue(goal.checkInEveryDays);
}

void GoalDialog::setPeriodText(const QString& text)
{
    m_period->setText(text);
}

void GoalDialog::updateScopeValues()
{
    m_scopeValue->clear();
    const QString kind = m_scopeKind->currentData().toString();
    if (kind == QLatin1String("rep"))
        for (int i = 0; i < m_repIds.size(); ++i)
            m_scopeValue->addItem(m_repNames.at(i), m_repIds.at(i));
    else if (kind == QLatin1String("segment"))
        for (const QString& s : m_segments)
            m_scopeValue->addItem(s, s);
    m_scopeValue->setEnabled(kind != QLatin1String("all"));
}

core::KpiGoal GoalDialog::goal() const
{
    core::KpiGoal g = m_original;
    g.name = m_name->text().trimmed();
    g.metric = m_metric->currentData().toString();
    const QString kind = m_scopeKind->currentData().toString();
    g.scope = core::Scope::fromNames(kind, kind == QLatin1String("all") ? QString() : m_scopeValue->currentData().toString());
    if (auto p = core::Period::parse(m_period->text().trimmed())) {
        g.periodStart = p->start();
        g.periodEnd = p->end();
    }
    g.direction = m_direction->currentData().toString();
    g.target = m_target->value();
    g.baseline = m_hasBaseline->isChecked() ? std::optional<double>(m_baseline->value()) : std::nullopt;
    g.checkInEveryDays = m_cadence->value();
    return g;
}

QString GoalDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the goal a name.");
    auto p = core::Period::parse(m_period->text().trimmed());
    if (!p)
        return tr("The period is not valid: %1").arg(p.error().message);
    if (m_scopeKind->currentData().toString() != QLatin1String("all") && m_scopeValue->currentIndex() < 0)
        return tr("Choose the rep or segment the goal is about.");
    return {};
}

void GoalDialog::accept()
{
    const QString error = validationError();
    m_error->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace rapport::app
