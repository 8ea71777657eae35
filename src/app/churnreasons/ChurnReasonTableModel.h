#pragma once

#include "domain/ChurnReason.h"

#include <QAbstractTableModel>
#include <vector>

namespace rapport::app {

// The team's churn reasons as the list dialog shows them: the reason as it reads, how many
// customers left for it, and its key as files and the command line write it.
class ChurnReasonTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChurnReasonTableModel)

public:
    enum Column { Reason, Customers, Key, ColumnCount };

    explicit ChurnReasonTableModel(QObject* parent = nullptr);

    void setReasons(std::vector<core::ChurnReason> reasons);
    const core::ChurnReason& reason(int row) const { return m_reasons.at(static_cast<std::size_t>(row)); }
    const std::vector<core::ChurnReason>& reasons() const { return m_reasons; }
    // The row of the reason with this key, or -1.
    int findKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<core::ChurnReason> m_reasons;
};

} // namespace rapport::app
