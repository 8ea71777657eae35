#include "churnreasons/ChurnReasonTableModel.h"

#include "widgets/DisplayText.h"

#include <QLocale>

namespace rapport::app {

ChurnReasonTableModel::ChurnReasonTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ChurnReasonTableModel::setReasons(std::vector<core::ChurnReason> reasons)
{
    beginResetModel();
    m_reasons = std::move(reasons);
    endResetModel();
}

int ChurnReasonTableModel::findKey(const QString& key) const
{
    for (std::size_t i = 0; i < m_reasons.size(); ++i) {
        if (m_reasons[i].key == key)
            return static_cast<int>(i);
    }
    return -1;
}

int ChurnReasonTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_reasons.size());
}

int ChurnReasonTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChurnReasonTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::ChurnReason& r = reason(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Reason:
            return DisplayText::churnReason(r.key);
        case Customers:
            return QLocale().toString(r.customers);
        case Key:
            return r.key;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Customers)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && r.customers == 0)
        return tr("Nobody has left for this reason yet.");
    return {};
}

QVariant ChurnReasonTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Reason:
        return tr("Reason");
    case Customers:
        return tr("Customers who left for it");
    case Key:
        return tr("Key in files");
    default:
        return {};
    }
}

} // namespace rapport::app
