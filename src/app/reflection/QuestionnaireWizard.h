#pragma once

#include "domain/Assessment.h"
#include "reflection/AssessmentProfile.h"
#include "reflection/Questionnaire.h"

#include <QWizard>
#include <optional>

class QButtonGroup;
class QTextBrowser;

namespace rapport::app {

class DatabaseSession;

// The personal CRM-style questionnaire as a wizard: an introduction, one page per dimension
// with its items as groups of radio buttons (Tab moves between items, the arrow keys between
// answers), and a result page showing the profile. The answers are saved for the signed-in
// rep when the last dimension page is committed (there is no going back after that).
class QuestionnaireWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuestionnaireWizard)

public:
    QuestionnaireWizard(DatabaseSession& session, core::Questionnaire questionnaire,
                        QWidget* parent = nullptr);

    // The answers chosen so far (item id -> 1..5).
    QMap<QString, int> answers() const;
    // Set once the assessment was saved.
    const std::optional<core::Assessment>& saved() const { return m_saved; }
    const std::optional<core::AssessmentProfile>& profile() const { return m_profile; }
    // The result page's text, as shown.
    QString resultHtml() const;
    // The button group of one item (tests and keyboard navigation).
    QButtonGroup* groupOf(const QString& itemId) const;

signals:
    void assessmentSaved(qint64 assessmentId);

private:
    friend class QuestionnaireResultPage;
    // Saves the answers and builds the profile; shows an error on the result page on failure.
    void saveAndScore();
    QString profileHtml() const;

    DatabaseSession& m_session;
    core::Questionnaire m_questionnaire;
    QMap<QString, QButtonGroup*> m_groups;
    QTextBrowser* m_result = nullptr;
    std::optional<core::Assessment> m_saved;
    std::optional<core::AssessmentProfile> m_profile;
};

} // namespace rapport::app
