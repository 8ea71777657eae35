#pragma once

#include <QObject>

class QCompleter;
class QLineEdit;

namespace rapport::app {

class CustomerCompletionModel;
class DatabaseSession;

// Turns a line edit into a customer picker: suggestions from the database as you type,
// the picked customer's id remembered until the text is edited again.
class CustomerCompleter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCompleter)

public:
    CustomerCompleter(DatabaseSession& session, QLineEdit* lineEdit);
    ~CustomerCompleter() override;

    void setCustomer(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // The picked customer or, if the user typed without picking, the only one matching.
    // Returns 0 and sets `error` when there is none or more than one.
    qint64 resolve(QString& error);
    void clear();

signals:
    void customerPicked(qint64 customerId);

private:
    void edited(const QString& text);

    DatabaseSession& m_session;
    QLineEdit* m_lineEdit;
    CustomerCompletionModel* m_model;
    QCompleter* m_completer;
    qint64 m_customerId = 0;
};

} // namespace rapport::app
