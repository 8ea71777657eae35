#pragma once

#include <QWidget>

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

private:
    void updateScoreRange();
    void reload();
    void reloadCategories();

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
};

} // namespace rapport::app
