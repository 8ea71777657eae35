#include "reflection/ActionPlanDialog.h"

#include "common/Clock.h"
#include "metrics/MetricsEngine.h"
#include "metrics/PlanTargetMetric.h"
#include "reflection/FindingReference.h"
#include "services/ProductService.h"
#include "services/RepService.h"
#include "widgets/MetricFormat.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rapport::app {

ActionPlanDialog::ActionPlanDialog(core::Database& db, const core::Clock& clock, QString ownerRep,
                                   std::optional<QStringList> weakDimensions,
                                   const QList<QPair<QString, QString>>& dimensions, QWidget* parent)
    : QDialog(parent), m_db(db), m_clock(clock), m_ownerRep(std::move(ownerRep)),
      m_weakDimensions(std::move(weakDimensions))
{
    setWindowTitle(tr("New action plan"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_action = new QPlainTextEdit(this);
    m_action->setObjectName(QStringLiteral("actionPlainTextEdit"));
    m_action->setTabChangesFocus(true);
    m_resources = new QLineEdit(this);
    m_resources->setObjectName(QStringLiteral("resourcesLineEdit"));
    m_metric = new QComboBox(this);
    m_metric->setObjectName(QStringLiteral("metricComboBox"));
    m_metric->addItem(tr("(choose a metric)"), QString());
    for (const QString& key : core::MetricsEngine::keys()) {
        if (core::MetricsEngine::isScalarKey(key))
            m_metric->addItem(MetricFormat::title(key), key);
    }
    // Issue 19: one product's complaints per 100 purchases (the product is picked below) and
    // the win-back rate.
    m_metric->addItem(tr("Complaints per 100 purchases of a product"),
                      QLatin1String(core::PlanTargetMetric::kProductPrefix));
    m_metric->addItem(MetricFormat::title(QLatin1String(core::PlanTargetMetric::kWinBackRate)),
                      QLatin1String(core::PlanTargetMetric::kWinBackRate));
    m_product = new QComboBox(this);
    m_product->setObjectName(QStringLiteral("productComboBox"));
    m_product->addItem(tr("(choose a product)"), QString());
    if (auto products = core::ProductService(m_db).list(); products) {
        for (const core::Product& product : *products)
            m_product->addItem(product.active ? tr("%1 (%2)").arg(product.name, product.externalId)
                                              : tr("%1 (%2, retired)").arg(product.name, product.externalId),
                               product.externalId);
    }
    m_direction = new QComboBox(this);
    m_direction->setObjectName(QStringLiteral("directionComboBox"));
    m_direction->addItem(tr("at least (>=)"), QStringLiteral(">="));
    m_direction->addItem(tr("at most (<=)"), QStringLiteral("<="));
    m_target = new QDoubleSpinBox(this);
    m_target->setObjectName(QStringLiteral("targetDoubleSpinBox"));
    m_target->setRange(-1e9, 1e9);
    m_target->setDecimals(2);
    const QDate today = m_clock.nowUtc().toUTC().date();
    m_start = new QDateEdit(today, this);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    m_start->setCalendarPopup(true);
    m_deadline = new QDateEdit(today.addMonths(1), this);
    m_deadline->setObjectName(QStringLiteral("deadlineDateEdit"));
    m_deadline->setCalendarPopup(true);
    m_cadence = new QSpinBox(this);
    m_cadence->setObjectName(QStringLiteral("cadenceSpinBox"));
    m_cadence->setRange(1, 90);
    m_cadence->setValue(7);
    m_cadence->setSuffix(tr(" days"));
    m_dimension = new QComboBox(this);
    m_dimension->setObjectName(QStringLiteral("dimensionComboBox"));
    m_dimension->addItem(tr("(none)"), QString());
    for (const auto& [id, name] : dimensions) {
        const bool weak = m_weakDimensions && m_weakDimensions->contains(id);
        m_dimension->addItem(weak ? tr("%1 (weak)").arg(name) : name, id);
        m_dimensionIds << id;
    }

    m_origin = new QLabel(this);
    m_origin->setObjectName(QStringLiteral("originLabel"));
    m_origin->setWordWrap(true);
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->hide();
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setPlaceholderText(tr("Why the plan changes (kept in its history)"));
    m_base.ownerRep = m_ownerRep;
    m_base.scope = core::Scope::rep(m_ownerRep);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Resources:"), m_resources);
    form->addRow(tr("&Metric:"), m_metric);
    form->addRow(tr("&Product:"), m_product);
    m_productLabel = qobject_cast<QLabel*>(form->labelForField(m_product));
    form->addRow(tr("D&irection:"), m_direction);
    form->addRow(tr("Tar&get:"), m_target);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&Deadline:"), m_deadline);
    form->addRow(tr("&Check in every:"), m_cadence);
    form->addRow(tr("Dime&nsion:"), m_dimension);
    form->addRow(tr("Reas&on:"), m_reason);
    m_reasonLabel = qobject_cast<QLabel*>(form->labelForField(m_reason));
    m_reason->hide();
    if (m_reasonLabel)
        m_reasonLabel->hide();

    auto* smart = new QGroupBox(tr("SMART check"), this);
    auto* smartLayout = new QVBoxLayout(smart);
    for (int i = 0; i < 5; ++i) {
        auto* label = new QLabel(smart);
        label->setWordWrap(true);
        label->setObjectName(QStringLiteral("smart%1Label").arg(i));
        smartLayout->addWidget(label);
        m_criteria << label;
    }

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_origin);
    layout->addLayout(form);
    layout->addWidget(smart);
    layout->addWidget(m_buttons);

    connect(m_title, &QLineEdit::textChanged, this, &ActionPlanDialog::recheck);
    connect(m_action, &QPlainTextEdit::textChanged, this, &ActionPlanDialog::recheck);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::showProductPicker);
    connect(m_metric, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::recheck);
    connect(m_product, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::recheck);
    connect(m_direction, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::recheck);
    connect(m_target, &QDoubleSpinBox::valueChanged, this, &ActionPlanDialog::recheck);
    connect(m_start, &QDateEdit::dateChanged, this, &ActionPlanDialog::recheck);
    connect(m_deadline, &QDateEdit::dateChanged, this, &ActionPlanDialog::recheck);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ActionPlanDialog::recheck);
    connect(m_cadence, &QSpinBox::valueChanged, this, &ActionPlanDialog::recheck);
    connect(m_resources, &QLineEdit::textChanged, this, &ActionPlanDialog::recheck);
    connect(m_reason, &QLineEdit::textChanged, this, &ActionPlanDialog::recheck);
    showProductPicker();
    recheck();
}

