#pragma once

#include "domain/SurveyList.h"
#include "widgets/ListQueryRunner.h"

#include <QComboBox>
#include <QLineEdit>
#include <QWidget>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;
class QTreeWidget;

namespace rapport::app {

class CustomerCompleter;
class DatabaseSession;

// Records a CSAT, NPS or CES response for a customer, and lists responses with filters.
// The list and its categories are read on the session's ListQueryRunner.
class SurveysView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SurveysView)

public:
    explicit SurveysView(DatabaseSession& session, QWidget* parent = nullptr);
    ~SurveysView() override;

    // Puts the cursor in the form, for the customer given (0: keep what is there).
    void startRecording(qint64 customerId);
    bool record();
    // The filter the list shows (what an export of the list follows).
    core::SurveyListFilter currentFilter() const
    {
        core::SurveyListFilter filter;
        if (const int kind = m_filterKindComboBox->currentData().toInt(); kind >= 0)
            filter.survey = static_cast<core::SurveyKind>(kind);
        filter.customer = m_filterCustomerLineEdit->text();
        filter.category = m_filterCategoryComboBox->currentData().toString();
        return filter;
    }

signals:
    // The list shows the answer to the latest filter.
    void responsesShown();

private:
    void updateScoreRange();
    void reload();
    void reloadCategories();
    void showCategories(const QStringList& categories);
    void showResponses(const std::vector<core::SurveyListRow>& rows, qint64 total);

    DatabaseSession& m_session;
    QLineEdit* m_customerLineEdit;
    CustomerCompleter* m_customerCompleter;
    QComboBox* m_kindComboBox;
    QSpinBox* m_scoreSpinBox;
    QLabel* m_scaleLabel;
    QLineEdit* m_categoryLineEdit;
    QLineEdit* m_commentLineEdit;
    QPushButton* m_recordButton;
    QLabel* m_errorLabel;
    QComboBox* m_filterKindComboBox;
    QLineEdit* m_filterCustomerLineEdit;
    QComboBox* m_filterCategoryComboBox;
    QLabel* m_countLabel;
    QTreeWidget* m_responsesTreeWidget;
    QTimer* m_filterTimer;
    QueryChannel m_listChannel;
    QueryChannel m_categoriesChannel;
};

} // namespace rapport::app
