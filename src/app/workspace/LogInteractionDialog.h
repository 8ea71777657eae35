#pragma once

#include "domain/Customer.h"
#include "domain/FollowUpTask.h"
#include "domain/Interaction.h"

#include <QDialog>
#include <memory>
#include <optional>

namespace Ui {
class LogInteractionDialog;
}

namespace rapport::app {

class CustomerCompleter;
class DatabaseSession;
class ProductPicker;

// Logs a call, purchase, complaint... in a few keystrokes. On OK the interaction (and
// the follow-up task, if asked for, and the completion of the customer's open follow-up, if
// ticked) is written as one undoable command.
class LogInteractionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LogInteractionDialog)

public:
    explicit LogInteractionDialog(DatabaseSession& session, QWidget* parent = nullptr);
    ~LogInteractionDialog() override;

    // Preselects a customer (the one shown in the customer list, say).
    void setCustomer(qint64 customerId);
    qint64 customerId() const;
    // The customer's open follow-up the dialog offers to complete (id 0: none).
    const core::FollowUpTask& openFollowUp() const { return m_openFollowUp; }

    void accept() override;

private:
    void updateFields();
    // Reads the picked customer's next open follow-up and offers to complete it.
    void updateOpenFollowUp();
    void updateReturned();
    // The interaction to write, or a message saying what is wrong.
    QString build(core::Interaction& interaction, std::optional<core::FollowUpTask>& followUp);

    std::unique_ptr<Ui::LogInteractionDialog> m_ui;
    DatabaseSession& m_session;
    CustomerCompleter* m_customerCompleter;
    ProductPicker* m_productPicker;
    core::FollowUpTask m_openFollowUp;
    std::optional<core::Customer> m_churnedCustomer; // the chosen customer, when they are churned
};

} // namespace rapport::app
