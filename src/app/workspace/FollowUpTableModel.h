#pragma once

#include "domain/FollowUpDays.h"
#include "domain/FollowUpList.h"
#include "widgets/ListQueryRunner.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace rapport::app {

class DatabaseSession;

// The signed-in rep's open follow-ups in one window (due by the end of today at first;
// overdue, today, the next seven days, later or all), oldest first, with how many fall in
// each window. Read on the session's ListQueryRunner: reload() returns at once, the rows
// follow.
class FollowUpTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowUpTableModel)

public:
    enum Column { DueColumn, CustomerColumn, CompanyColumn, NoteColumn, ColumnCount };

    // One read: the window's rows and the counts of all windows.
    struct Loaded
    {
        std::vector<core::FollowUpListRow> rows;
        core::FollowUpCounts counts;
    };

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

    core::FollowUpWindow window() const { return m_window; }
    // Shows another window (reads again).
    void setWindow(core::FollowUpWindow window);
    // The rep's open follow-ups by window, as of the last reload.
    const core::FollowUpCounts& counts() const { return m_counts; }

signals:
    void loadFailed(const QString& details);
    // The answer to reload() is in (after modelReset).
    void reloaded();

private:
    void applyReload(const QDateTime& now, core::Result<Loaded> loaded);

    bool isOverdue(const core::FollowUpListRow& row) const;

    DatabaseSession& m_session;
    ListQueryRunner& m_runner;
    QueryChannel m_channel;
    bool m_loading = false;
    std::vector<core::FollowUpListRow> m_rows;
    core::FollowUpCounts m_counts;
    core::FollowUpWindow m_window = core::FollowUpWindow::DueByToday;
    QDateTime m_now;
};

} // namespace rapport::app
