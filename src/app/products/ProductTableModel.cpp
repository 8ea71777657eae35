#include "products/ProductTableModel.h"

#include <QApplication>
#include <QPalette>

namespace rapport::app {

ProductTableModel::ProductTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProductTableModel::setProducts(std::vector<core::Product> products)
{
    beginResetModel();
    m_products = std::move(products);
    endResetModel();
}

int ProductTableModel::findProduct(qint64 id) const
{
    for (std::size_t r = 0; r < m_products.size(); ++r) {
        if (m_products[r].id == id)
            return static_cast<int>(r);
    }
    return -1;
}

int ProductTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_products.size());
}

int ProductTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProductTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const core::Product& p = product(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case ExternalId:
            return p.externalId;
        case Name:
            return p.name;
        case Category:
            return p.category;
        case Status:
            return p.active ? tr("Active") : tr("Retired");
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && !p.active)
        return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::UserRole)
        return p.id;
    return {};
}

QVariant ProductTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ExternalId:
        return tr("ID");
    case Name:
        return tr("Name");
    case Category:
        return tr("Category");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace rapport::app
