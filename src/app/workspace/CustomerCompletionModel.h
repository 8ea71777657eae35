#pragma once

#include "domain/CustomerList.h"
#include "widgets/ListQueryRunner.h"

#include <QAbstractListModel>
#include <vector>

namespace rapport::app {

class DatabaseSession;

// Suggestions for a customer field: the few customers whose name, company or e-mail
// contains what was typed, asked of the database on each change.
class CustomerCompletionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerCompletionModel)

public:
    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kLimit = 20;

    explicit CustomerCompletionModel(DatabaseSession& session, QObject* parent = nullptr);
    ~CustomerCompletionModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // Asks the list worker; the rows follow, then searched().
    void search(const QString& text);
    // Asks on this thread, for a decision that cannot wait (the dialog's OK).
    void searchNow(const QString& text);
    qint64 customerId(int row) const;

signals:
    void searched();

private:
    void show(std::vector<core::CustomerListRow> rows);

    DatabaseSession& m_session;
    ListQueryRunner& m_runner;
    QueryChannel m_channel;
    std::vector<core::CustomerListRow> m_rows;
};

} // namespace rapport::app