void ActionPlanDialog::showProductPicker()
{
    const bool product =
        m_metric->currentData().toString() == QLatin1String(core::PlanTargetMetric::kProductPrefix);
    m_product->setVisible(product);
    if (m_productLabel)
        m_productLabel->setVisible(product);
}

QString ActionPlanDialog::chosenMetric() const
{
    const QString metric = m_metric->currentData().toString();
    if (metric != QLatin1String(core::PlanTargetMetric::kProductPrefix))
        return metric;
    const QString product = m_product->currentData().toString();
    // Without a product the bare prefix stays: the SMART check calls it not measurable.
    return product.isEmpty() ? metric : core::PlanTargetMetric::productKey(product);
}

void ActionPlanDialog::prefill(const core::ActionPlan& plan, const QString& findingTitle)
{
    m_base = plan;
    if (m_base.ownerRep.isEmpty())
        m_base.ownerRep = m_ownerRep;
    m_title->setText(plan.title);
    m_action->setPlainText(plan.action);
    m_resources->setText(plan.resources);
    if (const QString product = core::PlanTargetMetric::productOf(plan.metric); !product.isEmpty()) {
        m_metric->setCurrentIndex(m_metric->findData(QLatin1String(core::PlanTargetMetric::kProductPrefix)));
        if (m_product->findData(product) < 0) // a product removed from the catalogue since
            m_product->addItem(product, product);
        m_product->setCurrentIndex(m_product->findData(product));
    }
    // Sub-keys such as complaints_by_category.delivery are not listed until a plan names one.
    if (m_metric->findData(plan.metric) < 0 && core::MetricsEngine::isScalarKey(plan.metric))
        m_metric->addItem(MetricFormat::title(plan.metric), plan.metric);
    if (const int i = m_metric->findData(plan.metric); i >= 0)
        m_metric->setCurrentIndex(i);
    if (const int i = m_direction->findData(plan.direction); i >= 0)
        m_direction->setCurrentIndex(i);
    if (plan.target)
        m_target->setValue(*plan.target);
    if (plan.startAt.isValid())
        m_start->setDate(plan.startAt.toUTC().date());
    if (plan.deadlineAt.isValid())
        m_deadline->setDate(plan.deadlineAt.toUTC().date());
    if (plan.checkInEveryDays > 0)
        m_cadence->setValue(plan.checkInEveryDays);
    if (const int i = m_dimension->findData(plan.dimension); i >= 0)
        m_dimension->setCurrentIndex(i);
    QStringList origin;
    if (!plan.findingRef.isEmpty())
        origin << tr("From the finding: %1")
                      .arg(!findingTitle.isEmpty()
                               ? findingTitle
                               : FindingReference::describe(plan.findingRef, [this](const QString& id) {
                                     auto rep = core::RepService(m_db).find(id);
                                     return rep && *rep && !(*rep)->name.isEmpty() ? (*rep)->name : id;
                                 }));
    origin << tr("Measured for: %1").arg(MetricFormat::scope(m_base.scope, m_db));
    m_origin->setText(origin.join(QLatin1Char('\n')));
    m_origin->show();
    recheck();
}

