#pragma once

#include "domain/FollowUpList.h"
#include "widgets/ListQueryRunner.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace rapport::app {

class DatabaseSession;

// The signed-in rep's open follow-ups that are due by the end of today, oldest first.
// Read on the session's ListQueryRunner: reload() returns at once, the rows follow.
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
    bool isLoading() const { return m_loading; }
    const core::FollowUpListRow* rowAt(int row) const;
    int overdueCount() const;

signals:
    void loadFailed(const QString& details);
    // The answer to reload() is in (after modelReset).
    void reloaded();

private:
    void applyReload(const QDateTime& now, core::Result<std::vector<core::FollowUpListRow>> rows);

    bool isOverdue(const core::FollowUpListRow& row) const;

    DatabaseSession& m_session;
    ListQueryRunner& m_runner;
    QueryChannel m_channel;
    bool m_loading = false;
    std::vector<core::FollowUpListRow> m_rows;
    QDateTime m_now;
};

} // namespace rapport::app
