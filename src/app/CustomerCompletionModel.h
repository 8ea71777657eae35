#pragma once

#include "storage/CustomerListStore.h"

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

    void search(const QString& text);
    qint64 customerId(int row) const;

private:
    DatabaseSession& m_session;
    std::vector<core::CustomerListStore::Row> m_rows;
};

} // namespace rapport::app