void ActionPlanDialog::setAdjusting(bool adjusting)
{
    m_adjusting = adjusting;
    setWindowTitle(adjusting ? tr("Adjust action plan") : tr("New action plan"));
    m_reason->setVisible(adjusting);
    if (m_reasonLabel)
        m_reasonLabel->setVisible(adjusting);
    recheck();
}

QString ActionPlanDialog::reason() const
{
    return m_reason->text().trimmed();
}

core::ActionPlan ActionPlanDialog::plan() const
{
    core::ActionPlan p = m_base;
    p.title = m_title->text().trimmed();
    p.action = m_action->toPlainText().trimmed();
    p.resources = m_resources->text().trimmed();
    p.metric = chosenMetric();
    p.target.reset();
    if (!p.metric.isEmpty())
        p.target = m_target->value();
    p.direction = m_direction->currentData().toString();
    p.startAt = m_start->date().startOfDay(Qt::UTC);
    p.deadlineAt = m_deadline->date().startOfDay(Qt::UTC);
    p.checkInEveryDays = m_cadence->value();
    p.dimension = m_dimension->currentData().toString();
    if (!m_adjusting)
        p.createdAt = m_clock.nowUtc();
    return p;
}

QLabel* ActionPlanDialog::criterionLabel(core::SmartCriterion criterion) const
{
    return m_criteria.value(static_cast<int>(criterion));
}

std::vector<double> ActionPlanDialog::history(const core::ActionPlan& plan) const
{
    std::vector<double> values;
    const bool extra = core::PlanTargetMetric::isKey(plan.metric);
    if ((!core::MetricsEngine::isScalarKey(plan.metric) && !extra) || !plan.startAt.isValid())
        return values;
    const auto to = core::Period::containing(plan.startAt.addSecs(-1), core::Period::Step::Month);
    const auto from = core::Period::containing(plan.startAt.addMonths(-12), core::Period::Step::Month);
    if (extra) {
        const QString key = plan.metric + QLatin1Char('|') + plan.scope.describe() + QLatin1Char('|') +
                            plan.startAt.toString(Qt::ISODate);
        if (key == m_historyKey)
            return m_historyValues;
        for (core::Period month = from; month.startSeconds() <= to.startSeconds(); month = month.next()) {
            auto v = core::PlanTargetMetric::measure(m_db, plan.metric, month, plan.scope);
            if (v && v->value)
                values.push_back(*v->value);
        }
        m_historyKey = key;
        m_historyValues = values;
        return values;
    }
    core::MetricsEngine engine(m_db, m_clock);
    auto trend = engine.trend(plan.metric, from, to, core::Period::Step::Month, plan.scope);
    if (!trend)
        return values; // judged without history; the check says there is nothing to compare
    for (const auto& point : trend->points) {
        if (point.value)
            values.push_back(*point.value);
    }
    return values;
}

void ActionPlanDialog::recheck()
{
    const core::ActionPlan p = plan();
    core::SmartContext context;
    context.history = history(p);
    context.weakDimensions = m_weakDimensions;
    context.knownDimensions = m_dimensionIds;
    context.scopeName = MetricFormat::scope(p.scope, m_db);
    m_check = core::SmartCheck::check(p, context);
    for (const auto& c : m_check.criteria) {
        QString name;
        switch (c.criterion) {
        case core::SmartCriterion::Specific:
            name = tr("Specific");
            break;
        case core::SmartCriterion::Measurable:
            name = tr("Measurable");
            break;
        case core::SmartCriterion::Achievable:
            name = tr("Achievable");
            break;
        case core::SmartCriterion::Relevant:
            name = tr("Relevant");
            break;
        case core::SmartCriterion::TimeBound:
            name = tr("Time-bound");
            break;
        }
        QString status;
        switch (c.status) {
        case core::SmartStatus::Met:
            status = tr("met");
            break;
        case core::SmartStatus::Warning:
            status = tr("check");
            break;
        case core::SmartStatus::Missing:
            status = tr("missing");
            break;
        case core::SmartStatus::NotChecked:
            status = tr("not checked yet");
            break;
        }
        // The problem sentences come from core in English (see docs/reflection.md).
        QString text = tr("%1: %2").arg(name, status);
        if (!c.problems.isEmpty())
            text += QStringLiteral(" \u2014 ") + c.problems.join(QLatin1Char(' '));
        if (auto* label = criterionLabel(c.criterion))
            label->setText(text);
    }
    bool ok = m_check.passed();
    if (m_adjusting) {
        // An adjustment is kept with its reason; saving an unchanged plan would record nothing.
        const bool changed = !(p == m_base);
        ok = ok && changed && !reason().isEmpty();
        m_reason->setToolTip(changed ? QString() : tr("Nothing has been changed yet."));
    }
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace rapport::app
