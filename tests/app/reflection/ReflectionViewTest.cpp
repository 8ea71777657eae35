#include "reflection/ReflectionView.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "reflection/ActionPlanDialog.h"
#include "reflection/FindingsPanel.h"
#include "reflection/QuestionnaireWizard.h"
#include "shell/DatabaseSession.h"
#include "storage/ActionPlanRepository.h"
#include "storage/CustomerRepository.h"
#include "storage/RepRepository.h"
#include "storage/SurveyRepository.h"

#include <QApplication>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace rapport;

namespace {

struct ViewFixture
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-07-16T00:00:00Z")};
    qint64 customer = 0;

    ViewFixture()
    {
        REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::CreateIfMissing));
        auto& db = session.database();
        REQUIRE_OK(core::RepRepository(db).insert(
            {QStringLiteral("r1"), QStringLiteral("Ann"), core::RepRole::Rep}));
        core::Customer c;
        c.externalId = QStringLiteral("C1");
        c.name = QStringLiteral("Alpha");
        c.owner = QStringLiteral("r1");
        c.acquiredAt = test::utc("2026-01-01T00:00:00Z");
        REQUIRE_OK(core::CustomerRepository(db).insert(c));
        customer = c.id;
        session.setClock(clock);
        session.setCurrentRep(QStringLiteral("r1"));
    }

    void csat(const char* from, int count, int good)
    {
        for (int i = 0; i < count; ++i) {
            core::SurveyResponse r;
            r.customerId = customer;
            r.survey = core::SurveyKind::Csat;
            r.score = i < good ? 5 : 2;
            r.respondedAt = test::utc(from).addDays(i).addSecs(12 * 3600);
            REQUIRE_OK(core::SurveyRepository(session.database()).insert(r));
        }
    }
};

// Answers every statement of the questionnaire with the middle choice and saves.
void takeQuestionnaire(app::ReflectionView& view)
{
    app::QuestionnaireWizard* wizard = view.takeQuestionnaire();
    REQUIRE(wizard);
    auto q = core::Questionnaire::crmStyle();
    REQUIRE_OK(q);
    wizard->next();
    for (const auto& d : q->dimensions()) {
        for (const auto& item : q->itemsOf(d.id))
            QTest::mouseClick(wizard->groupOf(item.id)->button(3), Qt::LeftButton);
        wizard->next();
    }
    REQUIRE(wizard->saved());
    wizard->close();
}

// Waits until the findings panel has no run in progress (one starts when the page is shown).
void waitForFindings(app::ReflectionView& view)
{
    app::FindingsPanel* panel = view.findingsPanel();
    if (!panel->isRunning())
        return;
    QSignalSpy finished(panel, &app::FindingsPanel::runFinished);
    REQUIRE(finished.wait(60000));
}

} // namespace

TEST_CASE("The reflection view lists the signed-in rep's action plans with progress measured from the data")
{
    ViewFixture f;
    f.csat("2026-06-01T00:00:00Z", 10, 5); // 50 before the plan
    f.csat("2026-07-01T00:00:00Z", 10, 7); // 70 so far
    core::ActionPlan plan;
    plan.title = QStringLiteral("Raise CSAT");
    plan.action = QStringLiteral("Call every unhappy customer back within a day");
    plan.ownerRep = QStringLiteral("r1");
    plan.metric = QStringLiteral("csat");
    plan.scope = core::Scope::rep(QStringLiteral("r1"));
    plan.target = 80.0;
    plan.startAt = test::utc("2026-07-01T00:00:00Z");
    plan.deadlineAt = test::utc("2026-08-01T00:00:00Z");
    plan.createdAt = test::utc("2026-06-30T00:00:00Z");
    REQUIRE_OK(core::ActionPlanRepository(f.session.database()).insert(plan));

    app::ReflectionView view(f.session, f.clock);
    QTableWidget* table = view.plansTable();
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 0)->text() == QStringLiteral("Raise CSAT"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("on track"));
    auto* bar = qobject_cast<QProgressBar*>(table->cellWidget(0, 3));
    REQUIRE(bar);
    CHECK(bar->value() == 67); // (70 - 50) / (80 - 50)
    // The first check-in was due July 8: more than two days ago.
    CHECK(table->item(0, 4)->text() == QStringLiteral("overdue since 2026-07-08"));
    CHECK(view.profileText().contains(QStringLiteral("not taken the questionnaire")));
}

TEST_CASE("Taking the questionnaire from the reflection view shows the new profile there")
{
    ViewFixture f;
    app::ReflectionView view(f.session, f.clock);
    auto* take = view.findChild<QPushButton*>(QStringLiteral("takeQuestionnairePushButton"));
    REQUIRE(take);
    CHECK(take->isEnabled());
    app::QuestionnaireWizard* wizard = view.takeQuestionnaire();
    REQUIRE(wizard);
    auto q = core::Questionnaire::crmStyle();
    REQUIRE_OK(q);
    wizard->next();
    for (const auto& d : q->dimensions()) {
        for (const auto& item : q->itemsOf(d.id))
            QTest::mouseClick(wizard->groupOf(item.id)->button(3), Qt::LeftButton);
        wizard->next();
    }
    REQUIRE(wizard->saved());
    CHECK(view.profileText().contains(QStringLiteral("same answer")));
    CHECK(view.profileText().contains(QStringLiteral(": 50.0")));

    f.session.setCurrentRep(QString());
    CHECK_FALSE(take->isEnabled());
}

