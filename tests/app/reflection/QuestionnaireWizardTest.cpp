#include "reflection/QuestionnaireWizard.h"

#include "TestSupport.h"
#include "common/Clock.h"
#include "shell/DatabaseSession.h"
#include "storage/AssessmentRepository.h"
#include "storage/RepRepository.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QRadioButton>
#include <QTest>

using namespace rapport;

namespace {

struct WizardFixture
{
    test::TempDatabase temp;
    app::DatabaseSession session;
    core::FixedClock clock{test::utc("2026-10-01T09:00:00Z")};
    core::Questionnaire questionnaire = [] {
        auto q = core::Questionnaire::crmStyle();
        REQUIRE_OK(q);
        return *q;
    }();

    WizardFixture()
    {
        REQUIRE_OK(session.open(temp.path(), core::Database::OpenMode::CreateIfMissing));
        REQUIRE_OK(core::RepRepository(session.database())
                       .insert({QStringLiteral("r1"), QStringLiteral("Ann"), core::RepRole::Rep}));
        session.setClock(clock);
        session.setCurrentRep(QStringLiteral("r1"));
    }
};

// Answers every page from the keyboard (Space on the chosen radio button) and presses Next.
// follow_up items get 2,4,2,5,1 (score 15: a weakness), every other item 4 (2 when reverse-keyed):
// score 75.
void answerByKeyboard(app::QuestionnaireWizard& wizard, const core::Questionnaire& q,
                      std::optional<int> everywhere)
{
    const QList<int> followUp{2, 4, 2, 5, 1};
    for (const auto& dimension : q.dimensions()) {
        auto* next =
            wizard.button(wizard.currentPage()->isCommitPage() ? QWizard::CommitButton : QWizard::NextButton);
        int n = 0;
        for (const auto& item : q.itemsOf(dimension.id)) {
            CHECK_FALSE(wizard.currentPage()->isComplete()); // not before every item is answered
            int v = item.reverse ? 2 : 4;
            if (dimension.id == QLatin1String("follow_up"))
                v = followUp.at(n);
            if (everywhere)
                v = *everywhere;
            ++n;
            QAbstractButton* button = wizard.groupOf(item.id)->button(v);
            REQUIRE(button);
            button->setFocus();
            QTest::keyClick(button, Qt::Key_Space);
            REQUIRE(wizard.groupOf(item.id)->checkedId() == v);
        }
        REQUIRE(wizard.currentPage()->isComplete());
        QTest::mouseClick(wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton) : next,
                          Qt::LeftButton);
    }
}

} // namespace

TEST_CASE("The questionnaire wizard saves the answers of the signed-in rep and shows the profile")
{
    WizardFixture f;
    app::QuestionnaireWizard wizard(f.session, f.questionnaire);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); // past the introduction
    answerByKeyboard(wizard, f.questionnaire, std::nullopt);

    REQUIRE(wizard.saved());
    CHECK(wizard.saved()->repId == QStringLiteral("r1"));
    CHECK(wizard.saved()->takenAt == test::utc("2026-10-01T09:00:00Z"));
    CHECK_FALSE(wizard.saved()->straightLined);
    auto stored = core::AssessmentRepository(f.session.database()).latestForRep(QStringLiteral("r1"));
    REQUIRE_OK(stored);
    REQUIRE(stored->has_value());
    CHECK((*stored)->answers.size() == 20);
    CHECK((*stored)->answers.value(QStringLiteral("follow_up_4")) == 5);

    REQUIRE(wizard.profile());
    CHECK(wizard.profile()->dimension(QStringLiteral("follow_up"))->score == Approx(15.0));
    CHECK(wizard.profile()->dimension(QStringLiteral("listening"))->score == Approx(75.0));
    CHECK(wizard.profile()->weaknesses() == QStringList{QStringLiteral("follow_up")});
    const QString html = wizard.resultHtml();
    CHECK(html.contains(QStringLiteral("15.0")));
    CHECK(html.contains(QStringLiteral("first time")));
    const auto* followUp = f.questionnaire.dimension(QStringLiteral("follow_up"));
    CHECK(html.contains(followUp->strategies.first().toHtmlEscaped().left(30)));
    CHECK_FALSE(html.contains(QStringLiteral("same answer")));
    // Committed: the result page cannot go back to change saved answers.
    CHECK_FALSE(wizard.button(QWizard::BackButton)->isEnabled());
}

TEST_CASE("The questionnaire wizard flags straight-lining and shows the change since the last time")
{
    WizardFixture f;
    {
        app::QuestionnaireWizard first(f.session, f.questionnaire);
        first.show();
        QTest::mouseClick(first.button(QWizard::NextButton), Qt::LeftButton);
        answerByKeyboard(first, f.questionnaire, std::nullopt);
        REQUIRE(first.saved());
    }
    f.clock.set(test::utc("2026-11-01T09:00:00Z"));
    app::QuestionnaireWizard wizard(f.session, f.questionnaire);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    answerByKeyboard(wizard, f.questionnaire, 3); // "3" everywhere: every dimension 50

    REQUIRE(wizard.saved());
    CHECK(wizard.saved()->straightLined);
    REQUIRE(wizard.profile());
    CHECK(wizard.profile()->straightLined());
    CHECK(*wizard.profile()->dimension(QStringLiteral("follow_up"))->change == Approx(35.0));  // 15 -> 50
    CHECK(*wizard.profile()->dimension(QStringLiteral("listening"))->change == Approx(-25.0)); // 75 -> 50
    const QString html = wizard.resultHtml();
    CHECK(html.contains(QStringLiteral("same answer")));
    CHECK(html.contains(QStringLiteral("+35.0")));
    CHECK(html.contains(QStringLiteral("-25.0")));
    auto all = core::AssessmentRepository(f.session.database()).listForRep(QStringLiteral("r1"));
    REQUIRE_OK(all);
    CHECK(all->size() == 2);
}

TEST_CASE("The arrow keys move an answer within one statement of the questionnaire wizard")
{
    WizardFixture f;
    app::QuestionnaireWizard wizard(f.session, f.questionnaire);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    const QString first = f.questionnaire.itemsOf(f.questionnaire.dimensions().front().id).front().id;
    QButtonGroup* group = wizard.groupOf(first);
    QApplication::setActiveWindow(&wizard); // arrow navigation follows the focus widget
    REQUIRE(QTest::qWaitForWindowActive(&wizard));
    group->button(1)->setFocus();
    QTest::keyClick(group->button(1), Qt::Key_Space);
    CHECK(group->checkedId() == 1);
    QTest::keyClick(group->button(1), Qt::Key_Right);
    CHECK(group->checkedId() == 2);
}

TEST_CASE("The questionnaire wizard saves nothing when nobody is signed in")
{
    WizardFixture f;
    f.session.setCurrentRep(QString());
    app::QuestionnaireWizard wizard(f.session, f.questionnaire);
    wizard.show();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    answerByKeyboard(wizard, f.questionnaire, std::nullopt);
    CHECK_FALSE(wizard.saved());
    CHECK(wizard.resultHtml().contains(QStringLiteral("not saved")));
    auto all = core::AssessmentRepository(f.session.database()).listForRep(QStringLiteral("r1"));
    REQUIRE_OK(all);
    CHECK(all->empty());
}
