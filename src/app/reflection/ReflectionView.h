#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace rapport::core {
class Clock;
}

namespace rapport::app {

class DatabaseSession;
class QuestionnaireWizard;

// The signed-in rep's reflection: the latest questionnaire profile, the way to take the
// questionnaire again, and the action plans with their progress measured from the data.
class ReflectionView final : public QWidget
{
    Q_OBJECT

public:
    ReflectionView(DatabaseSession& session, const core::Clock& clock, QWidget* parent = nullptr);

    void refresh();
    // Opens the questionnaire (non-modal; the view refreshes when it is saved). Returns it for tests.
    QuestionnaireWizard* takeQuestionnaire();
    // Opens the new-plan dialog and saves the plan when accepted (modal).
    void newPlan();

    QTableWidget* plansTable() const { return m_plans; }
    QString profileText() const;

private:
    DatabaseSession& m_session;
    const core::Clock& m_clock;
    QTextBrowser* m_profile;
    QPushButton* m_take;
    QPushButton* m_new;
    QTableWidget* m_plans;
    QLabel* m_status;
};

} // namespace rapport::app
