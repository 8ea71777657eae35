// The plan dialog's product picker (issue 19): a plan can target one product's complaints per
// 100 purchases; the picker shows only for that metric, names retired products as such, and
// a plan without a product is not measurable.
#include "TestSupport.h"
#include "common/Clock.h"
#include "metrics/PlanTargetMetric.h"
#include "reflection/ActionPlanDialog.h"
#include "services/ProductService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace rapport;

namespace {

void addProduct(core::Database& db, const char* id, const char* name, bool active)
{
    core::Product p;
    p.externalId = QString::fromLatin1(id);
    p.name = QString::fromLatin1(name);
    auto added = core::ProductService(db).add(p);
    REQUIRE_OK(added);
    if (!active)
        REQUIRE_OK(core::ProductService(db).setActive(*added, false));
}

} // namespace

TEST_CASE("a plan on one product's complaint rate is chosen with the product picker", "[app][products]")
{
    test::TempDatabase temp;
    auto db = temp.open();
    addProduct(*db, "T5", "Counter Terminal T5", true);
    addProduct(*db, "OLD", "Old Scanner", false);
    const core::FixedClock clock{test::utc("2026-07-16T00:00:00Z")};
    app::ActionPlanDialog dialog(*db, clock, QStringLiteral("r1"), QStringList{QStringLiteral("follow_up")},
                                 {{QStringLiteral("follow_up"), QStringLiteral("Following up")}});
    dialog.show();
    auto* product = dialog.findChild<QComboBox*>(QStringLiteral("productComboBox"));
    REQUIRE(product);
    // Hidden until the metric needs it.
    CHECK_FALSE(product->isVisible());
    QStringList offered;
    for (int i = 0; i < product->count(); ++i)
        offered << product->itemText(i);
    CHECK(offered == QStringList{QStringLiteral("(choose a product)"),
                                 QStringLiteral("Counter Terminal T5 (T5)"),
                                 QStringLiteral("Old Scanner (OLD, retired)")});

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                     QStringLiteral("Fewer terminal complaints"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("actionPlainTextEdit")),
                     QStringLiteral("Check every returned T5 with the supplier within a week"));
    auto* metric = dialog.findChild<QComboBox*>(QStringLiteral("metricComboBox"));
    metric->setCurrentIndex(metric->findData(QLatin1String(core::PlanTargetMetric::kProductPrefix)));
    CHECK(product->isVisible());
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"))->setValue(20);
    auto* dimension = dialog.findChild<QComboBox*>(QStringLiteral("dimensionComboBox"));
    dimension->setCurrentIndex(dimension->findData(QStringLiteral("follow_up")));
    // No product yet: the metric names nothing measurable.
    CHECK(dialog.criterionLabel(core::SmartCriterion::Measurable)
              ->text()
              .startsWith(QStringLiteral("Measurable: missing")));
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());

    product->setFocus();
    QTest::keyClick(product, Qt::Key_Down); // Counter Terminal T5
    CHECK(dialog.criterionLabel(core::SmartCriterion::Measurable)->text() ==
          QStringLiteral("Measurable: met"));
    CHECK(ok->isEnabled());
    CHECK(dialog.plan().metric == QStringLiteral("complaints_per_100_purchases.T5"));

    // Another metric hides the picker again and the plan names that metric alone.
    metric->setCurrentIndex(metric->findData(QLatin1String(core::PlanTargetMetric::kWinBackRate)));
    CHECK_FALSE(product->isVisible());
    CHECK(dialog.plan().metric == QLatin1String(core::PlanTargetMetric::kWinBackRate));

    // Adjusting a plan on a product shows that product chosen, a retired one too.
    core::ActionPlan onOld = dialog.plan();
    onOld.metric = core::PlanTargetMetric::productKey(QStringLiteral("OLD"));
    dialog.prefill(onOld);
    CHECK(product->isVisible());
    CHECK(product->currentText() == QStringLiteral("Old Scanner (OLD, retired)"));
    CHECK(dialog.plan().metric == QStringLiteral("complaints_per_100_purchases.OLD"));
}
