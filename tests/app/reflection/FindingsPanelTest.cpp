#include "reflection/FindingsPanel.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "core/reflection/FindingsFixture.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/ReflectionView.h"
#include "shell/DatabaseSession.h"
#include "storage/ActionPlanRepository.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rapport;

namespace {

// The synthetic CRM of the findings tests, written to a file so that the panel's worker can
// open a connection of its own. "Now" is mid-October 2026: the last complete quarter is Q3.
struct PanelFixture
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-10-15T09:00:00Z")};

    explicit PanelFixture(const test::FindingsWorld::Plan& plan)
    {
        {
            test::FindingsWorld world(plan);
            REQUIRE_OK(world.db->backupTo(temp.path()));
        }
        session.setClock(clock);
        REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::OpenExisting));
        session.setCurrentRep(QStringLiteral("r1"));
    }
};

// Waits for the panel's run in progress (a run starts when the panel is first shown).
void waitForRun(app::FindingsPanel* panel)
{
    REQUIRE(panel->isVisible());
    if (!panel->isRunning())
        return;
    QSignalSpy finished(panel, &app::FindingsPanel::runFinished);
    REQUIRE(finished.wait(120000));
}

void chooseTeam(app::FindingsPanel* panel)
{
    auto* scope = panel->findChild<QComboBox*>(QStringLiteral("scopeComboBox"));
    scope->setCurrentIndex(scope->findData(QStringLiteral("all")));
    QSignalSpy finished(panel, &app::FindingsPanel::runFinished);
    panel->run();
    CHECK(panel->findChild<QProgressBar*>(QStringLiteral("busyProgressBar"))->isVisibleTo(panel));
    REQUIRE(finished.wait(120000));
    CHECK_FALSE(panel->findChild<QProgressBar*>(QStringLiteral("busyProgressBar"))->isVisibleTo(panel));
}

int rowOf(QTreeWidget* tree, const QString& titlePart)
{
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(1).contains(titlePart))
            return i;
    }
    return -1;
}

} // namespace

TEST_CASE(
    "The findings panel lists a planted change with its numbers and records, worked out off the GUI thread")
{
    PanelFixture f({.seed = 7, .deliveryTriples = true, .lowCsatRep = true});
    app::ReflectionView view(f.session, f.clock);
    app::FindingsPanel* panel = view.findingsPanel();
    CHECK_FALSE(panel->isRunning()); // nothing is worked out for a page nobody looks at
    view.show();
    REQUIRE(panel->period());
    CHECK(panel->period()->label() == QStringLiteral("2026-Q3"));
    CHECK(panel->findChild<QComboBox*>(QStringLiteral("scopeComboBox"))->currentText() ==
          QStringLiteral("My customers"));
    waitForRun(panel);
    chooseTeam(panel);

    QTreeWidget* tree = panel->findingsTree();
    const int delivery = rowOf(tree, QStringLiteral("'delivery' complaints are rising"));
    REQUIRE(delivery >= 0);
    CHECK(rowOf(tree, QStringLiteral("Rep r2")) >= 0);
    CHECK(panel->statusText().contains(QStringLiteral("compared with 2026-Q2")));
    panel->selectFinding(delivery);
    const QString details = panel->detailsText();
    CHECK(details.contains(QStringLiteral("per 100 active customers")));
    CHECK(details.contains(QStringLiteral("The records behind it")));
    // How many records and what they are; their table and ids are for the drill-down (issue 20).
    CHECK(details.contains(QStringLiteral("'delivery' complaints in 2026-Q3: ")));
    CHECK(details.contains(QStringLiteral(" records")));
    CHECK_FALSE(details.contains(QStringLiteral("interactions")));
    CHECK(details.contains(QStringLiteral("For example:")));
}

TEST_CASE("On data without a real change the findings panel says there are none")
{
    PanelFixture f({.seed = 3});
    app::ReflectionView view(f.session, f.clock);
    app::FindingsPanel* panel = view.findingsPanel();
    CHECK_FALSE(panel->isRunning()); // nothing is worked out for a page nobody looks at
    view.show();
    waitForRun(panel);
    CHECK(panel->findingsTree()->topLevelItemCount() == 0);
    CHECK(panel->statusText().startsWith(QStringLiteral("No findings in 2026-Q3")));
    chooseTeam(panel);
    CHECK(panel->findingsTree()->topLevelItemCount() == 0);
    CHECK(panel->statusText().startsWith(QStringLiteral("No findings in 2026-Q3")));
}

TEST_CASE("A plan created from a finding is linked to it and meets the Relevant criterion")
{
    PanelFixture f({.seed = 7, .deliveryTriples = true, .lowCsatRep = true});
    app::ReflectionView view(f.session, f.clock);
    app::FindingsPanel* panel = view.findingsPanel();
    CHECK_FALSE(panel->isRunning()); // nothing is worked out for a page nobody looks at
    view.show();
    waitForRun(panel);
    chooseTeam(panel);
    const int delivery = rowOf(panel->findingsTree(), QStringLiteral("'delivery' complaints are rising"));
    REQUIRE(delivery >= 0);
    panel->selectFinding(delivery);

    const core::Finding& finding = panel->lastRun()->findings.at(static_cast<std::size_t>(delivery));
    REQUIRE(finding.numbers.size() >= 2);
    const double before = finding.numbers[1].value; // the count in 2026-Q2
    QString relevant;
    QString metric;
    QString origin;
    double suggestedTarget = -1;
    QTimer::singleShot(0, &view, [&] {
        auto* dialog = qobject_cast<app::ActionPlanDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        relevant = dialog->criterionLabel(core::SmartCriterion::Relevant)->text();
        metric = dialog->findChild<QComboBox*>(QStringLiteral("metricComboBox"))->currentData().toString();
        origin = dialog->findChild<QLabel*>(QStringLiteral("originLabel"))->text();
        suggestedTarget = dialog->findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"))->value();
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("actionPlainTextEdit")),
                         QStringLiteral("Confirm every delivery date with the carrier before promising it"));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"))->setValue(120);
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        REQUIRE(ok->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("createPlanFromFindingPushButton")),
                      Qt::LeftButton);

    CHECK(relevant == QStringLiteral("Relevant: met"));
    CHECK(metric == QStringLiteral("complaints_by_category.delivery"));
    CHECK(origin.contains(QStringLiteral("From the finding: 'delivery' complaints are rising")));
    CHECK(suggestedTarget == Approx(before)); // back to the previous quarter's count
    auto plans = core::ActionPlanRepository(f.session.database()).list(QStringLiteral("r1"));
    REQUIRE_OK(plans);
    REQUIRE(plans->size() == 1);
    const core::ActionPlan& plan = plans->front();
    CHECK(plan.findingRef == QStringLiteral("complaint_category:delivery:2026-Q3"));
    CHECK(plan.metric == QStringLiteral("complaints_by_category.delivery"));
    CHECK(plan.direction == QStringLiteral("<="));
    CHECK(plan.scope == core::Scope::all());
    CHECK(plan.dimension.isEmpty());
    CHECK(view.plansTable()->rowCount() == 1);
    // The creation is undoable like every other write.
    f.session.undoStack().undo();
    CHECK(view.plansTable()->rowCount() == 0);
}
