#pragma once

#include "domain/WinBack.h"

#include <QAbstractTableModel>
#include <vector>

namespace rapport::app {

// The win-back queue as a table: who left, when and why, what they spent in their last year,
// and how the latest outreach went.
class WinBackTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WinBackTableModel)

public:
    enum Column { Customer, Company, Owner, LeftOn, Reason, RevenueBefore, LastOutreach, ColumnCount };

    explicit WinBackTableModel(QObject* parent = nullptr);

    void setEntries(std::vector<core::WinBackEntry> entries);
    const core::WinBackEntry& entry(int row) const { return m_entries.at(static_cast<std::size_t>(row)); }
    int findCustomer(qint64 id) const;

    static QString outcomeText(core::WinBackOutcome outcome);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::WinBackEntry> m_entries;
};

} // namespace rapport::app
