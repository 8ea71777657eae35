#pragma once

#include "domain/ActionPlan.h"

#include <QWidget>
#include <optional>

class QLabel;
class QMenu;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace rapport::core {
class AssessmentProfile;
class Clock;
} // namespace rapport::core

namespace rapport::app {

class DatabaseSession;
class FindingsPanel;
class PlanDetailDialog;
class QuestionnaireWizard;

// The signed-in rep's reflection: the latest questionnaire profile beside the evidence
// (self-view against the data), the findings of a period, and the action plans with their
// progress measured from the data. Plans can be started from a weak dimension or a finding
// and opened for their steps, check-ins, history and adjustments.
class ReflectionView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReflectionView)

public:
    ReflectionView(DatabaseSession& session, const core::Clock& clock, QWidget* parent = nullptr);

    void refresh();
    // Opens the questionnaire (non-modal; the view refreshes when it is saved). Returns it for tests.
    QuestionnaireWizard* takeQuestionnaire();
    // Opens the new-plan dialog and saves the plan when accepted (modal).
    void newPlan();
    // The same, filled in from a suggestion (a finding or a weak dimension).
    void newPlanFrom(const core::ActionPlan& suggestion, const QString& findingTitle = {});
    // A plan suggested for working on a questionnaire dimension of the signed-in rep.
    core::ActionPlan planForDimension(const QString& dimension) const;
    // Opens the details of the plan in the given row of the plans table (non-modal).
    PlanDetailDialog* openPlan(int row);

    QTableWidget* plansTable() const { return m_plans; }
    FindingsPanel* findingsPanel() const { return m_findings; }
    QString profileText() const;

private:
    void showProfile();
    void fillWeakMenu(const core::AssessmentProfile* profile);

    DatabaseSession& m_session;
    const core::Clock& m_clock;
    QTextBrowser* m_profile;
    QPushButton* m_take;
    QPushButton* m_weakPlan;
    QMenu* m_weakMenu;
    QPushButton* m_new;
    QTableWidget* m_plans;
    QLabel* m_status;
    FindingsPanel* m_findings;
    QString m_profileHtml;
};

} // namespace rapport::app
