#pragma once

#include "storage/FollowUpListStore.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace rapport::app {

class DatabaseSession;

// The signed-in rep's open follow-ups that are due by the end of today, oldest first.
class FollowUpTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpTableModel)

public:
    enum Column { DueColumn, CustomerColumn, CompanyColumn, NoteColumn, ColumnCount };

    explicit FollowUpTableModel(DatabaseSession& session, QObject* parent = nullptr);
    ~FollowUpTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    const core::FollowUpListStore::Row* rowAt(int row) const;
    int overdueCount() const;

signals:
    void loadFailed(const QString& details);

private:
    bool isOverdue(const core::FollowUpListStore::Row& row) const;

    DatabaseSession& m_session;
    std::vector<core::FollowUpListStore::Row> m_rows;
    QDateTime m_now;
};

} // namespace rapport::app