TEST_CASE(
    "The new plan dialog shows the SMART check criterion by criterion and enables OK once none is missing")
{
    ViewFixture f;
    app::ActionPlanDialog dialog(f.session.database(), f.clock, QStringLiteral("r1"),
                                 QStringList{QStringLiteral("follow_up")},
                                 {{QStringLiteral("follow_up"), QStringLiteral("Following up")}});
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    CHECK_FALSE(ok->isEnabled());
    CHECK(dialog.criterionLabel(core::SmartCriterion::Specific)
              ->text()
              .startsWith(QStringLiteral("Specific: missing")));
    CHECK(dialog.criterionLabel(core::SmartCriterion::Measurable)
              ->text()
              .startsWith(QStringLiteral("Measurable: missing")));

    QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                     QStringLiteral("Follow up"));
    QTest::keyClicks(dialog.findChild<QPlainTextEdit*>(QStringLiteral("actionPlainTextEdit")),
                     QStringLiteral("Phone every buyer two days after the purchase"));
    CHECK(dialog.criterionLabel(core::SmartCriterion::Specific)->text() == QStringLiteral("Specific: met"));
    auto* metric = dialog.findChild<QComboBox*>(QStringLiteral("metricComboBox"));
    metric->setCurrentIndex(metric->findData(QStringLiteral("follow_up_rate")));
    dialog.findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"))->setValue(60);
    CHECK(dialog.criterionLabel(core::SmartCriterion::Measurable)->text() ==
          QStringLiteral("Measurable: met"));
    CHECK(dialog.criterionLabel(core::SmartCriterion::Relevant)
              ->text()
              .startsWith(QStringLiteral("Relevant: missing")));
    auto* dimension = dialog.findChild<QComboBox*>(QStringLiteral("dimensionComboBox"));
    dimension->setCurrentIndex(dimension->findData(QStringLiteral("follow_up")));
    CHECK(dialog.criterionLabel(core::SmartCriterion::Relevant)->text() == QStringLiteral("Relevant: met"));
    CHECK(ok->isEnabled());

    // A deadline before the start fails Time-bound alone.
    dialog.findChild<QDateEdit*>(QStringLiteral("deadlineDateEdit"))->setDate(QDate(2026, 7, 1));
    CHECK(dialog.criterionLabel(core::SmartCriterion::TimeBound)
              ->text()
              .startsWith(QStringLiteral("Time-bound: missing")));
    CHECK_FALSE(ok->isEnabled());

    const core::ActionPlan p = dialog.plan();
    CHECK(p.ownerRep == QStringLiteral("r1"));
    CHECK(p.scope == core::Scope::rep(QStringLiteral("r1")));
    CHECK(p.startAt == test::utc("2026-07-16T00:00:00Z"));
    CHECK(*p.target == Approx(60.0));
}

TEST_CASE(
    "A plan accepted in the new plan dialog of the reflection view is saved for the signed-in rep and listed")
{
    ViewFixture f;
    app::ReflectionView view(f.session, f.clock);
    bool filled = false;
    QTimer::singleShot(0, &view, [&] {
        auto* dialog = qobject_cast<app::ActionPlanDialog*>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("titleLineEdit")),
                         QStringLiteral("Follow up"));
        QTest::keyClicks(dialog->findChild<QPlainTextEdit*>(QStringLiteral("actionPlainTextEdit")),
                         QStringLiteral("Phone every buyer two days after the purchase"));
        auto* metric = dialog->findChild<QComboBox*>(QStringLiteral("metricComboBox"));
        metric->setCurrentIndex(metric->findData(QStringLiteral("csat")));
        dialog->findChild<QDoubleSpinBox*>(QStringLiteral("targetDoubleSpinBox"))->setValue(80);
        auto* dimension = dialog->findChild<QComboBox*>(QStringLiteral("dimensionComboBox"));
        dimension->setCurrentIndex(dimension->findData(QStringLiteral("listening")));
        auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        filled = ok->isEnabled();
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    view.newPlan();
    REQUIRE(filled);
    auto plans = core::ActionPlanRepository(f.session.database()).list(QStringLiteral("r1"));
    REQUIRE_OK(plans);
    REQUIRE(plans->size() == 1);
    CHECK(plans->front().title == QStringLiteral("Follow up"));
    CHECK(plans->front().dimension == QStringLiteral("listening"));
    CHECK(plans->front().createdAt == test::utc("2026-07-16T00:00:00Z"));
    REQUIRE(view.plansTable()->rowCount() == 1);
    CHECK(view.plansTable()->item(0, 2)->text() ==
          QStringLiteral("not started")); // starts now: nothing elapsed
}

TEST_CASE("After the questionnaire is saved the self-view under the profile compares it with the data, "
          "without pressing Look again")
{
    ViewFixture f;
    f.csat("2026-04-01T00:00:00Z", 10, 6);
    app::ReflectionView view(f.session, f.clock);
    view.resize(1024, 700);
    view.show();
    waitForFindings(view);
    REQUIRE(view.findingsPanel()->lastRun());
    const QString before = view.profileText();
    CHECK(before.contains(QStringLiteral("You have not taken the questionnaire yet.")));
    CHECK(before.contains(QStringLiteral("No questionnaire has been taken yet")));

    takeQuestionnaire(view);
    // Right after saving, the old comparison is not shown as if it were current.
    CHECK(view.profileText().contains(QStringLiteral(": 50.0")));
    CHECK_FALSE(view.profileText().contains(QStringLiteral("No questionnaire has been taken yet")));
    waitForFindings(view);
    const QString after = view.profileText();
    CHECK(after.contains(QStringLiteral(": 50.0")));
    CHECK_FALSE(after.contains(QStringLiteral("No questionnaire has been taken yet")));
    CHECK(after.contains(QStringLiteral("Your view against the data, 2026-Q2")));
    CHECK(after.contains(QStringLiteral("You said")));
}
