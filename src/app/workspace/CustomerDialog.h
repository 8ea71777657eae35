#pragma once

#include "domain/Customer.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace rapport::app {

class DatabaseSession;

// Creates or edits a customer. accept() only closes when the fields are valid; the
// reason is shown in the dialog otherwise.
class CustomerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerDialog)

public:
    CustomerDialog(DatabaseSession& session, const core::Customer& customer, QWidget* parent = nullptr);
    ~CustomerDialog() override;

    core::Customer customer() const;
    void accept() override;

private:
    QString validationError() const;

    DatabaseSession& m_session;
    core::Customer m_original;
    QLineEdit* m_nameLineEdit;
    QLineEdit* m_companyLineEdit;
    QLineEdit* m_emailLineEdit;
    QLineEdit* m_phoneLineEdit;
    QComboBox* m_segmentComboBox;
    QComboBox* m_ownerComboBox;
    QLineEdit* m_externalIdLineEdit;
    QDateEdit* m_acquiredDateEdit;
    QLabel* m_errorLabel;
};

} // namespace rapport::app
