#include "workspace/CustomerCompleter.h"

#include "services/CustomerService.h"
#include "shell/DatabaseSession.h"
#include "workspace/CustomerCompletionModel.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace rapport::app {

CustomerCompleter::CustomerCompleter(DatabaseSession& session, QLineEdit* lineEdit)
    : QObject(lineEdit), m_session(session), m_lineEdit(lineEdit),
      m_model(new CustomerCompletionModel(session, this)), m_completer(new QCompleter(this))
{
    // The database already matched "contains" across three columns: show its answer as is.
    m_completer->setModel(m_model);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setCompletionRole(Qt::EditRole);
    m_lineEdit->setCompleter(m_completer);
    connect(m_lineEdit, &QLineEdit::textEdited, this, &CustomerCompleter::edited);
    // Suggestions arrive from the list worker a moment after each keystroke.
    connect(m_model, &CustomerCompletionModel::searched, this, [this] {
        if (m_model->rowCount() > 0 && m_lineEdit->isVisible())
            m_completer->complete();
        else
            m_completer->popup()->hide();
    });
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                m_customerId = index.data(CustomerCompletionModel::kIdRole).toLongLong();
                emit customerPicked(m_customerId);
            });
}

CustomerCompleter::~CustomerCompleter() = default;

void CustomerCompleter::setCustomer(qint64 customerId)
{
    if (customerId == 0 || !m_session.isOpen())
        return;
    auto found = core::CustomerService(m_session.database()).find(customerId);
    if (!found || !*found)
        return;
    m_customerId = customerId;
    m_lineEdit->setText((*found)->name);
}

void CustomerCompleter::clear()
{
    m_customerId = 0;
    m_lineEdit->clear();
}

void CustomerCompleter::edited(const QString& text)
{
    m_customerId = 0;
    m_model->search(text);
}

qint64 CustomerCompleter::resolve(QString& error)
{
    if (m_customerId != 0)
        return m_customerId;
    const QString text = m_lineEdit->text().trimmed();
    if (text.isEmpty()) {
        error = tr("Please choose the customer.");
        return 0;
    }
    m_model->searchNow(text);
    if (m_model->rowCount() == 0) {
        error = tr("No customer matches “%1”.").arg(text);
        return 0;
    }
    if (m_model->rowCount() > 1) {
        error = tr("Several customers match “%1”: please pick one from the suggestions.").arg(text);
        return 0;
    }
    m_customerId = m_model->customerId(0);
    return m_customerId;
}

} // namespace rapport::app
